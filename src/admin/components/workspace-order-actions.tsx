import { Button, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/workspace"
import { NEXT_STEPS, useOrderStep, type OrderStep, type ShopOrder } from "../lib/workspace-orders"
import { WorkspaceOrderAcceptForm } from "./workspace-order-accept-form"
import { WorkspaceOrderShipForm } from "./workspace-order-ship-form"

type Props = {
  shopId: string
  order: ShopOrder
  /** Whether the order is a bol.com order; undefined while that is being looked up. */
  linkedToBol: boolean | undefined
}

const DONE: Record<OrderStep["action"], string> = {
  accept: "Order accepted",
  ship: "Order shipped",
  deliver: "Order delivered",
  cancel: "Order canceled",
}

const FAILED: Record<OrderStep["action"], string> = {
  accept: "The order could not be accepted",
  ship: "The order could not be shipped",
  deliver: "The order could not be marked delivered",
  cancel: "The order could not be canceled",
}

const FINISHED: Partial<Record<ShopOrder["state"], string>> = {
  delivered: "Delivered: nothing left to do.",
  canceled: "Canceled: nothing left to do.",
}

/** The seller's next steps on the order, each through the Seller API; a refusal shows the API's message. */
export const WorkspaceOrderActions = ({ shopId, order, linkedToBol }: Props) => {
  const step = useOrderStep(shopId, order.id)
  const prompt = usePrompt()
  const [refusal, setRefusal] = useState<string | null>(null)
  const next = NEXT_STEPS[order.state]
  const running = (action: OrderStep["action"]) => step.isPending && step.variables?.action === action

  const run = (orderStep: OrderStep) => {
    setRefusal(null)
    step.mutate(orderStep, {
      onSuccess: () => toast.success(DONE[orderStep.action]),
      onError: (error) => setRefusal(errorMessage(error, FAILED[orderStep.action])),
    })
  }

  const confirmCancel = async () => {
    const confirmed = await prompt({
      title: `Cancel order #${order.display_id}?`,
      description: "The order stops here for you and the buyer. This cannot be undone.",
      confirmText: "Cancel order",
      cancelText: "Keep it",
    })
    if (confirmed) run({ action: "cancel" })
  }

  return (
    <div className="flex flex-col gap-y-4 px-4 py-4 sm:px-6" data-testid="workspace-order-actions">
      <Heading level="h2">Next step</Heading>
      {FINISHED[order.state] && (
        <Text size="small" className="text-ui-fg-subtle">
          {FINISHED[order.state]}
        </Text>
      )}
      {next.includes("accept") && (
        <WorkspaceOrderAcceptForm
          linkedToBol={!!linkedToBol}
          disabled={linkedToBol === undefined || step.isPending}
          isLoading={running("accept")}
          onAccept={(body) => run({ action: "accept", body })}
        />
      )}
      {next.includes("ship") && (
        <WorkspaceOrderShipForm disabled={step.isPending} isLoading={running("ship")} onShip={(body) => run({ action: "ship", body })} />
      )}
      {next.includes("deliver") && (
        <div>
          <Button
            size="small"
            disabled={step.isPending}
            isLoading={running("deliver")}
            onClick={() => run({ action: "deliver" })}
            data-testid="workspace-order-deliver"
          >
            Mark delivered
          </Button>
        </div>
      )}
      {next.includes("cancel") && (
        <div className="border-t pt-4">
          <Button
            size="small"
            variant="danger"
            disabled={step.isPending}
            isLoading={running("cancel")}
            onClick={confirmCancel}
            data-testid="workspace-order-cancel"
          >
            Cancel order
          </Button>
        </div>
      )}
      {refusal && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="workspace-order-action-error">
          {refusal}
        </Text>
      )}
    </div>
  )
}
