import Medusa from "@medusajs/js-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SuiteArgs } from "../../helpers/domain-runner"
import {
  BUYER_ADDRESS,
  caller,
  createIndiaRegion,
  customerLogin,
  sellerWithShop,
  uploadProduct,
  type TestSeller,
} from "../../helpers/marketplace"
import { keyHeader, newKey } from "./keys"

export const timeoutMs = 240 * 1000

const SELLER = { phone: "+919000000211", code: "202211" }
const BUYER = { phone: "+919000000212", code: "202212" }
const STOREFRONT = "bazaar-test-storefront/1"

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let chai: Record<string, any>
  let store: { "x-publishable-api-key": string }

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    seller = await sellerWithShop(api, SELLER, "Checkout Chai")
    chai = await uploadProduct(api, seller, { name: "Masala Chai", mrp: 20 })
    store = { "x-publishable-api-key": seller.shop.publishable_key }
  })

  const ordersOfCart = async (cartId: string) => {
    const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: cartId },
    })
    return data.length
  }

  it("places one order when Bazaar's checkout is submitted several times with one key", async () => {
    const carts = `/store/shops/${seller.shop.handle}/carts`
    const { data } = await call("post", carts, {}, store)
    await call("post", `${carts}/${data.cart.id}/line-items`, { product_id: chai.id, quantity: 2 }, store)
    const headers = { ...store, ...(await customerLogin(api, BUYER.phone, BUYER.code)), ...keyHeader(newKey()) }
    const complete = () => call("post", `${carts}/${data.cart.id}/complete`, { shipping_address: BUYER_ADDRESS }, headers)

    const answers = await Promise.all([complete(), complete(), complete()])
    const placed = answers.filter((a) => a.status === 201 && a.headers["idempotent-replayed"] === undefined)
    expect(placed).toHaveLength(1)
    for (const other of answers.filter((a) => a !== placed[0])) {
      expect(other.status === 409 || other.headers["idempotent-replayed"] === "true").toBe(true)
    }
    // a retry after the answer replays it: 201 again (a second, unkeyed completion would answer 200)
    const retry = await complete()
    expect(retry.status).toBe(201)
    expect(retry.headers["idempotent-replayed"]).toBe("true")
    expect(retry.data).toEqual(placed[0].data)
    const orders = await call("get", `/seller/shops/${seller.shop.id}/orders`, undefined, seller.headers)
    expect(orders.data.count).toBe(1)
    expect(await ordersOfCart(data.cart.id)).toBe(1)
  })

  it("completes a cart once through Medusa's POST /store/carts/:id/complete with the key sent by @medusajs/js-sdk", async () => {
    const sdk = new Medusa({
      baseUrl: api.defaults.baseURL as string,
      publishableKey: seller.shop.publishable_key,
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
      globalHeaders: { "user-agent": STOREFRONT },
    })
    const { cart } = await sdk.store.cart.create({ items: [{ variant_id: chai.variant_id, quantity: 1 }] }, {}, keyHeader(newKey()))
    await sdk.store.cart.update(cart.id, { email: "ravi@example.com", shipping_address: BUYER_ADDRESS }, {}, keyHeader(newKey()))
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id }, {}, keyHeader(newKey()))
    // one key per request: initiatePaymentSession sends its headers to two routes when the cart has no collection yet
    await sdk.client.fetch("/store/payment-collections", { method: "POST", body: { cart_id: cart.id }, headers: keyHeader(newKey()) })
    const { cart: ready } = await sdk.store.cart.retrieve(cart.id, { fields: "+payment_collection.id" })
    await sdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" }, {}, keyHeader(newKey()))

    const key = keyHeader(newKey())
    const first = await sdk.store.cart.complete(cart.id, {}, key)
    expect(first.type).toBe("order")
    expect(await sdk.store.cart.complete(cart.id, {}, key)).toEqual(first)
    // the same anonymous client (publishable key, address, user agent) sees the replay's headers
    const raw = await call("post", `/store/carts/${cart.id}/complete`, {}, { ...store, ...key, "user-agent": STOREFRONT })
    expect(raw.status).toBe(200)
    expect(raw.headers["idempotent-replayed"]).toBe("true")
    expect(raw.data).toEqual(first)
    expect(await ordersOfCart(cart.id)).toBe(1)
  })
}
