import { Text } from "@medusajs/ui"
import type { Deal } from "../lib/deals"

/** The "% claimed" bar of a deal: units in carts plus sold, out of all its units. */
export const DealClaimBar = ({ deal }: { deal: Deal }) => {
  const percent = deal.percent_claimed
  return (
    <div className="flex min-w-[7rem] flex-col gap-y-1">
      <div
        className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={`${deal.title} claimed`}
      >
        <div className="bg-ui-tag-orange-icon h-full transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle" data-testid={`deal-${deal.id}-claimed`}>
        {percent} % claimed
      </Text>
    </div>
  )
}
