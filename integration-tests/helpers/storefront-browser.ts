import { dirname, join } from "path"
import type { Browser, Page } from "playwright-core"
import { otpToken, pollUntil } from "./browser-app"

export type StorefrontJourney = {
  browser: Browser
  /** The shop pages' origin, as in the `shop page:` line `npm run dev` prints (no trailing slash). */
  storefrontUrl: string
  /** `http://localhost:<port>` of the Medusa `npm run dev` started. */
  backendUrl: string
  /** The marketplace's publishable key `npm run dev` printed. */
  publishableKey: string
  /** The demo shop's handle (the path of the printed `shop page:` link). */
  shopHandle: string
  /** The demo phone and its fixed code: the buyer signs in with it, and it is also the demo shop's seller. */
  demoPhone: { phone: string; code: string }
  /**
   * A seller token of the demo phone, when the caller has one: saves asking for a code (the API gives a phone
   * at most 5 codes an hour); without it the journey asks for one.
   */
  sellerToken?: string
  /** Where screenshots are kept. */
  artifacts: string
  /** The backend's BAZAAR_CAPTURE_ON (default accept): whether the card order's payment is captured at placement. */
  captureOn?: "placement" | "accept" | "ship"
}

export type AxeCounts = Record<"minor" | "moderate" | "serious" | "critical", number>

export type StorefrontJourneyResult = {
  orderId: string
  /** The second order, paid by card through Stripe.js (the Stripe fake's stand-in), after a declined card. */
  cardOrderId: string
  /** The cart total as the Store API answered it just before checkout, in major units. */
  cartTotal: number
  formerHandle: string
  currentHandle: string
  /** Violations found by axe-core, per page and impact (serious and critical fail the journey). */
  axe: Record<string, AxeCounts>
  seconds: number
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const AXE_SCRIPT = join(dirname(require.resolve("axe-core")), "axe.min.js")
const BUYER_ADDRESS = { "First name": "Ravi", "Last name": "Kumar", Address: "12 Park Street", City: "Kolkata", "Postal code": "700016" }
// Stripe's test cards (https://docs.stripe.com/testing#cards), which the Stripe fake's Stripe.js knows
const DECLINED_CARD = "4000 0000 0000 0002"
const VISA = "4242 4242 4242 4242"

type Answer = { status: number; headers: Headers; body: any }

async function call(base: string, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => null) }
}

const waitSeconds = (seconds: number) => new Promise((resolveWait) => setTimeout(resolveWait, seconds * 1000))

/** Runs axe-core on the page as it is: serious and critical violations fail, the others are printed for the record. */
async function checkAccessibility(page: Page, name: string, counts: Record<string, AxeCounts>) {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const { violations, passed } = await page.evaluate(async () => {
    const axe = (window as any).axe
    const result = await axe.run(document, { resultTypes: ["violations"] })
    return {
      passed: result.passes.length as number,
      violations: result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => n.target.join(" ")) })) as {
        id: string
        impact: string | null
        help: string
        targets: string[]
      }[],
    }
  })
  // rules that found something to check and passed: none would mean axe looked at an empty page
  expect(passed).toBeGreaterThan(0)
  counts[name] = { minor: 0, moderate: 0, serious: 0, critical: 0 }
  for (const violation of violations) {
    if (violation.impact && violation.impact in counts[name]) counts[name][violation.impact as keyof AxeCounts]++
  }
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  const others = violations.filter((v) => !blocking.includes(v))
  if (others.length) {
    console.log(`axe on the storefront's ${name} page (minor/moderate):\n${others.map((v) => `  ${v.impact} ${v.id}: ${v.help} (${v.targets.join(", ")})`).join("\n")}`)
  }
  expect([name, blocking]).toEqual([name, []])
}

/** The Intl format the shop pages use for an Indian shop and an English browser, formatted by the same browser. */
function formatted(page: Page, amount: number, currencyCode: string) {
  return page.evaluate(
    ([value, currency]) => new Intl.NumberFormat("en-IN", { style: "currency", currency: String(currency).toUpperCase() }).format(Number(value)),
    [amount, currencyCode] as const
  )
}

/**
 * A buyer on a phone opens the demo shop's link, adds two products of one category, changes a quantity in the
 * cart (whose total must be the Store API's), signs in with the demo phone at checkout and places the order
 * (pay on delivery), sees its confirmation and, after a reload, its status. The demo seller finds the order
 * in the Seller API. A fresh shop of the demo seller moves to a new handle: its former link answers 301 and
 * lands on the new one. An unknown handle answers 404 with "Shop not found". axe-core checks the shop, cart,
 * checkout, order and 404 pages; screenshots of each go to `artifacts` (storefront-*.png).
 * Then a second order from the same shop, paid by card: Stripe.js loads only when the buyer picks card, a
 * declined test card shows Stripe's message, 4242 4242 4242 4242 places the order, whose payment the Store
 * API shows authorized (captured when `captureOn` is placement); axe checks the checkout with the card form.
 */
