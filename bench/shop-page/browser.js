// Visits of a shop page in headless Chromium on a phone's screen, each in a
// fresh browser context (empty cache, no cookies): when the catalog was ready,
// what the page loaded, and what it shows.
const { chromium } = require("playwright-core")

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
const CATALOG_READY = 'section[aria-label="Catalog"][data-state="ready"]'

async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] })
}

/**
 * Runs in the page before its own scripts: notes performance.now() (from the
 * navigation's start) when the ready catalog first appears in the DOM (a
 * MutationObserver fires at the end of the task that put it there), and again
 * once the frame after it has been drawn (a message posted from that frame's
 * requestAnimationFrame runs after its style, layout and paint).
 */
function noteCatalogReady(selector) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return
    observer.disconnect()
    const marks = { readyAt: performance.now() }
    window.__benchCatalog = marks
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        marks.paintedAt = performance.now()
      }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-state"] })
}

async function openPage(browser) {
  const context = await browser.newContext(PHONE)
  await context.addInitScript(noteCatalogReady, CATALOG_READY)
  return { context, page: await context.newPage() }
}

/**
 * Loads `url` in `page`; answers { documentAt, readyAt, paintedAt } in ms from
 * the navigation's start (documentAt: the HTML document fully received).
 */
async function loadUntilCatalogReady(page, url, timeoutMs) {
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs })
  const marks = await page.waitForFunction(
    () =>
      window.__benchCatalog?.paintedAt !== undefined && {
        ...window.__benchCatalog,
        documentAt: performance.getEntriesByType("navigation")[0].responseEnd,
      },
    null,
    { polling: "raf", timeout: timeoutMs }
  )
  return marks.jsonValue()
}

/** One timed visit of `url` in a fresh context. */
async function timedVisit(browser, url, timeoutMs) {
  const { context, page } = await openPage(browser)
  try {
    return await loadUntilCatalogReady(page, url, timeoutMs)
  } finally {
    await context.close()
  }
}

const KINDS = { document: "document", script: "script", fetch: "data", xhr: "data", stylesheet: "css", image: "image", font: "font" }

/** Per kind of resource (document, script, data, css, image, font, other): { count, transfer, raw } bytes of bodies. */
async function bodyBytes(responses) {
  const totals = {}
  for (const response of responses) {
    await response.finished()
    const request = response.request()
    const kind = KINDS[request.resourceType()] ?? "other"
    const { responseBodySize } = await request.sizes()
    const body = await response.body().catch(() => Buffer.alloc(0)) // redirects have none
    const total = (totals[kind] ??= { count: 0, transfer: 0, raw: 0, encodings: new Set() })
    total.count++
    total.transfer += responseBodySize
    total.raw += body.length
    total.encodings.add(response.headers()["content-encoding"] ?? "identity")
  }
  return totals
}

/** What the loaded page shows: its <h1>, and per category section (with an <h2>) its articles and Add to cart buttons. */
async function shownCatalog(page) {
  return page.evaluate(() => {
    const catalog = document.querySelector('section[aria-label="Catalog"]')
    const sections = [...catalog.querySelectorAll("section")].filter((section) => section.querySelector("h2"))
    const addButtons = (root) => [...root.querySelectorAll("article button")].filter((b) => /add to cart/i.test(b.textContent)).length
    return {
      h1: document.querySelector("h1")?.textContent.trim() ?? null,
      articles: catalog.querySelectorAll("article").length,
      withImage: [...catalog.querySelectorAll("article")].filter((a) => a.querySelector("img[src]")).length,
      categories: sections.map((section) => ({
        title: section.querySelector("h2").textContent.trim(),
        articles: section.querySelectorAll("article").length,
        addButtons: addButtons(section),
      })),
    }
  })
}

/**
 * The first visit of `url` (nothing cached in the browser): its times, what it
 * shows, and the bytes it loaded until the network was quiet.
 */
async function firstVisit(browser, url, timeoutMs) {
  const { context, page } = await openPage(browser)
  try {
    const responses = []
    page.on("response", (response) => responses.push(response))
    const marks = await loadUntilCatalogReady(page, url, timeoutMs)
    await page.waitForLoadState("networkidle", { timeout: timeoutMs })
    return { marks, shown: await shownCatalog(page), bytes: await bodyBytes(responses) }
  } finally {
    await context.close()
  }
}

module.exports = { launchBrowser, timedVisit, firstVisit }
