import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BoltSolid } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { DealCreateForm } from "../../components/deal-create-form"
import { DealOrdersAwaiting } from "../../components/deal-orders"
import { DealTable } from "../../components/deal-table"
import { useDealShops, useDeals, type DealState } from "../../lib/deals"

const ALL = "all"

/** Lightning deals: the live "% claimed" and countdowns, a form for new deals, and the deal orders to approve. */
const DealsPage = () => {
  const [state, setState] = useState<DealState | typeof ALL>(ALL)
  const { data, isLoading, error } = useDeals(state === ALL ? undefined : state)
  const shops = useDealShops()
  const shopName = (shopId: string) => shops.data?.find((shop) => shop.id === shopId)?.name
  const offsetMs = data?.offsetMs ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Deals</Heading>
            <Text className="text-ui-fg-subtle" size="small">
              Lightning deals of every shop; claims and countdowns follow the server's clock and refresh every few seconds.
            </Text>
          </div>
          <Select value={state} onValueChange={(value) => setState(value as DealState | typeof ALL)} size="small">
            <Select.Trigger className="w-40">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All</Select.Item>
              <Select.Item value="live">Live</Select.Item>
              <Select.Item value="scheduled">Scheduled</Select.Item>
              <Select.Item value="proposed">Proposed</Select.Item>
              <Select.Item value="ended">Ended</Select.Item>
              <Select.Item value="canceled">Canceled</Select.Item>
              <Select.Item value="declined">Declined</Select.Item>
            </Select.Content>
          </Select>
        </div>
        {isLoading && <Text className="px-6 py-4">Loading…</Text>}
        {error && <Text className="text-ui-fg-error px-6 py-4">Could not load the deals: {error.message}</Text>}
        {data && data.deals.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No deals.</Text>}
        {data && data.deals.length > 0 && <DealTable deals={data.deals} offsetMs={offsetMs} shopName={shopName} />}
      </Container>
      <Container className="divide-y p-0">
        <DealOrdersAwaiting />
      </Container>
      <Container className="p-0">
        <DealCreateForm offsetMs={offsetMs} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Deals", icon: BoltSolid })

export default DealsPage
