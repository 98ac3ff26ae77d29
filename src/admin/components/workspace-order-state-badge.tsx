import { Badge } from "@medusajs/ui"
import type { ShopOrderState } from "../lib/workspace-orders"

const STATE_COLOUR: Record<ShopOrderState, "orange" | "blue" | "purple" | "green" | "red"> = {
  placed: "orange",
  accepted: "blue",
  shipped: "purple",
  delivered: "green",
  canceled: "red",
}

export const WorkspaceOrderStateBadge = ({ state, testId }: { state: ShopOrderState; testId?: string }) => (
  <Badge size="2xsmall" color={STATE_COLOUR[state] ?? "grey"} data-testid={testId}>
    {state}
  </Badge>
)
