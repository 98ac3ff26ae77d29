// The two checkouts compared, on carts of the same shape (one line item of the
// same product, the same address, the shop's delivery option, a signed-in
// customer): Bazaar's card checkout of a shop cart and Medusa's own
// completion of a store cart paid with the system provider.
const { json, openSellerShop } = require("../lib/seller-shop")

const ADDRESS = { first_name: "Ravi", last_name: "Kumar", address_1: "12 MG Road", city: "Pune", postal_code: "411002", country_code: "in" }

/** A request answering { status, body } for any status; throws unless the status is one of `expected`. */
async function send(url, { method = "POST", headers = {}, body, form, expected = [200] } = {}) {
  const response = await fetch(url, {
    method,
    headers: form ? { "content-type": "application/x-www-form-urlencoded", ...headers } : { "content-type": "application/json", ...headers },
    body: form ? new URLSearchParams(form).toString() : body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!expected.includes(response.status)) {
    throw new Error(`${method} ${url}: HTTP ${response.status} (expected ${expected.join(" or ")}): ${text.slice(0, 300)}`)
  }
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** A stopwatch: runs `fn` and answers [its result, milliseconds]. */
async function timed(fn) {
  const startedAt = process.hrtime.bigint()
  const result = await fn()
  return [result, Number(process.hrtime.bigint() - startedAt) / 1e6]
}

/** The India region (pay on delivery and card), a seller's shop and one product: what every cart holds. */
async function openShop(app, seller) {
  await json(app, "/admin/regions", {
    method: "POST",
    headers: app.adminHeaders,
    body: { name: "India", currency_code: "inr", countries: ["in"], payment_providers: ["pp_system_default", "pp_stripe_stripe"] },
  })
  const { headers, shop } = await openSellerShop(app, seller, "Bench Checkout")
  const { product } = await json(app, `/seller/shops/${shop.id}/products`, {
    method: "POST",
    headers,
    body: { name: "Masala Chai 250 g", mrp: 250, sale_price: 199, image_url: "https://images.example/chai.jpg", category: "Tea" },
  })
  const shopKey = { "x-publishable-api-key": shop.publishable_key }
  const { products } = await app.call(`/store/products?id=${product.id}&fields=id,*variants`, { headers: shopKey })
  const { regions } = await app.call("/store/regions", { headers: shopKey })
  return { shop, shopKey, productId: product.id, variantId: products[0].variants[0].id, regionId: regions[0].id }
}

/** A buyer signed in with phone + OTP (a test number): the bearer header. */
async function signIn(app, buyer) {
  await send(`${app.baseUrl}/auth/customer/phone-otp`, { body: { phone: buyer.phone } })
  const { body } = await send(`${app.baseUrl}/auth/customer/phone-otp`, { body: buyer })
  return { authorization: `Bearer ${body.token}` }
}

/**
 * Bazaar: a shop cart with the line item (not timed), then the checkout a
 * storefront makes, each part timed: the card call answering 202, Stripe.js's
 * confirm at the fake, the call that places the order (201, or 200 when
 * Stripe's webhook placed it first).
 */
function bazaarCardCheckout(app, fixture, stripeUrl) {
  const carts = `${app.baseUrl}/store/shops/${fixture.shop.handle}/carts`
  return {
    prepare: async () => {
      const { body } = await send(carts, { headers: fixture.shopKey, body: {}, expected: [200, 201] })
      await send(`${carts}/${body.cart.id}/line-items`, { headers: fixture.shopKey, body: { product_id: fixture.productId, quantity: 1 }, expected: [200, 201] })
      return body.cart.id
    },
    checkout: async (cartId, buyer) => {
      const headers = { ...fixture.shopKey, ...buyer.auth }
      const body = { email: buyer.email, payment_provider_id: "pp_stripe_stripe", shipping_address: ADDRESS }
      const [started, startMs] = await timed(() => send(`${carts}/${cartId}/complete`, { headers, body, expected: [202] }))
      const { payment } = started.body
      const [, confirmMs] = await timed(() =>
        send(`${stripeUrl}/v1/payment_intents/${payment.payment_intent_id}/confirm`, {
          form: { key: payment.publishable_key, client_secret: payment.client_secret, payment_method: "pm_card_visa" },
        })
      )
      const [placed, completeMs] = await timed(() => send(`${carts}/${cartId}/complete`, { headers, body, expected: [200, 201] }))
      return { orderId: placed.body.order.id, webhookFirst: placed.status === 200, startMs, confirmMs, completeMs }
    },
  }
}

/**
 * Medusa: a store cart in the shop's sales channel with the customer and the
 * item, made ready through Medusa's store API as a storefront does: email and
 * address, the cheapest delivery option, a payment session of the system
 * provider. `prepare` does both (not timed) and `checkout` times POST
 * /store/carts/:id/complete; `checkoutWithSteps` takes a cart that has only
 * the item and times the readying calls with the completion (what Bazaar's
 * card checkout does in its first call).
 */
function medusaSystemCheckout(app, fixture) {
  const store = `${app.baseUrl}/store`
  const createCart = async (buyer) => {
    const { body } = await send(`${store}/carts`, {
      headers: { ...fixture.shopKey, ...buyer.auth },
      body: { region_id: fixture.regionId, items: [{ variant_id: fixture.variantId, quantity: 1 }] },
    })
    return body.cart.id
  }
  const readyCart = async (cartId, buyer) => {
    const headers = { ...fixture.shopKey, ...buyer.auth }
    await send(`${store}/carts/${cartId}`, { headers, body: { email: buyer.email, shipping_address: ADDRESS } })
    const { body: options } = await send(`${store}/shipping-options?cart_id=${cartId}`, { method: "GET", headers })
    const option = [...options.shipping_options].sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0]
    if (!option) throw new Error("the shop offers no delivery option for Medusa's store cart")
    await send(`${store}/carts/${cartId}/shipping-methods`, { headers, body: { option_id: option.id } })
    const { body: collection } = await send(`${store}/payment-collections`, { headers, body: { cart_id: cartId } })
    await send(`${store}/payment-collections/${collection.payment_collection.id}/payment-sessions`, {
      headers,
      body: { provider_id: "pp_system_default" },
    })
  }
  const complete = async (cartId, buyer) => {
    const [placed, completeMs] = await timed(() =>
      send(`${store}/carts/${cartId}/complete`, { headers: { ...fixture.shopKey, ...buyer.auth }, body: {} })
    )
    if (placed.body.type !== "order") throw new Error(`Medusa's completion answered no order: ${JSON.stringify(placed.body).slice(0, 300)}`)
    return { orderId: placed.body.order.id, completeMs }
  }
  return {
    createCart,
    prepare: async (buyer) => {
      const cartId = await createCart(buyer)
      await readyCart(cartId, buyer)
      return cartId
    },
    checkout: complete,
    checkoutWithSteps: async (cartId, buyer) => {
      const [, readyMs] = await timed(() => readyCart(cartId, buyer))
      return { ...(await complete(cartId, buyer)), readyMs }
    },
  }
}

module.exports = { openShop, signIn, bazaarCardCheckout, medusaSystemCheckout, send }
