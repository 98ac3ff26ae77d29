import { createHash } from "crypto"
import { existsSync, readdirSync } from "fs"
import { join, relative } from "path"
import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestFingerprint, type UploadedFile } from "../../lib/http/idempotency-fingerprint"
import { parseIdempotencyKeyHeader, rawHeaderValues } from "../../lib/http/idempotency-key-header"
import { isUnderRoutePrefix, matchesRouteTemplate, routeTemplateOfFolder } from "../../lib/http/idempotency-routes"
import { IDEMPOTENCY_MODULE } from "../../modules/idempotency"
import type IdempotencyModuleService from "../../modules/idempotency/service"
import type { Claim, StoredResponse } from "../../modules/idempotency/service"

type WriteMethod = "POST" | "PUT" | "PATCH" | "DELETE"
type WriteRoute = { matcher: string; methods: WriteMethod[] }

const WRITE_METHODS: WriteMethod[] = ["POST", "PUT", "PATCH", "DELETE"]
const HEADER = "Idempotency-Key"
const REPLAYED = "Idempotent-Replayed"
/** Headers of an answer that are part of it, and replayed with it. */
const KEPT_HEADERS = ["content-type", "location", "link", "content-language", "cache-control"]
/** 4xx answers that another try may change (a conflict, a timeout, a rate limit), and 400: a refused request the client fixes. */
const UNKEPT_CLIENT_ERRORS = new Set([400, 408, 409, 423, 425, 429])

/** Medusa's store routes a storefront buys through. */
export const MEDUSA_BUYING_ROUTES: WriteRoute[] = [
  { matcher: "/store/carts", methods: ["POST"] },
  { matcher: "/store/carts/:id", methods: ["POST"] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"] },
  { matcher: "/store/carts/:id/line-items/:line_id", methods: ["POST", "DELETE"] },
  { matcher: "/store/carts/:id/complete", methods: ["POST"] },
  { matcher: "/store/payment-collections", methods: ["POST"] },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"] },
]

/** Every write route of Bazaar's own: each `route.ts` under `apiDir` with the write methods it exports. */
export function bazaarWriteRoutes(apiDir: string): WriteRoute[] {
  const routes: WriteRoute[] = []
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    if (entries.some((entry) => entry.isFile() && /^route\.(ts|js)$/.test(entry.name))) {
      // the route files load anyway when Medusa registers them; here only their exports are read
      const handlers: Record<string, unknown> = require(join(dir, "route"))
      const methods = WRITE_METHODS.filter((method) => typeof handlers[method] === "function")
      if (methods.length) routes.push({ matcher: routeTemplateOfFolder(relative(apiDir, dir)), methods })
    }
    for (const entry of entries) {
      if (entry.isDirectory() && entry.name !== "__tests__") visit(join(dir, entry.name))
    }
  }
  if (existsSync(apiDir)) visit(apiDir)
  return routes
}

const keys = new WeakMap<MedusaRequest, string>()
const claimed = new WeakSet<MedusaRequest>()

function idempotency(req: MedusaRequest): IdempotencyModuleService {
  return req.scope.resolve<IdempotencyModuleService>(IDEMPOTENCY_MODULE)
}

/**
 * Runs before every route (a global middleware): on the write routes that
 * honour keys, a malformed Idempotency-Key answers 400, and so does a missing
 * one on the route prefixes of the `idempotency.requiredFor` option.
 */
function checkIdempotencyKeyHeader(routes: WriteRoute[]) {
  return function checkIdempotencyKey(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const method = req.method as WriteMethod
    if (!WRITE_METHODS.includes(method)) return next()
    if (!routes.some((route) => route.methods.includes(method) && matchesRouteTemplate(req.path, route.matcher))) return next()
    const header = parseIdempotencyKeyHeader(rawHeaderValues(req.rawHeaders, HEADER))
    if (header.kind === "invalid") {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, header.message, "idempotency_key_invalid"))
    }
    if (header.kind === "absent") {
      const prefix = idempotency(req).settings.requiredFor.find((required) => isUnderRoutePrefix(req.path, required))
      if (prefix) {
        const message = `${req.method} ${req.path} needs an ${HEADER} header (a unique key per operation, such as a UUID: ${HEADER}: "8e03978e-40d5-43e8-bc93-6894a57f9324"); none came`
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, message, "idempotency_key_missing"))
      }
      return next()
    }
    keys.set(req, header.key)
    next()
  }
}

/**
 * Whose key it is: the signed-in customer, seller or admin user (or the
 * verified identity not yet registered), else the client (publishable key,
 * address and user agent, hashed), so that no caller meets another's answers.
 */
function scopeOf(req: MedusaRequest): string {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (auth?.actor_id) return `${auth.actor_type}:${auth.actor_id}`
  if (auth?.auth_identity_id) return `${auth.actor_type}:identity:${auth.auth_identity_id}`
  const client = [req.headers["x-publishable-api-key"] ?? "", req.ip ?? "", req.headers["user-agent"] ?? ""].join("\n")
  return `client:${createHash("sha256").update(client).digest("hex")}`
}

