import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BOL_MODULE, type StartBolSyncInput } from "../../../modules/bol"
import type BolModuleService from "../../../modules/bol/service"

export const planBolSyncRunStepId = "plan-bol-sync-run"

/**
 * Validates the request and creates the run with its first units, or finds
 * the run already under way. If the workflow fails after this step, the new
 * run is ended as failed (its units were never queued).
 */
export const planBolSyncRunStep = createStep(
  planBolSyncRunStepId,
  async (input: StartBolSyncInput, { container }) => {
    const service = container.resolve<BolModuleService>(BOL_MODULE)
    const plan = await service.planSyncRun(input)
    return new StepResponse(plan, plan.started ? plan.run.id : undefined)
  },
  async (runId: string | undefined, { container }) => {
    if (runId) {
      const service = container.resolve<BolModuleService>(BOL_MODULE)
      await service.finishRun(runId, { status: "failed", error: "The sync could not be started" })
    }
  }
)
