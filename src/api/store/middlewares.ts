import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticateActor } from "../guards/authenticate"
import { validateBody } from "../guards/validate"
import { AddShopCartItemBody, CheckoutShopCartBody, UpdateShopCartItemBody } from "./shops/validators"

const CART = "/store/shops/:handle/carts/:cart_id"

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: `${CART}/line-items`,
    methods: ["POST"],
    middlewares: [validateBody(AddShopCartItemBody)],
  },
  {
    matcher: `${CART}/line-items/:line_id`,
    methods: ["POST"],
    middlewares: [validateBody(UpdateShopCartItemBody)],
  },
  {
    matcher: `${CART}/complete`,
    methods: ["POST"],
    middlewares: [authenticateActor("customer", ["session", "bearer"]), validateBody(CheckoutShopCartBody)],
  },
]
