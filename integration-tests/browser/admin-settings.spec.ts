import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs"
import { tmpdir } from "os"
import { join, resolve } from "path"
import { chromium, type Browser } from "playwright-core"
import { PDFParse } from "pdf-parse"
import { startServer, stopServer, type Server } from "../helpers/processes"
import { startBolSimulator } from "../../tools/bol-simulator"
import { runDealsJourney } from "../helpers/deals-browser"
import { runWorkspaceSignIn } from "../helpers/workspace-browser"
import { runWorkspaceSales } from "../helpers/workspace-browser-sales"
import { runWorkspaceBol } from "../helpers/workspace-browser-bol"
import { runStorefrontJourney } from "../helpers/storefront-browser"
import { otpToken, pollUntil } from "../helpers/browser-app"
import { freePort, isPortOpen } from "../../scripts/lib/free-port"

// Runs the zero-config start exactly as a newcomer would (`npm run dev` with
// no DATABASE_URL, so an embedded PostgreSQL), then logs into the admin in
// headless Debian Chromium with the printed credentials and opens
// Settings → Bazaar, the Sellers page, the order widgets and Messages (after
// paying a demo order by card at the Stripe fake `npm run dev` starts), and
// the Deals page through buyers' deal claims and their orders' approval.
jest.setTimeout(10 * 60 * 1000)

const ROOT = resolve(__dirname, "..", "..")
// a dot-folder: `medusa develop` restarts on any other file written in the project
const ARTIFACTS = join(ROOT, ".test-artifacts")
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const ownPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
const NEW_SELLER = { phone: "+919000000002", code: "654321" }
const DEAL_BUYER = { phone: "+919000000003", code: "246810" }
const WORKSPACE_SELLER = { phone: "+919000000004", code: "135790" }

function waitForOutput(server: Server, pattern: RegExp, timeoutMs: number) {
  return new Promise<RegExpMatchArray>((resolvePromise, reject) => {
    const deadline = Date.now() + timeoutMs
    const poll = setInterval(() => {
      const match = server.output().match(pattern)
      if (match) {
        clearInterval(poll)
        resolvePromise(match)
      } else if (server.child.exitCode !== null || Date.now() > deadline) {
        clearInterval(poll)
        reject(
          new Error(
            `npm run dev never printed ${pattern}:\n${server.output().slice(-5000)}`
          )
        )
      }
    }, 250)
  })
}

async function pdfTextOf(data: Uint8Array) {
  const parser = new PDFParse({ data })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}

