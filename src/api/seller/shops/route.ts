import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createShopWorkflow } from "../../../workflows/shops/create-shop"
import { currentSeller, sellerService } from "../helpers"
import { presentShop } from "./present"
import type { CreateShopBodyType } from "./validators"

/** GET /seller/shops — the signed-in seller's shops. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const shops = await sellerService(req).listShops(
    { seller_id: seller.id },
    { order: { created_at: "ASC" } }
  )
  res.json({ shops: shops.map((shop) => presentShop(req, shop)) })
}

/** POST /seller/shops — opens a shop with its own link, sales channel and publishable key. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateShopBodyType>,
  res: MedusaResponse
) {
  const seller = await currentSeller(req)
  const { name, address } = req.validatedBody
  const { result } = await createShopWorkflow(req.scope).run({
    input: {
      seller_id: seller.id,
      name,
      address_line: address.line,
      city: address.city,
      postal_code: address.postal_code,
      country_code: address.country_code,
      phone: address.phone ?? null,
    },
  })
  const shop = await sellerService(req).retrieveShop(result.id)
  res.status(201).json({
    shop: { ...presentShop(req, shop), publishable_key: result.publishable_key },
  })
}