function uploadedFiles(req: MedusaRequest): UploadedFile[] {
  const files = req.files ? (Array.isArray(req.files) ? req.files : Object.values(req.files).flat()) : []
  return req.file ? [req.file, ...files] : files
}

function isKept(status: number): boolean {
  return (status >= 200 && status < 300) || (status > 400 && status < 500 && !UNKEPT_CLIENT_ERRORS.has(status))
}

function keptHeaders(res: MedusaResponse): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = res.getHeader(name)
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : String(value)
  }
  return headers
}

function chunkBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
  return null
}

/**
 * Holds the end of the answer until it is stored (kept answers) or the key
 * released (everything else), so that a retry arriving after the answer
 * always finds the key settled. A client that hangs up does not release the
 * key: the handler goes on, and its answer is what the client's retry gets.
 * A handler that never answers leaves the key to its lease.
 */
function settleWithAnswer(req: MedusaRequest, res: MedusaResponse, claim: Claim) {
  const service = idempotency(req)
  const chunks: Buffer[] = []
  let settled = false
  const write = res.write
  const end = res.end

  res.write = function capturedWrite(this: MedusaResponse, ...args: unknown[]) {
    const chunk = chunkBuffer(args[0], args[1])
    if (chunk) chunks.push(chunk)
    return write.apply(res, args as Parameters<typeof write>)
  } as unknown as typeof write

  res.end = function capturedEnd(this: MedusaResponse, ...args: unknown[]) {
    if (settled) return end.apply(res, args as Parameters<typeof end>)
    settled = true
    const chunk = typeof args[0] === "function" ? null : chunkBuffer(args[0], args[1])
    if (chunk) chunks.push(chunk)
    const answer: StoredResponse = { status: res.statusCode, headers: keptHeaders(res), body: Buffer.concat(chunks).toString("utf8") }
    const store = isKept(answer.status) ? service.complete(claim, answer).then(() => undefined) : service.release(claim)
    store
      .catch((error: unknown) => req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Idempotency-Key answer not stored: ${(error as Error)?.message}`))
      .finally(() => end.apply(res, args as Parameters<typeof end>))
    return res
  } as unknown as typeof end

}

function replay(res: MedusaResponse, answer: StoredResponse) {
  res.status(answer.status)
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
  res.setHeader(REPLAYED, "true")
  res.append("Access-Control-Expose-Headers", REPLAYED)
  res.send(Buffer.from(answer.body, "utf8"))
}

/**
 * Runs right before the route handler (after its authentication, upload
 * parsing and validation): claims the key for this caller and request, or
 * answers the stored answer (replay), 422 (the key belongs to another
 * request) or 409 (the first request with the key is still running).
 */
function applyIdempotencyKey(route: string) {
  return async function idempotencyKey(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const key = keys.get(req)
    if (key === undefined || claimed.has(req)) return next()
    claimed.add(req)
    const fingerprint = requestFingerprint({ path: req.path, query: req.query, body: req.body, files: uploadedFiles(req) })
    const result = await idempotency(req).claim({ scope: scopeOf(req), key, method: req.method, route, fingerprint })
    switch (result.outcome) {
      case "claimed":
        settleWithAnswer(req, res, result.claim)
        return next()
      case "replay":
        return replay(res, result.response)
      case "mismatch":
        res.status(422).json({
          type: "idempotency_key_reused",
          code: "idempotency_key_reused",
          message: `This ${HEADER} was used with another request (${result.method} ${result.route} with other parameters); a key belongs to one request: send a new key for a new request`,
        })
        return
      case "in_progress":
        res.setHeader("Retry-After", String(result.retryAfterSeconds))
        res.status(409).json({
          type: "idempotency_request_in_progress",
          code: "idempotency_request_in_progress",
          message: `A request with this ${HEADER} is still being processed; retry after ${result.retryAfterSeconds} s to get its answer`,
        })
    }
  }
}

/**
 * The middlewares of Idempotency-Key support: the header check before every
 * route, and the claim right before each write handler of Bazaar (found in
 * `apiDir`, so new routes join without being listed) and of Medusa's buying
 * routes. Spread at the end of `defineMiddlewares` routes: Medusa runs a
 * route's middlewares in the order given, core ones first.
 */
export function idempotencyKeyMiddlewares(apiDir: string): MiddlewareRoute[] {
  const routes = [...bazaarWriteRoutes(apiDir), ...MEDUSA_BUYING_ROUTES]
  return [
    { matcher: "/", middlewares: [checkIdempotencyKeyHeader(routes)] },
    ...routes.map((route) => ({ matcher: route.matcher, methods: route.methods, middlewares: [applyIdempotencyKey(route.matcher)] })),
  ]
}
