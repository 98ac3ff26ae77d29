import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_RECONCILE_THRESHOLDS, reconcileOrdersWorkflow } from "../workflows/order-pipeline/reconcile-orders"

/** Every 10 minutes: repairs what is stuck between the order pipeline's stages and records it for operators. */
export default async function reconcileOrdersJob(container: MedusaContainer) {
  const { result } = await reconcileOrdersWorkflow(container).run({
    input: { now: new Date().toISOString(), ...DEFAULT_RECONCILE_THRESHOLDS },
  })
  if (result.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Bazaar reconcile: ${result.length} finding(s): ${result.map((finding) => `${finding.check} ${finding.subject_id} → ${finding.action}`).join("; ")}`)
  }
}

export const config = {
  name: "bazaar-reconcile-orders",
  schedule: "*/10 * * * *",
}
