import type { MedusaContainer } from "@medusajs/framework/types"
import { DEAL_MODULE, DealError } from "../../../modules/deal"
import type DealModuleService from "../../../modules/deal/service"
import { DEAL_CLAIM_METADATA_KEY, DEAL_ID_METADATA_KEY, dealLinesOf } from "./deal-lines"

const deals = (container: MedusaContainer) => container.resolve<DealModuleService>(DEAL_MODULE)

const marksDeal = (metadata: unknown) =>
  !!metadata && typeof metadata === "object" && (DEAL_CLAIM_METADATA_KEY in metadata || DEAL_ID_METADATA_KEY in metadata)

const notByHand = (what: string) =>
  new DealError("deal_invalid", `${what}: a deal line is added only by claiming the deal (POST /store/shops/:handle/deals/:id/claims)`)

type NewItem = { metadata?: Record<string, unknown> | null; unit_price?: unknown }

/** Only a claim puts a deal line in a cart: the line of an active claim of this cart, at the deal's price. */
export async function assertGenuineDealLines(container: MedusaContainer, cartId: string, items: NewItem[]) {
  for (const item of items) {
    if (!marksDeal(item.metadata)) continue
    const claimId = (item.metadata as Record<string, unknown>)[DEAL_CLAIM_METADATA_KEY]
    const [claim] = typeof claimId === "string" ? await deals(container).listDealClaims({ id: claimId }) : []
    const [deal] = claim ? await deals(container).listDeals({ id: claim.deal_id }) : []
    const genuine =
      !!claim && !!deal && claim.cart_id === cartId && claim.status === "active" && !claim.line_item_id &&
      item.unit_price !== undefined && Number(item.unit_price) === Number(deal.price)
    if (!genuine) throw notByHand(`Line metadata names the deal claim ${String(claimId)}`)
  }
}

/** A deal line keeps its marks and never holds more units than its claim. */
export async function assertDealLineUpdate(
  container: MedusaContainer,
  input: { item_id: string; update?: { quantity?: unknown; metadata?: unknown } },
  cartItems: unknown[]
) {
  const line = dealLinesOf(cartItems as any[]).find((item) => item.id === input.item_id)
  if (input.update && "metadata" in input.update && (line || marksDeal(input.update.metadata))) {
    throw notByHand(`The metadata of line ${input.item_id} cannot take or drop a deal's marks`)
  }
  const quantity = Number(input.update?.quantity ?? 0)
  if (!line || quantity === 0) return
  const [claim] = await deals(container).listDealClaims({ id: line.claim_id })
  if (!claim || quantity > claim.quantity) {
    throw new DealError(
      "deal_limit_reached",
      `Line ${line.id} is a lightning deal claimed for ${claim?.quantity ?? 0} (asked for ${quantity}); claim the deal again to change it`
    )
  }
}

/**
 * Checkout of a cart: each deal line needs a live claim of this cart and
 * customer (on the database's clock); the claims turn `ordering`. Answers
 * the claims it turned, for `abortDealOrdering` if the completion fails.
 */
export async function beginDealOrdering(
  container: MedusaContainer,
  cart: { id: string; customer_id?: string | null; items?: unknown[] | null }
): Promise<string[]> {
  return deals(container).beginOrdering({
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    lines: dealLinesOf((cart.items ?? []) as any[]),
  })
}

export async function abortDealOrdering(container: MedusaContainer, claimIds: string[] | undefined) {
  if (claimIds?.length) await deals(container).abortOrdering(claimIds)
}
