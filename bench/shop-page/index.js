// How fast a buyer's phone shows a shop's page (issue 16): the storefront
// (storefront/, Preact, built by `npm run storefront:build` and served by its
// own server) against a naive page doing the same with Medusa's own Store API,
// in the same run, on the same app.
//
// - Two shops opened through the Seller API: one like the demo's (10 products
//   in 3 categories) and a large one (BENCH_PRODUCTS, 2,000, in
//   BENCH_CATEGORIES, 20), every product with a picture.
// - The naive page (naive-page.js, served by the bench): one HTML page whose
//   inline script fetches all the shop's products in one GET /store/products
//   (`limit` = the shop's product count; Medusa does not cap it) with their
//   calculated prices in the shop's region and the shop's publishable key,
//   which the page knows beforehand, and renders every one as an <article>.
// - The storefront's shop page, /<handle>: it shows the first 24 products of
//   each category.
//
// Each visit runs in headless Chromium (/usr/bin/chromium or CHROMIUM_PATH) on
// a 390×844 phone screen in a fresh browser context, so nothing is cached.
// Timed from the navigation's start (performance.now() in the page): until the
// HTML document is received; until section[aria-label="Catalog"]
// [data-state="ready"] is in the DOM (noted by a MutationObserver), the figure
// the ratio compares; and until the frame after it has been drawn (layout and
// paint of what was rendered). First a checked visit of each page (what it
// shows, the bytes it loads, its time: the storefront's catalog answer is not
// cached yet), then BENCH_WARMUP (1) untimed rounds and BENCH_ROUNDS (10) timed
// ones; each round visits every page once, storefront and naive page in
// alternating order.
//
// Run: DB_HOST=localhost DB_USERNAME=postgres DB_PASSWORD= npm run bench -- shop-page
const { Client } = require("pg")
const { startBenchApp } = require("../lib/app")
const { json } = require("../lib/seller-shop")
const { freePort } = require("../../scripts/lib/free-port")
const { seedShops } = require("./shops")
const { startNaivePageServer } = require("./naive-page")
const { ensureStorefrontBuilt, startStorefront } = require("./storefront")
const { launchBrowser, timedVisit, firstVisit } = require("./browser")
const { printShopTimes, printBytes } = require("./report")

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1)
const LARGE_PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000)
const LARGE_CATEGORIES = Number(process.env.BENCH_CATEGORIES ?? 20)
const PAGE_TIMEOUT_MS = Number(process.env.BENCH_PAGE_TIMEOUT_MS ?? 120000)
const DATABASE = process.env.BENCH_DATABASE ?? "bazaar_bench_shop_page"
const SHOWN_PER_CATEGORY = 24
const SELLER = { phone: "+919000000096", code: "969696" }

/** Medusa's answer to the naive page's request must hold every product with a price, or the comparison is unfair. */
async function checkMedusaAnswers(app, shop, regionId) {
  const { products } = await app.call(
    `/store/products?limit=${shop.productCount}&fields=id,title,thumbnail,*variants.calculated_price&region_id=${regionId}`,
    { headers: { "x-publishable-api-key": shop.publishableKey } }
  )
  const priced = products.filter((p) => p.thumbnail && p.variants?.[0]?.calculated_price?.calculated_amount > 0)
  if (products.length !== shop.productCount || priced.length !== shop.productCount) {
    throw new Error(
      `GET /store/products for ${shop.handle}: ${products.length} products (${priced.length} with picture and price), expected ${shop.productCount}`
    )
  }
}

function checkStorefrontShows(shop, shown) {
  const problems = []
  if (shown.h1 !== shop.name) problems.push(`<h1> reads ${JSON.stringify(shown.h1)}, not ${JSON.stringify(shop.name)}`)
  if (shown.categories.length !== shop.categoryCounts.size) {
    problems.push(`${shown.categories.length} category sections, expected ${shop.categoryCounts.size}`)
  }
  for (const [category, count] of shop.categoryCounts) {
    const section = shown.categories.find((c) => c.title.includes(category))
    const expected = Math.min(SHOWN_PER_CATEGORY, count)
    if (!section) problems.push(`no section for category "${category}"`)
    else if (section.articles !== expected || section.addButtons !== expected) {
      problems.push(`"${category}": ${section.articles} articles and ${section.addButtons} Add to cart buttons, expected ${expected}`)
    }
  }
  if (problems.length) throw new Error(`The storefront's /${shop.handle} is not what the bench expects: ${problems.join("; ")}`)
}

