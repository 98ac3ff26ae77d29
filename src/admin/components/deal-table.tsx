import { Table } from "@medusajs/ui"
import { useServerNow, type Deal } from "../lib/deals"
import { DealClaimBar } from "./deal-claim-bar"
import { DealActions, DealName, DealPrice, DealStateBadge, DealTime } from "./deal-parts"

type Props = {
  deals: Deal[]
  /** How far the server's clock is ahead of the browser's. */
  offsetMs: number
  shopName: (shopId: string) => string | undefined
}

/**
 * The deals with their live "% claimed" bar, a countdown on the server's clock, and the operator's
 * actions: a table on wide screens, one card per deal on narrow ones.
 */
export const DealTable = ({ deals, offsetMs, shopName }: Props) => {
  const serverNow = useServerNow(offsetMs)
  return (
    <>
      <div className="hidden md:block">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Deal</Table.HeaderCell>
              <Table.HeaderCell>State</Table.HeaderCell>
              <Table.HeaderCell>Price</Table.HeaderCell>
              <Table.HeaderCell>Units left</Table.HeaderCell>
              <Table.HeaderCell>Claimed</Table.HeaderCell>
              <Table.HeaderCell>Time</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {deals.map((deal) => (
              <Table.Row key={deal.id} data-testid={`deal-${deal.id}`} data-deal-id={deal.id}>
                <Table.Cell className="py-2">
                  <DealName deal={deal} shop={shopName(deal.shop_id)} />
                </Table.Cell>
                <Table.Cell>
                  <DealStateBadge deal={deal} />
                </Table.Cell>
                <Table.Cell>
                  <DealPrice deal={deal} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap" data-testid={`deal-${deal.id}-units`}>
                  {deal.available_units} / {deal.total_units}
                </Table.Cell>
                <Table.Cell>
                  <DealClaimBar deal={deal} />
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap" data-testid={`deal-${deal.id}-countdown`}>
                  <DealTime deal={deal} serverNow={serverNow} />
                </Table.Cell>
                <Table.Cell>
                  <DealActions deal={deal} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <ul className="divide-y md:hidden">
        {deals.map((deal) => (
          <li key={deal.id} className="flex flex-col gap-y-3 px-6 py-4" data-testid={`deal-card-${deal.id}`}>
            <div className="flex items-start justify-between gap-x-3">
              <DealName deal={deal} shop={shopName(deal.shop_id)} />
              <DealStateBadge deal={deal} />
            </div>
            <div className="flex items-center justify-between gap-x-3">
              <DealPrice deal={deal} />
              <span className="txt-small whitespace-nowrap">
                {deal.available_units} / {deal.total_units} left
              </span>
            </div>
            <DealClaimBar deal={deal} />
            <div className="flex items-center justify-between gap-x-3">
              <span className="txt-small" data-testid={`deal-card-${deal.id}-countdown`}>
                <DealTime deal={deal} serverNow={serverNow} />
              </span>
              <DealActions deal={deal} />
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
