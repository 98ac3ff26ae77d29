import type { Page } from "playwright-core"
import { DESKTOP, screenshotDesktopAndPhone } from "./phone-screens"

export type WorkspaceBol = {
  /** A page signed in to the admin as the seller. */
  page: Page
  /** `http://localhost:<port>` of the app `npm run dev` started. */
  baseUrl: string
  /** The seller's shop to connect; it must not have an account of `bol.clientId` yet. */
  shopId: string
  /** A bol.com simulator's URLs and one of its clients (`startBolSimulator`: url, tokenUrl, clients[0]). */
  bol: { apiBaseUrl: string; tokenUrl: string; clientId: string; clientSecret: string }
  /** How many shipments the simulator lists for the client (FBR and FBB), when the caller knows. */
  expectedShipments?: number
  /** The account's name on the page. */
  label?: string
  /** Where screenshots are kept. */
  artifacts: string
}

/** The page's shipments page size (BOL_SHIPMENTS_PAGE_SIZE in src/admin/lib/workspace-bol.ts). */
const PAGE_SIZE = 20

/** Fills the Connect form (opening it when the shop has accounts already) and sends it. */
async function submitConnectForm(page: Page, input: { label: string; clientId: string; clientSecret: string; apiBaseUrl: string; tokenUrl: string }) {
  const form = page.getByTestId("workspace-bol-connect-form")
  // the accounts are loaded: the form shows by itself for a shop without one, else behind "Connect account"
  await page.getByTestId("workspace-bol-no-account").or(page.getByTestId("workspace-bol-accounts")).waitFor({ timeout: 60000 })
  if (!(await form.isVisible())) await page.getByTestId("workspace-bol-add-account").click()
  await form.getByLabel("Account name", { exact: true }).fill(input.label)
  await form.getByLabel("Client id", { exact: true }).fill(input.clientId)
  const secret = form.getByLabel("Client secret", { exact: true })
  expect(await secret.getAttribute("type")).toBe("password")
  await secret.fill(input.clientSecret)
  const testServer = form.getByRole("checkbox", { name: /Use a test server/ })
  if ((await testServer.getAttribute("aria-checked")) !== "true") await testServer.click()
  await form.getByLabel("API base URL", { exact: true }).fill(input.apiBaseUrl)
  await form.getByLabel("Token URL", { exact: true }).fill(input.tokenUrl)
  await form.getByRole("button", { name: "Connect" }).click()
  return form
}

/**
 * The seller, signed in to the admin, opens the workspace's bol.com page of `shopId`:
 * a wrong client secret is refused with the API's message and nothing is connected;
 * the right one connects an active account (the secret never shows again). "Sync now"
 * starts a run that the page follows until it succeeds; the synced shipments are listed
 * (paged by 20) and one opens in a drawer with its items. Screenshots at desktop and
 * 390×844 go to `artifacts`. Answers the account's id, the run's id and the shipment count shown.
 */
