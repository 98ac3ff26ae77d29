import { randomUUID } from "crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http"
import type { AddressInfo } from "net"
import { defaultClient, TokenAuthority, type SimClient } from "./auth"
import { createClock, type SimClock } from "./clock"
import { BolStore, type SeedCounts } from "./data"
import {
  BolSimulatorError,
  expiredJwt,
  forbiddenInactive,
  htmlErrorPage,
  htmlNotJsonPage,
  methodNotAllowed,
  notAcceptable,
  notFound,
  payloadTooLarge,
  problemBody,
  RETAILER_MEDIA_TYPE,
  tooManyRequests,
  unauthorized,
  unsupportedMediaType,
  type Problem,
  type ProblemStyle,
} from "./errors"
import { FaultQueue, type FaultHandle, type FaultSpec } from "./faults"
import { bareMediaType, negotiate, normalisePath, readBody } from "./http"
import {
  publicRateLimits,
  RateLimiter,
  resolveLimits,
  type LimitGroup,
  type LimitsOption,
  type LimitSpec,
  type TakeResult,
} from "./rate-limits"
import type { FulfilmentMethod } from "./records"
import type { RenderContext } from "./render"
import { Router } from "./router"
import { apiRoutes } from "./routes"
import { TOKEN_PATH, tokenEndpoint } from "./routes/token"
import { bump, createStats, resetStats, type SimStats } from "./stats"
import { isoUtcSeconds } from "./time"

export const RATELIMITS_PATH = "/retailer/public/ratelimits"

export type BolSimulatorOptions = {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** API clients (default: one demo client derived from randomSeed). */
  clients?: SimClient[]
  /** How much data to generate (numbers are split ~60/40 FBR/FBB for shipments, 70/30 orders, 80/20 returns). */
  seed?: SeedCounts
  /** PRNG seed of the generated data and the demo client (default 1). */
  randomSeed?: number
  /** Rate-limit overrides per group, or a /retailer/public/ratelimits-shaped array. */
  limits?: LimitsOption
  /** Divides rate-limit refill windows and slow-fault delays (benchmarks). Default 1. */
  speedUp?: number
  /** Access-token lifetime, default 299. */
  tokenTtlSeconds?: number
  /** The simulated time at start (default: real now). */
  startTime?: number | string | Date
  /** Only clock.advance/set move the clock (deterministic tests). */
  frozenClock?: boolean
  /** How long a process status stays PENDING on the simulated clock (default 0: done by the next request). */
  processingDelayMs?: number
  /** 429 without Retry-After. */
  omitRetryAfter?: boolean
  /** Rate-limit headers in lower case (bol's capitalisation varies per endpoint). */
  lowerCaseHeaders?: boolean
  /** X-RateLimit-Reset as seconds to go ("relative", default) or as a Unix timestamp in seconds ("epoch"). */
  resetStyle?: ResetStyle
  /** 429 with neither Retry-After nor any X-RateLimit-* header (default false). */
  bareRateLimited?: boolean
  /** false: the 429 body states no wait ("Too many requests."). Default true. */
  problemRetryHint?: boolean
  /** Order lists say fulfilmentStatus "OPEN" for every item, whatever its quantities (default false). */
  staleListStatus?: boolean
  /** Shipment details leave `fulfilment` out of every shipment item (default false). */
  thinDetails?: boolean
  /** "recorded" (default): bol's recorded error bodies; "schema": every Problem has all required fields. */
  problemStyle?: ProblemStyle
  /** The Problem `host` field. */
  instanceHost?: string
  /** Called with one line per answered request. */
  log?: (line: string) => void
  /** How a slow answer waits (default: a real timer; tests pass one that records the delay). */
  sleep?: (ms: number) => Promise<void>
}

/** How X-RateLimit-Reset is written: seconds until the bucket is full, or that moment as a Unix timestamp in seconds. */
export type ResetStyle = "relative" | "epoch"

/** Switches that tests may flip while the simulator runs (see the options of the same names). */
export type SimSettings = {
  omitRetryAfter: boolean
  lowerCaseHeaders: boolean
  problemStyle: ProblemStyle
  resetStyle: ResetStyle
  bareRateLimited: boolean
  problemRetryHint: boolean
  staleListStatus: boolean
  thinDetails: boolean
}

