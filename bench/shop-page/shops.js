// The two shops the bench opens, through the Seller API: one like the demo's
// (10 products in 3 categories, each with its own picture) and a large one
// (BENCH_PRODUCTS in BENCH_CATEGORIES, one picture per category). Pictures
// come from the baseline server, so both pages load the same images.
const { json, openSellerShop } = require("../lib/seller-shop")
const { mapConcurrent } = require("../lib/concurrency")

const UPLOAD_CONCURRENCY = 8

const SMALL_SHOP = {
  name: "Bench Chai Corner",
  products: [
    { name: "Masala Chai", mrp: 40, sale_price: 30, category: "Tea" },
    { name: "Cutting Chai", mrp: 20, category: "Tea" },
    { name: "Lemon Tea", mrp: 35, category: "Tea" },
    { name: "Ginger Tea", mrp: 30, category: "Tea" },
    { name: "Samosa", mrp: 25, sale_price: 20, category: "Snacks" },
    { name: "Vada Pav", mrp: 30, category: "Snacks" },
    { name: "Kachori", mrp: 25, category: "Snacks" },
    { name: "Filter Coffee", mrp: 45, category: "Coffee" },
    { name: "Cold Coffee", mrp: 70, sale_price: 60, category: "Coffee" },
    { name: "Espresso", mrp: 60, category: "Coffee" },
  ],
}

function largeShopProducts(count, categories) {
  return Array.from({ length: count }, (_, i) => ({
    // names whose handles share no base, so uploads do not queue on one product-handle lock
    name: `Item ${i} of the mart`,
    description: `Bench product number ${i}`,
    mrp: 100 + (i % 50),
    sale_price: i % 3 === 0 ? 90 : undefined,
    category: `Aisle ${String(i % categories).padStart(2, "0")}`,
  }))
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-")

async function uploadProducts(app, headers, shop, products, imageUrlOf) {
  await mapConcurrent(products, UPLOAD_CONCURRENCY, (product) =>
    json(app, `/seller/shops/${shop.id}/products`, {
      method: "POST",
      headers,
      body: { ...product, image_url: imageUrlOf(product) },
    })
  )
}

/** Per category name, how many products it holds. */
function categoryCounts(products) {
  const counts = new Map()
  for (const product of products) counts.set(product.category, (counts.get(product.category) ?? 0) + 1)
  return counts
}

/**
 * Opens both shops for `seller` ({ phone, code }, an OTP test number) with
 * pictures under `imageBaseUrl`. Answers [small, large], each { name, handle,
 * publishableKey, productCount, categoryCounts }.
 */
async function seedShops(app, { seller, imageBaseUrl, largeProducts, largeCategories }) {
  const { headers, shop: small } = await openSellerShop(app, seller, SMALL_SHOP.name)
  const largeName = `Bench Mega Mart`
  const { shop: large } = await json(app, "/seller/shops", {
    method: "POST",
    headers,
    body: { name: largeName, address: { line: "2 Bench Rd", city: "Pune", postal_code: "411001", country_code: "IN" } },
  })
  const startedAt = Date.now()
  await uploadProducts(app, headers, small, SMALL_SHOP.products, (p) => `${imageBaseUrl}/img/${slug(p.name)}.svg`)
  const products = largeShopProducts(largeProducts, largeCategories)
  await uploadProducts(app, headers, large, products, (p) => `${imageBaseUrl}/img/${slug(p.category)}.svg`)
  const seconds = (Date.now() - startedAt) / 1000
  const describe = (shop, name, list) => ({
    name,
    handle: shop.handle,
    publishableKey: shop.publishable_key,
    productCount: list.length,
    categoryCounts: categoryCounts(list),
  })
  return {
    seconds,
    shops: [describe(small, SMALL_SHOP.name, SMALL_SHOP.products), describe(large, largeName, products)],
  }
}

module.exports = { seedShops }
