import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createSellerWorkflow } from "../../workflows/sellers/create-seller"
import { createShopWorkflow } from "../../workflows/shops/create-shop"
import { createShopProductWorkflow } from "../../workflows/shop-products/create-shop-product"
import { shopCommerceContext } from "../../workflows/shops/utils/commerce-context"
import { DEMO_SHOPS, type DemoProduct } from "./demo-catalog"
import { productImageSvg } from "./product-image"

/**
 * The demo seller (the demo test phone number, so a newcomer can log in as
 * it) with two shops full of products, each with an image in the File module.
 */
export async function createDemoSeller(container: MedusaContainer, phone: string) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "phone-otp", entity_id: phone, user_metadata: { phone } }],
  })
  const { result: seller } = await createSellerWorkflow(container).run({
    input: { phone, name: "Asha Patel", status: "active", auth_identity_id: identity.id },
  })

  for (const demoShop of DEMO_SHOPS) {
    const { result: shop } = await createShopWorkflow(container).run({
      input: { seller_id: seller.id, name: demoShop.name, ...demoShop.address, phone: null },
    })
    const commerce = await shopCommerceContext(container, {
      id: shop.id,
      country_code: demoShop.address.country_code,
    })
    for (const product of demoShop.products) {
      await createShopProductWorkflow(container).run({
        input: {
          shop_id: shop.id,
          shop_handle: shop.handle,
          ...commerce,
          ...product,
          description: product.description ?? null,
          sale_price: product.sale_price ?? null,
          image_url: await uploadImage(container, product),
        },
      })
    }
  }
  return seller
}

async function uploadImage(container: MedusaContainer, product: DemoProduct): Promise<string> {
  const {
    result: [file],
  } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${product.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productImageSvg(product.name, product.category)).toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return file.url
}
