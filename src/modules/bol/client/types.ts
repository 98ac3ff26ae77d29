/** bol's media type for Retailer API v10 requests and bodies (spec sheet §2). */
export const BOL_MEDIA_TYPE = "application/vnd.retailer.v10+json"

export const BOL_API_BASE_URL = "https://api.bol.com"
export const BOL_TOKEN_URL = "https://login.bol.com/token"

/** `POST /retailer/shipments` body (spec sheet §3.3). */
export type BolShipmentRequest = {
  /** Without `quantity`, the whole open quantity of the item is shipped. */
  orderItems: { orderItemId: string; quantity?: number }[]
  shipmentReference?: string | null
  /** With a label bought from bol; then leave `transport` out. */
  shippingLabelId?: string
  transport?: { transporterCode: string; trackAndTrace?: string }
}

/** bol's answer to asynchronous writes, and `GET /shared/process-status/{id}`. */
export type BolProcessStatus = {
  processStatusId: string
  /** The created entity (e.g. the shipment id) once the process succeeded. */
  entityId?: string
  eventType: string
  description?: string
  status: "PENDING" | "SUCCESS" | "FAILURE" | "TIMEOUT"
  errorMessage?: string
  createTimestamp?: string
  links?: { rel: string; href: string; method: string }[]
}

/** One page of a list: `empty` when bol answered `{}` (past the end, or nothing). */
export type BolListPage = { items: Record<string, unknown>[]; empty: boolean }
