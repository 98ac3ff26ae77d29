import Ajv, { type ValidateFunction } from "ajv"
import { readFileSync } from "fs"
import { request as httpRequest } from "http"
import { join } from "path"
import type { BolSimulator, SimClient } from "../index"

export const MEDIA = "application/vnd.retailer.v10+json"

/** A client of the simulator, as a bol integration would talk to it. */
export function basicAuth(client: SimClient): string {
  return `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`
}

export async function getToken(sim: BolSimulator, client: SimClient = sim.clients[0]): Promise<string> {
  const res = await fetch(`${sim.tokenUrl}?grant_type=client_credentials`, {
    method: "POST",
    headers: { Authorization: basicAuth(client), Accept: "application/json" },
  })
  if (res.status !== 200) {
    throw new Error(`token request failed: ${res.status} ${await res.text()}`)
  }
  return ((await res.json()) as { access_token: string }).access_token
}

export type ApiOptions = { token?: string; accept?: string | null; method?: string; body?: unknown; contentType?: string }

export function api(sim: BolSimulator, path: string, options: ApiOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {}
  if (options.token) {
    headers.Authorization = `Bearer ${options.token}`
  }
  if (options.accept !== null) {
    headers.Accept = options.accept ?? MEDIA
  }
  if (options.body !== undefined) {
    headers["Content-Type"] = options.contentType ?? MEDIA
  }
  return fetch(`${sim.url}${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  })
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T
}

/** Raw response header names as sent (fetch lower-cases them). */
export function rawHeaderNames(url: string, headers: Record<string, string>): Promise<{ status: number; names: string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const names = res.rawHeaders.filter((_, index) => index % 2 === 0)
      res.resume()
      res.on("end", () => resolve({ status: res.statusCode ?? 0, names }))
    })
    req.on("error", reject)
    req.end()
  })
}

// ------------------------------------------------------------ OpenAPI schemas

const openapiDir = join(__dirname, "..", "openapi")
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

function createAjv(): Ajv {
  // strict: false because the OpenAPI documents carry keywords such as
  // "example" that are not JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true })
  ajv.addFormat("date-time", { type: "string", validate: (v: string) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)) })
  ajv.addFormat("date", { type: "string", validate: (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) })
  ajv.addFormat("uri", { type: "string", validate: (v: string) => /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(v) })
  ajv.addFormat("int32", { type: "number", validate: (v: number) => Number.isInteger(v) && Math.abs(v) <= 2_147_483_647 })
  ajv.addFormat("int64", { type: "number", validate: (v: number) => Number.isInteger(v) })
  for (const name of ["double", "float"]) {
    ajv.addFormat(name, { type: "number", validate: () => true })
  }
  for (const name of ["byte", "binary"]) {
    ajv.addFormat(name, { type: "string", validate: () => true })
  }
  ajv.addSchema(JSON.parse(readFileSync(join(openapiDir, "retailer.json"), "utf8")), "retailer.json")
  ajv.addSchema(JSON.parse(readFileSync(join(openapiDir, "shared.json"), "utf8")), "shared.json")
  return ajv
}

let ajvInstance: Ajv | undefined
const validators = new Map<string, ValidateFunction>()

/** The validator of a schema in the OpenAPI documents, e.g. schema("retailer", "Shipment"). */
export function schema(document: "retailer" | "shared", name: string): ValidateFunction {
  const key = `${document}.json#/components/schemas/${name}`
  let validate = validators.get(key)
  if (!validate) {
    ajvInstance ??= createAjv()
    validate = ajvInstance.getSchema(key)
    if (!validate) {
      throw new Error(`no schema ${key}`)
    }
    validators.set(key, validate)
  }
  return validate
}

/** Throws with ajv's errors unless `value` is valid against the named schema. */
export function expectValid(document: "retailer" | "shared", name: string, value: unknown): void {
  const validate = schema(document, name)
  if (!validate(value)) {
    throw new Error(`${name} invalid: ${JSON.stringify(validate.errors, null, 1)}\n${JSON.stringify(value).slice(0, 2000)}`)
  }
}

/** A JSON schema (own, not bol's) of the token response. */
export function tokenSchema(): ValidateFunction {
  ajvInstance ??= createAjv()
  return ajvInstance.compile({
    type: "object",
    required: ["access_token", "token_type", "expires_in", "scope"],
    additionalProperties: false,
    properties: {
      access_token: { type: "string", pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$" },
      token_type: { const: "Bearer" },
      expires_in: { type: "integer", minimum: 1 },
      scope: { const: "RETAILER" },
    },
  })
}

/** Walks a list endpoint page by page until `{}`; returns the items and the page count. */
export async function walk(
  sim: BolSimulator,
  token: string,
  path: string,
  key: string
): Promise<{ items: Record<string, unknown>[]; pages: number; lastBody: string }> {
  const items: Record<string, unknown>[] = []
  for (let page = 1; page < 1000; page++) {
    const separator = path.includes("?") ? "&" : "?"
    const res = await api(sim, `${path}${separator}page=${page}`, { token })
    if (res.status !== 200) {
      throw new Error(`${path} page ${page}: ${res.status} ${await res.text()}`)
    }
    const text = await res.text()
    const body = JSON.parse(text) as Record<string, Record<string, unknown>[] | undefined>
    const pageItems = body[key]
    if (!pageItems) {
      return { items, pages: page, lastBody: text }
    }
    items.push(...pageItems)
  }
  throw new Error("walk did not end")
}
