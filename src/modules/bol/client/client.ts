import { BolAuthError, BolRateLimitedError, BolRequestError, BolTransientError, type BolViolation } from "./errors"
import { fetchAnswer, type Answer, type FetchLike } from "./http"
import type { BolRateLimiter, SlotReport } from "./limiter"
import type { BolRateLimitGroup } from "./rate-limit-groups"
import { readRateLimitHeaders } from "./rate-limit-headers"
import { bolResource, type BolResourceDefinition } from "./resources"
import { rateLimitWait } from "./retry-after"
import { DEFAULT_GROUP_LIMITS } from "./rate-limit-groups"
import { BolTokenProvider, type BolCredentials } from "./token-provider"
import {
  BOL_API_BASE_URL,
  BOL_MEDIA_TYPE,
  type BolListPage,
  type BolProcessStatus,
  type BolShipmentRequest,
} from "./types"

/**
 * How a request gets its rate-limit slot:
 * - `"try"` (default): take one if free, else throw `BolRateLimitedError`
 *   (`fromServer: false`) without calling bol; for queued work that reschedules.
 * - `"wait"`: wait for a slot (interactive callers such as the fulfillment provider).
 * - `"caller"`: the caller already took one with `limiter.tryAcquire(group)`.
 */
export type SlotPolicy = "try" | "wait" | "caller"

export type BolClientOptions = {
  credentials: BolCredentials
  /** Default `https://api.bol.com` (point it at the simulator in tests). */
  apiBaseUrl?: string
  /** Use bol's demo environment (`/retailer-demo`, `/shared-demo`). */
  demo?: boolean
  /** Share one provider per process so that accounts keep one token each. */
  tokens?: BolTokenProvider
  /** The account's budget; without one, requests are not rate limited client-side. */
  limiter?: BolRateLimiter
  slots?: SlotPolicy
  /** Timeout of one HTTP request (default 30 s). */
  timeoutMs?: number
  fetch?: FetchLike
  /** Told when a computed rate-limit wait was cut to its maximum (a misread header, or a misbehaving server). */
  warn?: (message: string) => void
}

type Query = Record<string, string | number | boolean | undefined>

type Call = {
  group: BolRateLimitGroup
  method: "GET" | "POST"
  path: string
  query?: Query
  body?: unknown
  what: string
}

/**
 * The bol.com Retailer API v10 for one account. Sends bol's media type and
 * the account's bearer token; a rejected token is replaced and the request
 * retried once. Failures are typed (see `errors.ts`); no message contains a
 * token, a secret or an HTML page.
 */
export class BolClient {
  private readonly tokens: BolTokenProvider
  private readonly baseUrl: string
  private readonly rateLimitedInARow = new Map<BolRateLimitGroup, number>()

  constructor(private readonly options: BolClientOptions) {
    this.tokens = options.tokens ?? new BolTokenProvider({ fetch: options.fetch })
    this.baseUrl = (options.apiBaseUrl ?? BOL_API_BASE_URL).replace(/\/+$/, "")
  }

  get accountId(): string {
    return this.options.credentials.accountId
  }

  /**
   * One page (50 entries, from 1) of a resource's list. `params` are bol's
   * query parameters, e.g. `{ "fulfilment-method": "FBB" }`; see
   * `listIterations` for the ones a full sync walks.
   */
  async list(resource: string | BolResourceDefinition, params: Query, page: number): Promise<BolListPage> {
    const definition = typeof resource === "string" ? bolResource(resource) : resource
    const json = await this.call<Record<string, unknown>>({
      group: definition.listGroup,
      method: "GET",
      path: definition.listPath,
      query: { ...params, page },
      what: `GET ${definition.listPath} page ${page}`,
    })
    const items = json?.[definition.arrayKey]
    const entries = Array.isArray(items) ? (items as Record<string, unknown>[]) : []
    return { items: entries, empty: entries.length === 0 }
  }

  /** One record in full; a `BolRequestError` with status 404 when bol does not know the id. */
  async detail(resource: string | BolResourceDefinition, id: string): Promise<Record<string, unknown>> {
    const definition = typeof resource === "string" ? bolResource(resource) : resource
    return this.call<Record<string, unknown>>({
      group: definition.detailGroup,
      method: "GET",
      path: definition.detailPath.replace("{id}", encodeURIComponent(id)),
      what: `GET ${definition.detailPath.replace("{id}", id)}`,
    })
  }

  /** Ships FBR order items (`POST /retailer/shipments`); bol answers with a process status to poll. */
  async createShipment(body: BolShipmentRequest): Promise<BolProcessStatus> {
    return this.call<BolProcessStatus>({
      group: "shipmentCreate",
      method: "POST",
      path: "/retailer/shipments",
      body,
      what: "POST /retailer/shipments",
    })
  }

