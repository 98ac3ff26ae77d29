import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { useEnv } from "../../helpers/env"
import { storeHeaders } from "../../helpers/store"
import { BUYER_ADDRESS, createIndiaRegion, SHOP_ADDRESS } from "../../helpers/marketplace"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

jest.setTimeout(180 * 1000)

const SELLER = { phone: "+919000000071", code: "717171" }
const BUYER = { phone: "+919000000072", code: "727272" }
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)

useEnv({ BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(",") })

/** The official SDK as an app would configure it: JWT kept in memory. */
function sdkFor(baseUrl: string, publishableKey?: string) {
  return new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    it("runs the seller and buyer journeys with @medusajs/js-sdk: OTP, shop, upload, catalog, cart, order, shipment", async () => {
      await createIndiaRegion(getContainer())
      const baseUrl = api.defaults.baseURL as string

      // seller: phone + OTP, register, open a shop, upload a product with a photo
      const seller = sdkFor(baseUrl)
      expect(await seller.auth.login("seller", "phone-otp", { phone: SELLER.phone })).toEqual({ location: "otp" })
      await seller.auth.login("seller", "phone-otp", SELLER)
      await seller.client.fetch("/seller/register", { method: "POST", body: { name: "Meena Joshi" } })
      await seller.auth.refresh()
      const { seller: me } = await seller.client.fetch<any>("/seller/me")
      expect(me).toMatchObject({ name: "Meena Joshi", phone: SELLER.phone, status: "active" })
      const { shop } = await seller.client.fetch<any>("/seller/shops", {
        method: "POST",
        body: { name: "Meena's Kitchen", address: SHOP_ADDRESS },
      })
      const photo = new FormData()
      for (const [key, value] of Object.entries({ name: "Poha", mrp: "50", sale_price: "40", category: "Breakfast" })) {
        photo.append(key, value)
      }
      photo.append("image", new Blob([new Uint8Array(PNG)], { type: "image/png" }), "poha.png")
      const { product } = await seller.client.fetch<any>(`/seller/shops/${shop.id}/products`, {
        method: "POST",
        body: photo,
        headers: { "content-type": null },
      })
      expect(product).toMatchObject({ name: "Poha", mrp: 50, sale_price: 40, category: "Breakfast" })

      // buyer: open the link with the marketplace key, then use the shop's own key
      const marketplaceKey = (await storeHeaders(getContainer())).headers["x-publishable-api-key"]
      const browsing = sdkFor(baseUrl, marketplaceKey)
      const { shop: found } = await browsing.client.fetch<any>(`/store/shops/${shop.handle}`)
      expect(found).toMatchObject({ id: shop.id, name: "Meena's Kitchen", link: shop.link })
      const buyer = sdkFor(baseUrl, found.publishable_key)
      const { categories } = await buyer.client.fetch<any>(`/store/shops/${shop.handle}/catalog`)
      expect(categories).toEqual([
        { id: expect.any(String), name: "Breakfast", products: [expect.objectContaining({ id: product.id, mrp: 50, sale_price: 40 })] },
      ])
      const { cart } = await buyer.client.fetch<any>(`/store/shops/${shop.handle}/carts`, { method: "POST", body: {} })
      const { cart: filled } = await buyer.client.fetch<any>(`/store/shops/${shop.handle}/carts/${cart.id}/line-items`, {
        method: "POST",
        body: { product_id: product.id, quantity: 2 },
      })
      expect(filled.total).toBe(80)
      await buyer.auth.login("customer", "phone-otp", { phone: BUYER.phone })
      await buyer.auth.login("customer", "phone-otp", BUYER)
      const { order } = await buyer.client.fetch<any>(`/store/shops/${shop.handle}/carts/${cart.id}/complete`, {
        method: "POST",
        body: { shipping_address: BUYER_ADDRESS },
      })
      const { order: mine } = await buyer.store.order.retrieve(order.id)
      expect(mine).toMatchObject({ id: order.id, total: 80 })

      // seller: sees the order and handles it
      const { orders } = await seller.client.fetch<any>(`/seller/shops/${shop.id}/orders`)
      expect(orders.map((o: any) => [o.id, o.state, o.customer.phone])).toEqual([[order.id, "placed", BUYER.phone]])
      await seller.client.fetch(`/seller/shops/${shop.id}/orders/${order.id}/accept`, { method: "POST", body: {} })
      const { order: shipped } = await seller.client.fetch<any>(`/seller/shops/${shop.id}/orders/${order.id}/ship`, {
        method: "POST",
        body: { tracking_number: "DLV-7" },
      })
      expect(shipped).toMatchObject({ state: "shipped", tracking: [{ number: "DLV-7", url: null }] })

      // the buyer sees the shipment through Medusa's own store route
      const { order: tracked } = await buyer.store.order.retrieve(order.id, { fields: "+fulfillments.shipped_at" })
      expect((tracked as any).fulfillments[0].shipped_at).toBeTruthy()
    })
  },
})
