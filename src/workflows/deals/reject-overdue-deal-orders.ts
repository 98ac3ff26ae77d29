import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DEAL_MODULE } from "../../modules/deal"
import type DealModuleService from "../../modules/deal/service"
import { rejectDealOrderWorkflow } from "./reject-deal-order"

const rejectOverdueStep = createStep("reject-overdue", async (_: void, { container }) => {
  const deals = container.resolve<DealModuleService>(DEAL_MODULE)
  const hours = deals.settings.approvalWindowHours
  const rejected: string[] = []
  const failed: string[] = []
  for (const orderId of await deals.overdueDealOrders(hours)) {
    try {
      await rejectDealOrderWorkflow(container).run({
        input: { order_id: orderId, actor_id: null, automatic: true, reason: `Not approved within ${hours} hours` },
      })
      rejected.push(orderId)
    } catch {
      failed.push(orderId)
    }
  }
  return new StepResponse({ rejected, failed })
})

export const rejectOverdueDealOrdersWorkflowId = "bazaar-reject-overdue-deal-orders"

/** Rejects deal orders that waited longer than `deals.approvalWindowHours`, before their card authorization lapses. */
export const rejectOverdueDealOrdersWorkflow = createWorkflow(rejectOverdueDealOrdersWorkflowId, () => {
  return new WorkflowResponse(rejectOverdueStep())
})
