// A shop with 2,000 products in 40 categories, uploaded through the Seller
// API. Times Bazaar's GET /store/shops/:handle/catalog against Medusa's own
// GET /store/products returning the same 2,000 products (with prices) through
// the shop's publishable key, in the same run: the cached catalog, the 304 of
// a conditional GET, and the catalog right after a price change (which clears
// the cached answer, so it is computed afresh). Each request is timed to the
// last byte of its body.
const { startBenchApp } = require("../lib/app")
const { json, openSellerShop } = require("../lib/seller-shop")
const { summarize } = require("../lib/stats")

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const CATEGORIES = Number(process.env.BENCH_CATEGORIES ?? 40)
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30)
const UPLOAD_CONCURRENCY = 8
const SELLER = { phone: "+919000000099", code: "909090" }

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
          // names whose handles share no base, so uploads do not queue on one product-handle lock
          name: `Product ${i} of the bench`,
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

/** A GET timed to the last byte of its body; fails on any status but `expected`. */
async function timedGet(app, path, headers, expected = 200) {
  const startedAt = process.hrtime.bigint()
  const response = await fetch(`${app.baseUrl}${path}`, { headers })
  const body = await response.text()
  const ms = Number(process.hrtime.bigint() - startedAt) / 1e6
  if (response.status !== expected) throw new Error(`GET ${path}: HTTP ${response.status}, expected ${expected}: ${body.slice(0, 200)}`)
  return { ms, body, etag: response.headers.get("etag") }
}

/**
 * The four requests compared. The uncached one first changes a product's MRP
 * through the Seller API (not timed), then checks that the catalog it times
 * shows the new MRP, so it cannot have come from the cache.
 */
function catalogRequests(app, { catalogPath, medusaPath, shopKey, headers, shopId, touched }) {
  const sizes = {}
  let etag
  let mrp = touched.mrp
  const measure = (name, result) => {
    sizes[name] = result.body.length
    return result.ms
  }
  return {
    sizes,
    medusa: async () => measure("medusa", await timedGet(app, medusaPath, shopKey)),
    cached: async () => {
      const result = await timedGet(app, catalogPath, app.storeHeaders)
      etag = result.etag
      return measure("cached", result)
    },
    conditional: async () => measure("conditional", await timedGet(app, catalogPath, { ...app.storeHeaders, "if-none-match": etag }, 304)),
    uncached: async () => {
      mrp = mrp === touched.mrp ? touched.mrp + 1 : touched.mrp
      await json(app, `/seller/shops/${shopId}/products/${touched.id}`, { method: "POST", headers, body: { mrp } })
      const result = await timedGet(app, catalogPath, app.storeHeaders)
      const shown = JSON.parse(result.body).categories.flatMap((c) => c.products).find((p) => p.id === touched.id)
      if (shown?.mrp !== mrp) throw new Error(`the catalog after a price change shows MRP ${shown?.mrp}, not ${mrp}`)
      etag = result.etag
      return measure("uncached", result)
    },
  }
}

/**
 * Runs the requests in a rotating order, so that whatever else the machine
 * does weighs on all alike. Every catalog 200 keeps its ETag, so the 304 is
 * always asked with the ETag of the current answer.
 */
async function timeRotating(requests, { warmup, iterations, onUncached }) {
  const names = ["medusa", "cached", "conditional", "uncached"]
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let i = 0; i < warmup + iterations; i++) {
    const order = names.map((_, k) => names[(i + k) % names.length])
    for (const name of order) {
      const ms = await requests[name]()
      if (name === "uncached") onUncached()
      if (i >= warmup) times[name].push(ms)
    }
  }
  return times
}

function row(label, s) {
  console.log(
    `  ${label.padEnd(38)} median ${s.median.toFixed(2).padStart(8)} ms   p95 ${s.p95.toFixed(2).padStart(8)} ms   mean ${s.mean
      .toFixed(2)
      .padStart(8)} ms   n=${s.n}`
  )
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
    const { headers, shop } = await openSellerShop(app, SELLER, "Bench Bazaar")
    const uploadSeconds = await uploadProducts(app, headers, shop.id)
    console.log(`uploaded ${PRODUCTS} products in ${CATEGORIES} categories in ${uploadSeconds.toFixed(1)} s`)

    const shopKey = { "x-publishable-api-key": shop.publishable_key }
    const catalogPath = `/store/shops/${shop.handle}/catalog`
    const catalog = await app.call(catalogPath, { headers: app.storeHeaders })
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

    const touched = catalog.categories[0].products[0]
    let touches = 0
    const requests = catalogRequests(app, { catalogPath, medusaPath, shopKey, headers, shopId: shop.id, touched })
    const memoryBefore = process.memoryUsage().rss
    const times = await timeRotating(requests, { warmup: 3, iterations: ITERATIONS, onUncached: () => touches++ })
    const baseline = summarize(times.medusa)
    console.log(`\ncatalog: ${PRODUCTS} products in ${CATEGORIES} categories, ${ITERATIONS} requests each, in rotating order`)
    row("Medusa GET /store/products (shop key)", baseline)
    for (const [name, label, goal] of [
      ["cached", "catalog, cached (200)", 0.03],
      ["conditional", "catalog, If-None-Match (304)", 0.01],
      ["uncached", "catalog, after a price change (200)", 0.5],
    ]) {
      const summary = summarize(times[name])
      row(label, summary)
      console.log(
        `    ratio to Medusa: median ${(summary.median / baseline.median).toFixed(3)} (goal <= ${goal}), p95 ${(summary.p95 / baseline.p95).toFixed(3)}`
      )
    }
    console.log(`  body bytes: Medusa ${requests.sizes.medusa}, catalog ${requests.sizes.cached}; price changes made: ${touches}`)
    console.log(`  bench client RSS change: ${((process.memoryUsage().rss - memoryBefore) / 1e6).toFixed(1)} MB`)
  } finally {
    await app.stop()
  }
}
