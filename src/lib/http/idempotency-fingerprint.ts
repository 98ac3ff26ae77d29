import { createHash } from "crypto"

/**
 * JSON with object keys sorted at every depth, so that two bodies that mean
 * the same produce the same text whatever order their keys came in.
 * `undefined` members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value ?? null)
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString())
  }
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(",")}}`
}

export type UploadedFile = { fieldname: string; originalname?: string; mimetype?: string; buffer: Buffer }

export type FingerprintedRequest = {
  /** The request's path as sent (with the ids in it), without the query string. */
  path: string
  query: unknown
  body: unknown
  /** Files of a multipart request: their bytes count, not only their names. */
  files?: UploadedFile[]
}

/** SHA-256 (hex) of what makes a request the same request: path, query, body and uploaded files. */
export function requestFingerprint(request: FingerprintedRequest): string {
  const hash = createHash("sha256")
  // no body and an empty JSON object are the same request (body parsers give `{}` for both)
  hash.update(canonicalJson({ path: request.path, query: request.query ?? {}, body: request.body ?? {} }))
  for (const file of request.files ?? []) {
    hash.update(`\u0000file:${canonicalJson({ field: file.fieldname, name: file.originalname, type: file.mimetype, size: file.buffer.length })}\u0000`)
    hash.update(file.buffer)
  }
  return hash.digest("hex")
}