export type BolSimulator = {
  /** Origin, e.g. http://127.0.0.1:40123 (API base and token host). */
  url: string
  /** `${url}/token` */
  tokenUrl: string
  /** `${url}/retailer` */
  retailerBaseUrl: string
  /** `${url}/shared` */
  sharedBaseUrl: string
  clients: SimClient[]
  clock: SimClock
  stats: SimStats
  settings: SimSettings
  data: BolStore
  inject(fault: FaultSpec): FaultHandle
  clearFaults(): void
  addShipments(count: number, options?: { fulfilmentMethod?: FulfilmentMethod; at?: number }): string[]
  /** Removes the `count` oldest listed shipments (of one method, or of both); returns their ids. */
  ageOutShipments(count: number, options?: { fulfilmentMethod?: FulfilmentMethod }): string[]
  addOrders(count: number, options?: { fulfilmentMethod?: FulfilmentMethod; at?: number }): string[]
  addReturns(count: number, options?: { fulfilmentMethod?: FulfilmentMethod; at?: number }): string[]
  limits(): Record<LimitGroup, LimitSpec | null>
  setLimits(limits?: LimitsOption): void
  resetRateLimits(): void
  resetStats(): void
  revokeTokens(): void
  close(): Promise<void>
}

type Headers = Record<string, string>

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function rateLimitHeaders(result: TakeResult | null, settings: SimSettings, now: number): Headers {
  if (!result) {
    return {}
  }
  const names = settings.lowerCaseHeaders
    ? ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]
    : ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]
  const reset = settings.resetStyle === "epoch" ? Math.floor(now / 1000) + result.resetSeconds : result.resetSeconds
  return {
    [names[0]]: String(result.limit),
    [names[1]]: String(result.remaining),
    [names[2]]: String(reset),
  }
}

const RESET_STYLES: readonly ResetStyle[] = ["relative", "epoch"]

