import { z } from "@medusajs/framework/zod"
import { defineRouteContract, page } from "../../../../../../lib/openapi"
import { BolOrderLink, bolOrderLinkExample } from "../responses"
import { LinkBolOrderBody, ListBolOrderLinksQuery } from "../validators"

export default defineRouteContract({
  tag: "Seller: bol.com",
  GET: {
    summary: "Which of the shop's orders are bol.com orders, newest link first",
    query: ListBolOrderLinksQuery,
    errors: [404],
    responses: {
      200: {
        description: "A page of links",
        schema: z.object({ order_links: z.array(BolOrderLink), ...page }),
        example: { order_links: [bolOrderLinkExample], count: 1, limit: 20, offset: 0 },
      },
    },
  },
  POST: {
    summary: "Link one of the shop's orders to a bol.com order",
    description:
      "bol.com is asked about the order first; accepting the order then ships it through bol.com. `409` when the order or the bol.com order is linked already.",
    body: LinkBolOrderBody,
    errors: [403, 404, 409],
    responses: { 201: { description: "The link", schema: z.object({ order_link: BolOrderLink }), example: { order_link: bolOrderLinkExample } } },
  },
})
