import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "fs"
import { createServer, request, type IncomingMessage, type Server } from "http"
import type { AddressInfo } from "net"
import { tmpdir } from "os"
import { join } from "path"
import { gunzipSync } from "zlib"
import { startStorefrontServer, type StorefrontServer } from "../server/server"

const KEY = "pk_marketplace"
const NASTY_NAME = `Chai "&" <script>alert('x')</script> Corner`
const SHOP = {
  id: "shop_1",
  name: NASTY_NAME,
  handle: "chai-corner",
  link: "https://shops.example/chai-corner",
  address: { line: "1 MG Road", city: "Pune", postal_code: "411001", country_code: "IN", phone: null },
  publishable_key: "pk_shop",
}
const CATALOG = {
  shop: { id: "shop_1", handle: "chai-corner" },
  categories: [
    {
      id: "pcat_1",
      name: "Tea",
      products: [
        { id: "prod_plain", title: "Plain", description: null, image_url: null, mrp: 10, sale_price: null, currency_code: "inr" },
        { id: "prod_chai", title: "Masala Chai", description: "Strong, with ginger", image_url: "http://backend.example/static/chai.png", mrp: 30, sale_price: 25, currency_code: "inr" },
      ],
    },
  ],
}

const MEGA = { ...SHOP, id: "shop_mega", name: "Mega Mart", handle: "mega-mart", link: "https://shops.example/mega-mart" }
const MEGA_CATALOG = {
  shop: { id: MEGA.id, handle: MEGA.handle },
  categories: [
    {
      id: "pcat_2",
      name: "Everything",
      products: Array.from({ length: 1000 }, (_, i) => ({ ...CATALOG.categories[0].products[1], id: `prod_${i}`, title: `Product number ${i}` })),
    },
  ],
}

/** A Store API stand-in: one shop, a former handle, a shop that never answers, 404 for the rest; handles in any case, as the API. */
function fakeBackend(): Promise<{ server: Server; url: string; keys: string[] }> {
  const keys: string[] = []
  const server = createServer((req, res) => {
    keys.push(String(req.headers["x-publishable-api-key"]))
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    switch (req.url?.toLowerCase()) {
      case "/store/shops/chai-corner":
        return json(200, { shop: SHOP, redirect: null })
      case "/store/shops/chai-corner/catalog":
        return json(200, CATALOG)
      case "/store/shops/old-chai":
        return json(200, { shop: SHOP, redirect: { handle: SHOP.handle, link: SHOP.link } })
      case "/store/shops/old-chai/catalog":
        return json(200, CATALOG)
      case "/store/shops/mega-mart":
        return json(200, { shop: MEGA, redirect: null })
      case "/store/shops/mega-mart/catalog":
        return json(200, MEGA_CATALOG)
      case "/store/shops/broken":
        return json(500, { message: "boom" })
      case "/store/shops/slow":
      case "/store/shops/slow/catalog":
        return // never answers
      default:
        return json(404, { type: "not_found", message: "No shop" })
    }
  })
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, keys, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })))
}

/** A raw GET (fetch would follow redirects and normalize paths). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (chunk) => chunks.push(chunk))
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
    req.end()
  })
}

/** The config the page hands the app (window.__BAZAAR__). */
async function pageConfig(base: string, path: string) {
  const html = (await get(base, path)).body.toString()
  expect(html.match(/<\/script>/g)).toHaveLength(2) // the config's and the app's: the shop's name closes none
  return JSON.parse(html.match(/<script>window\.__BAZAAR__ = (.*?)<\/script>/)![1])
}

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1] ?? null

