import { randomBytes } from "crypto"

/** Stripe's error body: `{ error: { type, code, decline_code?, message, param?, doc_url?, request_id? } }`. */
export type StripeErrorBody = {
  type: "api_error" | "card_error" | "idempotency_error" | "invalid_request_error"
  code?: string
  decline_code?: string
  message: string
  param?: string
  doc_url?: string
  request_id?: string
  payment_intent?: unknown
  payment_method?: unknown
}

/** Thrown inside a handler; the server answers `status` with Stripe's error body. */
export class StripeFakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody
  ) {
    super(body.message)
  }
}

export function requestId(): string {
  return `req_${randomBytes(7).toString("hex")}`
}

export function withDocUrl(body: StripeErrorBody): StripeErrorBody {
  return body.code && !body.doc_url ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replace(/_/g, "-")}` } : body
}

export function missing(kind: string, id: string, param = "id"): StripeFakeError {
  return new StripeFakeError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${kind}: '${id}'`,
    param,
  })
}

export function invalid(message: string, param?: string, code?: string): StripeFakeError {
  return new StripeFakeError(400, { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) })
}
