import type { IncomingMessage } from "http"

export const MAX_BODY_BYTES = 1024 * 1024

/** Reads the request body; undefined when it is larger than `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

/** "application/vnd.retailer.v10+json; charset=UTF-8" → "application/vnd.retailer.v10+json" */
export function bareMediaType(value: string): string {
  return value.split(";")[0].trim().toLowerCase()
}

/**
 * The first of `supported` that the Accept header names exactly (parameters
 * such as charset or q are ignored, q=0 excepted). Wildcards do not count:
 * bol needs the versioned media type.
 */
export function negotiate(accept: string | undefined, supported: readonly string[]): string | undefined {
  if (!accept) {
    return undefined
  }
  const ranges = accept
    .split(",")
    .filter((range) => !/;\s*q\s*=\s*0(\.0*)?\s*($|;)/i.test(range))
    .map(bareMediaType)
  return supported.find((type) => ranges.includes(type))
}

/** Splits "/a/b?c" into a normalised path and query; the demo bases map onto the live ones. */
export function normalisePath(rawUrl: string): { path: string; query: URLSearchParams; pathAndQuery: string } {
  const url = new URL(rawUrl, "http://simulator.invalid")
  let path = url.pathname.replace(/\/{2,}/g, "/")
  if (path.length > 1 && path.endsWith("/")) {
    path = path.slice(0, -1)
  }
  path = path.replace(/^\/retailer-demo(\/|$)/, "/retailer$1").replace(/^\/shared-demo(\/|$)/, "/shared$1")
  return { path, query: url.searchParams, pathAndQuery: `${path}${url.search}` }
}
