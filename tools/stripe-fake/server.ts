import { randomBytes, timingSafeEqual } from "crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "http"
import type { AddressInfo, Socket } from "net"
import { invalid, requestId, StripeFakeError, withDocUrl } from "./errors"
import { decodeForm, fingerprint, type FormObject } from "./form"
import { newId, StripeFakeState, type Obj, type RequestInfo } from "./state"
import { stripeJsSource } from "./stripe-js"
import { WebhookDispatcher, type Delivery } from "./webhooks"

/**
 * A Stripe-compatible HTTP server for tests and local development.
 *
 *   const stripe = await startStripeFake({ now: () => clock.now() })
 *   new Stripe(stripe.secretKey, { host: "localhost", port: stripe.port, protocol: "http" })
 *
 * It speaks what the `stripe` node SDK sends: form bodies with bracket
 * notation, `Authorization: Bearer <secret key>`, `Stripe-Version`,
 * `Idempotency-Key` (same key + same params → the stored answer with
 * `Idempotent-Replayed: true`; same key + other params → 400
 * `idempotency_error`), and answers with Stripe's objects, status codes and
 * error bodies. Stripe.js calls (retrieve and confirm a PaymentIntent) may use
 * the publishable key with the intent's `client_secret`; API answers carry
 * `Access-Control-Allow-Origin: *`, as Stripe's do, so that a storefront's
 * page may call it.
 *
 * Stripe.js: `GET /v3` answers a stand-in (./stripe-js.browser.js) with the
 * card Element and `confirmCardPayment`, for storefronts without internet.
 *
 * Objects: PaymentIntents (create, retrieve, update, confirm, capture with
 * `amount_to_capture`, cancel), refunds (create, retrieve, list), customers
 * (create, retrieve, update, delete), payment methods (retrieve test cards),
 * events (retrieve, list). Test payment methods: see ./test-cards.ts.
 *
 * Fake-only controls (not Stripe's API):
 * - 3-D Secure: `pm_card_authenticationRequired` leaves the intent in
 *   `requires_action` with `next_action.redirect_to_url.url` =
 *   `<url>/_fake/3ds/<pi>` (a page with "Complete" / "Fail" buttons). Tests
 *   call `authenticate(pi, "succeed" | "fail")` or
 *   `POST <url>/_fake/payment_intents/<pi>/authenticate` with `outcome=succeed|fail`.
 * - Webhooks: `setWebhookEndpoint(url)`; events are signed with
 *   `webhookSecret` and posted after the answer. `webhooks.hold()` /
 *   `webhooks.release({ order: "reverse" })` delay and reorder them,
 *   `webhooks.redeliver(eventId)` sends one twice, `webhooks.discardHeld()` drops
 *   the held ones, `webhooks.idle()` waits for
 *   deliveries in flight, `webhooks.deliveries` lists what was sent.
 * - Faults: `faults.failNext(count, "500" | "reset" | "429")`: the next
 *   `count` API requests answer 500 `api_error`, have their connection reset,
 *   or answer 429 with no body. `faults.requests` counts API requests seen.
 *
 * Time comes from `now` (milliseconds, default `Date.now`): object `created`
 * fields and webhook signature timestamps. State is in memory.
 */
export type StripeFakeOptions = {
  port?: number
  secretKey?: string
  publishableKey?: string
  webhookSecret?: string
  webhookEndpoint?: string
  now?: () => number
  log?: (line: string) => void
}

export type FaultKind = "500" | "reset" | "429"

export type StripeFake = {
  url: string
  port: number
  secretKey: string
  publishableKey: string
  webhookSecret: string
  setWebhookEndpoint(url: string | null): void
  authenticate(paymentIntentId: string, outcome: "succeed" | "fail"): Obj
  state: StripeFakeState
  webhooks: WebhookDispatcher & { deliveries: Delivery[] }
  faults: { failNext(count: number, kind: FaultKind): void; clear(): void; readonly requests: number }
  stop(): Promise<void>
}

const DEFAULT_API_VERSION = "2024-04-10"

