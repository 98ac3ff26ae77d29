import { mkdirSync, writeFileSync } from "fs"
import { join } from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { useEnv } from "../../helpers/env"
import { adminHeaders } from "../../helpers/admin"
import {
  caller,
  createIndiaRegion,
  customerLogin,
  placeOrder,
  sellerWithShop,
  uploadProduct,
} from "../../helpers/marketplace"
import { BOL_MODULE } from "../../../src/modules/bol"
import type BolModuleService from "../../../src/modules/bol/service"
import { shipmentDetail } from "../../../src/modules/bol/__tests__/fixtures"
import { isBazaarRoute, registeredRoutes, type RegisteredRoute } from "../../helpers/registered-routes"
import { openApiPathOf } from "../../../src/lib/openapi"
import { rawRequest } from "../../helpers/raw-request"
import {
  MALFORMED_JSON_BODIES,
  MALFORMED_PATH_PARAMS,
  MALFORMED_QUERIES,
  MALFORMED_RAW_BODIES,
} from "../../helpers/malformed-input"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

jest.setTimeout(600 * 1000)

const SELLER = { phone: "+919000000081", code: "818181" }
const BUYER = { phone: "+919000000082", code: "828282" }

useEnv({
  BAZAAR_OTP_TEST_NUMBERS: [SELLER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_BOL_ENCRYPTION_KEY: "33".repeat(32),
})

type Probe = { method: string; route: string; path: string; headers: Record<string, string>; body?: string }
type Answer = Probe & { status: number; answer: string; message: unknown; type: unknown; fields: string }

/** Medusa's own routes whose query parsing (fields, order, filters) is walked as well. */
const MEDUSA_SAMPLE = new Set([
  "GET /store/products",
  "GET /store/products/:id",
  "GET /store/product-categories",
  "GET /store/regions",
  "GET /store/carts/:id",
  "GET /store/orders",
  "GET /admin/products",
  "GET /admin/orders",
  "GET /admin/orders/:id",
  "GET /admin/customers",
  "GET /admin/sales-channels",
  "GET /admin/api-keys",
  "POST /store/carts",
  "POST /store/carts/:id/line-items",
  "POST /admin/products",
])

/** Answers every probe, a few at a time; 5xx answers are what the test looks for. */
async function answerAll(port: number, probes: Probe[]): Promise<Answer[]> {
  const answers: Answer[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]
      const { status, body } = await rawRequest(port, probe.method, probe.path, probe.headers, probe.body)
      const json = safeJson(body)
      answers.push({ ...probe, status, answer: body.slice(0, 300), message: json?.message, type: json?.type, fields: Object.keys(json ?? {}).sort().join(",") })
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return answers
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = caller(api)
    const port = () => Number(new URL(api.defaults.baseURL as string).port)

    /** A marketplace with one of everything, and each route's valid path parameters. */
    async function marketplace() {
      const container = getContainer()
      await createIndiaRegion(container)
      const seller = await sellerWithShop(api, SELLER, "Fuzz Shop")
      const product = await uploadProduct(api, seller, { name: "Fuzzed Chai", mrp: 20, sale_price: 15 })
      const customer = await customerLogin(api, BUYER.phone, BUYER.code)
      const order = await placeOrder(api, seller, [{ product_id: product.id, quantity: 1 }], customer)
      const store = { "x-publishable-api-key": seller.shop.publishable_key }
      const { data: created } = await call("post", `/store/shops/${seller.shop.handle}/carts`, {}, store)
      const { data: filled } = await call(
        "post", `/store/shops/${seller.shop.handle}/carts/${created.cart.id}/line-items`, { product_id: product.id, quantity: 1 }, store
      )
      const bol = container.resolve<BolModuleService>(BOL_MODULE)
      const account = await bol.createAccount({ shop_id: seller.shop.id, label: "Fuzz bol", client_id: "c", client_secret: "s" })
      await bol.upsertShipmentDetails(account.id, [shipmentDetail("5151")])
      const [shipment] = await bol.listBolShipments({ account_id: account.id } as any)
      const admin = (await adminHeaders(api, container)).headers

      const idFor = (path: string): string => {
        if (path.startsWith("/seller/shops/:id")) return seller.shop.id
        if (path.startsWith("/admin/sellers")) return seller.sellerId
        if (path.startsWith("/admin/orders")) return order
        if (path.startsWith("/admin/products") || path.startsWith("/store/products")) return product.id
        if (path.startsWith("/admin/bol/accounts")) return account.id
        if (path.startsWith("/admin/bol/shipments")) return shipment.id
        if (path.startsWith("/store/carts")) return created.cart.id
        return "unknown_id"
      }
      const params: Record<string, (path: string) => string> = {
        id: idFor,
        handle: () => seller.shop.handle,
        cart_id: () => created.cart.id,
        line_id: () => filled.cart.items[0].id,
        product_id: () => product.id,
        order_id: () => order,
        account_id: () => account.id,
        shipment_id: () => shipment.id,
        action: (path) => (path.startsWith("/admin/sellers") ? "approve" : "accept"),
        actor_type: () => "customer",
      }
      const headersFor = (path: string): Record<string, string> => {
        if (path.startsWith("/admin")) return admin
        if (path.startsWith("/seller")) return seller.headers
        if (path.startsWith("/store")) return { ...store, ...customer }
        return {}
      }
      return { params, headersFor }
    }

    function probesFor(
      routes: RegisteredRoute[],
      world: Awaited<ReturnType<typeof marketplace>>,
      parts: { paths: boolean; queries: boolean; bodies: boolean }
    ): Probe[] {
      const probes: Probe[] = []
      for (const { method, path: route } of routes) {
        const headers = world.headersFor(route)
        const json = { ...headers, "content-type": "application/json" }
        const names = [...route.matchAll(/:(\w+)/g)].map((match) => match[1])
        const fill = (override?: [string, string]) =>
          route.replace(/:(\w+)/g, (_, name: string) =>
            override?.[0] === name ? override[1] : encodeURIComponent(world.params[name]?.(route) ?? "unknown")
          )
        const add = (path: string, body?: string) =>
          probes.push({ method, route: `${method} ${route}`, path, headers: body === undefined ? headers : json, body })
        if (parts.paths) {
          for (const name of names) for (const value of MALFORMED_PATH_PARAMS) add(fill([name, value]))
        }
        if (parts.queries) {
          for (const query of MALFORMED_QUERIES) add(`${fill()}?${query}`)
        }
        if (parts.bodies && method !== "GET") {
          for (const raw of MALFORMED_RAW_BODIES) add(fill(), raw)
          for (const body of MALFORMED_JSON_BODIES) add(fill(), JSON.stringify(body))
        }
      }
      // destructive writes last, so that the reads and updates before them meet live records
      return probes.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"))
    }

    const serverErrors = (answers: Answer[]) =>
      answers
        .filter((answer) => answer.status >= 500)
        .map(({ method, path, body, status, answer }) => ({ request: `${method} ${path.slice(0, 200)}`, body: body?.slice(0, 120), status, answer }))

    it("answers malformed path parameters, queries and bodies on every Bazaar route with a 4xx or a success, never a 5xx", async () => {
      const world = await marketplace()
      const routes = registeredRoutes(port()).filter(isBazaarRoute)
      expect(routes.length).toBeGreaterThan(40)

      const answers = await answerAll(port(), probesFor(routes, world, { paths: true, queries: true, bodies: true }))
      const refused = answers.filter((answer) => answer.status >= 400 && answer.status < 500)
      console.log(
        `fuzzed ${routes.length} Bazaar routes with ${answers.length} requests: ${refused.length} answered 4xx, ` +
          `${answers.filter((answer) => answer.status < 400).length} succeeded, ${serverErrors(answers).length} answered 5xx`
      )
      reportServerErrors("bazaar", answers)
      expect(serverErrors(answers)).toEqual([])
      const unexplained = refused.filter((answer) => typeof answer.message !== "string" || !answer.message)
      expect(unexplained.map(({ method, path, status, answer, body }) => ({ request: `${method} ${path.slice(0, 120)}`, status, answer, body: body?.slice(0, 60) }))).toEqual([])
      const unclear = refused.filter((answer) => /\[object Object\]|Field ''/.test(String(answer.message)))
      expect(unclear.map(({ method, path, message }) => `${method} ${path.slice(0, 120)}: ${message}`)).toEqual([])
      // one error shape (components/schemas/Error of /docs/openapi.json): Medusa's { type, message }, plus code where Medusa sets one
      const shapeless = refused.filter((answer) => typeof answer.type !== "string" || !["message,type", "code,message,type"].includes(answer.fields))
      expect(shapeless.map(({ method, path, status, answer }) => `${method} ${path.slice(0, 120)} ${status}: ${answer}`)).toEqual([])
      expect(({} as any).polluted).toBeUndefined()
    })

    it("documents every Bazaar route the app registers in /docs/openapi.json, and no operation without a route", async () => {
      const { data: document } = await api.get("/docs/openapi.json")
      const registered = registeredRoutes(port())
        .filter(isBazaarRoute)
        .map((route) => `${route.method} ${openApiPathOf(route.path)}`)
      const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)
      )
      expect(registered.length).toBeGreaterThan(40)
      expect(documented.sort()).toEqual([...new Set(registered)].sort())
    })

    it("serves the reference in Swagger UI at /docs/", async () => {
      const moved = await api.get("/docs", { maxRedirects: 0, validateStatus: () => true })
      expect([moved.status, moved.headers.location]).toEqual([301, "/docs/"])
      const page = await api.get("/docs/")
      expect(page.headers["content-type"]).toMatch(/^text\/html/)
      expect(page.data).toContain("./swagger-ui-bundle.js")
      const init = await api.get("/docs/swagger-ui-init.js")
      expect(init.data).toContain('"swaggerUrl": "openapi.json"')
      const bundle = await api.get("/docs/swagger-ui-bundle.js")
      expect([bundle.status, bundle.headers["content-type"]]).toEqual([200, expect.stringMatching(/javascript/)])
    })

    it("says what was expected and what came", async () => {
      const world = await marketplace()
      const seller = world.headersFor("/seller")
      const raw = (method: string, path: string, body: string | undefined, headers: Record<string, string>) =>
        rawRequest(port(), method, path, { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) }, body)
      const messageOf = async (method: string, path: string, body?: string, headers = seller) => {
        const answer = await raw(method, path, body, headers)
        return { status: answer.status, message: safeJson(answer.body)?.message }
      }

      expect(await messageOf("POST", "/seller/shops", "null")).toEqual({
        status: 400, message: "Expected the request body to be a JSON object, got null",
      })
      expect(await messageOf("POST", "/seller/shops", "[]")).toEqual({
        status: 400, message: "Expected the request body to be a JSON object, got an empty array",
      })
      expect(await messageOf("POST", "/seller/shops", "42")).toEqual({
        status: 400, message: "Expected the request body to be a JSON object, got a number (42)",
      })
      expect(await messageOf("POST", "/seller/shops", JSON.stringify({ name: { first: "Chai" }, address: { line: "1 Road", city: "Pune", country_code: "IN" } }))).toEqual({
        status: 400,
        message: "Invalid request body: name: expected a string, got an object; address.postal_code is required (expected a string)",
      })
      const admin = world.headersFor("/admin")
      expect(await messageOf("GET", "/admin/sellers?status[]=active", undefined, admin)).toEqual({
        status: 400,
        message: 'Invalid query: status: expected one of "pending", "active", "suspended", got a list (1 value: the parameter was repeated or written with [])',
      })
      const shop = (await call("get", "/seller/shops", undefined, seller)).data.shops[0]
      expect(await messageOf("GET", `/seller/shops/${shop.id}/orders?limit=1e308`)).toEqual({
        status: 400, message: 'Expected limit to be a non-negative integer, got "1e308"',
      })
      expect(await messageOf("GET", `/seller/shops/${shop.id}/orders?limit=1000`)).toEqual({
        status: 400, message: 'Invalid query: limit: expected at most 100, got "1000"',
      })
      expect(await messageOf("POST", "/auth/customer/phone-otp", JSON.stringify({ phone: "12345" }), {})).toEqual({
        status: 400,
        message: 'phone "12345" is not a valid phone number: expected international format (e.g. +31612345678) or a number of India (IN) without the +',
      })
    })

    it("answers malformed fields, order and filter keys on a sample of Medusa's own routes with a 4xx", async () => {
      const world = await marketplace()
      const routes = registeredRoutes(port()).filter((route) => MEDUSA_SAMPLE.has(`${route.method} ${route.path}`))
      expect(routes.length).toBe(MEDUSA_SAMPLE.size)

      const answers = await answerAll(port(), probesFor(routes, world, { paths: true, queries: true, bodies: true }))
      console.log(
        `fuzzed ${routes.length} of Medusa's routes with ${answers.length} requests: ` +
          `${answers.filter((answer) => answer.status >= 400 && answer.status < 500).length} answered 4xx`
      )
      reportServerErrors("medusa", answers)
      expect(serverErrors(answers)).toEqual([])
    })
  },
})

/** Every 5xx in full, in .test-artifacts, for whoever fixes them. */
function reportServerErrors(name: string, answers: Answer[]) {
  const failed = answers.filter((answer) => answer.status >= 500)
  if (!failed.length) return
  const dir = join(__dirname, "../../../.test-artifacts")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `malformed-input-${name}-5xx.json`), JSON.stringify(failed, null, 1))
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
