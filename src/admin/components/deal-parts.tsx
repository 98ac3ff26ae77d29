import { Badge, Button, Text, toast } from "@medusajs/ui"
import { dealCountdown, dealRequests, formatMoney, useDealAction, type Deal, type DealState } from "../lib/deals"
import { DealReasonPrompt } from "./deal-reason-prompt"

const STATE_COLOUR: Record<DealState, "green" | "orange" | "blue" | "grey" | "red"> = {
  live: "green",
  scheduled: "blue",
  proposed: "orange",
  ended: "grey",
  canceled: "red",
  declined: "red",
}

export const DealName = ({ deal, shop }: { deal: Deal; shop?: string }) => (
  <div className="flex flex-col">
    <Text size="small" weight="plus">
      {deal.title}
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {shop ?? deal.shop_id}
      {deal.recurrence === "daily" && " · daily"}
      {deal.per_customer_limit !== 1 && ` · ${deal.per_customer_limit} per customer`}
    </Text>
  </div>
)

export const DealStateBadge = ({ deal }: { deal: Deal }) => (
  <div className="flex flex-col items-start">
    <Badge size="2xsmall" color={STATE_COLOUR[deal.state] ?? "grey"}>
      {deal.state}
    </Badge>
    {deal.status_reason && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {deal.status_reason}
      </Text>
    )}
  </div>
)

/** The deal price with the MRP struck through. */
export const DealPrice = ({ deal }: { deal: Deal }) => (
  <div className="flex flex-col whitespace-nowrap">
    <Text size="small">{formatMoney(deal.price, deal.currency_code)}</Text>
    <Text size="xsmall" className="text-ui-fg-muted line-through">
      {formatMoney(deal.mrp, deal.currency_code)}
    </Text>
  </div>
)

/** Time to the deal's start or end on the server's clock, else when it ended. */
export const DealTime = ({ deal, serverNow }: { deal: Deal; serverNow: number }) => {
  const countdown = dealCountdown(deal, serverNow)
  if (!countdown) return <span className="text-ui-fg-subtle">{new Date(deal.ends_at).toLocaleString()}</span>
  return (
    <>
      <span className="text-ui-fg-subtle">{countdown.label}</span> {countdown.text}
    </>
  )
}

/** Approve or decline a seller's proposal; cancel a scheduled or live deal. */
export const DealActions = ({ deal }: { deal: Deal }) => {
  const approve = useDealAction(dealRequests.approve)
  const decline = useDealAction(dealRequests.decline)
  const cancel = useDealAction(dealRequests.cancel)
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {deal.state === "proposed" && (
        <>
          <Button
            size="small"
            isLoading={approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: deal.id },
                { onSuccess: () => toast.success(`${deal.title} approved`), onError: (e: Error) => toast.error(e.message) }
              )
            }
          >
            Approve
          </Button>
          <DealReasonPrompt
            action="Decline"
            title={`Decline ${deal.title}?`}
            description="The seller sees the reason."
            required
            isLoading={decline.isPending}
            onConfirm={(reason) => decline.mutateAsync({ id: deal.id, reason })}
          />
        </>
      )}
      {(deal.state === "scheduled" || deal.state === "live") && (
        <DealReasonPrompt
          action="Cancel"
          title={`Cancel ${deal.title}?`}
          description="Buyers can no longer claim it."
          required={false}
          isLoading={cancel.isPending}
          onConfirm={(reason) => cancel.mutateAsync({ id: deal.id, reason })}
        />
      )}
    </div>
  )
}
