import { badRequest, notFound, RETAILER_MEDIA_TYPE } from "../errors"
import { orderDetail, reducedOrder } from "../render"
import { QueryParams } from "./params"
import type { Route } from "./types"

const produces = [RETAILER_MEDIA_TYPE]

export const orderRoutes: Route[] = [
  {
    method: "GET",
    template: "/retailer/orders",
    group: "ordersList",
    produces,
    handler(ctx) {
      const params = new QueryParams(ctx.query)
      const page = params.page()
      const fulfilmentMethod = params.oneOf("fulfilment-method", ["FBR", "FBB", "ALL"] as const) ?? "FBR"
      const status = params.oneOf("status", ["OPEN", "SHIPPED", "ALL"] as const) ?? "OPEN"
      const changeIntervalMinute = params.integer("change-interval-minute", { min: 1, max: 60 })
      const latestChangeDate = params.date("latest-change-date")
      // Accepted and checked; the simulator has no VVB (bol label) orders to filter on.
      params.boolean("vvb-only")
      if (params.violations.length > 0) {
        return ctx.problem(badRequest(params.violations))
      }
      const orders = ctx.store.listOrders({ fulfilmentMethod, status, page, changeIntervalMinute, latestChangeDate })
      ctx.reply(200, orders.length === 0 ? {} : { orders: orders.map(({ order, items }) => reducedOrder(ctx.render, order, items)) })
    },
  },
  {
    method: "GET",
    template: "/retailer/orders/{order-id}",
    group: "orderDetail",
    produces,
    handler(ctx) {
      const id = ctx.params["order-id"]
      const order = ctx.store.getOrder(id)
      if (!order) {
        return ctx.problem(notFound(`Order for order id ${id} not found.`))
      }
      ctx.reply(200, orderDetail(ctx.render, order))
    },
  },
]
