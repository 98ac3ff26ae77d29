import { join } from "path"
import type { Locator, Page } from "playwright-core"

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** The right edge of whatever in `region` reaches furthest right, in CSS pixels. */
function rightmostEdge(region: Locator) {
  return region.evaluate((root) => {
    let right = root.getBoundingClientRect().right
    root.querySelectorAll("*").forEach((element) => {
      right = Math.max(right, element.getBoundingClientRect().right)
    })
    return right
  })
}

/** Screenshots `name` at desktop width and at 390×844, where nothing in `region` may pass the screen's edge. */
export async function screenshotDesktopAndPhone(page: Page, artifacts: string, name: string, region: Locator) {
  await page.setViewportSize(DESKTOP)
  await region.waitFor({ state: "visible" })
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true })
  await page.setViewportSize(PHONE)
  await region.waitFor({ state: "visible" })
  expect(await rightmostEdge(region)).toBeLessThanOrEqual(PHONE.width)
  await page.screenshot({ path: join(artifacts, `${name}-narrow.png`), fullPage: true })
  await page.setViewportSize(DESKTOP)
}
