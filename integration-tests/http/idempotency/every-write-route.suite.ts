import type { SuiteArgs } from "../../helpers/domain-runner"
import { adminHeaders } from "../../helpers/admin"
import { rawRequest } from "../../helpers/raw-request"
import { isBazaarRoute, registeredRoutes } from "../../helpers/registered-routes"
import { storeHeaders } from "../../helpers/store"

export const timeoutMs = 180 * 1000

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])
const MEDUSA_BUYING_ROUTES = [
  "POST /store/carts",
  "POST /store/carts/:id",
  "POST /store/carts/:id/line-items",
  "POST /store/carts/:id/line-items/:line_id",
  "DELETE /store/carts/:id/line-items/:line_id",
  "POST /store/carts/:id/complete",
  "POST /store/payment-collections",
  "POST /store/payment-collections/:id/payment-sessions",
]

export function suite({ api, getContainer }: SuiteArgs) {
  it("answers a malformed Idempotency-Key with 400 on every write route of Bazaar's and on Medusa's buying routes", async () => {
    const port = Number(new URL(api.defaults.baseURL as string).port)
    const routes = registeredRoutes(port).filter((route) => WRITES.has(route.method))
    const bazaar = routes.filter(isBazaarRoute).map((route) => `${route.method} ${route.path}`)
    // the walk finds routes by itself; these only show it found some
    expect(bazaar).toEqual(expect.arrayContaining(["POST /seller/shops", "POST /store/shops/:handle/carts/:cart_id/complete", "POST /auth/:actor_type/phone-otp"]))
    const registered = new Set(routes.map((route) => `${route.method} ${route.path}`))
    for (const route of MEDUSA_BUYING_ROUTES) expect(registered.has(route)).toBe(true)

    const headers = {
      ...(await storeHeaders(getContainer())).headers,
      ...(await adminHeaders(api, getContainer())).headers,
      "content-type": "application/json",
      "idempotency-key": `"${"k".repeat(300)}"`,
    }
    const refusedOtherwise: string[] = []
    for (const route of [...new Set([...bazaar, ...MEDUSA_BUYING_ROUTES])]) {
      const [method, template] = route.split(" ")
      const path = template.replace(/:[a-z_]+/g, "x1")
      const answer = await rawRequest(port, method, path, headers, "{}")
      const body = answer.body.startsWith("{") ? JSON.parse(answer.body) : {}
      if (answer.status !== 400 || body.code !== "idempotency_key_invalid") {
        refusedOtherwise.push(`${route}: ${answer.status} ${answer.body.slice(0, 120)}`)
      }
    }
    expect(refusedOtherwise).toEqual([])
  })
}
