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

export const timeoutMs = 180 * 1000

const SELLER_A = { phone: "+919000000031", code: "313131" }
const SELLER_B = { phone: "+919000000032", code: "323232" }
const BUYER = { phone: "+919000000033", code: "333333" }
const OTHER_BUYER = { phone: "+919000000034", code: "343434" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER, OTHER_BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let a: TestSeller
  let samosa: Record<string, any>
  let chai: Record<string, any>
  let buyerHeaders: Record<string, string>
  const carts = () => `/store/shops/${a.shop.handle}/carts`

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    a = await sellerWithShop(api, SELLER_A, "Pune Snacks")
    samosa = await uploadProduct(api, a, { name: "Samosa", mrp: 40, sale_price: 30 })
    chai = await uploadProduct(api, a, { name: "Chai", mrp: 20, category: "Drinks" })
    buyerHeaders = { "x-publishable-api-key": a.shop.publishable_key }
  })

  async function newCart() {
    const created = await call("post", carts(), {}, buyerHeaders)
    expect(created.status).toBe(201)
    return created.data.cart as Record<string, any>
  }
  const addItem = (cartId: string, body: object) => call("post", `${carts()}/${cartId}/line-items`, body, buyerHeaders)

  it("keeps an anonymous server-side cart whose titles, images and prices come from the database", async () => {
    const cart = await newCart()
    expect(cart).toMatchObject({ id: expect.stringMatching(/^cart_/), currency_code: "inr", items: [], total: 0 })
    expect(cart.shop).toEqual({ id: a.shop.id, handle: a.shop.handle })

    let r = await addItem(cart.id, { product_id: samosa.id, quantity: 2 })
    expect(r.status).toBe(200)
    expect(r.data.cart.items).toEqual([
      expect.objectContaining({
        product_id: samosa.id, variant_id: samosa.variant_id, title: "Samosa", image_url: samosa.image_url,
        quantity: 2, unit_price: 30, mrp: 40, total: 60,
      }),
    ])
    r = await addItem(cart.id, { variant_id: chai.variant_id, quantity: 1 })
    r = await addItem(cart.id, { product_id: samosa.id, quantity: 1 })
    expect(r.data.cart.items.map((i: any) => [i.title, i.quantity, i.unit_price])).toEqual(
      expect.arrayContaining([["Samosa", 3, 30], ["Chai", 1, 20]])
    )
    expect(r.data.cart.items).toHaveLength(2)
    expect(r.data.cart.total).toBe(110)

    const chaiLine = r.data.cart.items.find((i: any) => i.title === "Chai")
    const samosaLine = r.data.cart.items.find((i: any) => i.title === "Samosa")
    r = await call("post", `${carts()}/${cart.id}/line-items/${chaiLine.id}`, { quantity: 4 }, buyerHeaders)
    expect(r.data.cart.total).toBe(90 + 80)
    r = await call("post", `${carts()}/${cart.id}/line-items/${chaiLine.id}`, { quantity: 0 }, buyerHeaders)
    expect(r.data.cart.items.map((i: any) => i.title)).toEqual(["Samosa"])
    r = await call("delete", `${carts()}/${cart.id}/line-items/${samosaLine.id}`, undefined, buyerHeaders)
    expect(r.data.cart.items).toEqual([])

    const read = await call("get", `${carts()}/${cart.id}`, undefined, buyerHeaders)
    expect(read.data.cart).toMatchObject({ id: cart.id, items: [], total: 0 })
  })

  it("refuses client prices, other shops' products and malformed items with a 400, changing nothing", async () => {
    const b = await sellerWithShop(api, SELLER_B, "Other Shop")
    const foreign = await uploadProduct(api, b, { name: "Foreign", mrp: 5 })
    const cart = await newCart()
    const cases: [object, RegExp][] = [
      [{ product_id: samosa.id, quantity: 1, unit_price: 1 }, /unit_price/],
      [{ product_id: samosa.id, quantity: 1, title: "Free samosa" }, /title/],
      [{ product_id: foreign.id, quantity: 1 }, new RegExp(`Product ${foreign.id} is not sold in this shop`)],
      [{ variant_id: foreign.variant_id, quantity: 1 }, new RegExp(`Variant ${foreign.variant_id} is not sold in this shop`)],
      [{ product_id: "prod_missing", quantity: 1 }, /prod_missing is not sold in this shop/],
      [{ product_id: samosa.id, quantity: 0 }, /quantity must be a whole number from 1 to 1000/],
      [{ product_id: samosa.id, quantity: 1.5 }, /quantity must be a whole number/],
      [{ product_id: samosa.id }, /quantity/],
      [{ quantity: 1 }, /Send either product_id or variant_id/],
      [{ product_id: samosa.id, variant_id: chai.variant_id, quantity: 1 }, /Send either product_id or variant_id/],
    ]
    for (const [body, message] of cases) {
      const r = await addItem(cart.id, body)
      expect({ status: r.status, message: r.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
    }
    const read = await call("get", `${carts()}/${cart.id}`, undefined, buyerHeaders)
    expect(read.data.cart.items).toEqual([])
  })

  it("answers 404 for a cart reached through another shop's handle, an unknown cart or an unknown shop", async () => {
    const b = await sellerWithShop(api, SELLER_B, "Neighbour")
    const cart = await newCart()
    expect((await call("get", `/store/shops/${b.shop.handle}/carts/${cart.id}`, undefined, buyerHeaders)).status).toBe(404)
    const viaOther = await call("post", `/store/shops/${b.shop.handle}/carts/${cart.id}/line-items`, { product_id: samosa.id, quantity: 1 }, buyerHeaders)
    expect(viaOther.status).toBe(404)
    expect((await call("get", `${carts()}/cart_missing`, undefined, buyerHeaders)).status).toBe(404)
    const unknownShop = await call("post", "/store/shops/no-such-shop/carts", {}, buyerHeaders)
    expect([unknownShop.status, unknownShop.data.message]).toEqual([404, 'No shop at "no-such-shop"'])
    expect((await call("post", `${carts()}/${cart.id}/line-items/item_missing`, { quantity: 2 }, buyerHeaders)).status).toBe(404)
  })

  it("turns the cart into one order of the shop for the phone customer, however often it is completed", async () => {
    const cart = await newCart()
    await addItem(cart.id, { product_id: samosa.id, quantity: 2 })
    const complete = (headers: object, body: object = { shipping_address: BUYER_ADDRESS }) =>
      call("post", `${carts()}/${cart.id}/complete`, body, { ...buyerHeaders, ...headers })

    expect((await complete({})).status).toBe(401)
    const customer = await customerLogin(api, BUYER.phone, BUYER.code)
    const bad = await complete(customer, { shipping_address: { ...BUYER_ADDRESS, city: undefined } })
    expect([bad.status, bad.data.message]).toEqual([400, "Invalid request body: shipping_address.city is required (expected a string)"])
    const missing = await complete(customer, {})
    expect([missing.status, missing.data.message]).toEqual([400, expect.stringMatching(/shipping_address/)])

    const first = await complete(customer)
    expect([first.status, first.data.message]).toEqual([201, undefined])
    const orderId = first.data.order.id
    expect(orderId).toMatch(/^order_/)
    const again = await complete(customer)
    expect([again.status, again.data.order.id]).toEqual([200, orderId])

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "total", "sales_channel_id", "customer.phone", "shop.id", "shipping_address.city", "items.unit_price"],
      filters: { customer: { phone: BUYER.phone } } as any,
    })
    expect(orders).toHaveLength(1)
    expect(orders[0]).toMatchObject({
      id: orderId, shop: { id: a.shop.id }, customer: { phone: BUYER.phone }, shipping_address: { city: "Pune" },
    })
    expect(Number(orders[0].total)).toBe(60)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { phone: BUYER.phone } })
    expect(customers).toHaveLength(1)

    const afterwards = await addItem(cart.id, { product_id: samosa.id, quantity: 1 })
    expect(afterwards.status).toBe(400)
    const someoneElse = await complete(await customerLogin(api, OTHER_BUYER.phone, OTHER_BUYER.code))
    expect(someoneElse.status).toBe(404)
  })

  it("makes exactly one order when the same cart is completed five times at once", async () => {
    const cart = await newCart()
    await addItem(cart.id, { product_id: chai.id, quantity: 3 })
    const customer = await customerLogin(api, BUYER.phone, BUYER.code)
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call("post", `${carts()}/${cart.id}/complete`, { shipping_address: BUYER_ADDRESS }, { ...buyerHeaders, ...customer })
      )
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.data.order.id)).size).toBe(1)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "shop", fields: ["orders.id"], filters: { id: a.shop.id } })
    expect((links[0] as any).orders.map((o: any) => o.id)).toEqual([results[0].data.order.id])
  })

  it("refuses an empty cart and a delivery address outside the shop's country", async () => {
    const customer = await customerLogin(api, BUYER.phone, BUYER.code)
    const empty = await newCart()
    const r = await call("post", `${carts()}/${empty.id}/complete`, { shipping_address: BUYER_ADDRESS }, { ...buyerHeaders, ...customer })
    expect([r.status, r.data.message]).toEqual([400, "The cart is empty"])

    const cart = await newCart()
    await addItem(cart.id, { product_id: chai.id, quantity: 1 })
    const abroad = await call(
      "post", `${carts()}/${cart.id}/complete`, { shipping_address: { ...BUYER_ADDRESS, country_code: "nl" } }, { ...buyerHeaders, ...customer }
    )
    expect(abroad.status).toBe(400)
    expect(abroad.data.message).toMatch(/nl|NL/)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "shop", fields: ["orders.id"], filters: { id: a.shop.id } })
    expect((data[0] as any).orders ?? []).toEqual([])
  })
}
