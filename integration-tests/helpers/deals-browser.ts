import { join } from "path"
import type { Browser, Page } from "playwright-core"

export type DealsJourney = {
  /** `http://localhost:<port>` of the app `npm run dev` started. */
  base: string
  browser: Browser
  credentials: { email: string; password: string }
  /** A signed-in buyer's customer token. */
  customerToken: string
  /** A second buyer's test phone number and code, for an order the operator rejects. */
  secondBuyer: { phone: string; code: string }
  /** The store's publishable key `npm run dev` printed. */
  publishableKey: string
  /** Where screenshots are kept. */
  artifacts: string
}

type Answer = { status: number; body: any }

async function request(base: string, method: string, path: string, options: { body?: object; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...options.headers },
    body: options.body ? JSON.stringify(options.body) : undefined,
  })
  return { status: response.status, body: await response.json() }
}

async function signIn(page: Page, base: string, credentials: DealsJourney["credentials"]) {
  // the admin's first load compiles it: slow on a busy machine
  await page.goto(`${base}/app/login`, { timeout: 300000 })
  await page.locator('input[name="email"]').fill(credentials.email, { timeout: 300000 })
  await page.locator('input[name="password"]').fill(credentials.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/app\/orders/, { timeout: 120000 })
}

/** Picks `option` in the @medusajs/ui (Radix) select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/**
 * The operator creates a deal on the Deals page, a buyer claims a unit through the Store API and the
 * page's "% claimed" moves by its own polling, the buyer places the order (pay on delivery), and the
 * operator approves it on the page; a second buyer's order is rejected there with a reason, which
 * gives its unit back. Answers both orders' deal status for the caller's own checks.
 */
