import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type ShopOwner = {
  shop: { id: string; name: string; handle: string; link: string } | null
  seller: { id: string; name: string; status: string } | null
}

type Props = {
  /** Admin route answering `{ shop, seller }`. */
  path: string
  /** What the record is, for the empty state: "product", "order". */
  noun: string
  testId: string
}

/** A side card naming the Bazaar shop and seller of the record on the page. */
export const ShopOwnerCard = ({ path, noun, testId }: Props) => {
  const { data, isError } = useQuery({
    queryKey: ["bazaar", "shop-owner", path],
    queryFn: () => sdk.client.fetch<ShopOwner>(path),
  })
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="px-6 py-4">
        <Heading level="h2">Bazaar shop</Heading>
      </div>
      <div className="px-6 py-4">
        {isError && <Text size="small" className="text-ui-fg-error">Could not load the shop</Text>}
        {!data && !isError && <Text size="small">Loading…</Text>}
        {data && !data.shop && (
          <Text size="small" className="text-ui-fg-subtle">
            This {noun} is not from a Bazaar shop
          </Text>
        )}
        {data?.shop && (
          <>
            <Text size="small" weight="plus">{data.shop.name}</Text>
            <Text size="small" className="text-ui-fg-subtle">{data.shop.link}</Text>
            {data.seller && (
              <Text size="small">
                Seller: {data.seller.name} <Badge size="2xsmall">{data.seller.status}</Badge>
              </Text>
            )}
          </>
        )}
      </div>
    </Container>
  )
}
