// A shop with 2,000 products in 40 categories, uploaded through the Seller
// API. Times Bazaar's GET /store/shops/:handle/catalog against Medusa's own
// GET /store/products returning the same 2,000 products (with prices) through
// the shop's publishable key, alternating, in the same run.
const { startBenchApp } = require("../lib/app")
const { compareAlternating, report } = require("../lib/stats")

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const CATEGORIES = Number(process.env.BENCH_CATEGORIES ?? 40)
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30)
const UPLOAD_CONCURRENCY = 8
const SELLER = { phone: "+919000000099", code: "909090" }

async function json(app, path, init = {}) {
  return app.call(path, {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

async function sellerShop(app) {
  await json(app, "/auth/seller/phone-otp", { method: "POST", body: { phone: SELLER.phone } })
  const { token } = await json(app, "/auth/seller/phone-otp", { method: "POST", body: SELLER })
  const registration = { authorization: `Bearer ${token}` }
  await json(app, "/seller/register", { method: "POST", headers: registration, body: { name: "Bench Seller" } })
  const refreshed = await json(app, "/auth/token/refresh", { method: "POST", headers: registration, body: {} })
  const headers = { authorization: `Bearer ${refreshed.token}` }
  const { shop } = await json(app, "/seller/shops", {
    method: "POST",
    headers,
    body: { name: "Bench Bazaar", address: { line: "1 Bench Rd", city: "Pune", postal_code: "411001", country_code: "IN" } },
  })
  return { headers, shop }
}

async function uploadProducts(app, headers, shopId) {
  let next = 0
  const startedAt = Date.now()
  const worker = async () => {
    while (next < PRODUCTS) {
      const i = next++
      await json(app, `/seller/shops/${shopId}/products`, {
        method: "POST",
        headers,
        body: {
          name: `Product ${i}`,
          description: `Bench product number ${i}`,
          mrp: 100 + (i % 50),
          sale_price: i % 3 === 0 ? 90 : undefined,
          image_url: `https://images.example/p/${i}.jpg`,
          category: `Category ${i % CATEGORIES}`,
        },
      })
    }
  }
  await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, worker))
  return (Date.now() - startedAt) / 1000
}

module.exports = async function catalogBench() {
  const app = await startBenchApp({
    database: "bazaar_bench_catalog",
    extraEnv: { BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}` },
  })
  try {
    const { region } = await json(app, "/admin/regions", {
      method: "POST",
      headers: app.adminHeaders,
      body: { name: "India", currency_code: "inr", countries: ["in"] },
    })
    const { headers, shop } = await sellerShop(app)
    const uploadSeconds = await uploadProducts(app, headers, shop.id)
    console.log(`uploaded ${PRODUCTS} products in ${CATEGORIES} categories in ${uploadSeconds.toFixed(1)} s`)

    const shopKey = { "x-publishable-api-key": shop.publishable_key }
    const catalog = await app.call(`/store/shops/${shop.handle}/catalog`, { headers: app.storeHeaders })
    const counted = catalog.categories.reduce((n, c) => n + c.products.length, 0)
    const medusaPath =
      `/store/products?limit=${PRODUCTS}&region_id=${region.id}` +
      // `*categories`: Medusa's store route silently drops a plain `categories.id`
      "&fields=id,title,description,thumbnail,*categories,*variants.calculated_price"
    const medusa = await app.call(medusaPath, { headers: shopKey })
    if (!medusa.products.every((p) => p.categories?.length === 1 && p.variants?.[0]?.calculated_price)) {
      throw new Error("Medusa's answer lacks the categories or prices the catalog carries; the comparison would be unfair")
    }
    if (counted !== PRODUCTS || medusa.products.length !== PRODUCTS) {
      throw new Error(`expected ${PRODUCTS} products, catalog has ${counted}, Medusa returned ${medusa.products.length}`)
    }

    const memoryBefore = process.memoryUsage().rss
    const result = await compareAlternating({
      baseline: () => app.call(medusaPath, { headers: shopKey }),
      candidate: () => app.call(`/store/shops/${shop.handle}/catalog`, { headers: app.storeHeaders }),
      warmup: 3,
      iterations: ITERATIONS,
    })
    report(
      `catalog: ${PRODUCTS} products in ${CATEGORIES} categories, ${ITERATIONS} requests each, alternating`,
      { baseline: "Medusa GET /store/products (shop key)", candidate: "Bazaar GET /store/shops/:handle/catalog" },
      result
    )
    console.log(`  bench client RSS change: ${((process.memoryUsage().rss - memoryBefore) / 1e6).toFixed(1)} MB`)
  } finally {
    await app.stop()
  }
}
