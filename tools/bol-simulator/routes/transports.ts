import { badRequest, RETAILER_MEDIA_TYPE, type Violation } from "../errors"
import { processStatus } from "../render"
import { TRANSPORTER_CODES } from "../vocab"
import { parseJsonObject } from "./body"
import type { Route } from "./types"

export const transportRoutes: Route[] = [
  {
    method: "PUT",
    template: "/retailer/transports/{transport-id}",
    group: "transportUpdate",
    produces: [RETAILER_MEDIA_TYPE],
    hasBody: true,
    handler(ctx) {
      const parsed = parseJsonObject(ctx.body)
      if ("violation" in parsed) {
        return ctx.problem(badRequest([parsed.violation]))
      }
      const { transporterCode, trackAndTrace } = parsed.value
      const violations: Violation[] = []
      if (typeof trackAndTrace !== "string" || trackAndTrace.length === 0) {
        violations.push({ name: "trackAndTrace", reason: "must not be empty" })
      }
      if (
        transporterCode !== undefined &&
        transporterCode !== null &&
        (typeof transporterCode !== "string" || !(TRANSPORTER_CODES as readonly string[]).includes(transporterCode))
      ) {
        violations.push({
          name: "transporterCode",
          reason: `Request contains invalid value(s): '${String(transporterCode)}', allowed values: ${TRANSPORTER_CODES.join(", ")}.`,
        })
      }
      if (violations.length > 0) {
        return ctx.problem(badRequest(violations))
      }
      const process = ctx.store.changeTransport(ctx.params["transport-id"], {
        ...(typeof transporterCode === "string" ? { transporterCode } : {}),
        trackAndTrace: trackAndTrace as string,
      })
      ctx.reply(202, processStatus(ctx.render, process))
    },
  },
]