export async function runDealsJourney({ base, browser, credentials, customerToken, secondBuyer, publishableKey, artifacts }: DealsJourney) {
  const { shop } = (await request(base, "GET", "/store/shops/ashas-chai-corner", { headers: { "x-publishable-api-key": publishableKey } })).body
  const store = { "x-publishable-api-key": shop.publishable_key }
  const { categories } = (await request(base, "GET", `/store/shops/${shop.handle}/catalog`, { headers: store })).body
  // the last product of the catalog: the card test before bought from the first category
  const lastCategory = categories[categories.length - 1]
  const product = lastCategory.products[lastCategory.products.length - 1]
  const adminToken = (await request(base, "POST", "/auth/user/emailpass", { body: credentials })).body.token
  const admin = { authorization: `Bearer ${adminToken}` }

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signIn(page, base, credentials)
  await page.goto(`${base}/app/deals`)
  await page.getByRole("heading", { name: "Deals", level: 1 }).waitFor({ timeout: 120000 })
  const form = page.getByTestId("deal-create-form")
  await choose(page, "Shop", shop.name)
  await choose(page, "Product", product.title)
  await form.getByTestId("deal-form-mrp").waitFor({ timeout: 60000 })
  await form.getByLabel("Units", { exact: true }).fill("5")

  // a price above the MRP: the server refuses and the form shows why
  await form.getByLabel("Deal price", { exact: true }).fill(String(product.mrp + 1))
  await form.getByRole("button", { name: "Create deal" }).click()
  const refusal = await form.getByTestId("deal-form-error").innerText({ timeout: 60000 })
  expect(refusal).toMatch(/MRP|mrp/)

  const dealPrice = Math.floor(product.mrp / 2)
  await form.getByLabel("Deal price", { exact: true }).fill(String(dealPrice))
  await form.getByRole("button", { name: "Create deal" }).click()
  const row = page.locator("tr[data-deal-id]", { hasText: product.title })
  await row.waitFor({ timeout: 60000 })
  const dealId = await row.getAttribute("data-deal-id")
  const { deal } = (await request(base, "GET", `/admin/bazaar/deals/${dealId}`, { headers: admin })).body
  expect(deal).toMatchObject({ state: "live", price: dealPrice, mrp: product.mrp, total_units: 5, available_units: 5, per_customer_limit: 1, recurrence: null })
  const claimed = row.getByTestId(`deal-${deal.id}-claimed`)
  expect(await claimed.innerText()).toBe("0 % claimed")
  expect(await row.innerText()).toContain(shop.name)
  // the countdown runs on the server's clock and ticks by itself
  const countdown = row.getByTestId(`deal-${deal.id}-countdown`)
  // a deal made to start "now" may be listed for an instant before its start: it reads "starts in 0s" until the next poll
  await countdown.filter({ hasText: /^ends in \d+h \d{2}m \d{2}s$/ }).waitFor({ timeout: 30000 })
  const firstCount = await countdown.innerText()
  expect(firstCount).toMatch(/^ends in \d+h \d{2}m \d{2}s$/)
  await page.waitForFunction(
    ([testId, before]) => document.querySelector(`[data-testid="${testId}"]`)?.textContent !== before,
    [`deal-${deal.id}-countdown`, firstCount] as const,
    { timeout: 10000 }
  )

  // the buyer claims a unit into a shop cart: the page's own polling shows it
  const buyer = { ...store, authorization: `Bearer ${customerToken}` }
  const cart = (await request(base, "POST", `/store/shops/${shop.handle}/carts`, { headers: buyer, body: {} })).body.cart
  const claim = await request(base, "POST", `/store/shops/${shop.handle}/deals/${deal.id}/claims`, { headers: buyer, body: { cart_id: cart.id } })
  expect([claim.status, claim.body.message]).toEqual([201, undefined])
  await row.getByText("20 % claimed", { exact: true }).waitFor({ timeout: 30000 })
  expect(await row.getByTestId(`deal-${deal.id}-units`).innerText()).toBe("4 / 5")
  await page.screenshot({ path: join(artifacts, "admin-deals.png"), fullPage: true })

  // pay on delivery: the order waits for the operator with its payment authorized
  const address = { first_name: "Ravi", address_1: "1 MG Road", city: "Pune", postal_code: "411001", country_code: "in" }
  const placed = await request(base, "POST", `/store/shops/${shop.handle}/carts/${cart.id}/complete`, { headers: buyer, body: { shipping_address: address } })
  expect([placed.status, placed.body.message]).toEqual([201, undefined])
  const orderId: string = placed.body.order.id
  const waiting = await request(base, "GET", `/store/orders/${orderId}/deal`, { headers: buyer })
  expect(waiting.body.deal_order.status).toBe("awaiting_approval")

  // a second buyer's order, which the operator will reject
  await request(base, "POST", "/auth/customer/phone-otp", { body: { phone: secondBuyer.phone } })
  const second = { ...store, authorization: `Bearer ${(await request(base, "POST", "/auth/customer/phone-otp", { body: secondBuyer })).body.token}` }
  const secondCart = (await request(base, "POST", `/store/shops/${shop.handle}/carts`, { headers: second, body: {} })).body.cart
  const secondClaim = await request(base, "POST", `/store/shops/${shop.handle}/deals/${deal.id}/claims`, { headers: second, body: { cart_id: secondCart.id } })
  expect([secondClaim.status, secondClaim.body.message]).toEqual([201, undefined])
  const secondPlaced = await request(base, "POST", `/store/shops/${shop.handle}/carts/${secondCart.id}/complete`, { headers: second, body: { shipping_address: address } })
  expect([secondPlaced.status, secondPlaced.body.message]).toEqual([201, undefined])
  const rejectedId: string = secondPlaced.body.order.id
  await row.getByText("40 % claimed", { exact: true }).waitFor({ timeout: 30000 })

  const orderRow = page.getByTestId(`deal-order-${orderId}`)
  await orderRow.waitFor({ timeout: 30000 })
  await page.screenshot({ path: join(artifacts, "admin-deals-orders.png"), fullPage: true })
  await orderRow.getByRole("button", { name: "Approve" }).click()
  await orderRow.waitFor({ state: "detached", timeout: 30000 })

  const rejectRow = page.getByTestId(`deal-order-${rejectedId}`)
  await rejectRow.getByRole("button", { name: "Reject" }).click()
  const prompt = page.getByRole("alertdialog")
  await prompt.getByLabel("Reason").fill("The shop ran out of this tea")
  await prompt.getByRole("button", { name: "Reject" }).click()
  await rejectRow.waitFor({ state: "detached", timeout: 30000 })
  // the rejected order's unit goes back to the deal; the approved one stays sold
  await row.getByText("20 % claimed", { exact: true }).waitFor({ timeout: 30000 })

  // a phone: one card per deal with its bar and countdown, nothing wider than the screen
  await page.setViewportSize({ width: 390, height: 844 })
  const card = page.getByTestId(`deal-card-${deal.id}`)
  await card.waitFor({ state: "visible", timeout: 10000 })
  expect(await row.isVisible()).toBe(false)
  expect(await card.innerText()).toMatch(/20 % claimed[\s\S]*ends in \d+h \d{2}m \d{2}s/)
  await page.screenshot({ path: join(artifacts, "admin-deals-narrow.png"), fullPage: true })
  const box = (await card.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  await page.close()

  const approved = await request(base, "GET", `/store/orders/${orderId}/deal`, { headers: buyer })
  const rejected = await request(base, "GET", `/store/orders/${rejectedId}/deal`, { headers: second })
  const listed = await request(base, "GET", "/admin/bazaar/deal-orders?status=approved", { headers: admin })
  return {
    orderId,
    dealOrder: approved.body.deal_order,
    rejectedOrder: rejected.body.deal_order,
    approvedIds: listed.body.deal_orders.map((o: { order_id: string }) => o.order_id),
  }
}
