import {
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { authenticateActor } from "../guards/authenticate"
import { validateBody, validateQuery } from "../guards/validate"
import { currentSeller } from "./helpers"
import { authenticateSeller } from "./seller-actor"
import { resolveOwnShop } from "./own-shop"
import { acceptProductImage } from "./product-image-upload"
import { RegisterSellerBody } from "./register/validators"
import { SetEmailLoginBody } from "./me/email-login/validators"
import { CreateShopBody, UpdateShopBody } from "./shops/validators"
import { CreateShopProductBody, UpdateShopProductBody } from "./shops/[id]/products/validators"
import { AcceptShopOrderBody, EmptyBody, ListShopOrdersQuery, ShipShopOrderBody } from "./shops/[id]/orders/validators"
import {
  CreateBolAccountBody,
  LinkBolOrderBody,
  ListBolOrderLinksQuery,
  ListBolShipmentsQuery,
  StartBolSyncBody,
} from "./shops/[id]/bol/validators"

const AUTH_METHODS: ("session" | "bearer")[] = ["session", "bearer"]

/** Suspended sellers may read their data but not change it. */
async function refuseSuspendedWrites(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method !== "GET" && req.auth_context?.actor_id) {
    const seller = await currentSeller(req)
    if (seller.status === "suspended") {
      return next(new MedusaError(MedusaError.Types.FORBIDDEN, "This seller account is suspended"))
    }
  }
  next()
}

export const sellerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/seller/register",
    methods: ["POST"],
    middlewares: [
      authenticateActor("seller", AUTH_METHODS, { allowUnregistered: true }),
      validateBody(RegisterSellerBody),
    ],
  },
  ...["/seller/me*", "/seller/shops*"].map((matcher) => ({
    matcher,
    middlewares: [authenticateSeller, refuseSuspendedWrites, resolveOwnShop],
  })),
  {
    matcher: "/seller/me/email-login",
    methods: ["POST"],
    middlewares: [validateBody(SetEmailLoginBody)],
  },
  {
    matcher: "/seller/shops",
    methods: ["POST"],
    middlewares: [validateBody(CreateShopBody)],
  },
  {
    matcher: "/seller/shops/:id",
    methods: ["POST"],
    middlewares: [validateBody(UpdateShopBody)],
  },
  {
    matcher: "/seller/shops/:id/products",
    methods: ["POST"],
    middlewares: [acceptProductImage, validateBody(CreateShopProductBody)],
  },
  {
    matcher: "/seller/shops/:id/products/:product_id",
    methods: ["POST"],
    middlewares: [acceptProductImage, validateBody(UpdateShopProductBody)],
  },
  {
    matcher: "/seller/shops/:id/orders",
    methods: ["GET"],
    middlewares: [validateQuery(ListShopOrdersQuery, {})],
  },
  ...(
    [
      ["accept", AcceptShopOrderBody],
      ["ship", ShipShopOrderBody],
      ["deliver", EmptyBody],
      ["cancel", EmptyBody],
    ] as const
  ).map(([action, body]) => ({
    matcher: `/seller/shops/:id/orders/:order_id/${action}`,
    methods: ["POST" as const],
    middlewares: [validateBody(body)],
  })),
  {
    matcher: "/seller/shops/:id/bol/accounts",
    methods: ["POST"],
    middlewares: [validateBody(CreateBolAccountBody)],
  },
  {
    matcher: "/seller/shops/:id/bol/accounts/:account_id/sync",
    methods: ["POST"],
    middlewares: [validateBody(StartBolSyncBody)],
  },
  {
    matcher: "/seller/shops/:id/bol/order-links",
    methods: ["POST"],
    middlewares: [validateBody(LinkBolOrderBody)],
  },
  {
    matcher: "/seller/shops/:id/bol/order-links",
    methods: ["GET"],
    middlewares: [validateQuery(ListBolOrderLinksQuery, {})],
  },
  {
    matcher: "/seller/shops/:id/bol/shipments",
    methods: ["GET"],
    middlewares: [validateQuery(ListBolShipmentsQuery, {})],
  },
]
