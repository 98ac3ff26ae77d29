import { createServer, type IncomingMessage, type ServerResponse } from "http"
import type { AddressInfo } from "net"

/** A rate-limit answer the proxy gives instead of forwarding. */
type RateLimitFault = { match: RegExp; remaining: number; retryAfterSeconds?: number }

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"])

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * An HTTP proxy in front of the bol simulator that can answer 429 itself.
 *
 * The simulator counts every rate-limit 429 it serves as a violation (it only
 * serves one when a bucket really is empty). To show how the sync reacts to a
 * 429 while proving that it never causes one, the 429s come from here: shaped
 * like bol's (Problem body, optional Retry-After, no rate-limit headers), and
 * never seen by the simulator.
 */
export async function startBolFaultProxy(targetUrl: string) {
  const faults: RateLimitFault[] = []
  let rateLimited = 0
  let unavailable = false
  let onRequest: ((line: string) => void) | undefined

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const line = `${req.method} ${req.url}`
    onRequest?.(line)
    if (unavailable) {
      res.writeHead(503, { "Content-Type": "text/html" })
      res.end("<html><body><h1>503 Service Unavailable</h1></body></html>")
      return
    }
    const fault = faults.find((candidate) => candidate.remaining > 0 && candidate.match.test(line))
    if (fault) {
      fault.remaining -= 1
      rateLimited += 1
      const seconds = fault.retryAfterSeconds
      const headers: Record<string, string> = { "Content-Type": "application/vnd.retailer.v10+json" }
      if (seconds !== undefined) {
        headers["Retry-After"] = String(seconds)
      }
      res.writeHead(429, headers)
      res.end(JSON.stringify({ title: "Too Many Requests", status: 429, detail: `Too many requests, retry in ${seconds ?? 1} seconds.` }))
      return
    }
    const body = await readBody(req)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name) && typeof value === "string") {
        headers[name] = value
      }
    }
    const answer = await fetch(`${targetUrl}${req.url}`, {
      method: req.method,
      headers,
      body: body.length ? new Uint8Array(body) : undefined,
    })
    const out: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) {
        out[name] = value
      }
    })
    const payload = Buffer.from(await answer.arrayBuffer())
    res.writeHead(answer.status, { ...out, "Content-Length": String(payload.length) })
    res.end(payload)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.destroy()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    /** The next `times` requests matching `match` ("GET /retailer/shipments/123") get a 429. */
    rateLimit(match: RegExp, times: number, retryAfterSeconds?: number) {
      faults.push({ match, remaining: times, retryAfterSeconds })
    },
    get rateLimited() {
      return rateLimited
    },
    /** While on, every request gets a 503 (nothing reaches the simulator). */
    setUnavailable(on: boolean) {
      unavailable = on
    },
    /** Called with "METHOD /path?query" of each request as it arrives, before anything else. */
    onRequest(callback: (line: string) => void) {
      onRequest = callback
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