  /** `GET /shared/process-status/{id}` (bol keeps statuses for a limited time, then 404). */
  async getProcessStatus(processStatusId: string): Promise<BolProcessStatus> {
    return this.call<BolProcessStatus>({
      group: "processStatus",
      method: "GET",
      path: `/shared/process-status/${encodeURIComponent(processStatusId)}`,
      what: `GET /shared/process-status/${processStatusId}`,
    })
  }

  private async call<T>(call: Call): Promise<T> {
    const limiter = this.options.limiter
    if (!limiter) {
      return this.send<T>(call, {})
    }
    const report: SlotReport = {}
    const run = async () => {
      try {
        return await this.send<T>(call, report)
      } finally {
        await limiter.report(call.group, report)
      }
    }
    const policy = this.options.slots ?? "try"
    if (policy === "wait") {
      return limiter.schedule(call.group, run)
    }
    if (policy === "try") {
      const slot = await limiter.tryAcquire(call.group)
      if (!slot.ok) {
        throw new BolRateLimitedError(
          `${call.what}: no ${call.group} request left in this account's budget; retry in ${slot.retryInMs} ms`,
          slot.retryInMs,
          call.group,
          false
        )
      }
    }
    return run()
  }

  /** Sends with the cached token; after a 401, once more with a new one. */
  private async send<T>(call: Call, report: SlotReport): Promise<T> {
    const credentials = this.options.credentials
    let token = await this.tokens.getToken(credentials)
    let response = await this.fetch(call, token)
    if (response.status === 401) {
      await this.tokens.invalidate(credentials, token)
      token = await this.tokens.getToken(credentials)
      response = await this.fetch(call, token)
    }
    report.status = response.status
    report.headers = response.headers
    return this.interpret<T>(call, response, report)
  }

  private fetch(call: Call, token: string): Promise<Answer> {
    const headers: Record<string, string> = { Accept: BOL_MEDIA_TYPE, Authorization: `Bearer ${token}` }
    if (call.body !== undefined) {
      headers["Content-Type"] = BOL_MEDIA_TYPE
    }
    return fetchAnswer(
      this.options.fetch ?? fetch,
      this.url(call.path, call.query),
      { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) },
      this.options.timeoutMs ?? 30_000,
      call.what
    )
  }

  private interpret<T>(call: Call, response: Answer, report: SlotReport): T {
    const { status, body } = response
    if (status >= 200 && status < 300) {
      if (status !== 204 && !(body.isJson && body.json !== null && typeof body.json === "object")) {
        // A proxy's HTML page, another media type or a cut-off body: never read as an empty page.
        throw new BolTransientError(
          `${call.what}: bol.com answered ${status} without a JSON body (${body.contentType || "no content type"}${body.parseError ? `, ${body.parseError}` : ""})`,
          status
        )
      }
      this.rateLimitedInARow.delete(call.group)
      return (body.json ?? {}) as T
    }
    const problem = (body.isJson && body.json && typeof body.json === "object" ? body.json : {}) as Record<string, unknown>
    const title = typeof problem.title === "string" ? problem.title : undefined
    const detail = typeof problem.detail === "string" ? problem.detail : undefined
    const summary = [title, detail].filter(Boolean).join(": ")
    if (status === 429) {
      const inARow = (this.rateLimitedInARow.get(call.group) ?? 0) + 1
      this.rateLimitedInARow.set(call.group, inARow)
      const { ms: wait, clampedFromMs } = rateLimitWait(readRateLimitHeaders(response.headers), {
        consecutive: inARow,
        limit: this.options.limiter?.limitOf(call.group) ?? DEFAULT_GROUP_LIMITS[call.group],
        detail,
      })
      if (clampedFromMs !== undefined) {
        this.options.warn?.(`${call.what}: bol.com's 429 asked for a wait of ${clampedFromMs} ms; waiting the maximum ${wait} ms instead`)
      }
      report.retryAfterMs = wait
      throw new BolRateLimitedError(`${call.what}: bol.com answered 429; retry in ${wait} ms`, wait, call.group, true)
    }
    if (status === 401) {
      throw new BolAuthError(`${call.what}: bol.com rejected a freshly issued access token (401)`, 401)
    }
    if (status >= 500) {
      const hint = readRateLimitHeaders(response.headers).retryAfterSeconds
      throw new BolTransientError(
        `${call.what}: bol.com answered ${status}${summary ? ` (${summary})` : ""}`,
        status,
        undefined,
        hint === undefined ? undefined : hint * 1000
      )
    }
    const violations = Array.isArray(problem.violations) ? (problem.violations as BolViolation[]) : []
    throw new BolRequestError(
      `${call.what}: bol.com answered ${status}${summary ? ` (${summary})` : ""}`,
      status,
      title,
      detail,
      violations
    )
  }

  private url(path: string, query?: Query): string {
    const demoPath = this.options.demo ? path.replace(/^\/(retailer|shared)\//, "/$1-demo/") : path
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) {
        search.set(name, String(value))
      }
    }
    const queryString = search.toString()
    return `${this.baseUrl}${demoPath}${queryString ? `?${queryString}` : ""}`
  }
}
