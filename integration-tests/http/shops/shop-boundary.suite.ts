import Medusa from "@medusajs/js-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { waitUntil } from "../../helpers/bol-sync"
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

export const timeoutMs = 240 * 1000

const SELLER_A = { phone: "+919000000091", code: "919191" }
const SELLER_B = { phone: "+919000000092", code: "929292" }
const BUYER = { phone: "+919000000093", code: "939393" }

// Workflow ids, not the workflow objects: importing core-flows here would load a second copy of
// them into jest's module registry, without the app's hook handlers.
const ADD_TO_CART = "add-to-cart"
const UPDATE_CART = "update-cart"
const PROCESS_PAYMENT = "process-payment-workflow"

export const env: Record<string, string> = { BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER].map((t) => `${t.phone}:${t.code}`).join(",") }

/** The answer of a call through the official SDK that is expected to be refused. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call
  } catch (error: any) {
    return { status: error.status, message: error.message }
  }
  throw new Error("the call was accepted")
}

async function cartRow(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "completed_at", "customer_id", "shipping_address.address_1", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  return data[0] as any
}

async function orderOfCart(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: cartId },
  })
  return (data[0] as any)?.order_id ?? null
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let a: TestSeller
  let b: TestSeller
  let chai: Record<string, any>
  let samosa: Record<string, any>
  let sdkA: Medusa

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    a = await sellerWithShop(api, SELLER_A, "Asha's Chai Corner")
    b = await sellerWithShop(api, SELLER_B, "Bala's Samosas")
    chai = await uploadProduct(api, a, { name: "Masala Chai", mrp: 20 })
    samosa = await uploadProduct(api, b, { name: "Samosa", mrp: 40 })
    sdkA = new Medusa({
      baseUrl: api.defaults.baseURL as string,
      publishableKey: a.shop.publishable_key,
      auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    })
  })

  const shopACarts = () => `/store/shops/${a.shop.handle}/carts`
  const keyA = () => ({ "x-publishable-api-key": a.shop.publishable_key })
  const samosaNamed = () => expect.stringContaining(`Product "Samosa" (${samosa.id}) is sold by another shop`)

  async function shopACartWithChai() {
    const created = await call("post", shopACarts(), {}, keyA())
    const added = await call("post", `${shopACarts()}/${created.data.cart.id}/line-items`, { product_id: chai.id, quantity: 1 }, keyA())
    expect(added.status).toBe(200)
    return added.data.cart as Record<string, any>
  }

  it("keeps another shop's product out of a shop's cart on every way in", async () => {
    const container = getContainer()
    const cart = await shopACartWithChai()
    const unchanged = [{ variant_id: chai.variant_id, quantity: 1 }]

    // Bazaar's route
    const viaBazaar = await call("post", `${shopACarts()}/${cart.id}/line-items`, { product_id: samosa.id, quantity: 1 }, keyA())
    expect(viaBazaar.status).toBe(400)
    expect(viaBazaar.data.message).toContain(samosa.id)

    // Medusa's native add, with shop A's own publishable key
    const viaMedusa = await refusal(sdkA.store.cart.createLineItem(cart.id, { variant_id: samosa.variant_id, quantity: 1 }))
    expect(viaMedusa).toEqual({ status: 400, message: samosaNamed() })
    expect((await cartRow(container, cart.id)).items).toEqual(unchanged)

    // Medusa's native cart creation with items
    const cartModule = container.resolve(Modules.CART)
    const cartsBefore = (await cartModule.listCarts({}, { select: ["id"] })).length
    const created = await refusal(sdkA.store.cart.create({ items: [{ variant_id: samosa.variant_id, quantity: 1 }] }))
    expect(created).toEqual({ status: 400, message: samosaNamed() })
    expect((await cartModule.listCarts({}, { select: ["id"] })).length).toBe(cartsBefore)

    // another plugin's workflows, run by Medusa's workflow engine
    const engine = container.resolve(Modules.WORKFLOW_ENGINE)
    const refusedBy = async (workflowId: string, input: object) => {
      const { errors } = await engine.run(workflowId, { input, throwOnError: false })
      return errors.map((failure: any) => failure.error.message)
    }
    expect(
      await refusedBy(ADD_TO_CART, { cart_id: cart.id, items: [{ variant_id: samosa.variant_id, quantity: 1 }] })
    ).toEqual([samosaNamed()])
    expect((await cartRow(container, cart.id)).items).toEqual(unchanged)

    // moving a filled cart to another shop's sales channel
    expect(await refusedBy(UPDATE_CART, { id: cart.id, sales_channel_id: await salesChannelOf(container, b.shop.id) })).toEqual([
      `Product "Masala Chai" (${chai.id}) is sold by another shop; a cart of shop "Bala's Samosas" takes only that shop's products`,
    ])
    expect((await cartRow(container, cart.id)).items).toEqual(unchanged)

    // the shop's own product still goes in through Medusa's route
    const { cart: filled } = await sdkA.store.cart.createLineItem(cart.id, { variant_id: chai.variant_id, quantity: 2 })
    expect(filled.items?.map((item) => [item.variant_id, item.quantity])).toEqual([[chai.variant_id, 3]])
  })

  it("refuses every completion of a cart holding another shop's product, and writes nothing", async () => {
    const container = getContainer()
    const cart = await shopACartWithChai()
    // a line that got in around every workflow (written straight through the Cart module)
    await container.resolve(Modules.CART).addLineItems([
      { cart_id: cart.id, variant_id: samosa.variant_id, product_id: samosa.id, title: "Samosa", quantity: 1, unit_price: 40 },
    ])
    const buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    const ordersOf = async (seller: TestSeller) =>
      (await call("get", `/seller/shops/${seller.shop.id}/orders`, undefined, seller.headers)).data.count

    // Bazaar's checkout: refused before the address, customer or payment are written
    const viaBazaar = await call("post", `${shopACarts()}/${cart.id}/complete`, { shipping_address: BUYER_ADDRESS }, { ...keyA(), ...buyer })
    expect(viaBazaar.status).toBe(400)
    expect(viaBazaar.data.message).toEqual(samosaNamed())
    expect(await cartRow(container, cart.id)).toMatchObject({ completed_at: null, customer_id: null, shipping_address: { address_1: null } })

    // Medusa's native update of a line
    const chaiLine = (await sdkA.store.cart.retrieve(cart.id)).cart.items!.find((item) => item.variant_id === chai.variant_id)!
    expect(await refusal(sdkA.store.cart.updateLineItem(cart.id, chaiLine.id, { quantity: 2 }))).toEqual({
      status: 400,
      message: samosaNamed(),
    })

    // a cart made ready for Medusa's native completion: address, delivery, payment session
    await sdkA.store.cart.update(cart.id, { email: "ravi@example.com", shipping_address: BUYER_ADDRESS })
    const { shipping_options } = await sdkA.store.fulfillment.listCartOptions({ cart_id: cart.id })
    await sdkA.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id })
    const { cart: ready } = await sdkA.store.cart.retrieve(cart.id)
    const { payment_collection } = await sdkA.store.payment.initiatePaymentSession(ready as any, { provider_id: "pp_system_default" })
    const session = payment_collection.payment_sessions![0]

    expect(await refusal(sdkA.store.cart.complete(cart.id))).toEqual({ status: 400, message: samosaNamed() })

    // a payment provider's webhook completing the cart
    await container.resolve(Modules.WORKFLOW_ENGINE).run(PROCESS_PAYMENT, {
      input: { action: "authorized", data: { session_id: session.id, amount: session.amount as number } },
      throwOnError: false,
    })

    expect(await orderOfCart(container, cart.id)).toBeNull()
    expect((await cartRow(container, cart.id)).completed_at).toBeNull()
    expect(await ordersOf(a)).toBe(0)
    expect(await ordersOf(b)).toBe(0)

    // without the foreign line the same cart completes: the refusals above were the boundary's
    const samosaLine = (await sdkA.store.cart.retrieve(cart.id)).cart.items!.find((item) => item.variant_id === samosa.variant_id)!
    await sdkA.store.cart.deleteLineItem(cart.id, samosaLine.id)
    const { cart: withoutSamosa } = await sdkA.store.cart.retrieve(cart.id)
    await sdkA.store.payment.initiatePaymentSession(withoutSamosa as any, { provider_id: "pp_system_default" })
    const completed = await sdkA.store.cart.complete(cart.id)
    expect(completed.type).toBe("order")
    // the order ↔ cart link is written inside the completion (the shop ↔ order link comes later, from a subscriber)
    expect(await orderOfCart(container, cart.id)).toBe((completed as any).order.id)
    // and the order.placed subscriber links it to shop A (awaited as a result, not timed)
    await waitUntil(async () => (await ordersOf(a)) === 1, 30_000, "the order linked to shop A")
    expect(await ordersOf(b)).toBe(0)
  })
}

async function salesChannelOf(container: MedusaContainer, shopId: string): Promise<string> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shop",
    fields: ["sales_channel.id"],
    filters: { id: shopId },
  })
  return (data[0] as any).sales_channel.id
}
