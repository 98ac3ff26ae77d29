import { readFileSync } from "fs"
import { join } from "path"
import { TEST_CARDS } from "./test-cards"

const SOURCE = join(__dirname, "stripe-js.browser.js")

/**
 * The Stripe.js stand-in the fake serves at `/v3` (see stripe-js.browser.js):
 * its source, called with the test card numbers the fake knows and the fake's
 * URL (used when the script cannot tell where it was loaded from).
 */
export function stripeJsSource(fakeUrl: string): string {
  const numbers = Object.fromEntries(Object.entries(TEST_CARDS).map(([paymentMethod, card]) => [card.number, paymentMethod]))
  return `${readFileSync(SOURCE, "utf8").trimEnd()}(window, ${JSON.stringify(numbers)}, ${JSON.stringify(fakeUrl)});\n`
}
