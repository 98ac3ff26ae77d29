/** Cart line metadata that marks a deal line: the claim that holds its units, and the deal. */
export const DEAL_CLAIM_METADATA_KEY = "bazaar_deal_claim_id"
export const DEAL_ID_METADATA_KEY = "bazaar_deal_id"

export type DealLine = { id: string; claim_id: string; quantity: number }

/** The deal lines of a cart's items. */
export function dealLinesOf(items: ({ id: string; quantity: unknown; metadata?: Record<string, unknown> | null } | null)[] = []): DealLine[] {
  return items.flatMap((item) => {
    const claimId = item?.metadata?.[DEAL_CLAIM_METADATA_KEY]
    return item && typeof claimId === "string" ? [{ id: item.id, claim_id: claimId, quantity: Number(item.quantity) }] : []
  })
}