describe("zero-config start and the admin in a real browser", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-dev-"))
  let server: Server
  let browser: Browser | undefined
  let port = 0
  let pgPort = 0
  let credentials = { email: "", password: "" }
  let demoPhone = { phone: "", code: "" }
  let demoCustomerToken = ""
  // the demo seller's token, from the bol.com test: a phone gets 5 codes an hour
  let demoSellerToken = ""
  let storefrontUrl = ""
  let shopHandle = ""
  let publishableKey = ""
  let stripeFakeUrl = ""
  let mailCatcherUrl = ""
  let secondsToReady = 0

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`
      )
    }
    mkdirSync(ARTIFACTS, { recursive: true })
    // mkdtemp makes a 0700 folder; as root PostgreSQL runs as `postgres`
    chmodSync(dataDir, 0o755)
    port = await freePort()
    pgPort = await freePort()
    const storefrontPort = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      BAZAAR_DATA_DIR: dataDir,
      BAZAAR_PG_PORT: String(pgPort),
      PORT: String(port),
      BAZAAR_STOREFRONT_URL: `http://localhost:${storefrontPort}`,
      TEST_TYPE: undefined,
      NODE_OPTIONS: undefined,
      NODE_ENV: undefined,
      DATABASE_URL: undefined,
      BAZAAR_REQUIRE_SELLER_APPROVAL: "true",
      // the page is checked before and after "Sync now": a scheduled sync at a quarter hour would race it
      BAZAAR_BOL_SYNC_SCHEDULE: "off",
      BAZAAR_OTP_TEST_NUMBERS: [
        "+919000000001:123456",
        ...[NEW_SELLER, DEAL_BUYER, WORKSPACE_SELLER].map((t) => `${t.phone}:${t.code}`),
      ].join(","),
      // a seller signs up in the seller app, then at once in the admin: a second code for the same phone
      BAZAAR_OTP_RESEND_COOLDOWN_SECONDS: "1",
    }
    const startedAt = Date.now()
    // what `npm run dev` runs; started directly so that its own exit code is seen
    const devScript = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.dev
    expect(devScript).toBe("node scripts/dev.js")
    server = startServer("node", ["scripts/dev.js"], { cwd: ROOT, env })
    const [, email, password] = await waitForOutput(
      server,
      /admin login:\s+(\S+) \/ (\S+)/,
      8 * 60 * 1000
    )
    secondsToReady = (Date.now() - startedAt) / 1000
    credentials = { email, password }
    const [, phone, code] = server.output().match(/phone login:\s+(\+\d+), code (\d+)/) ?? []
    demoPhone = { phone, code }
    publishableKey = server.output().match(/publishable key:\s+(pk_\S+)/)?.[1] ?? ""
    stripeFakeUrl = server.output().match(/card payments:\s+fake Stripe at (\S+)/)?.[1] ?? ""
    mailCatcherUrl = server.output().match(/mails:\s+(\S+) \(local mail catcher/)?.[1] ?? ""
    ;[, storefrontUrl, shopHandle] = server.output().match(/shop page:\s+(http:\/\/[^/\s]+)\/(\S+)/) ?? []
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    })
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await stopServer(server, "SIGINT", 60000)
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("answers /health once it says it is ready", async () => {
    console.log(`npm run dev: ready (health OK) after ${secondsToReady.toFixed(1)} s`)
    const response = await fetch(`http://localhost:${port}/health`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("OK")
  })

  it("lets the printed demo phone number log in as a customer", async () => {
    expect(demoPhone.phone).toMatch(/^\+\d+$/)
    const login = (body: object) =>
      fetch(`http://localhost:${port}/auth/customer/phone-otp`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    expect((await login({ phone: demoPhone.phone })).status).toBe(200)
    const verified = await login(demoPhone)
    expect(verified.status).toBe(200)
    demoCustomerToken = (await verified.json()).token
    expect(typeof demoCustomerToken).toBe("string")
  })

  it("logs in with the printed credentials and shows Settings → Bazaar", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`http://localhost:${port}/app/login`, { timeout: 300000 })
    await page.locator('input[name="email"]').fill(credentials.email, { timeout: 300000 })
    await page.locator('input[name="password"]').fill(credentials.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/app\/orders/, { timeout: 120000 })

    await page.goto(`http://localhost:${port}/app/settings/bazaar`)
    await page.getByRole("heading", { name: "Bazaar", level: 1 }).waitFor({ timeout: 120000 })
    await page.getByTestId("bazaar-version").waitFor({ timeout: 60000 })
    await page.screenshot({
      path: join(ARTIFACTS, "admin-settings-bazaar.png"),
      fullPage: true,
    })

    expect(await page.getByTestId("bazaar-version").innerText()).toBe(
      `v${ownPackage.version}`
    )
    const main = await page.locator("main").innerText()
    expect(main).toContain("Infrastructure")
    expect(main).toMatch(/Event bus\s+in-memory/)
    expect(main).toContain(`Shop links start with ${storefrontUrl}/`)
    expect(main).toMatch(/Phone \+ OTP login\s+SMS via development\s+Enabled/)
    // the demo login of the previous test shows in the operator's counts
    await page.getByTestId("otp-activity").locator("tbody tr").first().waitFor({ timeout: 60000 })
    expect(await page.getByTestId("otp-activity").innerText()).toMatch(/\d{4}-\d{2}-\d{2}\s+1\s+1\s+0\s+0/)
    // the settings sidebar lists the page for operators to find it
    expect(await page.getByRole("link", { name: "Bazaar" }).count()).toBeGreaterThan(0)
    await page.close()
  })

  it("lets the operator approve a new seller on the Sellers page and shows the shop of a product and of an order", async () => {
    const base = `http://localhost:${port}`
    const post = async (path: string, body: object, token?: string) => {
      const response = await fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).catch((error) => {
        throw new Error(`POST ${path}: ${error.cause?.message ?? error.message}`)
      })
      return response.json()
    }
    await post("/auth/seller/phone-otp", { phone: NEW_SELLER.phone })
    const { token } = await post("/auth/seller/phone-otp", NEW_SELLER)
    const { seller } = await post("/seller/register", { name: "Bilal Khan" }, token)
    expect(seller.status).toBe("pending")

    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${base}/app/login`)
    await page.locator('input[name="email"]').fill(credentials.email)
    await page.locator('input[name="password"]').fill(credentials.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/app\/orders/, { timeout: 120000 })

    await page.goto(`${base}/app/sellers`)
    const row = page.getByTestId(`seller-${seller.id}`)
    await row.waitFor({ timeout: 120000 })
    expect(await row.innerText()).toContain("pending")
    await row.getByRole("button", { name: "Approve" }).click()
    await row.getByText("active", { exact: true }).waitFor({ timeout: 30000 })
    await page.screenshot({ path: join(ARTIFACTS, "admin-sellers.png"), fullPage: true })
    const demoRow = page.locator("tr", { hasText: "Asha Patel" })
    expect(await demoRow.innerText()).toContain("ashas-chai-corner")

    const adminToken = (await post("/auth/user/emailpass", credentials)).token
    const products = await fetch(`${base}/admin/products?q=Masala%20Chai&fields=id`, {
      headers: { authorization: `Bearer ${adminToken}` },
    }).then((r) => r.json())
    await page.goto(`${base}/app/products/${products.products[0].id}`)
    const widget = page.getByTestId("bazaar-product-shop")
    await widget.getByText("Asha's Chai Corner").waitFor({ timeout: 120000 })
    await page.screenshot({ path: join(ARTIFACTS, "admin-product-shop-widget.png"), fullPage: true })
    expect(await widget.innerText()).toMatch(/Seller: Asha Patel/)

    // the demo order, placed in the demo seller's first shop, names its shop on the order page
    const orders = await fetch(`${base}/admin/orders?fields=id&limit=1`, {
      headers: { authorization: `Bearer ${adminToken}` },
    }).then((r) => r.json())
    expect(orders.orders).toHaveLength(1)
    await page.goto(`${base}/app/orders/${orders.orders[0].id}`)
    const orderWidget = page.getByTestId("bazaar-order-shop")
    await orderWidget.getByText("Asha's Chai Corner").waitFor({ timeout: 120000 })
    await page.screenshot({ path: join(ARTIFACTS, "admin-order-shop-widget.png"), fullPage: true })
    expect(await orderWidget.innerText()).toMatch(/Seller: Asha Patel/)
    await page.close()
  })

  it("shows the shops' bol.com accounts on Settings → bol.com, syncs on \"Sync now\", and a linked order's bol.com card", async () => {
    const base = `http://localhost:${port}`
    const request = async (method: string, path: string, body?: object, token?: string) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: response.status, headers: response.headers, body: await response.json() }
    }
    const sim = await startBolSimulator({ seed: { shipments: { FBR: 3, FBB: 2 }, orders: 6, returns: 0 } })
    try {
      // the demo phone asked for a customer code earlier: the helper waits out the resend cooldown
      const seller = await otpToken(base, "seller", demoPhone)
      demoSellerToken = seller
      const { shops } = (await request("GET", "/seller/shops", undefined, seller)).body
      const shop = shops.find((s: any) => s.name === "Asha's Chai Corner")
      const connected = await request(
        "POST",
        `/seller/shops/${shop.id}/bol/accounts`,
        { label: "Asha on bol.com", client_id: sim.clients[0].clientId, client_secret: sim.clients[0].clientSecret, api_base_url: sim.url, token_url: sim.tokenUrl },
        seller
      )
      expect(connected.status).toBe(201)
      const account = connected.body.account
      const { orders } = (await request("GET", `/seller/shops/${shop.id}/orders`, undefined, seller)).body
      const bolOrderId = sim.data.openOrderItems("FBR").find((item) => sim.data.getOrder(item.orderId)!.items.every((i) => i.fulfilmentMethod === "FBR"))!.orderId
      expect((await request("POST", `/seller/shops/${shop.id}/bol/order-links`, { order_id: orders[0].id, bol_order_id: bolOrderId }, seller)).status).toBe(201)
      const accepted = await request("POST", `/seller/shops/${shop.id}/orders/${orders[0].id}/accept`, { transporter_code: "TNT", tracking_number: "3SDEMO000123" }, seller)
      expect([accepted.status, accepted.body.message]).toEqual([200, undefined])

      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(`${base}/app/login`)
      await page.locator('input[name="email"]').fill(credentials.email)
      await page.locator('input[name="password"]').fill(credentials.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(/\/app\/orders/, { timeout: 120000 })

      await page.goto(`${base}/app/settings/bol`)
      const row = page.getByTestId(`bol-account-${account.id}-shipments`)
      await row.waitFor({ timeout: 120000 })
      expect(await row.innerText()).toContain("never synced")
      expect(await row.innerText()).toContain("Asha on bol.com")
      await row.getByRole("button", { name: "Sync now" }).click()
      // the shipment bol made when the order was accepted is synced too
      sim.data.settle()
      const shipments = sim.data.visibleShipmentIds("FBR").length + sim.data.visibleShipmentIds("FBB").length
      expect(shipments).toBe(3 + 2 + 1)
      await row.getByText(`${shipments} records`, { exact: false }).waitFor({ timeout: 120000 })
      await row.getByText("succeeded", { exact: true }).waitFor({ timeout: 60000 })
      await page.screenshot({ path: join(ARTIFACTS, "admin-bol-settings.png"), fullPage: true })

      await page.goto(`${base}/app/orders/${orders[0].id}`)
      const card = page.getByTestId("bazaar-order-bol")
      await card.getByText(`Order ${bolOrderId}`).waitFor({ timeout: 120000 })
      await card.getByTestId("bazaar-order-bol-shipment").waitFor({ timeout: 60000 })
      expect(await card.innerText()).toMatch(/TNT · 3SDEMO000123/)
      await page.screenshot({ path: join(ARTIFACTS, "admin-order-bol-widget.png"), fullPage: true })
      await page.close()
    } finally {
      await sim.close()
    }
  })

  it("pays a demo order by card at the Stripe fake, then shows its invoice on the order page and its messages on Messages", async () => {
    expect(stripeFakeUrl).toMatch(/^http:\/\/\S+$/)
    expect(mailCatcherUrl).toMatch(/^http:\/\/\S+$/)
    expect(publishableKey).toMatch(/^pk_/)
    const base = `http://localhost:${port}`
    const request = async (method: string, path: string, options: { body?: object; headers?: Record<string, string> } = {}) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { "content-type": "application/json", ...options.headers },
        body: options.body ? JSON.stringify(options.body) : undefined,
      })
      return { status: response.status, body: await response.json() }
    }
    const buyerEmail = "ravi.card@example.com"

    // the buyer's side, as a storefront would do it (there is none yet): cart, card checkout, confirm at "Stripe", complete again
    const { shop } = (await request("GET", "/store/shops/ashas-chai-corner", { headers: { "x-publishable-api-key": publishableKey } })).body
    const store = { "x-publishable-api-key": shop.publishable_key }
    const { categories } = (await request("GET", `/store/shops/${shop.handle}/catalog`, { headers: store })).body
    const cart = (await request("POST", `/store/shops/${shop.handle}/carts`, { headers: store, body: {} })).body.cart
    const added = await request("POST", `/store/shops/${shop.handle}/carts/${cart.id}/line-items`, {
      headers: store,
      body: { product_id: categories[0].products[0].id, quantity: 2 },
    })
    expect(added.status).toBeLessThan(300)
    const checkout = {
      email: buyerEmail,
      payment_provider_id: "pp_stripe_stripe",
      shipping_address: { first_name: "Ravi", address_1: "1 MG Road", city: "Pune", postal_code: "411001", country_code: "in" },
    }
    const buyer = { ...store, authorization: `Bearer ${demoCustomerToken}` }
    const complete = () => request("POST", `/store/shops/${shop.handle}/carts/${cart.id}/complete`, { headers: buyer, body: checkout })
    const first = await complete()
    expect([first.status, first.body.message]).toEqual([202, undefined])
    const { client_secret, payment_intent_id, publishable_key } = first.body.payment
    const confirmed = await fetch(`${stripeFakeUrl}/v1/payment_intents/${payment_intent_id}/confirm`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ key: publishable_key, client_secret, payment_method: "pm_card_visa" }),
    })
    expect(confirmed.status).toBe(200)
    expect((await confirmed.json()).status).toMatch(/^(requires_capture|succeeded)$/)
    // Stripe's webhook may have placed the order already (200) or this call places it (201): one order either way
    const second = await complete()
    expect([201, 200]).toContain(second.status)
    const orderId: string = second.body.order.id

    // the invoice is issued and its PDF stored, and both messages sent, after the answer: poll for them
    const adminToken = (await request("POST", "/auth/user/emailpass", { body: credentials })).body.token
    const admin = { authorization: `Bearer ${adminToken}` }
    const { order } = (await request("GET", `/admin/orders/${orderId}?fields=id,display_id`, { headers: admin })).body
    const invoice = await pollUntil("the order's invoice PDF to be stored", async () => {
      const answer = await request("GET", `/admin/orders/${orderId}/invoice`, { headers: admin })
      return answer.status === 200 && answer.body.invoice.pdf_ready ? answer.body.invoice : undefined
    })
    expect(invoice.number).toMatch(/^[A-Z0-9]+-\d{4}-\d{6}$/)
    expect(invoice.payment_method).toBe("Card (Stripe)")
    const buyerTemplates = ["buyer-order-received", "buyer-invoice"]
    await pollUntil("the order-received and invoice messages to be sent", async () => {
      const { messages } = (await request("GET", `/admin/bazaar/messages?resource_id=${orderId}`, { headers: admin })).body
      const sent = buyerTemplates.filter((template) =>
        messages.some((m: { template: string; status: string; to: string }) => m.template === template && m.to === buyerEmail && m.status === "success")
      )
      return sent.length === buyerTemplates.length || undefined
    })

    // the mail catcher's JSON API got both mails, the invoice one with its PDF attached
    type CaughtMailSummary = { to: string[]; subject: string; attachments: { filename: string; contentType: string; size: number; url: string }[] }
    const mails: CaughtMailSummary[] = await pollUntil("both mails at the mail catcher", async () => {
      const { messages } = await fetch(`${mailCatcherUrl}/api/messages`).then((r) => r.json())
      const toBuyer = (messages as CaughtMailSummary[]).filter((mail) => mail.to.includes(buyerEmail))
      return toBuyer.length >= 2 ? toBuyer : undefined
    })
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      [`Invoice ${invoice.number} for order #${order.display_id}`, `Order #${order.display_id} received by Asha's Chai Corner`].sort()
    )
    const invoiceMail = mails.find((mail) => mail.subject.startsWith("Invoice "))!
    expect(invoiceMail.attachments).toEqual([
      expect.objectContaining({ contentType: "application/pdf", filename: expect.stringContaining(invoice.number) }),
    ])
    const attached = await fetch(`${mailCatcherUrl}${invoiceMail.attachments[0].url}`)
    expect(attached.headers.get("content-type")).toBe("application/pdf")
    expect(await pdfTextOf(new Uint8Array(await attached.arrayBuffer()))).toContain(invoice.number)

    // the operator's side, in the browser
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
    await page.goto(`${base}/app/login`)
    await page.locator('input[name="email"]').fill(credentials.email)
    await page.locator('input[name="password"]').fill(credentials.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/app\/orders/, { timeout: 120000 })

    await page.goto(`${base}/app/orders/${orderId}`)
    const widget = page.getByTestId("bazaar-order-invoice")
    await widget.getByText(invoice.number, { exact: true }).waitFor({ timeout: 120000 })
    await page.screenshot({ path: join(ARTIFACTS, "admin-order-invoice-widget.png"), fullPage: true })
    expect(await widget.innerText()).toMatch(/INR \d+\.\d{2} · issued \d{4}-\d{2}-\d{2}/)
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      widget.getByRole("link", { name: "Download PDF" }).click(),
    ])
    expect(await download.failure()).toBeNull()
    const pdfText = await pdfTextOf(new Uint8Array(readFileSync((await download.path())!)))
    expect(pdfText).toContain(invoice.number)

    await page.goto(`${base}/app/messages`)
    await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor({ timeout: 120000 })
    for (const template of buyerTemplates) {
      const row = page.locator("tr", { hasText: orderId }).filter({ hasText: template }).filter({ hasText: buyerEmail })
      await row.waitFor({ timeout: 60000 })
      expect(await row.innerText()).toMatch(/\bsent\b/)
    }
    await page.screenshot({ path: join(ARTIFACTS, "admin-messages.png"), fullPage: true })
    await page.close()
  })

  it("shows Bazaar's API reference at /docs, every operation of /docs/openapi.json", async () => {
    const base = `http://localhost:${port}`
    const document = await fetch(`${base}/docs/openapi.json`).then((r) => r.json())
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`)
    )
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${base}/docs`)
    await page.locator('.opblock-summary-path[data-path="/store/shops/{handle}/catalog"]').first().waitFor({ timeout: 120000 })
    await page.screenshot({ path: join(ARTIFACTS, "api-docs.png"), fullPage: false })
    expect(page.url()).toBe(`${base}/docs/`)
    expect(await page.locator(".info .title").innerText()).toContain("Bazaar API")
    // Medusa's own routes: linked from the description (both references) and as the external docs (the Store API)
    expect(await page.locator('.info a[href="https://docs.medusajs.com/api/store"]').count()).toBe(2)
    expect(await page.locator('.info a[href="https://docs.medusajs.com/api/admin"]').count()).toBe(1)
    const shown = await page.locator(".opblock").evaluateAll((blocks) =>
      blocks.map((block) => `${block.querySelector(".opblock-summary-method")?.textContent?.toLowerCase()} ${block.querySelector(".opblock-summary-path")?.getAttribute("data-path")}`)
    )
    expect(operations.length).toBeGreaterThan(40)
    expect(shown.sort()).toEqual(operations.sort())
    await page.close()
  })

  it("creates a deal on the Deals page, shows % claimed move after buyers' claims, and approves and rejects deal orders there", async () => {
    const { orderId, dealOrder, rejectedOrder, approvedIds } = await runDealsJourney({
      base: `http://localhost:${port}`,
      browser: browser!,
      credentials,
      customerToken: demoCustomerToken,
      secondBuyer: DEAL_BUYER,
      publishableKey,
      artifacts: ARTIFACTS,
    })
    expect(dealOrder).toMatchObject({ status: "approved" })
    expect(approvedIds).toContain(orderId)
    expect(rejectedOrder).toMatchObject({ status: "rejected", reason: "The shop ran out of this tea", order_state: "canceled" })
  })

  it("lets a new seller sign in with the phone, open a shop, upload a product with a photo, ship a buyer's order and connect and sync bol.com in the admin; another seller cannot open them; an operator views the workspace read-only", async () => {
    const base = `http://localhost:${port}`
    const request = async (method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body: body ? JSON.stringify(body) : undefined,
      })
      return { status: response.status, headers: response.headers, body: await response.json() }
    }
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
    const operator = bearer((await request("POST", "/auth/user/emailpass", credentials)).body.token)
    // the seller app's sign-up (phone, code, name); this run requires an operator's approval
    await request("POST", "/auth/seller/phone-otp", { phone: WORKSPACE_SELLER.phone })
    const signUp = bearer((await request("POST", "/auth/seller/phone-otp", WORKSPACE_SELLER)).body.token)
    const registered = await request("POST", "/seller/register", { name: "Meera Joshi" }, signUp)
    expect(registered.status).toBe(201)
    const sellerId: string = registered.body.seller.id
    expect((await request("POST", `/admin/sellers/${sellerId}/approve`, {}, operator)).status).toBe(200)

    const { page, shop } = await runWorkspaceSignIn({
      base,
      browser: browser!,
      sellerPhone: WORKSPACE_SELLER,
      newShop: { name: "Meera's Pickles", address: { line: "4 FC Road", city: "Pune", postal_code: "411004", country_code: "IN" } },
      artifacts: ARTIFACTS,
    })
    // a buyer orders from the new shop's link (its catalog through its own publishable key)
    const seller = bearer((await request("POST", "/auth/token/refresh", {}, signUp)).body.token)
    const { shop: ours } = (await request("GET", `/seller/shops/${shop.id}`, undefined, seller)).body
    const first = await request("POST", `/seller/shops/${shop.id}/products`, { name: "Lime pickle", mrp: 250, sale_price: 199, category: "Pickles", image_url: `${base}/app/favicon.ico` }, seller)
    expect(first.status).toBe(201)
    const store = { "x-publishable-api-key": publishableKey, ...bearer(demoCustomerToken) }
    const cart = (await request("POST", `/store/shops/${ours.handle}/carts`, {}, store)).body.cart
    expect((await request("POST", `/store/shops/${ours.handle}/carts/${cart.id}/line-items`, { product_id: first.body.product.id, quantity: 2 }, store)).status).toBeLessThan(300)
    const address = { first_name: "Ravi", address_1: "1 MG Road", city: "Pune", postal_code: "411001", country_code: "in" }
    const placed = await request("POST", `/store/shops/${ours.handle}/carts/${cart.id}/complete`, { shipping_address: address }, store)
    expect([placed.status, placed.body.message]).toEqual([201, undefined])

    const imagePath = join(ARTIFACTS, "workspace-product-photo.png")
    await page.screenshot({ path: imagePath, clip: { x: 0, y: 0, width: 320, height: 320 } })
    const { productId, orderId } = await runWorkspaceSales({ page, base, shopId: shop.id, imagePath, artifacts: ARTIFACTS })
    expect(orderId).toBe(placed.body.order.id)
    const shipped = await request("GET", `/seller/shops/${shop.id}/orders/${orderId}`, undefined, seller)
    expect(shipped.body.order).toMatchObject({ state: "shipped" })
    // Medusa's own product and order pages open the seller's own records, with the fields those pages ask for
    const nativeOwn = [
      { path: `/app/products/${productId}`, api: `/admin/products/${productId}` },
      { path: `/app/orders/${orderId}`, api: `/admin/orders/${orderId}` },
    ]
    for (const { path, api } of nativeOwn) {
      const [answer] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === api, { timeout: 120000 }),
        page.goto(`${base}${path}`),
      ])
      expect([path, answer.status()]).toEqual([path, 200])
    }
    await page.screenshot({ path: join(ARTIFACTS, "admin-workspace-native-order.png"), fullPage: true })
    // the workspace's bol.com page: a refused secret, connect, sync now, the run and the shipments (paged)
    const sim = await startBolSimulator({ seed: { shipments: { FBR: 25, FBB: 5 }, orders: 4, returns: 0 } })
    try {
      const visible = sim.data.visibleShipmentIds("FBR").length + sim.data.visibleShipmentIds("FBB").length
      const bolJourney = await runWorkspaceBol({
        page,
        baseUrl: base,
        shopId: shop.id,
        bol: { apiBaseUrl: sim.url, tokenUrl: sim.tokenUrl, clientId: sim.clients[0].clientId, clientSecret: sim.clients[0].clientSecret },
        expectedShipments: visible,
        label: "Meera on bol.com",
        artifacts: ARTIFACTS,
      })
      expect(bolJourney.shipments).toBe(visible)
    } finally {
      await sim.close()
    }
    await page.close()

    // the demo seller, signed in to the admin, opens the new seller's product and order by their addresses
    await request("POST", "/auth/user/phone-otp", { phone: demoPhone.phone })
    const other = (await request("POST", "/auth/user/phone-otp", demoPhone)).body.token as string
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
    const session = await fetch(`${base}/auth/session`, { method: "POST", headers: bearer(other) })
    const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0]
    const [cookieName, cookieValue] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)]
    await context.addCookies([{ name: cookieName, value: cookieValue, url: base }])
    const intruder = await context.newPage()
    const pages = [
      { path: `/app/products/${productId}`, api: `/admin/products/${productId}` },
      { path: `/app/orders/${orderId}`, api: `/admin/orders/${orderId}` },
      // the workspace's order page asks for it in one of the signed-in seller's own shops
      { path: `/app/workspace/orders/${orderId}?shop=${shop.id}`, api: new RegExp(`^/seller/shops/[^/]+/orders/${orderId}$`) },
    ]
    for (const { path, api } of pages) {
      const matches = (pathname: string) => (typeof api === "string" ? pathname === api : api.test(pathname))
      const [answer] = await Promise.all([
        intruder.waitForResponse((response) => matches(new URL(response.url()).pathname), { timeout: 120000 }),
        intruder.goto(`${base}${path}`),
      ])
      expect([path, answer.status()]).toEqual([path, 404])
      await intruder.waitForLoadState("networkidle")
      expect(await intruder.content()).not.toContain("Lime pickle")
    }
    await intruder.screenshot({ path: join(ARTIFACTS, "admin-workspace-other-seller.png"), fullPage: true })
    await context.close()

    // an operator opens the new seller's workspace from Sellers: read-only, and the visit is recorded
    const desk = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
    await desk.goto(`${base}/app/login`)
    await desk.locator('input[name="email"]').fill(credentials.email)
    await desk.locator('input[name="password"]').fill(credentials.password)
    await desk.locator('button[type="submit"]').click()
    await desk.waitForURL(/\/app\/orders/, { timeout: 120000 })
    await desk.goto(`${base}/app/sellers`)
    await desk.locator("tr", { hasText: "Meera Joshi" }).getByRole("button", { name: "View workspace" }).click()
    await desk.waitForURL(/\/app\/workspace/, { timeout: 60000 })
    await desk.getByTestId("workspace-visit-banner").waitFor({ timeout: 60000 })
    await desk.getByTestId("workspace-shops").getByText("Meera's Pickles").first().waitFor({ timeout: 60000 })
    expect(await desk.getByTestId("workspace-new-shop").count()).toBe(0)
    await desk.screenshot({ path: join(ARTIFACTS, "admin-workspace-operator-visit.png"), fullPage: true })
    await desk.goto(`${base}/app/workspace/bol?shop=${shop.id}`)
    await desk.getByTestId("workspace-bol-read-only").waitFor({ timeout: 60000 })
    expect(await desk.getByTestId("workspace-bol-sync").count()).toBe(0)
    expect(await desk.getByTestId("workspace-bol-connect-form").count()).toBe(0)
    await desk.close()
    const visits = await request("GET", `/admin/sellers/${sellerId}/workspace-visits`, undefined, operator)
    expect(visits.body.workspace_visits).toHaveLength(1)
  })

  it("lets a buyer on a phone order from the demo shop's link; a former handle redirects, an unknown one shows the 404 page; axe finds no serious violations", async () => {
    expect(storefrontUrl).toMatch(/^http:\/\/localhost:\d+$/)
    const result = await runStorefrontJourney({
      browser: browser!,
      storefrontUrl,
      backendUrl: `http://localhost:${port}`,
      publishableKey,
      shopHandle,
      demoPhone,
      sellerToken: demoSellerToken || undefined,
      artifacts: ARTIFACTS,
    })
    console.log(`storefront journey: ${result.seconds.toFixed(1)} s, axe ${JSON.stringify(result.axe)}`)
  })

  it("stops Medusa and the embedded PostgreSQL on Ctrl-C", async () => {
    expect(await isPortOpen(pgPort)).toBe(true)
    const code = await stopServer(server, "SIGINT", 60000)
    expect(code).toBe(0)
    expect(server.output()).toContain("embedded PostgreSQL stopped")
    expect(await isPortOpen(port)).toBe(false)
    expect(await isPortOpen(pgPort)).toBe(false)
  })
})