type Route = {
  method: string
  pattern: RegExp
  /** Stripe.js may call it with the publishable key and the intent's client secret. */
  publishable?: boolean
  handle: (match: string[], params: FormObject, info: RequestInfo) => Obj
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

function list(url: string, items: Obj[], params: FormObject): Obj {
  const limit = Math.min(Math.max(Number(params.limit ?? 10) || 10, 1), 100)
  let start = 0
  if (typeof params.starting_after === "string") {
    start = items.findIndex((item) => item.id === params.starting_after) + 1
  }
  const page = items.slice(start, start + limit)
  return { object: "list", data: page, has_more: start + limit < items.length, url }
}

function masked(key: string): string {
  return key.length > 8 ? `${key.slice(0, 7)}${"*".repeat(Math.max(key.length - 11, 4))}${key.slice(-4)}` : "****"
}

function authenticationPage(intentId: string): string {
  return `<!doctype html><html><head><title>3D Secure test page</title></head><body>
<h1>3D Secure 2 test page (stripe-fake)</h1><p>PaymentIntent ${intentId}</p>
<form method="post" action="/_fake/payment_intents/${intentId}/authenticate"><input type="hidden" name="outcome" value="succeed"><button>Complete authentication</button></form>
<form method="post" action="/_fake/payment_intents/${intentId}/authenticate"><input type="hidden" name="outcome" value="fail"><button>Fail authentication</button></form>
</body></html>`
}

export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const now = options.now ?? Date.now
  const secretKey = options.secretKey ?? `sk_test_fake${randomBytes(12).toString("hex")}`
  const publishableKey = options.publishableKey ?? `pk_test_fake${randomBytes(12).toString("hex")}`
  const webhookSecret = options.webhookSecret ?? `whsec_fake${randomBytes(16).toString("hex")}`
  const log = options.log ?? (() => undefined)
  const faultQueue: FaultKind[] = []
  let requests = 0
  let url = ""
  let stripeJs = ""
  let apiVersion = DEFAULT_API_VERSION
  const idempotent = new Map<string, { fingerprint: string; route: string; status: number; body: string }>()

  const dispatcher = new WebhookDispatcher(webhookSecret, () => Math.floor(now() / 1000), log)
  dispatcher.endpoint = options.webhookEndpoint ?? null

  const state: StripeFakeState = new StripeFakeState(
    now,
    (type, object, request) => {
      const event = {
        id: newId("evt"),
        object: "event",
        api_version: apiVersion,
        created: Math.floor(now() / 1000),
        data: { object: structuredClone(object) },
        livemode: false,
        pending_webhooks: dispatcher.endpoint ? 1 : 0,
        request,
        type,
      }
      state.events.unshift(event)
      dispatcher.enqueue(event.id, type, JSON.stringify(event, null, 2))
    },
    () => url
  )

  const intentView = (intent: Obj, params: FormObject) => state.view(intent, params.expand)
  const routes: Route[] = [
    { method: "POST", pattern: /^\/v1\/payment_intents$/, handle: (_, p, i) => intentView(state.createPaymentIntent(p, i), p) },
    { method: "GET", pattern: /^\/v1\/payment_intents\/([^/]+)$/, publishable: true, handle: ([id], p) => intentView(state.paymentIntent(id), p) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)$/, handle: ([id], p, i) => intentView(state.updatePaymentIntent(id, p, i), p) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/confirm$/, publishable: true, handle: ([id], p, i) => intentView(state.confirm(id, p, i), p) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/capture$/, handle: ([id], p, i) => intentView(state.capture(id, p, i), p) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, handle: ([id], p, i) => intentView(state.cancel(id, p, i), p) },
    { method: "POST", pattern: /^\/v1\/refunds$/, handle: (_, p, i) => state.createRefund(p, i) },
    { method: "GET", pattern: /^\/v1\/refunds\/([^/]+)$/, handle: ([id]) => state.refund(id) },
    {
      method: "GET",
      pattern: /^\/v1\/refunds$/,
      handle: (_, p) => {
        const all = [...state.refunds.values()].reverse()
        const filtered = typeof p.payment_intent === "string" ? all.filter((r) => r.payment_intent === p.payment_intent) : all
        return list("/v1/refunds", filtered, p)
      },
    },
    { method: "POST", pattern: /^\/v1\/customers$/, handle: (_, p, i) => state.createCustomer(p, i) },
    { method: "GET", pattern: /^\/v1\/customers\/([^/]+)$/, handle: ([id]) => state.customer(id) },
    { method: "POST", pattern: /^\/v1\/customers\/([^/]+)$/, handle: ([id], p, i) => state.updateCustomer(id, p, i) },
    { method: "DELETE", pattern: /^\/v1\/customers\/([^/]+)$/, handle: ([id], _, i) => state.deleteCustomer(id, i) },
    { method: "GET", pattern: /^\/v1\/payment_methods\/([^/]+)$/, handle: ([id]) => state.paymentMethod(id) },
    { method: "GET", pattern: /^\/v1\/events\/([^/]+)$/, handle: ([id]) => state.event(id) },
    {
      method: "GET",
      pattern: /^\/v1\/events$/,
      handle: (_, p) => {
        const filtered = typeof p.type === "string" ? state.events.filter((e) => e.type === p.type) : state.events
        return list("/v1/events", filtered, p)
      },
    },
  ]

  function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
    res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*", ...headers })
    res.end(body)
  }

  function error(res: ServerResponse, err: StripeFakeError, reqId: string) {
    send(res, err.status, JSON.stringify({ error: { ...withDocUrl(err.body), request_id: reqId } }, null, 2), { "request-id": reqId })
  }

  function authorize(req: IncomingMessage, route: Route, match: string[], params: FormObject): StripeFakeError | null {
    const header = req.headers.authorization ?? ""
    const bearer = header.startsWith("Bearer ") ? header.slice(7).trim() : ""
    const key = bearer || (typeof params.key === "string" ? params.key : "")
    if (!key) {
      return new StripeFakeError(401, {
        type: "invalid_request_error",
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      })
    }
    if (sameSecret(key, secretKey)) return null
    if (sameSecret(key, publishableKey) && route.publishable) {
      const intent = state.paymentIntents.get(match[0])
      if (intent && typeof params.client_secret === "string" && sameSecret(params.client_secret, intent.client_secret)) return null
      return new StripeFakeError(404, {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such payment_intent: '${match[0]}'`,
        param: "intent",
      })
    }
    if (sameSecret(key, publishableKey)) {
      return new StripeFakeError(401, {
        type: "invalid_request_error",
        message: "This API call cannot be made with a publishable API key. Please use a secret API key.",
      })
    }
    return new StripeFakeError(401, { type: "invalid_request_error", message: `Invalid API Key provided: ${masked(key)}` })
  }

  async function handleFake(req: IncomingMessage, res: ServerResponse, path: string, body: string) {
    const page = path.match(/^\/_fake\/3ds\/([^/]+)$/)
    if (page && req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      res.end(authenticationPage(page[1]))
      return
    }
    const auth = path.match(/^\/_fake\/payment_intents\/([^/]+)\/authenticate$/)
    if (auth && req.method === "POST") {
      const outcome = decodeForm(body).outcome
      if (outcome !== "succeed" && outcome !== "fail") {
        throw invalid(`outcome must be "succeed" or "fail" (got ${JSON.stringify(outcome)})`, "outcome")
      }
      send(res, 200, JSON.stringify(fake.authenticate(auth[1], outcome), null, 2))
      return
    }
    throw new StripeFakeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path}).` })
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const reqId = requestId()
    const body = await readBody(req)
    const [path, query = ""] = (req.url ?? "").split("?")
    try {
      if (path.startsWith("/_fake/")) return await handleFake(req, res, path, body)
      if ((path === "/v3" || path === "/v3/") && (req.method === "GET" || req.method === "HEAD")) {
        res.writeHead(200, { "content-type": "application/javascript; charset=utf-8", "cache-control": "no-cache" })
        res.end(req.method === "HEAD" ? undefined : stripeJs)
        return
      }
      if (req.method === "OPTIONS") {
        // a browser's preflight: Stripe's API lets any origin call it (keys decide what a call may do)
        res.writeHead(204, {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, POST, DELETE",
          "access-control-allow-headers": "authorization, content-type, idempotency-key, stripe-version",
          "access-control-max-age": "300",
        })
        res.end()
        return
      }
      requests += 1
      const fault = faultQueue.shift()
      if (fault === "reset") {
        req.socket.destroy()
        return
      }
      if (fault === "429") {
        res.writeHead(429, { "request-id": reqId })
        res.end()
        return
      }
      if (fault === "500") {
        throw new StripeFakeError(500, { type: "api_error", message: "An unknown error occurred" })
      }
      const versionHeader = req.headers["stripe-version"]
      if (typeof versionHeader === "string" && versionHeader) apiVersion = versionHeader
      const params = decodeForm(req.method === "GET" || req.method === "DELETE" ? query : body)
      let match: string[] | null = null
      const route = routes.find((candidate) => {
        if (candidate.method !== req.method) return false
        const found = path.match(candidate.pattern)
        match = found ? found.slice(1).map(decodeURIComponent) : null
        return Boolean(found)
      })
      if (!route || !match) {
        throw new StripeFakeError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path}).` })
      }
      const denied = authorize(req, route, match, params)
      if (denied) throw denied
      const { key: _key, client_secret: _secret, ...rest } = params
      const bodyParams = route.publishable ? rest : params

      const idempotencyKey = req.method === "POST" ? (req.headers["idempotency-key"] as string | undefined) ?? null : null
      const routeId = `${req.method} ${path}`
      if (idempotencyKey) {
        const stored = idempotent.get(idempotencyKey)
        if (stored) {
          if (stored.route !== routeId || stored.fingerprint !== fingerprint(bodyParams)) {
            throw new StripeFakeError(400, {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            })
          }
          send(res, stored.status, stored.body, { "request-id": reqId, "idempotent-replayed": "true", "idempotency-key": idempotencyKey })
          return
        }
      }
      let status = 200
      let answer: string
      try {
        answer = JSON.stringify(route.handle(match, bodyParams, { id: reqId, idempotency_key: idempotencyKey }), null, 2)
      } catch (err) {
        if (!(err instanceof StripeFakeError)) throw err
        status = err.status
        answer = JSON.stringify({ error: { ...withDocUrl(err.body), request_id: reqId } }, null, 2)
      }
      if (idempotencyKey) {
        idempotent.set(idempotencyKey, { fingerprint: fingerprint(bodyParams), route: routeId, status, body: answer })
      }
      log(`${req.method} ${path} → ${status}`)
      send(res, status, answer, {
        "request-id": reqId,
        "stripe-version": apiVersion,
        ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      })
    } catch (err) {
      if (err instanceof StripeFakeError) return error(res, err, reqId)
      log(`stripe-fake internal error: ${(err as Error).stack}`)
      error(res, new StripeFakeError(500, { type: "api_error", message: "An unknown error occurred" }), reqId)
    }
  }

  const sockets = new Set<Socket>()
  const server = createServer((req, res) => void handle(req, res))
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const port = (server.address() as AddressInfo).port
  url = `http://localhost:${port}`
  stripeJs = stripeJsSource(url)

  const fake: StripeFake = {
    url,
    port,
    secretKey,
    publishableKey,
    webhookSecret,
    state,
    webhooks: dispatcher,
    setWebhookEndpoint(endpoint) {
      dispatcher.endpoint = endpoint
    },
    authenticate(paymentIntentId, outcome) {
      return state.view(state.authenticate(paymentIntentId, outcome, { id: requestId(), idempotency_key: null }), undefined)
    },
    faults: {
      failNext(count, kind) {
        for (let i = 0; i < count; i++) faultQueue.push(kind)
      },
      clear() {
        faultQueue.length = 0
      },
      get requests() {
        return requests
      },
    },
    async stop() {
      await dispatcher.idle()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return fake
}
