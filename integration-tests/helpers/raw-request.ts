import { request } from "http"

export type RawAnswer = { status: number; body: string }

/**
 * One HTTP request with the path exactly as given (no client-side
 * re-encoding, unlike axios or fetch), so that malformed percent-encoding
 * reaches the server as a client could send it.
 */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    // Node sends a DELETE body only with an explicit length (no chunked encoding by default)
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }
    // a fresh connection per request (agent: false): Node 20's default agent keeps sockets alive, and reusing one
    // just as the server closes it for idleness drops the request ("socket hang up"), which the walk's many
    // requests met now and then on a busy machine
    const req = request({ host: "localhost", port, method, path, agent: false, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (chunk) => chunks.push(chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }))
      res.on("error", reject)
    })
    // name the request: "socket hang up" alone does not say which of hundreds of probes the server dropped
    req.on("error", (error) => reject(new Error(`${method} ${path}: ${error.message}`)))
    if (body !== undefined) req.write(body)
    req.end()
  })
}
