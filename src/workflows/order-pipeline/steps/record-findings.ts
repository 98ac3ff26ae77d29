import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECONCILE_MODULE } from "../../../modules/reconcile"
import type ReconcileModuleService from "../../../modules/reconcile/service"
import type { FindingInput } from "../../../modules/reconcile/service"

/** Stores what a reconcile run found and did, for the operators' page. */
export const recordFindingsStep = createStep(
  "record-findings",
  async (input: { findings: FindingInput[]; now: string }, { container }) => {
    if (input.findings.length) {
      await container.resolve<ReconcileModuleService>(RECONCILE_MODULE).recordFindings(input.findings, new Date(input.now))
    }
    return new StepResponse(input.findings.length)
  }
)