/** Builds a simulator; `listen()` starts it. */
export function createBolSimulator(options: BolSimulatorOptions = {}) {
  const randomSeed = options.randomSeed ?? 1
  const speedUp = options.speedUp ?? 1
  const sleep = options.sleep ?? realSleep
  if (!(speedUp > 0)) {
    throw new BolSimulatorError(`bol simulator: speedUp must be > 0 (got ${speedUp})`)
  }
  const clock = createClock({ startTime: options.startTime, frozen: options.frozenClock })
  const clients = options.clients?.length ? options.clients.map((client) => ({ ...client })) : [defaultClient(randomSeed)]
  const store = new BolStore({ seed: randomSeed, clock, counts: options.seed, processingDelayMs: options.processingDelayMs })
  const authority = new TokenAuthority(clients, clock.now, options.tokenTtlSeconds ?? 299)
  const limiter = new RateLimiter(resolveLimits(options.limits), clock.now, speedUp)
  const faults = new FaultQueue()
  const stats = createStats()
  if (options.resetStyle !== undefined && !RESET_STYLES.includes(options.resetStyle)) {
    throw new BolSimulatorError(`bol simulator: resetStyle must be one of ${RESET_STYLES.join(", ")} (got ${String(options.resetStyle)})`)
  }
  const settings: SimSettings = {
    omitRetryAfter: options.omitRetryAfter ?? false,
    lowerCaseHeaders: options.lowerCaseHeaders ?? false,
    problemStyle: options.problemStyle ?? "recorded",
    resetStyle: options.resetStyle ?? "relative",
    bareRateLimited: options.bareRateLimited ?? false,
    problemRetryHint: options.problemRetryHint ?? true,
    staleListStatus: options.staleListStatus ?? false,
    thinDetails: options.thinDetails ?? false,
  }
  const router = new Router(apiRoutes)
  const host = options.host ?? "127.0.0.1"
  const instanceHost = options.instanceHost ?? "Instance-112"
  let baseUrl = ""
  /** Answers hit by a `not-json` fault with `body: "truncated"`, and the status they get. */
  const truncate = new WeakMap<ServerResponse, number>()

  function send(res: ServerResponse, status: number, headers: Headers, body: string) {
    const truncatedStatus = truncate.get(res)
    if (truncatedStatus !== undefined) {
      // The answer as rendered, cut in half, still labelled as bol JSON.
      status = truncatedStatus
      headers = { ...headers, "Content-Type": `${RETAILER_MEDIA_TYPE};charset=UTF-8` }
      body = body.slice(0, Math.floor(body.length / 2))
    }
    res.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(body)) })
    res.end(body)
  }

  function sendProblem(res: ServerResponse, req: IncomingMessage, problem: Problem, headers: Headers = {}) {
    const body = problemBody(problem, { style: settings.problemStyle, instance: `${baseUrl}${req.url ?? ""}`, host: instanceHost })
    send(res, problem.status, { ...headers, "Content-Type": RETAILER_MEDIA_TYPE }, JSON.stringify(body))
  }

  function retryAfter(seconds: number): Headers {
    if (settings.omitRetryAfter || settings.bareRateLimited) {
      return {}
    }
    return { [settings.lowerCaseHeaders ? "retry-after" : "Retry-After"]: String(seconds) }
  }

  function countViolation(clientId: string, group: LimitGroup) {
    stats.rateLimitViolations += 1
    bump(stats.violationsByGroup, group)
    bump(stats.violationsByClient, clientId)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = (req.method ?? "GET").toUpperCase()
    const { path, query, pathAndQuery } = normalisePath(req.url ?? "/")
    const match = router.match(method, path)
    const endpoint =
      path === TOKEN_PATH || path === RATELIMITS_PATH
        ? `${method} ${path}`
        : match && "route" in match
          ? `${method} ${match.route.template}`
          : `${method} (no route)`
    bump(stats.byEndpoint, endpoint)
    const requestId = randomUUID()
    const common: Headers = { "X-Request-ID": requestId, "X-RID": requestId }
    res.on("finish", () => {
      bump(stats.byStatus, String(res.statusCode))
      options.log?.(`${method} ${pathAndQuery} -> ${res.statusCode}`)
    })

    const { answer, effects } = faults.take(method, path, pathAndQuery)
    for (const fault of answer ? [...effects, answer] : effects) {
      stats.faultsInjected += 1
      bump(stats.faultsByKind, fault.kind)
    }
    const body = await readBody(req)
    for (const effect of effects) {
      if (effect.kind === "new-shipments") {
        store.addShipments(effect.count ?? 1, { fulfilmentMethod: effect.fulfilmentMethod })
      } else if (effect.kind === "age-out") {
        store.ageOutShipments(effect.count ?? 1, { fulfilmentMethod: effect.fulfilmentMethod })
      } else if (effect.kind === "slow") {
        await sleep(effect.delayMs / speedUp)
      }
    }
    if (answer) {
      if (answer.kind === "drop") {
        stats.droppedConnections += 1
        options.log?.(`${method} ${pathAndQuery} -> connection dropped`)
        req.socket.destroy()
        return
      }
      if (answer.kind === "html-error") {
        const status = answer.status ?? 500
        return send(res, status, { ...common, "Content-Type": "text/html" }, htmlErrorPage(status))
      }
      if (answer.kind === "unavailable") {
        const headers = { ...common, ...(answer.retryAfterSeconds ? { "Retry-After": String(answer.retryAfterSeconds) } : {}) }
        if (answer.body === "problem") {
          return sendProblem(res, req, { status: 503, title: "Service Unavailable", detail: "Service temporarily unavailable.", shape: "noViolations" }, headers)
        }
        return send(res, 503, { ...headers, "Content-Type": "text/html" }, htmlErrorPage(503))
      }
      if (answer.kind === "not-json") {
        const status = answer.status ?? 200
        const kind = answer.body ?? "html"
        if (kind === "text") {
          return send(res, status, { ...common, "Content-Type": "text/plain" }, "OK")
        }
        if (kind === "html") {
          return send(res, status, { ...common, "Content-Type": "text/html" }, htmlNotJsonPage())
        }
        // "truncated": the request is handled as usual; send() cuts the answer.
        truncate.set(res, status)
      }
    }
    if (body === undefined) {
      return sendProblem(res, req, payloadTooLarge(), common)
    }

    if (path === TOKEN_PATH) {
      stats.tokenRequests += 1
      const result = tokenEndpoint(
        { method, query, body, contentType: req.headers["content-type"], authorization: req.headers.authorization },
        { authority, limiter, retryHint: settings.problemRetryHint }
      )
      if (result.status === 200) {
        stats.tokensIssued += 1
      }
      if (result.status === 429 && result.client) {
        countViolation(result.client.clientId, "token")
      }
      const headers: Headers = {
        ...common,
        "Content-Type": "application/json;charset=UTF-8",
        "Cache-Control": "no-store",
        Pragma: "no-cache",
        ...(result.retryAfterSeconds ? retryAfter(result.retryAfterSeconds) : {}),
      }
      return send(res, result.status, headers, JSON.stringify(result.body))
    }
    if (path === RATELIMITS_PATH && method === "GET") {
      return send(res, 200, { ...common, "Content-Type": "application/json;charset=UTF-8" }, JSON.stringify(publicRateLimits(limiter.getLimits())))
    }
    if (!match) {
      return sendProblem(res, req, notFound(`No endpoint ${method} ${path}.`), common)
    }
    if ("allowed" in match) {
      return sendProblem(res, req, methodNotAllowed(method, match.allowed), { ...common, Allow: match.allowed.join(", ") })
    }

    const token = authority.check(req.headers.authorization)
    if (!token.ok) {
      const problem =
        token.reason === "expired"
          ? expiredJwt(isoUtcSeconds(token.expiredAt), isoUtcSeconds(token.now), token.now - token.expiredAt)
          : unauthorized(token.reason === "missing" ? "Full authentication is required to access this resource." : "Invalid JWT.")
      return sendProblem(res, req, problem, { ...common, "WWW-Authenticate": 'Bearer realm="bol.com"' })
    }
    const client = token.client
    if (client.active === false) {
      return sendProblem(res, req, forbiddenInactive(), common)
    }
    bump(stats.byClient, client.clientId)

    const { route, params } = match
    const budget = limiter.take(client.clientId, route.group)
    const limitHeaders = { ...common, ...rateLimitHeaders(budget, settings, clock.now()) }
    if (budget && !budget.allowed) {
      countViolation(client.clientId, route.group)
      const problem = tooManyRequests(settings.problemRetryHint ? budget.retryAfterSeconds : undefined)
      if (settings.bareRateLimited) {
        return sendProblem(res, req, problem, common)
      }
      return sendProblem(res, req, problem, { ...limitHeaders, ...retryAfter(budget.retryAfterSeconds) })
    }
    const mediaType = negotiate(req.headers.accept, route.produces)
    if (!mediaType) {
      return sendProblem(res, req, notAcceptable(req.headers.accept, [...route.produces]), limitHeaders)
    }
    if (route.hasBody && !route.produces.includes(bareMediaType(req.headers["content-type"] ?? ""))) {
      return sendProblem(res, req, unsupportedMediaType(req.headers["content-type"]), limitHeaders)
    }

    store.settle()
    const render: RenderContext = {
      seed: store.seed,
      catalog: store.catalog,
      now: clock.now(),
      baseUrl,
      staleListStatus: settings.staleListStatus,
      thinDetails: settings.thinDetails,
    }
    route.handler({
      method,
      path,
      query,
      params,
      body,
      client,
      store,
      render,
      reply(status, json) {
        send(res, status, { ...limitHeaders, "Content-Type": `${mediaType};charset=UTF-8` }, JSON.stringify(json))
      },
      problem(problem) {
        sendProblem(res, req, problem, limitHeaders)
      },
    })
  }

  const server: Server = createServer((req, res) => {
    stats.requests += 1
    stats.inFlight += 1
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
    let counted = true
    const done = () => {
      if (counted) {
        counted = false
        stats.inFlight -= 1
      }
    }
    res.on("close", done)
    handle(req, res).catch((error: unknown) => {
      options.log?.(`bol simulator: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) {
        send(res, 500, { "Content-Type": "text/html" }, htmlErrorPage(500))
      } else {
        res.destroy()
      }
    })
  })

  const simulator: Omit<BolSimulator, "url" | "tokenUrl" | "retailerBaseUrl" | "sharedBaseUrl"> = {
    clients,
    clock,
    stats,
    settings,
    data: store,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    addShipments: (count, addOptions) => store.addShipments(count, addOptions).map((shipment) => shipment.shipmentId),
    ageOutShipments: (count, ageOptions) => store.ageOutShipments(count, ageOptions).map((shipment) => shipment.shipmentId),
    addOrders: (count, addOptions) => store.addOrders(count, addOptions).map((order) => order.orderId),
    addReturns: (count, addOptions) => store.addReturns(count, addOptions).map((ret) => ret.returnId),
    limits: () => limiter.getLimits(),
    setLimits: (limits) => limiter.setLimits(resolveLimits(limits)),
    resetRateLimits: () => limiter.reset(),
    resetStats: () => resetStats(stats),
    revokeTokens: () => authority.revokeAll(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        faults.clear()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }

  return {
    server,
    /** Starts listening; resolves with the running simulator. */
    async listen(port = options.port ?? 0): Promise<BolSimulator> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject)
        server.listen(port, host, () => {
          server.off("error", reject)
          resolve()
        })
      })
      const address = server.address() as AddressInfo
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address
      baseUrl = `http://${shownHost}:${address.port}`
      return {
        ...simulator,
        url: baseUrl,
        tokenUrl: `${baseUrl}${TOKEN_PATH}`,
        retailerBaseUrl: `${baseUrl}/retailer`,
        sharedBaseUrl: `${baseUrl}/shared`,
      }
    },
  }
}

/** Creates and starts a simulator (port 0 = a free port). */
export async function startBolSimulator(options: BolSimulatorOptions = {}): Promise<BolSimulator> {
  return createBolSimulator(options).listen()
}