function checkNaivePageShows(shop, shown) {
  if (shown.articles !== shop.productCount || shown.withImage !== shop.productCount) {
    throw new Error(`The naive page of ${shop.handle} shows ${shown.articles} articles (${shown.withImage} with a picture), expected ${shop.productCount}`)
  }
}

/** Timed rounds: every page of every shop once per round, the storefront first in even rounds. */
async function timeRounds(browser, pages) {
  const visits = pages.map(() => ({ storefront: [], naive: [] }))
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const [i, urls] of pages.entries()) {
      const order = round % 2 === 0 ? ["storefront", "naive"] : ["naive", "storefront"]
      for (const which of order) {
        const marks = await timedVisit(browser, urls[which], PAGE_TIMEOUT_MS)
        if (round >= WARMUP) visits[i][which].push(marks)
      }
    }
  }
  return visits
}

async function dropDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const name = url.pathname.slice(1)
  url.pathname = "/postgres"
  const client = new Client({ connectionString: url.toString() })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await client.end()
}

module.exports = async function shopPageBench() {
  const cleanups = []
  try {
    console.log(await ensureStorefrontBuilt())
    const naive = await startNaivePageServer(await freePort())
    cleanups.push(() => naive.stop())
    const storefrontPort = await freePort()
    const app = await startBenchApp({
      database: DATABASE,
      extraEnv: {
        BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}`,
        STORE_CORS: `${naive.url},http://localhost:${storefrontPort}`,
      },
    })
    cleanups.push(async () => {
      await app.stop()
      // an embedded PostgreSQL is removed whole by app.stop()
      if (process.env.DB_HOST) await dropDatabase(app.databaseUrl)
    })

    const { region } = await json(app, "/admin/regions", {
      method: "POST",
      headers: app.adminHeaders,
      body: { name: "India", currency_code: "inr", countries: ["in"] },
    })
    const { seconds, shops } = await seedShops(app, {
      seller: SELLER,
      imageBaseUrl: naive.url,
      largeProducts: LARGE_PRODUCTS,
      largeCategories: LARGE_CATEGORIES,
    })
    console.log(`opened 2 shops with ${shops.map((s) => s.productCount).join(" and ")} products in ${seconds.toFixed(1)} s`)
    for (const shop of shops) {
      await checkMedusaAnswers(app, shop, region.id)
      naive.pages.set(shop.handle, { shop, backendUrl: app.baseUrl, regionId: region.id })
    }

    const storefront = await startStorefront({
      port: storefrontPort,
      backendUrl: app.baseUrl,
      publishableKey: app.storeHeaders["x-publishable-api-key"],
    })
    cleanups.push(() => storefront.stop())
    const browser = await launchBrowser()
    cleanups.push(() => browser.close())

    const pages = shops.map((shop) => ({
      storefront: `${storefront.url}/${shop.handle}`,
      naive: `${naive.url}/${shop.handle}`,
    }))
    console.log(
      `\nfirst visit of each page (empty browser cache; the storefront's catalog answer not cached yet): ` +
        `response bodies as transferred (gzip where the server compresses) and raw`
    )
    for (const [i, shop] of shops.entries()) {
      const storefrontVisit = await firstVisit(browser, pages[i].storefront, PAGE_TIMEOUT_MS)
      checkStorefrontShows(shop, storefrontVisit.shown)
      const naiveVisit = await firstVisit(browser, pages[i].naive, PAGE_TIMEOUT_MS)
      checkNaivePageShows(shop, naiveVisit.shown)
      printBytes(`${shop.name}, storefront`, storefrontVisit)
      printBytes(`${shop.name}, naive page`, naiveVisit)
    }

    const visits = await timeRounds(browser, pages)
    console.log(
      `\nshop page on a phone (390×844), navigation start → catalog ready: ${ROUNDS} rounds after ${WARMUP} warm-up, ` +
        `a fresh browser context per visit, storefront and naive page alternating`
    )
    for (const [i, shop] of shops.entries()) printShopTimes(shop, visits[i])
    const withoutPreview = storefront.output().split("\n").filter((line) => line.includes("without a link preview"))
    console.log(`\nstorefront pages served without their link preview (the backend too slow for the server's wait): ${withoutPreview.length}`)
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(`cleanup: ${error.message}`))
    }
  }
}
