import { badRequest, notFound, RETAILER_MEDIA_TYPE, type Violation } from "../errors"
import { FULFILMENT_METHODS } from "../records"
import { processStatus, reducedReturn, returnDetail } from "../render"
import { HANDLING_RESULTS } from "../vocab"
import { isPositiveInt, parseJsonObject } from "./body"
import { QueryParams } from "./params"
import type { Route } from "./types"

const produces = [RETAILER_MEDIA_TYPE]

export const returnRoutes: Route[] = [
  {
    method: "GET",
    template: "/retailer/returns",
    group: "returnsList",
    produces,
    handler(ctx) {
      const params = new QueryParams(ctx.query)
      const page = params.page()
      const handled = params.boolean("handled") ?? false
      const fulfilmentMethod = params.oneOf("fulfilment-method", FULFILMENT_METHODS) ?? "FBR"
      if (params.violations.length > 0) {
        return ctx.problem(badRequest(params.violations))
      }
      const returns = ctx.store.listReturns({ handled, fulfilmentMethod, page })
      ctx.reply(200, returns.length === 0 ? {} : { returns: returns.map((ret) => reducedReturn(ctx.render, ret)) })
    },
  },
  {
    method: "GET",
    template: "/retailer/returns/{return-id}",
    group: "returnDetail",
    produces,
    handler(ctx) {
      const id = ctx.params["return-id"]
      const ret = ctx.store.getReturn(id)
      if (!ret) {
        return ctx.problem(notFound(`Return for return id ${id} not found.`))
      }
      ctx.reply(200, returnDetail(ctx.render, ret))
    },
  },
  {
    method: "PUT",
    template: "/retailer/returns/{rma-id}",
    group: "returnDetail",
    produces,
    hasBody: true,
    handler(ctx) {
      const parsed = parseJsonObject(ctx.body)
      if ("violation" in parsed) {
        return ctx.problem(badRequest([parsed.violation]))
      }
      const { handlingResult, quantityReturned } = parsed.value
      const violations: Violation[] = []
      if (typeof handlingResult !== "string" || !(HANDLING_RESULTS as readonly string[]).includes(handlingResult)) {
        violations.push({
          name: "handlingResult",
          reason: `Request contains invalid value(s): '${String(handlingResult)}', allowed values: ${HANDLING_RESULTS.join(", ")}.`,
        })
      }
      if (!isPositiveInt(quantityReturned, 9999)) {
        violations.push({ name: "quantityReturned", reason: "must be between 1 and 9999" })
      }
      if (violations.length > 0) {
        return ctx.problem(badRequest(violations))
      }
      const process = ctx.store.handleReturn(ctx.params["rma-id"], {
        handlingResult: handlingResult as string,
        quantityReturned: quantityReturned as number,
      })
      ctx.reply(202, processStatus(ctx.render, process))
    },
  },
]
