import type { SimClient } from "../auth"
import type { BolStore } from "../data"
import type { Problem } from "../errors"
import type { LimitGroup } from "../rate-limits"
import type { RenderContext } from "../render"

/** What a route handler gets: the parsed request and ways to answer. */
export type RouteContext = {
  method: string
  path: string
  query: URLSearchParams
  params: Record<string, string>
  body: string
  client: SimClient
  store: BolStore
  render: RenderContext
  /** Answers JSON with the negotiated media type. */
  reply(status: number, body: unknown): void
  problem(problem: Problem): void
}

export type Route = {
  method: "GET" | "POST" | "PUT" | "DELETE"
  /** Path template with {name} segments, e.g. "/retailer/shipments/{shipment-id}". */
  template: string
  group: LimitGroup
  /** Response media types this route can produce (first = preferred). */
  produces: readonly string[]
  /** true: the request has a JSON body with the retailer media type. */
  hasBody?: boolean
  handler(context: RouteContext): void
}
