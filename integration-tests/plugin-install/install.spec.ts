import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join, resolve } from "path"
import { dropDatabase, recreateDatabase } from "../helpers/database"
import { mustRun, startServer, stopServer, type Server } from "../helpers/processes"
import { freePort } from "../../scripts/lib/free-port"
import { waitForHttp } from "../../scripts/lib/wait-for-http"

// Builds and packs Bazaar, installs the tarball into a stock Medusa 2.21.2
// shop in a temporary folder, migrates, boots it, and calls Bazaar's routes.
jest.setTimeout(20 * 60 * 1000)

const ROOT = resolve(__dirname, "..", "..")
const ownPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
const DATABASE = "bazaar_plugin_install"
const ADMIN = { email: "owner@stock-shop.example", password: "stock-shop-pass" }

const timings: Record<string, number> = {}
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const startedAt = Date.now()
  try {
    return await work()
  } finally {
    timings[label] = (Date.now() - startedAt) / 1000
  }
}

describe("Bazaar installed as a plugin into a stock Medusa 2.21.2 shop", () => {
  const shopDir = mkdtempSync(join(tmpdir(), "bazaar-stock-shop-"))
  const env = {
    ...process.env,
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    // the stock shop must not see this repository's jest/test settings
    TEST_TYPE: undefined,
    NODE_OPTIONS: undefined,
  } as NodeJS.ProcessEnv
  let server: Server | undefined
  let baseUrl = ""

  beforeAll(async () => {
    const packDir = mkdtempSync(join(tmpdir(), "bazaar-pack-"))
    await timed("build:plugin", () =>
      mustRun("npm", ["run", "build:plugin"], { cwd: ROOT, env })
    )
    const packOutput = await timed("pack", () =>
      mustRun("npm", ["pack", "--json", "--pack-destination", packDir], {
        cwd: ROOT,
        env,
      })
    )
    const [{ filename }] = JSON.parse(packOutput.slice(packOutput.indexOf("[")))
    const tarball = join(packDir, filename)

    cpSync(join(__dirname, "stock-app"), shopDir, { recursive: true })
    const shopPackage = JSON.parse(readFileSync(join(shopDir, "package.json"), "utf8"))
    shopPackage.dependencies["medusa-plugin-bazaar"] = `file:${tarball}`
    writeFileSync(join(shopDir, "package.json"), JSON.stringify(shopPackage, null, 2))

    await timed("npm install", () =>
      mustRun(
        "npm",
        ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
        { cwd: shopDir, env }
      )
    )

    env.DATABASE_URL = await recreateDatabase(DATABASE)
    await timed("db:migrate", () =>
      mustRun("npx", ["medusa", "db:migrate"], { cwd: shopDir, env })
    )
    await timed("create admin", () =>
      mustRun("npx", ["medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], {
        cwd: shopDir,
        env,
      })
    )

    const port = await freePort()
    baseUrl = `http://localhost:${port}`
    server = startServer("npx", ["medusa", "start", "--port", String(port)], {
      cwd: shopDir,
      env,
    })
    await timed("boot", async () => {
      await waitForHttp(`${baseUrl}/health`, { timeoutMs: 180000 }).catch(
        (error) => {
          throw new Error(`${error.message}\n${server!.output().slice(-4000)}`)
        }
      )
    })
  })

  afterAll(async () => {
    if (server) await stopServer(server)
    await dropDatabase(DATABASE).catch(() => undefined)
    rmSync(shopDir, { recursive: true, force: true })
    console.log(
      "plugin install timings (s): " +
        Object.entries(timings)
          .map(([label, seconds]) => `${label} ${seconds.toFixed(1)}`)
          .join(", ")
    )
  })

  async function json(path: string, init: RequestInit = {}) {
    const response = await fetch(`${baseUrl}${path}`, init)
    const body = await response.json().catch(() => null)
    return { status: response.status, body }
  }

  async function adminToken(): Promise<string> {
    const { status, body } = await json("/auth/user/emailpass", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    expect(status).toBe(200)
    return body.token
  }

  it("installs Bazaar from the tarball, built output only", () => {
    const installed = join(shopDir, "node_modules", "medusa-plugin-bazaar")
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"))
    expect(pkg.version).toBe(ownPackage.version)
    expect(() =>
      readFileSync(join(installed, ".medusa/server/src/modules/bazaar/index.js"))
    ).not.toThrow()
    expect(() => readFileSync(join(installed, "medusa-config.ts"))).toThrow()
  })

  it("answers GET /store/bazaar with the plugin's name and version", async () => {
    const token = await adminToken()
    const created = await json("/admin/api-keys", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ title: "storefront", type: "publishable" }),
    })
    expect(created.status).toBe(200)

    const info = await json("/store/bazaar", {
      headers: { "x-publishable-api-key": created.body.api_key.token },
    })
    expect(info.status).toBe(200)
    const { name, version, capabilities } = info.body
    expect({ name, version }).toEqual({
      name: "medusa-plugin-bazaar",
      version: ownPackage.version,
    })
    // fetch builds arrays in Node's realm, not jest's: no expect.any(Array)
    expect(Array.isArray(capabilities)).toBe(true)
  })

  it("logs a customer in with the phone-otp provider registered as the README says", async () => {
    const login = (body: object) =>
      json("/auth/customer/phone-otp", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    expect((await login({ phone: "+919000000009" })).status).toBe(200)
    const verified = await login({ phone: "+919000000009", code: "424242" })
    expect(verified.status).toBe(200)
    const claims = JSON.parse(Buffer.from(verified.body.token.split(".")[1], "base64url").toString())
    expect(claims.actor_type).toBe("customer")
    expect(claims.actor_id).toMatch(/^cus_/)
  })

  it("passes the shop's plugin options to Bazaar", async () => {
    const token = await adminToken()
    const info = await json("/admin/bazaar", {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(info.status).toBe(200)
    expect(info.body.options).toEqual({
      storefront_url: "https://stock-shop.example/shops",
    })
  })

  it("registers the bol fulfillment provider beside Medusa's manual one", async () => {
    const token = await adminToken()
    const providers = await json("/admin/fulfillment-providers?limit=50", {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(providers.status).toBe(200)
    const ids = (providers.body.fulfillment_providers as { id: string; is_enabled: boolean }[])
      .filter((provider) => provider.is_enabled)
      .map((provider) => provider.id)
      .sort()
    expect(ids).toEqual(["bol_bol", "manual_manual"])
  })

  it("serves the API reference built from the plugin's compiled contracts", async () => {
    const { status, body } = await json("/docs/openapi.json")
    expect(status).toBe(200)
    expect(body.openapi).toMatch(/^3\.1\./)
    const operations = Object.values(body.paths as Record<string, object>).flatMap((item) => Object.keys(item))
    expect(operations.length).toBeGreaterThan(40)
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/seller/shops", "/store/shops/{handle}/catalog"]))
  })

  it("lets a seller open a shop and sell a product in the stock shop", async () => {
    const post = (path: string, body: object, token?: string, headers: Record<string, string> = {}) =>
      fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, headers: response.headers, body: await response.json().catch(() => null) }))
    // another test number than the customer test's: the resend cooldown applies to test numbers too
    expect((await post("/auth/seller/phone-otp", { phone: "+919000000008" })).status).toBe(200)
    const verified = await post("/auth/seller/phone-otp", { phone: "+919000000008", code: "434343" })
    expect(verified.status).toBe(200)
    expect((await post("/seller/register", { name: "Stock Seller" }, verified.body.token)).status).toBe(201)
    const sellerToken = (await post("/auth/token/refresh", {}, verified.body.token)).body.token

    const admin = await adminToken()
    const region = await post(
      "/admin/regions",
      { name: "Netherlands", currency_code: "eur", countries: ["nl"], payment_providers: ["pp_system_default"] },
      admin
    )
    expect(region.status).toBe(200)
    const openShop = () =>
      post(
        "/seller/shops",
        { name: "Stroopwafel Stand", address: { line: "Damrak 1", city: "Amsterdam", postal_code: "1012", country_code: "NL" } },
        sellerToken,
        { "idempotency-key": '"stock-shop-open-1"' }
      )
    const shop = await openShop()
    expect([shop.status, shop.body.shop.link]).toEqual([201, "https://stock-shop.example/shops/stroopwafel-stand"])
    // the idempotency module's table was migrated in the stock shop: a retry replays the first answer
    const retried = await openShop()
    expect([retried.status, retried.headers.get("idempotent-replayed"), retried.body.shop.id]).toEqual([201, "true", shop.body.shop.id])
    const product = await post(
      `/seller/shops/${shop.body.shop.id}/products`,
      { name: "Stroopwafel", mrp: 4, sale_price: 3, image_url: "https://images.example/s.jpg", category: "Sweets" },
      sellerToken
    )
    expect([product.status, product.body.product.currency_code]).toEqual([201, "eur"])

    const buyer = { "x-publishable-api-key": shop.body.shop.publishable_key }
    const catalog = await json(`/store/shops/stroopwafel-stand/catalog`, { headers: buyer })
    expect(catalog.body.categories[0].products[0]).toMatchObject({ title: "Stroopwafel", mrp: 4, sale_price: 3 })
    const cart = await json(`/store/shops/stroopwafel-stand/carts`, { method: "POST", headers: buyer })
    expect(cart.status).toBe(201)
    const filled = await json(`/store/shops/stroopwafel-stand/carts/${cart.body.cart.id}/line-items`, {
      method: "POST",
      headers: { ...buyer, "content-type": "application/json" },
      body: JSON.stringify({ product_id: product.body.product.id, quantity: 2 }),
    })
    expect(filled.body.cart.total).toBe(6)
  })
})
