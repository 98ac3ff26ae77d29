import type { Page } from "playwright-core"
import { DESKTOP, screenshotDesktopAndPhone } from "./phone-screens"

export type WorkspaceSales = {
  /** A page signed in to the admin as the seller. */
  page: Page
  /** `http://localhost:<port>` of the app `npm run dev` started. */
  base: string
  /** The seller's shop, with at least one placed order. */
  shopId: string
  /** A PNG, JPEG, WebP or GIF to upload as the product's photo. */
  imagePath: string
  /** Where screenshots are kept. */
  artifacts: string
}

const TRACKING_NUMBER = "3SWORK000001"
const TRANSPORTER = "TNT"

/** Adds a product with a photo on the Products page; answers its id once its row shows. */
async function addProduct(page: Page, base: string, shopId: string, imagePath: string, artifacts: string) {
  await page.goto(`${base}/app/workspace/products?shop=${encodeURIComponent(shopId)}`)
  await page.getByRole("heading", { name: "Products", level: 1 }).waitFor({ timeout: 120000 })
  await page.getByTestId("workspace-product-add").click()
  const form = page.getByTestId("workspace-product-create-form")
  const name = `Workspace masala chai ${Date.now()}`

  // nothing typed: the form says what is missing instead of sending
  await form.getByTestId("workspace-product-save").click()
  expect(await form.getByTestId("workspace-product-form-error").innerText()).toMatch(/name/i)

  await form.getByLabel("Name", { exact: true }).fill(name)
  await form.getByLabel("Description (optional)", { exact: true }).fill("Brewed with ginger and cardamom")
  await form.getByLabel(/^MRP/).fill("120")
  // a sale price above the MRP: the API refuses and the form shows its message
  await form.getByLabel(/^Sale price/).fill("150")
  await form.getByTestId("workspace-product-category").fill("Workspace teas")
  await form.getByTestId("workspace-product-image-input").setInputFiles(imagePath)
  await form.getByTestId("workspace-product-image-preview").waitFor({ timeout: 10000 })
  await form.getByTestId("workspace-product-save").click()
  await form.getByText(/sale_price cannot be above mrp/i).waitFor({ timeout: 60000 })

  await form.getByLabel(/^Sale price/).fill("99")
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-product-form", form)
  await form.getByTestId("workspace-product-save").click()
  await form.waitFor({ state: "detached", timeout: 60000 })

  const row = page.locator("[data-product-id]", { hasText: name })
  await row.waitFor({ timeout: 60000 })
  const productId = (await row.getAttribute("data-product-id"))!
  expect(await row.getAttribute("data-testid")).toBe(`workspace-product-${productId}`)
  expect(await row.innerText()).toContain("Workspace teas")
  // the uploaded photo is served back and draws
  const photo = row.locator("img")
  await photo.waitFor({ timeout: 30000 })
  await page.waitForFunction((img) => (img as HTMLImageElement).complete, await photo.elementHandle(), { timeout: 30000 })
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)

  // the search finds it by name and hides what does not match
  await page.getByTestId("workspace-product-search").fill(name)
  expect(await page.locator("[data-product-id]").count()).toBe(1)
  await page.getByTestId("workspace-product-search").fill("")
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-products", page.getByTestId("workspace-product-list"))
  return productId
}

/**
 * Opens the newest placed order, accepts it (a bol.com order with transporter TNT and the
 * tracking number, as bol takes them on accepting) and ships it with the tracking number.
 */
async function acceptAndShip(page: Page, base: string, shopId: string, artifacts: string) {
  await page.goto(`${base}/app/workspace/orders?shop=${encodeURIComponent(shopId)}&state=placed`)
  await page.getByRole("heading", { name: "Orders", level: 1 }).waitFor({ timeout: 120000 })
  const placed = page.locator('[data-order-state="placed"]').first()
  await placed.waitFor({ timeout: 60000 })
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-orders", page.getByTestId("workspace-order-list"))
  const orderId = (await placed.getAttribute("data-order-id"))!
  expect(await placed.getAttribute("data-testid")).toBe(`workspace-order-${orderId}`)
  await placed.getByRole("link").click()
  await page.waitForURL(new RegExp(`/app/workspace/orders/${orderId}`), { timeout: 60000 })

  const detail = page.getByTestId("workspace-order-detail")
  const state = detail.getByTestId("workspace-order-state")
  expect(await state.innerText({ timeout: 60000 })).toBe("placed")
  expect(await detail.getByTestId("workspace-order-items").innerText()).toMatch(/×/)
  // the accept button is enabled once the page knows whether this is a bol.com order
  await page.locator('[data-testid="workspace-order-accept"]:enabled').waitFor({ timeout: 30000 })
  const acceptForm = detail.getByTestId("workspace-order-accept-form")
  if (await detail.getByTestId("workspace-order-bol").isVisible()) {
    await acceptForm.getByLabel("Transporter", { exact: true }).click()
    await page.getByRole("option", { name: new RegExp(`^${TRANSPORTER}\\b`) }).click()
    await acceptForm.getByLabel("Tracking number", { exact: true }).fill(TRACKING_NUMBER)
  }
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-order-placed", detail)
  await acceptForm.getByRole("button", { name: "Accept order" }).click()
  await detail.getByTestId("workspace-order-state").filter({ hasText: /^accepted$/ }).waitFor({ timeout: 60000 })

  const shipForm = detail.getByTestId("workspace-order-ship-form")
  await shipForm.getByLabel("Tracking number", { exact: true }).fill(TRACKING_NUMBER)
  await shipForm.getByRole("button", { name: "Mark shipped" }).click()
  await detail.getByTestId("workspace-order-state").filter({ hasText: /^shipped$/ }).waitFor({ timeout: 60000 })
  expect(await detail.getByTestId("workspace-order-tracking").innerText()).toContain(TRACKING_NUMBER)
  // shipped: only delivering is left
  expect(await detail.getByTestId("workspace-order-deliver").isVisible()).toBe(true)
  expect(await detail.getByTestId("workspace-order-cancel").count()).toBe(0)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-order-shipped", detail)
  return orderId
}

/**
 * The seller, signed in to the admin, adds a product with a photo on the Products page and sees
 * it listed; then opens the newest placed order on the Orders page, accepts it and ships it with
 * tracking number 3SWORK000001 (transporter TNT where bol.com takes one) and sees it shipped.
 * Screenshots at desktop and 390×844 go to `artifacts`.
 */
export async function runWorkspaceSales({ page, base, shopId, imagePath, artifacts }: WorkspaceSales) {
  await page.setViewportSize(DESKTOP)
  const productId = await addProduct(page, base, shopId, imagePath, artifacts)
  const orderId = await acceptAndShip(page, base, shopId, artifacts)
  return { productId, orderId }
}
