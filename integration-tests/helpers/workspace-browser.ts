import type { Browser } from "playwright-core"
import { screenshotDesktopAndPhone } from "./phone-screens"

export type WorkspaceSignIn = {
  /** `http://localhost:<port>` of the app `npm run dev` started. */
  base: string
  browser: Browser
  /** A seller's test phone number and its fixed code (BAZAAR_OTP_TEST_NUMBERS). */
  sellerPhone: { phone: string; code: string }
  /** A shop the seller opens through the page's form when they have none yet. */
  newShop?: { name: string; address: { line: string; city: string; postal_code: string; country_code: string } }
  /** Where screenshots are kept. */
  artifacts: string
}

/**
 * A seller signs in to the admin with their phone on the login page and lands on "My shops";
 * a seller without shops opens `newShop` there through its form. Then the first shop's page
 * shows its link and QR code; screenshots of both pages at desktop and phone width go to
 * `artifacts`. Answers the still-open page (the caller closes it) and the shops as shown.
 */
export async function runWorkspaceSignIn({ base, browser, sellerPhone, newShop, artifacts }: WorkspaceSignIn) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  // the admin's first load compiles it: slow on a busy machine
  await page.goto(`${base}/app/login`, { timeout: 300000 })
  const form = page.getByTestId("phone-login")
  await form.getByRole("button", { name: "Sign in with your phone" }).click({ timeout: 300000 })
  await form.getByLabel("Phone number", { exact: true }).fill(sellerPhone.phone)
  await form.getByRole("button", { name: "Send code" }).click()
  const codeField = form.getByLabel("Code", { exact: true })
  const refused = form.getByTestId("phone-login-error")
  await codeField.or(refused).first().waitFor({ timeout: 60000 })
  if (await refused.isVisible()) throw new Error(`The login page refused to send a code: ${await refused.innerText()}`)
  await codeField.fill(sellerPhone.code)
  await form.getByRole("button", { name: "Sign in" }).click()
  await page.waitForURL(/\/app\/workspace/, { timeout: 120000 })

  if (newShop) {
    const create = page.getByTestId("workspace-new-shop")
    await create.getByLabel("Shop name", { exact: true }).fill(newShop.name, { timeout: 120000 })
    await create.getByLabel("Address", { exact: true }).fill(newShop.address.line)
    await create.getByLabel("City", { exact: true }).fill(newShop.address.city)
    await create.getByLabel("Postal code", { exact: true }).fill(newShop.address.postal_code)
    await create.getByLabel("Country code", { exact: true }).fill(newShop.address.country_code)
    await create.getByRole("button", { name: "Open shop" }).click()
    await page.getByTestId("workspace-shops").getByText(newShop.name).first().waitFor({ timeout: 60000 })
  }
  await page.getByRole("heading", { name: "My shops", level: 1 }).waitFor({ timeout: 120000 })
  const list = page.getByTestId("workspace-shops")
  const cards = list.getByTestId("workspace-shop")
  await cards.first().waitFor({ timeout: 60000 })
  const shops = await cards.evaluateAll((elements) =>
    elements.map((element) => ({
      id: element.getAttribute("data-shop-id") ?? "",
      name: element.querySelector("a")?.textContent?.trim() ?? "",
      link: element.querySelector('[data-testid="workspace-shop-link"]')?.textContent?.trim() ?? "",
    }))
  )
  expect(shops.length).toBeGreaterThan(0)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace", list)

  const first = shops[0]
  await cards.first().getByRole("link", { name: "Manage shop" }).click()
  await page.waitForURL(new RegExp(`/app/workspace/shops/${first.id}`), { timeout: 60000 })
  const share = page.getByTestId("workspace-shop-share")
  expect(await share.getByTestId("workspace-shop-link").innerText({ timeout: 60000 })).toBe(first.link)
  const qr = share.getByAltText("QR code of the shop link")
  await qr.waitFor({ timeout: 30000 })
  // the QR code really drew: a loaded image, not a broken one
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-shop", share)

  return { page, shops, shop: first }
}