describe("the storefront server", () => {
  let backend: Awaited<ReturnType<typeof fakeBackend>>
  let storefront: StorefrontServer
  let distDir: string
  const logged: string[] = []

  beforeAll(async () => {
    backend = await fakeBackend()
    distDir = mkdtempSync(join(tmpdir(), "bazaar-storefront-dist-"))
    mkdirSync(join(distDir, "assets"))
    writeFileSync(
      join(distDir, "index.html"),
      '<!doctype html><html lang="en"><head><title>Bazaar</title><script type="module" src="/assets/app-1a2b.js"></script></head><body><div id="app"></div></body></html>'
    )
    writeFileSync(join(distDir, "assets", "app-1a2b.js"), "console.log('shop');".repeat(50))
    writeFileSync(join(distDir, "favicon.svg"), "<svg/>")
    storefront = await startStorefrontServer({
      port: 0,
      backendUrl: `${backend.url}/`,
      publishableKey: KEY,
      distDir,
      backendTimeoutMs: 300,
      log: (line) => logged.push(line),
    })
  })
  afterAll(async () => {
    await storefront.close()
    backend.server.closeAllConnections()
    await new Promise((resolve) => backend.server.close(resolve))
    rmSync(distDir, { recursive: true, force: true })
  })

  it("answers a shop's link with the app and the shop's preview: title, description, first product image, link; the name escaped", async () => {
    const page = await get(storefront.url, "/chai-corner")
    const html = page.body.toString()
    expect(page.status).toBe(200)
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8")
    expect(page.headers["cache-control"]).toBe("no-cache")
    const escaped = "Chai &quot;&amp;&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Corner"
    expect(html).toContain(`<title>${escaped}</title>`)
    expect(html).not.toContain("<script>alert")
    expect(meta(html, "og:title")).toBe(escaped)
    expect(meta(html, "twitter:title")).toBe(escaped)
    expect(meta(html, "og:image")).toBe("http://backend.example/static/chai.png")
    expect(meta(html, "twitter:image")).toBe("http://backend.example/static/chai.png")
    expect(meta(html, "twitter:card")).toBe("summary_large_image")
    expect(meta(html, "og:url")).toBe("https://shops.example/chai-corner")
    expect(meta(html, "og:type")).toBe("website")
    expect(meta(html, "og:description")).toBe(`Order from ${escaped} in Pune. 2 products: Tea.`)
    expect(html).toContain('<script type="module" src="/assets/app-1a2b.js"></script>')
    expect(backend.keys.every((key) => key === KEY)).toBe(true)
  })

  it("gives the app its config, with the shop and its catalog it read, as JSON that cannot close the script element", async () => {
    const configOf = (path: string) => pageConfig(storefront.url, path)
    expect(await configOf("/chai-corner")).toEqual({
      backendUrl: backend.url,
      publishableKey: KEY,
      stripeJsUrl: "https://js.stripe.com/v3/",
      preload: { handle: "chai-corner", shop: SHOP, catalog: CATALOG },
    })
    // a catalog too big to ride in every page is left for the app to fetch
    expect((await configOf("/mega-mart")).preload).toEqual({ handle: "mega-mart", shop: MEGA, catalog: null })
    const zipped = await get(storefront.url, "/chai-corner", { "accept-encoding": "gzip, br" })
    expect(zipped.headers["content-encoding"]).toBe("gzip")
    expect(gunzipSync(zipped.body).toString()).toContain('"handle":"chai-corner"')
  })

  it("tells the app where Stripe.js is and Stripe's publishable key when given them (the card form)", async () => {
    const withStripe = await startStorefrontServer({
      port: 0,
      backendUrl: backend.url,
      publishableKey: KEY,
      stripeJsUrl: "http://localhost:4020/v3/",
      stripePublishableKey: "pk_test_stripe",
      distDir,
      log: () => undefined,
    })
    try {
      expect(await pageConfig(withStripe.url, "/chai-corner")).toMatchObject({ stripeJsUrl: "http://localhost:4020/v3/", stripePublishableKey: "pk_test_stripe" })
    } finally {
      await withStripe.close()
    }
    expect(await pageConfig(storefront.url, "/chai-corner")).not.toHaveProperty("stripePublishableKey")
  })

  it("previews a product page with the product", async () => {
    const html = (await get(storefront.url, "/chai-corner/products/prod_chai")).body.toString()
    expect(meta(html, "og:title")).toContain("Masala Chai · Chai")
    expect(meta(html, "og:description")).toBe("Strong, with ginger")
    expect(meta(html, "og:url")).toBe("https://shops.example/chai-corner/products/prod_chai")
    expect(meta(html, "og:type")).toBe("product")
  })

  it("sends a former handle to the current one with a 301, sub-page and query kept", async () => {
    const moved = await get(storefront.url, "/old-chai/cart?from=chat")
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe("/chai-corner/cart?from=chat")
    const upper = await get(storefront.url, "/Chai-Corner")
    expect([upper.status, upper.headers.location]).toEqual([301, "/chai-corner"])
  })

  it("answers an unknown handle and a path that is no handle with 404 and the app (no preview, noindex)", async () => {
    for (const path of ["/no-such-shop", "/no-such-shop/cart", "/bad%20handle", "/%E0%A4"]) {
      const page = await get(storefront.url, path)
      const html = page.body.toString()
      expect([path, page.status]).toEqual([path, 404])
      expect(html).toContain('<div id="app"></div>')
      expect(html).toContain('<meta name="robots" content="noindex" />')
      expect(meta(html, "og:title")).toBeNull()
    }
  })

  it("serves the app without a preview when the backend is slow or failing, and says why", async () => {
    for (const handle of ["slow", "broken"]) {
      const page = await get(storefront.url, `/${handle}`)
      expect(page.status).toBe(200)
      expect(page.body.toString()).toContain("window.__BAZAAR__")
      expect(meta(page.body.toString(), "og:title")).toBeNull()
    }
    expect(logged).toEqual(
      expect.arrayContaining([
        "/slow: served without a link preview (the backend did not answer in time)",
        "/broken: served without a link preview (the backend answered 500)",
      ])
    )
  })

  it("answers a path of the shop that is no page with 404, and keeps cart, checkout and order pages out of search engines", async () => {
    const unknown = await get(storefront.url, "/chai-corner/no/such/page")
    expect(unknown.status).toBe(404)
    expect(unknown.body.toString()).toContain('<meta name="robots" content="noindex" />')
    for (const path of ["/chai-corner/cart", "/chai-corner/checkout", "/chai-corner/orders/order_1"]) {
      const html = (await get(storefront.url, path)).body.toString()
      expect([path, html.includes('<meta name="robots" content="noindex" />'), meta(html, "og:title")]).toEqual([path, true, expect.any(String)])
    }
    for (const path of ["/chai-corner", "/chai-corner/products/prod_chai"]) {
      expect([path, (await get(storefront.url, path)).body.toString().includes("noindex")]).toEqual([path, false])
    }
  })

  it("serves the root as the app's home", async () => {
    const page = await get(storefront.url, "/")
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain("<title>Bazaar</title>")
  })

  it("serves hashed assets for a year, gzipped when asked, other files for an hour, nothing outside dist", async () => {
    const plain = await get(storefront.url, "/assets/app-1a2b.js")
    expect(plain.status).toBe(200)
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8")
    const gzipped = await get(storefront.url, "/assets/app-1a2b.js", { "accept-encoding": "gzip, br" })
    expect(gzipped.headers["content-encoding"]).toBe("gzip")
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true)
    expect((await get(storefront.url, "/favicon.svg")).headers["cache-control"]).toBe("public, max-age=3600")
    for (const path of ["/assets/missing.js", "/assets/../../package.json", "/assets/%2e%2e/%2e%2e/package.json", "/assets/..%2F..%2Fpackage.json", "/index.html"]) {
      expect([path, (await get(storefront.url, path)).status]).toEqual([path, 404])
    }
  })

  it("serves a new build's index.html as soon as it replaces the old one", async () => {
    const indexFile = join(distDir, "index.html")
    const before = readFileSync(indexFile, "utf8")
    writeFileSync(indexFile, before.replace("app-1a2b.js", "app-3c4d.js"))
    utimesSync(indexFile, new Date(), new Date(Date.now() + 60_000))
    try {
      expect((await get(storefront.url, "/chai-corner")).body.toString()).toContain("/assets/app-3c4d.js")
    } finally {
      writeFileSync(indexFile, before)
    }
  })

  it("refuses other methods than GET and HEAD", async () => {
    const response = await fetch(`${storefront.url}/chai-corner`, { method: "POST" })
    expect(response.status).toBe(405)
    const head = await fetch(`${storefront.url}/chai-corner`, { method: "HEAD" })
    expect(head.status).toBe(200)
  })
})
