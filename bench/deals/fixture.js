// The shop of the deals bench: the India region, a seller's shop, a plain
// product (P, for Medusa's add-to-cart) and, per deal, a product of its own
// (deals may not overlap on one product) with a deal live now, created by the
// operator. Seller products do not manage inventory, so no stock runs out.
const { json, openSellerShop } = require("../lib/seller-shop")
const { mapConcurrent } = require("../lib/concurrency")

const DEAL_HOURS = 11
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function newProduct(app, fixture, name) {
  const { product } = await json(app, `/seller/shops/${fixture.shop.id}/products`, {
    method: "POST",
    headers: fixture.sellerHeaders,
    body: { name, mrp: 1299, sale_price: 999, image_url: "https://images.example/bench-deal.jpg", category: "Kitchen" },
  })
  const { products } = await app.call(`/store/products?id=${product.id}&fields=id,*variants`, { headers: fixture.shopKey })
  return { productId: product.id, variantId: products[0].variants[0].id }
}

/** Region, shop and the plain product P: { shop, shopKey, sellerHeaders, plain: { productId, variantId } }. */
async function openDealShop(app, seller) {
  await json(app, "/admin/regions", {
    method: "POST",
    headers: app.adminHeaders,
    body: { name: "India", currency_code: "inr", countries: ["in"], payment_providers: ["pp_system_default"] },
  })
  const { headers, shop } = await openSellerShop(app, seller, "Bench Deals")
  const fixture = { shop, sellerHeaders: headers, shopKey: { "x-publishable-api-key": shop.publishable_key } }
  fixture.plain = await newProduct(app, fixture, "Steel Tiffin Box")
  return fixture
}

/**
 * A new product with a deal of `units` units on its variant, created by the
 * operator to start two seconds from the server's clock, then awaited until
 * the shop's store list shows it live: { deal, variantId }.
 */
async function liveDeal(app, fixture, name, units) {
  const { variantId } = await newProduct(app, fixture, name)
  const { server_time } = await app.call("/admin/bazaar/deals?limit=1", { headers: app.adminHeaders })
  const startsAt = Date.parse(server_time) + 2000
  const { deal } = await json(app, "/admin/bazaar/deals", {
    method: "POST",
    headers: app.adminHeaders,
    body: {
      shop_id: fixture.shop.id,
      variant_id: variantId,
      price: 499,
      total_units: units,
      starts_at: new Date(startsAt).toISOString(),
      ends_at: new Date(startsAt + DEAL_HOURS * 3600 * 1000).toISOString(),
    },
  })
  const deadline = Date.now() + 30000
  for (;;) {
    const { live } = await app.call(`/store/shops/${fixture.shop.handle}/deals`, { headers: fixture.shopKey })
    if (live.some((shown) => shown.id === deal.id)) return { deal, variantId }
    if (Date.now() > deadline) throw new Error(`deal ${deal.id} (starts ${deal.starts_at}) was not live 30 s after it was created`)
    await sleep(200)
  }
}

/** `count` new empty carts of the shop (anonymous, as a storefront makes them): their ids. */
async function shopCarts(app, fixture, count, concurrency = 16) {
  return mapConcurrent(Array.from({ length: count }), concurrency, async () => {
    const { cart } = await json(app, `/store/shops/${fixture.shop.handle}/carts`, { method: "POST", headers: fixture.shopKey, body: {} })
    return cart.id
  })
}

module.exports = { openDealShop, liveDeal, shopCarts }
