import { ErrorBody, MedusaAuthErrorBody } from "./error-shape"
import { requestSchemaOf, responseSchemaOf, type JsonSchema } from "./json-schema"
import { openApiPathOf, pathParameterNames } from "./paths"
import {
  HTTP_METHODS,
  isWrite,
  type Access,
  type HttpMethod,
  type OperationContract,
  type ResponseContract,
  type RouteContract,
} from "./contract"

export type ContractedRoute = { path: string; contract: RouteContract }
export type OpenApiDocument = Record<string, any>

export const MEDUSA_STORE_API = "https://docs.medusajs.com/api/store"
export const MEDUSA_ADMIN_API = "https://docs.medusajs.com/api/admin"
const ERROR_REF = { $ref: "#/components/schemas/Error" }

const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  store: [{ publishableKey: [] }],
  customer: [
    { publishableKey: [], customerBearer: [] },
    { publishableKey: [], session: [] },
  ],
  seller: [{ sellerBearer: [] }, { session: [] }],
  "unregistered-seller": [{ sellerBearer: [] }, { session: [] }],
  admin: [{ adminBearer: [] }, { session: [] }, { adminApiKey: [] }],
}

const ERROR_TEXT: Record<number, string> = {
  400: "Bad input: the message says what was expected and what came",
  401: "Not signed in (or the token is not for this kind of caller)",
  403: "Not allowed: a suspended seller's writes, an operator's session on the Seller API, a seller signed in to the admin on a route not theirs",
  404: "Not found, or not the caller's (answered exactly as for a missing one)",
  409: "Conflicts with what exists",
  413: "The upload is larger than allowed",
  422: "Refused: a duplicate of what exists",
  429: "Too many requests; `Retry-After` says in how many seconds to try again",
  500: "An unexpected error (`An unknown error occurred.`)",
}

const IDEMPOTENCY_TEXT: Record<number, string> = {
  400: "The `Idempotency-Key` is malformed or longer than 255 characters",
  409: "A request with the same `Idempotency-Key` is still running; `Retry-After` says when to retry",
  422: "The `Idempotency-Key` was used before with a different request",
}

/** Which callers a route's surface admits unless the operation says otherwise. */
export function accessOfPath(path: string): Access {
  if (path.startsWith("/store/")) return "store"
  if (path.startsWith("/seller/")) return "seller"
  if (path.startsWith("/admin/")) return "admin"
  return "public"
}

function operationId(method: HttpMethod, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")
}

function queryParameters(operation: OperationContract) {
  if (!operation.query) return []
  const schema = requestSchemaOf(operation.query)
  const required = new Set((schema.required as string[] | undefined) ?? [])
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }))
}

function requestBody(operation: OperationContract) {
  if (!operation.body) return undefined
  const json = requestSchemaOf(operation.body)
  const content: Record<string, unknown> = { "application/json": { schema: json } }
  if (operation.multipartFiles) {
    const files = Object.fromEntries(
      Object.entries(operation.multipartFiles).map(([field, description]) => [
        field,
        { type: "string", format: "binary", contentMediaType: "application/octet-stream", description },
      ])
    )
    content["multipart/form-data"] = {
      schema: { ...json, properties: { ...(json.properties as object), ...files } },
    }
  }
  return { required: true, content }
}

function successResponse(response: ResponseContract, extraHeaders: Record<string, unknown>) {
  const headers = {
    ...Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, header]) => [
        name,
        { description: header.description, schema: header.schema ?? { type: "string" } },
      ])
    ),
    ...extraHeaders,
  }
  const contentType = response.contentType ?? "application/json"
  return {
    description: response.description,
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(response.schema
      ? {
          content: {
            [contentType]: {
              schema: contentType === "application/json" ? responseSchemaOf(response.schema) : { type: "string" },
              ...(response.example !== undefined ? { example: response.example } : {}),
            },
          },
        }
      : {}),
  }
}

function errorResponse(status: number, { write, admin, declared }: { write: boolean; admin: boolean; declared: boolean }) {
  if (status === 401 && admin) {
    return {
      description: ERROR_TEXT[401],
      content: { "application/json": { schema: { $ref: "#/components/schemas/MedusaAuthError" } } },
    }
  }
  // 409 and 422 of a write may come from the Idempotency-Key alone
  const texts = [declared ? ERROR_TEXT[status] : undefined, write ? IDEMPOTENCY_TEXT[status] : undefined].filter(Boolean)
  const retryAfter = status === 429 || (write && status === 409)
  return {
    description: texts.join("; or: "),
    ...(retryAfter ? { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } } : {}),
    content: { "application/json": { schema: ERROR_REF } },
  }
}