export async function runStorefrontJourney({
  browser,
  storefrontUrl,
  backendUrl,
  publishableKey,
  shopHandle,
  demoPhone,
  sellerToken,
  artifacts,
  captureOn = "accept",
}: StorefrontJourney): Promise<StorefrontJourneyResult> {
  const startedAt = Date.now()
  const axe: Record<string, AxeCounts> = {}
  const marketplace = { "x-publishable-api-key": publishableKey }
  const looked = await call(backendUrl, "GET", `/store/shops/${shopHandle}`, undefined, marketplace)
  expect([looked.status, looked.body?.redirect]).toEqual([200, null])
  const shop = looked.body.shop
  const store = { "x-publishable-api-key": shop.publishable_key }
  const { categories } = (await call(backendUrl, "GET", `/store/shops/${shopHandle}/catalog`, undefined, store)).body
  const dealProducts = new Set(((await call(backendUrl, "GET", `/store/shops/${shopHandle}/deals`, undefined, store)).body?.live ?? []).map((d: any) => d.product_id))
  // a category with two products at their own prices (a live deal's product is priced by the deal when claimed)
  const priced = (product: any) => (product.sale_price ?? product.mrp) !== null && !dealProducts.has(product.id)
  const category = categories.find((c: any) => c.products.filter(priced).length >= 2)
  if (!category) throw new Error(`the shop ${shopHandle} has no category with two priced products`)
  const [first, second] = category.products.filter(priced)

  const context = await browser.newContext(PHONE)
  try {
    const page = await context.newPage()

    // 1. the shop's link
    const opened = await page.goto(`${storefrontUrl}/${shopHandle}`)
    expect(opened?.status()).toBe(200)
    const catalog = page.locator('section[aria-label="Catalog"]')
    await page.locator('section[aria-label="Catalog"][data-state="ready"]').waitFor({ timeout: 60000 })
    expect(await page.locator("h1").innerText()).toBe(shop.name)
    expect(await page.title()).toBe(shop.name)
    await page.screenshot({ path: join(artifacts, "storefront-shop.png"), fullPage: false })
    await checkAccessibility(page, "shop", axe)

    // 2. a category, two products, the cart
    const section = catalog.getByRole("region", { name: category.name, exact: true })
    await section.getByRole("heading", { level: 2, name: category.name, exact: true }).scrollIntoViewIfNeeded()
    const cartLink = page.getByRole("link", { name: /^Cart/ })
    for (const [index, product] of [first, second].entries()) {
      const card = section.getByRole("article", { name: product.title, exact: true })
      await card.scrollIntoViewIfNeeded()
      await card.getByRole("button", { name: "Add to cart" }).tap()
      await page.getByRole("status").filter({ hasText: `Added ${product.title} to your cart.` }).waitFor({ timeout: 30000 })
      await cartLink.filter({ hasText: `Cart (${index + 1})` }).waitFor({ timeout: 30000 })
    }
    await page.screenshot({ path: join(artifacts, "storefront-shop-added.png"), fullPage: false })
    await cartLink.tap()
    await page.waitForURL(`${storefrontUrl}/${shop.handle}/cart`)
    const quantity = page.getByLabel(`Quantity of ${first.title}`, { exact: true })
    await quantity.waitFor({ timeout: 30000 })
    expect(await quantity.inputValue()).toBe("1")
    await page.getByRole("button", { name: `Increase quantity of ${first.title}`, exact: true }).tap()
    await pollUntil("the quantity to become 2", async () => ((await quantity.inputValue()) === "2" ? true : undefined), 60000, 250)
    await cartLink.filter({ hasText: "Cart (3)" }).waitFor({ timeout: 30000 })

    const cartId = await page.evaluate((handle) => localStorage.getItem(`bazaar:cart:${handle}`), shop.handle)
    expect(cartId).toMatch(/^cart_/)
    const read = await call(backendUrl, "GET", `/store/shops/${shop.handle}/carts/${cartId}`, undefined, store)
    expect(read.status).toBe(200)
    const cart = read.body.cart
    expect(cart.items.map((item: any) => [item.product_id, item.quantity]).sort()).toEqual(
      [
        [first.id, 2],
        [second.id, 1],
      ].sort()
    )
    expect(await page.getByTestId("cart-total").innerText()).toBe(await formatted(page, cart.total, cart.currency_code))
    await page.screenshot({ path: join(artifacts, "storefront-cart.png"), fullPage: true })
    await checkAccessibility(page, "cart", axe)

    // 3. checkout: phone and code, then the address
    await page.getByRole("link", { name: "Checkout", exact: true }).tap()
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor({ timeout: 30000 })
    await page.getByLabel("Phone number", { exact: true }).fill(demoPhone.phone)
    // the demo phone may have asked for a code moments ago (earlier tests): wait out the cooldown the API names
    for (let attempt = 0; ; attempt++) {
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith("/auth/customer/phone-otp") && r.request().method() === "POST"),
        page.getByRole("button", { name: "Send code" }).tap(),
      ])
      if (answer.status() === 200) break
      if (answer.status() !== 429 || attempt >= 4) throw new Error(`Send code answered ${answer.status()}: ${await answer.text()}`)
      await waitSeconds(Number(answer.headers()["retry-after"] ?? 5))
    }
    await page.getByLabel("Code", { exact: true }).fill(demoPhone.code)
    await page.getByRole("button", { name: "Verify" }).tap()
    await page.getByText(`Signed in as ${demoPhone.phone}.`).waitFor({ timeout: 30000 })
    for (const [label, value] of Object.entries(BUYER_ADDRESS)) {
      await page.getByLabel(label, { exact: true }).fill(value)
    }
    await page.screenshot({ path: join(artifacts, "storefront-checkout.png"), fullPage: true })
    await checkAccessibility(page, "checkout", axe)
    await page.getByRole("button", { name: "Place order" }).tap()

    // 4. the confirmation, and the status page the buyer comes back to
    await page.waitForURL(new RegExp(`/${shop.handle}/orders/order_[^/]+$`), { timeout: 60000 })
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    await page.getByRole("heading", { level: 1, name: /Thank you/ }).waitFor({ timeout: 30000 })
    const status = page.getByTestId("order-status")
    await status.waitFor({ timeout: 30000 })
    const statusText = await status.innerText()
    expect(statusText).toMatch(/^Placed/)
    await page.screenshot({ path: join(artifacts, "storefront-order.png"), fullPage: true })
    await checkAccessibility(page, "order", axe)
    await page.reload()
    await page.getByRole("heading", { level: 1, name: /^Order #\d+$/ }).waitFor({ timeout: 30000 })
    expect(await status.innerText()).toBe(statusText)
    expect(await page.getByRole("heading", { level: 1, name: /Thank you/ }).count()).toBe(0)
    await page.screenshot({ path: join(artifacts, "storefront-order-reloaded.png"), fullPage: true })

    // 5. the seller's order list has it, with the cart's total
    const seller = { authorization: `Bearer ${sellerToken ?? (await otpToken(backendUrl, "seller", demoPhone))}` }
    const { shops } = (await call(backendUrl, "GET", "/seller/shops", undefined, seller)).body
    const own = shops.find((s: any) => s.handle === shop.handle)
    expect(own).toBeDefined()
    const { orders } = (await call(backendUrl, "GET", `/seller/shops/${own.id}/orders`, undefined, seller)).body
    const listed = orders.find((order: any) => order.id === orderId)
    expect(listed).toBeDefined()
    expect(Number(listed.item_total)).toBe(Number(cart.item_total))

    // 6. a second order, by card: one product, checkout (still signed in), a declined card, then one that pays
    await page.goto(`${storefrontUrl}/${shop.handle}`)
    await page.locator('section[aria-label="Catalog"][data-state="ready"]').waitFor({ timeout: 30000 })
    const product = catalog.getByRole("region", { name: category.name, exact: true }).getByRole("article", { name: first.title, exact: true })
    await product.scrollIntoViewIfNeeded()
    await product.getByRole("button", { name: "Add to cart" }).tap()
    await cartLink.filter({ hasText: "Cart (1)" }).waitFor({ timeout: 30000 })
    await cartLink.tap()
    await page.getByRole("link", { name: "Checkout", exact: true }).tap()
    await page.getByRole("heading", { level: 1, name: "Checkout" }).waitFor({ timeout: 30000 })
    await page.getByText("Signed in.").waitFor({ timeout: 30000 })
    for (const [label, value] of Object.entries(BUYER_ADDRESS)) {
      await page.getByLabel(label, { exact: true }).fill(value)
    }
    const payment = page.getByRole("radiogroup", { name: "Payment" })
    expect(await payment.getByRole("radio", { name: "Pay on delivery" }).isChecked()).toBe(true)
    const cardChoice = payment.getByRole("radio", { name: "Card", exact: true })
    await cardChoice.waitFor({ timeout: 30000 })
    // Stripe.js is not part of the shop page: it loads when the buyer picks card
    expect(await page.evaluate(() => [typeof (window as any).Stripe, document.querySelectorAll("script[src*='/v3']").length])).toEqual(["undefined", 0])
    await cardChoice.check()
    await page.getByLabel("Card number", { exact: true }).fill(DECLINED_CARD)
    await page.getByLabel("Expiry", { exact: true }).fill("12/34")
    await page.getByLabel("CVC", { exact: true }).fill("123")
    expect(await page.evaluate(() => typeof (window as any).Stripe)).toBe("function")
    await checkAccessibility(page, "checkout-card", axe)
    await page.screenshot({ path: join(artifacts, "storefront-card.png"), fullPage: true })
    await page.getByRole("button", { name: "Place order" }).tap()
    const declined = page.getByRole("alert").filter({ hasText: "Your card was declined." })
    await declined.waitFor({ timeout: 60000 })
    expect(page.url()).toBe(`${storefrontUrl}/${shop.handle}/checkout`)
    await page.screenshot({ path: join(artifacts, "storefront-card-declined.png"), fullPage: true })

    await page.getByLabel("Card number", { exact: true }).fill(VISA)
    await page.getByRole("button", { name: "Place order" }).tap()
    await page.waitForURL(new RegExp(`/${shop.handle}/orders/order_[^/]+$`), { timeout: 60000 })
    const cardOrderId = new URL(page.url()).pathname.split("/").pop()!
    expect(cardOrderId).not.toBe(orderId)
    await page.getByRole("heading", { level: 1, name: /Thank you/ }).waitFor({ timeout: 30000 })
    await page.screenshot({ path: join(artifacts, "storefront-card-order.png"), fullPage: true })
    // the order's payment, as the buyer's own Store API call reads it: authorized at checkout, captured per captureOn
    const customerToken = await page.evaluate(() => localStorage.getItem("bazaar:customer-token"))
    const placed = await call(backendUrl, "GET", `/store/orders/${cardOrderId}?fields=id,payment_status,total`, undefined, {
      ...store,
      authorization: `Bearer ${customerToken}`,
    })
    expect([placed.status, placed.body?.order?.payment_status]).toEqual([200, captureOn === "placement" ? "captured" : "authorized"])

    // 7. a former handle: a fresh shop of the demo seller (the other tests use the demo shops) moves to a new one
    const opening = await call(backendUrl, "POST", "/seller/shops", { name: "Asha's Tea Stall", address: { line: "3 Lake Road", city: "Kolkata", postal_code: "700029", country_code: "IN" } }, seller)
    expect(opening.status).toBe(201)
    const formerHandle: string = opening.body.shop.handle
    const renamed = await call(backendUrl, "POST", `/seller/shops/${opening.body.shop.id}`, { name: "Asha's Tea House", new_handle: true }, seller)
    expect(renamed.status).toBe(200)
    const currentHandle: string = renamed.body.shop.handle
    expect(currentHandle).not.toBe(formerHandle)
    const moved = await fetch(`${storefrontUrl}/${formerHandle}?ref=whatsapp`, { redirect: "manual" })
    expect([moved.status, moved.headers.get("location")]).toEqual([301, expect.stringMatching(new RegExp(`/${currentHandle}\\?ref=whatsapp$`))])
    await page.goto(`${storefrontUrl}/${formerHandle}`)
    await page.waitForURL(`${storefrontUrl}/${currentHandle}`)
    await page.locator('section[aria-label="Catalog"][data-state="ready"]').waitFor({ timeout: 30000 })
    expect(await page.locator("h1").innerText()).toBe("Asha's Tea House")
    await page.screenshot({ path: join(artifacts, "storefront-moved.png"), fullPage: false })

    // 8. an unknown handle
    const unknown = `no-such-shop-${Date.now().toString(36)}`
    const missing = await page.goto(`${storefrontUrl}/${unknown}`)
    expect(missing?.status()).toBe(404)
    await page.getByRole("heading", { level: 1, name: /not found/i }).waitFor({ timeout: 30000 })
    await page.screenshot({ path: join(artifacts, "storefront-404.png"), fullPage: true })
    await checkAccessibility(page, "404", axe)

    return { orderId, cardOrderId, cartTotal: Number(cart.total), formerHandle, currentHandle, axe, seconds: (Date.now() - startedAt) / 1000 }
  } finally {
    await context.close()
  }
}
