import type { MedusaContainer } from "@medusajs/framework/types"
import { dealJobsEnabled } from "../options/deals"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rejectOverdueDealOrdersWorkflow } from "../workflows/deals/reject-overdue-deal-orders"

/** Every 10 minutes: deal orders left waiting longer than `deals.approvalWindowHours` are rejected. */
export default async function dealApprovalDeadlineJob(container: MedusaContainer) {
  if (!dealJobsEnabled()) return
  const { result } = await rejectOverdueDealOrdersWorkflow(container).run()
  if (result.rejected.length || result.failed.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Bazaar deals: ${result.rejected.length} deal order(s) rejected unapproved, ${result.failed.length} could not be: ${result.failed.join(", ")}`)
  }
}

export const config = { name: "bazaar-deal-approval-deadline", schedule: "*/10 * * * *" }
