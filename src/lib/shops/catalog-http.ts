import { createHash } from "crypto"

/**
 * Buyers' cached answers are revalidated on every use: a change must show on
 * the next request, and a revalidation that matches costs a 304 without a body.
 */
export const CACHED_ANSWER_CACHE_CONTROL = "public, max-age=0, must-revalidate"

/** A strong ETag of a serialized answer: the same bytes give the same tag. */
export function strongEtagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`
}

/**
 * Whether an `If-None-Match` header names `etag` (RFC 9110 §13.1.2: a list
 * of tags or `*`, compared weakly, so `W/"x"` matches `"x"`).
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false
  const value = Array.isArray(header) ? header.join(",") : header
  if (value.trim() === "*") return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "")
  return value.split(",").some((tag) => opaque(tag) === opaque(etag))
}
