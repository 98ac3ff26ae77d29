import { resolve } from "path"
import { startStorefrontServer, type StorefrontServer } from "../../../storefront/server/server"
import { adminHeaders } from "../../helpers/admin"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, PRODUCT_IMAGE, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"
import { storeHeaders } from "../../helpers/store"

const SELLER = { phone: "+919000000101", code: "101010" }
// the build when there is one, else the source index.html: link previews need only the template
const DIST_DIR = resolve(__dirname, "..", "..", "..", "storefront", "dist")

export const env: Record<string, string> = { BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}` }

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" }
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])

/** The value of a `<meta property|name="key">`, as a browser or a link-preview bot reads it. */
function meta(html: string, key: string): string | null {
  const found = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))
  return found ? unescape(found[1]) : null
}

const titleOf = (html: string) => unescape(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? "")

/** A request as a chat app's link-preview bot makes it: no JavaScript, no redirects followed. */
async function open(storefront: StorefrontServer, path: string) {
  const response = await fetch(`${storefront.url}${path}`, { redirect: "manual" })
  return { status: response.status, type: response.headers.get("content-type"), location: response.headers.get("location"), html: await response.text() }
}

// the shop pages' server against the real Store API: what a chat app's link preview reads
export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let seller: TestSeller
  let product: Record<string, any>
  let storefront: StorefrontServer
  let publishableKey: string

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    seller = await sellerWithShop(api, SELLER, "Meena's Kitchen")
    await uploadProduct(api, seller, { name: "Poha", mrp: 50, sale_price: 40, category: "Breakfast" })
    product = await uploadProduct(api, seller, { name: "Upma", mrp: 45, category: "Breakfast", image_url: "https://images.example/upma.jpg" })
    publishableKey = (await storeHeaders(getContainer())).headers["x-publishable-api-key"]
    storefront = await startStorefrontServer({
      port: 0,
      backendUrl: api.defaults.baseURL as string,
      publishableKey,
      distDir: DIST_DIR,
      log: () => undefined,
    })
  })
  afterEach(() => storefront.close())

  it("answers a shop's link, without JavaScript, with the shop's name, description, first product image and link in its preview tags", async () => {
    const page = await open(storefront, `/${seller.shop.handle}`)
    expect(page.status).toBe(200)
    expect(page.type).toBe("text/html; charset=utf-8")
    expect(titleOf(page.html)).toContain("Meena's Kitchen")
    expect(meta(page.html, "og:title")).toBe("Meena's Kitchen")
    expect(meta(page.html, "twitter:title")).toBe("Meena's Kitchen")
    expect(meta(page.html, "og:image")).toBe(PRODUCT_IMAGE)
    expect(meta(page.html, "twitter:image")).toBe(PRODUCT_IMAGE)
    expect(meta(page.html, "og:url")).toBe(seller.shop.link)
    expect(meta(page.html, "og:type")).toBe("website")
    expect(meta(page.html, "twitter:card")).toBe("summary_large_image")
    expect(meta(page.html, "og:description")).toBe("Order from Meena's Kitchen in Pune. 2 products: Breakfast.")
    const config = page.html.match(/<script>window\.__BAZAAR__ = (.*?)<\/script>/)?.[1]
    // the shop and its catalog ride in the page as the Store API answers them, so the app renders at once
    const headers = { "x-publishable-api-key": publishableKey }
    const { data: lookup } = await api.get(`/store/shops/${seller.shop.handle}`, { headers })
    const { data: catalog } = await api.get(`/store/shops/${seller.shop.handle}/catalog`, { headers })
    expect(JSON.parse(config!)).toMatchObject({
      backendUrl: api.defaults.baseURL,
      publishableKey,
      preload: { handle: seller.shop.handle, shop: lookup.shop, catalog },
    })
    expect(lookup.shop.publishable_key).toMatch(/^pk_/)

    const productPage = await open(storefront, `/${seller.shop.handle}/products/${product.id}`)
    expect(meta(productPage.html, "og:title")).toBe("Upma · Meena's Kitchen")
    expect(meta(productPage.html, "og:image")).toBe("https://images.example/upma.jpg")
  })

  it("sends a former handle to the current one (301) and escapes a name that holds markup", async () => {
    const formerHandle = seller.shop.handle
    const name = `Tea "&" <script>alert('x')</script> House`
    const renamed = await call("post", `/seller/shops/${seller.shop.id}`, { name, new_handle: true }, seller.headers)
    expect(renamed.status).toBe(200)
    const handle = renamed.data.shop.handle
    expect(handle).not.toBe(formerHandle)

    const moved = await open(storefront, `/${formerHandle}/products/${product.id}?ref=chat`)
    expect([moved.status, moved.location]).toEqual([301, `/${handle}/products/${product.id}?ref=chat`])
    expect((await open(storefront, `/${formerHandle}`)).location).toBe(`/${handle}`)

    const page = await open(storefront, `/${handle}`)
    expect(page.status).toBe(200)
    expect(page.html).not.toContain("<script>alert")
    expect(page.html).toContain("Tea &quot;&amp;&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; House")
    expect(meta(page.html, "og:title")).toBe(name)
    expect(titleOf(page.html)).toBe(name)
  })

  it("answers an unknown handle and a suspended seller's shop with 404 and the app's page, without a preview", async () => {
    const unknown = await open(storefront, "/no-such-shop-anywhere")
    expect(unknown.status).toBe(404)
    expect(unknown.type).toBe("text/html; charset=utf-8")
    expect(unknown.html).toContain('<div id="app"></div>')
    expect(meta(unknown.html, "og:title")).toBeNull()

    const admin = await adminHeaders(api, getContainer())
    expect((await call("post", `/admin/sellers/${seller.sellerId}/suspend`, {}, admin.headers)).status).toBe(200)
    const hidden = await open(storefront, `/${seller.shop.handle}`)
    expect(hidden.status).toBe(404)
    expect(meta(hidden.html, "og:title")).toBeNull()
    expect(hidden.html).not.toContain("Meena")
  })
}
