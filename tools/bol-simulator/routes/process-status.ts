import { ADVERTISER_MEDIA_TYPE, badRequest, notFound, RETAILER_MEDIA_TYPE, type Violation } from "../errors"
import { PAGE_SIZE } from "../data"
import { processStatus } from "../render"
import { parseJsonObject } from "./body"
import { QueryParams } from "./params"
import type { Route } from "./types"

/** The shared API answers in the retailer or the advertiser media type. */
const produces = [RETAILER_MEDIA_TYPE, ADVERTISER_MEDIA_TYPE]

/** `event-type` values of GET /shared/process-status (shared.json). */
export const EVENT_TYPES = [
  "CREATE_SHIPMENT", "CANCEL_ORDER", "CHANGE_TRANSPORT", "HANDLE_RETURN_ITEM", "CREATE_RETURN_ITEM",
  "CREATE_INBOUND", "DELETE_OFFER", "CREATE_OFFER", "UPDATE_OFFER", "UPDATE_OFFER_STOCK", "UPDATE_OFFER_PRICE",
  "CREATE_OFFER_EXPORT", "UNPUBLISHED_OFFER_REPORT", "CREATE_PRODUCT_CONTENT", "CREATE_SUBSCRIPTION",
  "UPDATE_SUBSCRIPTION", "DELETE_SUBSCRIPTION", "SEND_SUBSCRIPTION_TST_MSG", "CREATE_SHIPPING_LABEL",
  "CREATE_REPLENISHMENT", "UPDATE_REPLENISHMENT", "REQUEST_PRODUCT_DESTINATIONS", "CREATE_SOV_SEARCH_TERM_REPORT",
  "CREATE_SOV_CATEGORY_REPORT", "UPLOAD_INVOICE", "CREATE_CAMPAIGN_PERFORMANCE_REPORT",
] as const

export const processStatusRoutes: Route[] = [
  {
    method: "GET",
    template: "/shared/process-status/{process-status-id}",
    group: "processStatus",
    produces,
    handler(ctx) {
      const id = ctx.params["process-status-id"]
      const process = ctx.store.getProcess(id)
      if (!process) {
        return ctx.problem(notFound(`Process status for process status id ${id} not found.`))
      }
      ctx.reply(200, processStatus(ctx.render, process))
    },
  },
  {
    method: "GET",
    template: "/shared/process-status",
    group: "processStatusQuery",
    produces,
    handler(ctx) {
      const params = new QueryParams(ctx.query)
      const page = params.page()
      const entityId = params.string("entity-id")
      const eventType = params.oneOf("event-type", EVENT_TYPES)
      for (const name of ["entity-id", "event-type"]) {
        if (!ctx.query.has(name)) {
          params.violations.push({ name, reason: "Required request parameter is missing." })
        }
      }
      if (params.violations.length > 0 || entityId === undefined || eventType === undefined) {
        return ctx.problem(badRequest(params.violations))
      }
      const first = (page - 1) * PAGE_SIZE
      const found = ctx.store.findProcesses(entityId, eventType).slice(first, first + PAGE_SIZE)
      ctx.reply(200, found.length === 0 ? {} : { processStatuses: found.map((p) => processStatus(ctx.render, p)) })
    },
  },
  {
    method: "POST",
    template: "/shared/process-status",
    group: "processStatusBulk",
    produces,
    hasBody: true,
    handler(ctx) {
      const parsed = parseJsonObject(ctx.body)
      if ("violation" in parsed) {
        return ctx.problem(badRequest([parsed.violation]))
      }
      const queries = parsed.value.processStatusQueries
      const violations: Violation[] = []
      if (!Array.isArray(queries) || queries.length < 1 || queries.length > 1000) {
        violations.push({ name: "processStatusQueries", reason: "size must be between 1 and 1000" })
      } else {
        queries.forEach((query: unknown, index) => {
          const id = (query as { processStatusId?: unknown } | null)?.processStatusId
          if (typeof id !== "string" || id.length === 0) {
            violations.push({ name: `processStatusQueries[${index}].processStatusId`, reason: "must not be empty" })
          }
        })
      }
      if (violations.length > 0) {
        return ctx.problem(badRequest(violations))
      }
      const found = (queries as { processStatusId: string }[])
        .map((query) => ctx.store.getProcess(query.processStatusId))
        .filter((process) => process !== undefined)
      ctx.reply(200, { processStatuses: found.map((p) => processStatus(ctx.render, p)) })
    },
  },
]