function operationObject(method: HttpMethod, path: string, tag: string, operation: OperationContract) {
  const access = operation.access ?? accessOfPath(path)
  const write = isWrite(method)
  const parameters: unknown[] = [
    ...pathParameterNames(openApiPathOf(path)).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...queryParameters(operation),
    ...(write ? [{ $ref: "#/components/parameters/IdempotencyKey" }] : []),
    ...(operation.conditional ? [{ $ref: "#/components/parameters/IfNoneMatch" }] : []),
  ]
  const successHeaders = {
    ...(write ? { "Idempotent-Replayed": { $ref: "#/components/headers/IdempotentReplayed" } } : {}),
    ...(operation.conditional
      ? { ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } }
      : {}),
  }
  const responses: Record<string, unknown> = {}
  for (const [status, response] of Object.entries(operation.responses)) {
    // an error an operation describes itself (a 429 with its Retry-After) still has the one Error body
    responses[status] =
      Number(status) < 400
        ? successResponse(response, successHeaders)
        : { ...successResponse(response, {}), content: { "application/json": { schema: ERROR_REF } } }
  }
  if (operation.conditional) responses["304"] = { $ref: "#/components/responses/NotModified" }
  const signedIn = access !== "public" && access !== "store"
  // sellers and operators share the admin: each is refused (403) on the other's routes
  const crossRefused = access === "seller" || access === "admin" ? [403] : []
  const declared = new Set<number>([400, ...(signedIn ? [401] : []), ...crossRefused, ...(operation.errors ?? []), 500])
  const errors = new Set<number>([...declared, ...(write ? [409, 422] : [])])
  for (const status of [...errors].sort((a, b) => a - b)) {
    if (!responses[status]) {
      responses[status] = errorResponse(status, { write, admin: access === "admin", declared: declared.has(status) })
    }
  }
  const body = requestBody(operation)
  return {
    operationId: operationId(method, path),
    tags: [tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: SECURITY[access],
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  }
}

const COMPONENTS = {
  schemas: {
    Error: responseSchemaOf(ErrorBody),
    MedusaAuthError: responseSchemaOf(MedusaAuthErrorBody),
  },
  securitySchemes: {
    publishableKey: {
      type: "apiKey",
      in: "header",
      name: "x-publishable-api-key",
      description: "A publishable API key: the marketplace's, or a shop's (`GET /store/shops/{handle}` answers it). Every `/store` route needs one.",
    },
    customerBearer: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
      description: "A customer's token from `POST /auth/customer/phone-otp` (Medusa's JWT, actor type `customer`).",
    },
    sellerBearer: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
      description:
        "A seller's token from `POST /auth/seller/phone-otp`; after `POST /seller/register`, refresh it (`POST /auth/token/refresh`) to act as the seller.",
    },
    adminBearer: {
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
      description: "An admin user's token from Medusa's `POST /auth/user/emailpass`.",
    },
    session: {
      type: "apiKey",
      in: "cookie",
      name: "connect.sid",
      description: "Medusa's session cookie, set by `POST /auth/session` with a bearer token (any actor type).",
    },
    adminApiKey: {
      type: "http",
      scheme: "basic",
      description: "A secret API key of the admin, sent as the Basic auth user name (Medusa's `api-key` authentication).",
    },
  },
  parameters: {
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Makes a retried write act once: the same key with the same request (method, path, caller, body) replays the stored answer with `Idempotent-Replayed: true`. At most 255 characters.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    },
    IfNoneMatch: {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "The `ETag` of an earlier answer: `304 Not Modified` without a body while it is still current.",
      schema: { type: "string" },
    },
  },
  headers: {
    IdempotentReplayed: {
      description: "`true` when this answer is the stored answer of an earlier request with the same `Idempotency-Key`.",
      schema: { type: "string", enum: ["true"] },
    },
    RetryAfter: { description: "Seconds to wait before retrying.", schema: { type: "integer", minimum: 0 } },
    ETag: { description: "The version of this answer, for `If-None-Match`.", schema: { type: "string" } },
    CacheControl: { description: "How long caches may keep the answer.", schema: { type: "string" } },
  },
  responses: {
    NotModified: {
      description: "Not modified: the `If-None-Match` ETag is still current (no body).",
      headers: { ETag: { $ref: "#/components/headers/ETag" } },
    },
  },
}

/** The OpenAPI 3.1 document of routes and their contracts, paths and operations in a stable order. */
export function buildOpenApiDocument(info: { title: string; version: string }, routes: ContractedRoute[]): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {}
  const tags = new Set<string>()
  for (const { path, contract } of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Record<string, unknown> = {}
    for (const method of HTTP_METHODS) {
      const operation = contract[method]
      if (operation) item[method.toLowerCase()] = operationObject(method, path, contract.tag, operation)
    }
    tags.add(contract.tag)
    paths[openApiPathOf(path)] = item
  }
  return {
    openapi: "3.1.0",
    info: {
      title: info.title,
      version: info.version,
      description: [
        "Bazaar's own routes: the Store API of shops and shop carts, the Seller API, the operators' Admin API and the phone + OTP login.",
        `Medusa's routes, which Bazaar uses unchanged (products, carts, orders, customers, auth), are described in Medusa's own references: [Store API](${MEDUSA_STORE_API}) and [Admin API](${MEDUSA_ADMIN_API}).`,
        "Every error answer is `{ type, message }` (the `Error` schema). Every write takes an optional `Idempotency-Key`.",
      ].join("\n\n"),
    },
    externalDocs: { description: "Medusa's Store API reference (Medusa's own routes)", url: MEDUSA_STORE_API },
    servers: [{ url: "/" }],
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: COMPONENTS,
  }
}
