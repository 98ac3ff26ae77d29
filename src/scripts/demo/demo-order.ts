import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { shopCommerceContext } from "../../workflows/shops/utils/commerce-context"
import { listShopProducts } from "../../workflows/shop-products/utils/shop-products"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { checkoutShopCartWorkflow } from "../../workflows/shop-checkout/checkout-shop-cart"

/**
 * One order in the demo seller's first shop, placed through Bazaar's checkout
 * by a demo buyer with the same phone number, so that the seller's order list
 * and the admin's order page have something to show.
 */
export async function createDemoOrder(container: MedusaContainer, sellerId: string, phone: string) {
  const [shop] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listShops({ seller_id: sellerId }, { order: { created_at: "ASC" }, take: 1 })
  const commerce = await shopCommerceContext(container, shop)
  const products = await listShopProducts(container, shop.id, commerce.currency_code)
  const buyer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ phone, first_name: "Demo", last_name: "Buyer", has_account: true })

  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: commerce.region_id!,
      sales_channel_id: commerce.sales_channel_id,
      currency_code: commerce.currency_code,
      items: products.slice(0, 2).map((product, index) => ({ variant_id: product.variant_id!, quantity: index + 1 })),
    },
  })
  const { result } = await checkoutShopCartWorkflow(container).run({
    input: {
      shop_id: shop.id,
      cart_id: cart.id,
      customer_id: buyer.id,
      shipping_address: {
        first_name: "Demo",
        last_name: "Buyer",
        address_1: "7 Brigade Road",
        city: shop.city,
        postal_code: shop.postal_code,
        country_code: shop.country_code,
      },
      payment_provider_id: "pp_system_default",
    },
  })
  return result.order_id
}
