import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AddShopCartItemBody, CheckoutShopCartBody, UpdateShopCartItemBody } from "./shops/validators"

const CART = "/store/shops/:handle/carts/:cart_id"

export const storeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: `${CART}/line-items`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AddShopCartItemBody)],
  },
  {
    matcher: `${CART}/line-items/:line_id`,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(UpdateShopCartItemBody)],
  },
  {
    matcher: `${CART}/complete`,
    methods: ["POST"],
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(CheckoutShopCartBody)],
  },
]
