import { randomBytes } from "crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "http"
import type { AddressInfo } from "net"

/**
 * A local stand-in for Twilio's Messages API (2010-04-01), for tests and
 * demos: Basic auth with the account SID and auth token, form-encoded
 * requests, Twilio's JSON resource and error shapes (20003, 21211, 21602,
 * 21603), and failure injection. Received messages land in `messages`.
 */
export type FakeSms = { sid: string; to: string; from: string | null; body: string; messaging_service_sid: string | null }

export type FakeTwilio = {
  url: string
  accountSid: string
  authToken: string
  messages: FakeSms[]
  /** The next `count` requests answer with `status` (500 or 503 as Twilio's outages do). */
  failNext(status: number, count?: number): void
  stop(): Promise<void>
}

const E164 = /^\+[1-9]\d{6,14}$/

function twilioError(res: ServerResponse, status: number, code: number, message: string) {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(
    JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status })
  )
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ""
    req.on("data", (chunk) => (data += chunk))
    req.on("end", () => resolve(data))
    req.on("error", reject)
  })
}

export async function startFakeTwilio(
  options: { port?: number; accountSid?: string; authToken?: string; log?: (line: string) => void } = {}
): Promise<FakeTwilio> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString("hex")}`
  const authToken = options.authToken ?? randomBytes(16).toString("hex")
  const messages: FakeSms[] = []
  const failures: number[] = []
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`

  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const failure = failures.shift()
    if (failure) {
      res.writeHead(failure, { "content-type": "text/html" })
      res.end(`<html><body><h1>${failure} Service Unavailable</h1></body></html>`)
      return
    }
    const path = (req.url ?? "").split("?")[0]
    if (req.headers.authorization !== expectedAuth) {
      return twilioError(res, 401, 20003, "Authenticate")
    }
    if (req.method !== "POST" || path !== messagesPath) {
      return twilioError(res, 404, 20404, `The requested resource ${path} was not found`)
    }
    const form = new URLSearchParams(body)
    const to = form.get("To") ?? ""
    const from = form.get("From")
    const messagingServiceSid = form.get("MessagingServiceSid")
    const text = form.get("Body") ?? ""
    if (!E164.test(to)) {
      return twilioError(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`)
    }
    if (!from && !messagingServiceSid) {
      return twilioError(res, 400, 21603, "A 'From' phone number is required.")
    }
    if (!text) {
      return twilioError(res, 400, 21602, "Message body is required.")
    }
    const sid = `SM${randomBytes(16).toString("hex")}`
    const message = { sid, to, from, body: text, messaging_service_sid: messagingServiceSid }
    messages.push(message)
    options.log?.(`SMS to ${to}: ${text}`)
    const now = new Date().toUTCString()
    res.writeHead(201, { "content-type": "application/json" })
    res.end(
      JSON.stringify({
        ...message,
        account_sid: accountSid,
        api_version: "2010-04-01",
        date_created: now,
        date_updated: now,
        date_sent: null,
        direction: "outbound-api",
        error_code: null,
        error_message: null,
        num_media: "0",
        num_segments: "1",
        price: null,
        price_unit: "USD",
        status: "queued",
        uri: `${messagesPath.replace(".json", "")}/${sid}.json`,
      })
    )
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    failNext(status: number, count = 1) {
      for (let i = 0; i < count; i++) failures.push(status)
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
