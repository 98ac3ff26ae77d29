export type DealErrorCode =
  | "deal_not_found"
  | "deal_invalid"
  | "deal_not_live"
  | "deal_sold_out"
  | "deal_units_left"
  | "deal_limit_reached"
  | "deal_claim_expired"
  | "deal_order_not_found"
  | "deal_order_decided"

const STATUS: Record<DealErrorCode, number> = {
  deal_not_found: 404,
  deal_invalid: 400,
  deal_not_live: 409,
  deal_sold_out: 409,
  deal_units_left: 409,
  deal_limit_reached: 409,
  deal_claim_expired: 409,
  deal_order_not_found: 404,
  deal_order_decided: 409,
}

/**
 * A refusal of the deal rules, answered `status` `{ type, code, message }` by
 * the API's error handler. Recognised by its name, which (unlike the class)
 * survives a workflow's error serialisation.
 */
export class DealError extends Error {
  readonly code: DealErrorCode
  readonly status: number

  constructor(code: DealErrorCode, message: string) {
    super(message)
    this.name = "BazaarDealError"
    this.code = code
    this.status = STATUS[code]
  }
}