export async function runWorkspaceBol({ page, baseUrl, shopId, bol, expectedShipments, label = "Workspace bol.com", artifacts }: WorkspaceBol) {
  await page.setViewportSize(DESKTOP)
  await page.goto(`${baseUrl}/app/workspace/bol?shop=${encodeURIComponent(shopId)}`)
  await page.getByRole("heading", { name: "bol.com", level: 1 }).waitFor({ timeout: 120000 })
  const credentials = { label, clientId: bol.clientId, apiBaseUrl: bol.apiBaseUrl, tokenUrl: bol.tokenUrl }

  // a wrong secret: bol's login server refuses it, the page shows the API's message, nothing is saved
  const refusedForm = await submitConnectForm(page, { ...credentials, clientSecret: `${bol.clientSecret}-wrong` })
  const refusal = refusedForm.getByTestId("workspace-bol-connect-error")
  await refusal.waitFor({ timeout: 60000 })
  expect(await refusal.innerText()).toBe("bol.com refused these credentials (client_id or client_secret is wrong)")
  expect(await page.locator(`[data-testid="workspace-bol-account"]`, { hasText: label }).count()).toBe(0)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-bol-refused", refusedForm)

  await submitConnectForm(page, { ...credentials, clientSecret: bol.clientSecret })
  const account = page.locator('[data-testid="workspace-bol-account"]', { hasText: label })
  await account.waitFor({ timeout: 60000 })
  expect(await account.getAttribute("data-account-status")).toBe("active")
  expect(await account.getByTestId("workspace-bol-account-status").innerText()).toBe("Active")
  const accountId = (await account.getAttribute("data-account-id"))!
  expect(accountId).toMatch(/^bolacc_/)
  expect(await account.getByTestId("workspace-bol-runs-empty").innerText()).toMatch(/never synced/i)
  expect(await page.content()).not.toContain(bol.clientSecret)

  // with no shipments before (a shop's first account), the list shows exactly what this sync stored
  const noShipmentsBefore = await page.getByTestId("workspace-bol-shipments-empty").isVisible()
  await account.getByTestId("workspace-bol-sync").click()
  expect(await account.getByTestId("workspace-bol-sync-answer").innerText({ timeout: 60000 })).toMatch(/^shipments: sync started/)
  const run = account.getByTestId("workspace-bol-run").first()
  await run.waitFor({ timeout: 60000 })
  const runId = (await run.getAttribute("data-run-id"))!
  // the page polls the runs while one runs: wait for this one to finish, whichever way
  const finished = account.locator(`[data-run-id="${runId}"]:not([data-run-status="running"])`)
  await finished.waitFor({ timeout: 180000 })
  expect(await finished.getAttribute("data-run-status")).toBe("succeeded")
  expect(await finished.getByTestId("workspace-bol-run-status").innerText()).toBe("Succeeded")
  const counts = await finished.getByTestId("workspace-bol-run-counts").innerText()
  const records = Number(counts.match(/^(\d+) records/)?.[1])
  expect(records).toBeGreaterThan(0)
  if (expectedShipments !== undefined) expect(records).toBe(expectedShipments)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-bol-account", account)

  // the finished run refreshes the shipments
  const rows = page.getByTestId("workspace-bol-shipment")
  await rows.first().waitFor({ timeout: 60000 })
  const range = page.getByTestId("workspace-bol-shipments-range")
  const shown = Number((await range.innerText()).match(/of (\d+)$/)?.[1])
  if (noShipmentsBefore) expect(shown).toBe(records)
  else expect(shown).toBeGreaterThanOrEqual(records)
  expect(await rows.count()).toBe(Math.min(PAGE_SIZE, shown))
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-bol-shipments", page.getByTestId("workspace-bol-shipments"))
  if (shown > PAGE_SIZE) {
    const firstOnPage = await rows.first().getAttribute("data-shipment-id")
    await page.getByTestId("workspace-bol-shipments-next").click()
    await range.filter({ hasText: new RegExp(`^${PAGE_SIZE + 1}–`) }).waitFor({ timeout: 60000 })
    expect(await rows.first().getAttribute("data-shipment-id")).not.toBe(firstOnPage)
    await page.getByTestId("workspace-bol-shipments-previous").click()
    await range.filter({ hasText: /^1–/ }).waitFor({ timeout: 60000 })
  }

  const first = rows.first()
  const shipmentId = (await first.getAttribute("data-shipment-id"))!
  const bolShipmentId = (await first.getAttribute("data-bol-shipment-id"))!
  await first.getByRole("button").click()
  const detail = page.getByTestId("workspace-bol-shipment-detail")
  await detail.waitFor({ timeout: 60000 })
  expect(await detail.getAttribute("data-shipment-id")).toBe(shipmentId)
  expect(await detail.innerText()).toContain(bolShipmentId)
  expect(await detail.getByTestId("workspace-bol-shipment-items").locator("li").count()).toBeGreaterThan(0)
  await screenshotDesktopAndPhone(page, artifacts, "admin-workspace-bol-shipment", detail)
  await page.keyboard.press("Escape")
  await detail.waitFor({ state: "detached", timeout: 30000 })

  return { accountId, runId, shipments: shown }
}
