import { createServer, type IncomingMessage, type Server, type ServerResponse } from "http"
import type { AddressInfo } from "net"
import { simpleParser, type AddressObject } from "mailparser"
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server"
import { renderInbox } from "./page"

/**
 * A local SMTP server that keeps every mail it receives, for development and
 * tests: mails are parsed with mailparser, listed on a web page and through a
 * JSON API, and `failNext` makes the server refuse the next mails the way a
 * real server that is down or overloaded does (4xx/5xx after DATA).
 */
export type CaughtAttachment = { filename: string; contentType: string; size: number; content: Buffer }

export type CaughtMail = {
  id: string
  /** Envelope recipients (RCPT TO). */
  to: string[]
  from: string
  subject: string
  html: string
  text: string
  receivedAt: string
  attachments: CaughtAttachment[]
}

export type MailCatcherOptions = {
  /** SMTP port; 0 (default) picks a free one. */
  smtpPort?: number
  /** Web page and JSON API port; 0 (default) picks a free one. */
  httpPort?: number
  /** Listen address; default 127.0.0.1. */
  host?: string
  log?: (line: string) => void
}

export type MailCatcher = {
  smtpPort: number
  /** The web page; `${url}/api/messages` is the JSON list. */
  url: string
  /** Every mail received so far, oldest first. */
  messages(): CaughtMail[]
  /** Resolves with the first mail (already received or arriving later) that matches. */
  waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>
  clear(): void
  /**
   * The next `count` mails (only those `match` accepts, when given) are refused with `code`
   * (default 451, "try again later"; 5xx for a hard refusal), after DATA as a real server does.
   */
  failNext(count?: number, code?: number, match?: (mail: CaughtMail) => boolean): void
  stop(): Promise<void>
}

type Waiter = { predicate: (mail: CaughtMail) => boolean; resolve: (mail: CaughtMail) => void }

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return ""
  return (Array.isArray(value) ? value : [value]).map((entry) => entry.text).join(", ")
}

function listen(server: { listen: (port: number, host: string, callback: () => void) => unknown }, port: number, host: string) {
  return new Promise<void>((resolve) => server.listen(port, host, resolve))
}

/** Starts the SMTP server and its web page. */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1"
  const mails: CaughtMail[] = []
  const failures: { code: number; match?: (mail: CaughtMail) => boolean }[] = []
  let waiters: Waiter[] = []
  let sequence = 0

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(_auth, _session, callback) {
      // Accepts any credentials, as a catcher should; they are never stored.
      callback(null, { user: "catcher" })
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", async () => {
        try {
          const parsed = await simpleParser(Buffer.concat(chunks))
          const mail: CaughtMail = {
            id: String(sequence + 1),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: addresses(parsed.from) || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            subject: parsed.subject ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            text: parsed.text ?? "",
            receivedAt: new Date().toISOString(),
            attachments: parsed.attachments.map((attachment) => ({
              filename: attachment.filename ?? "attachment",
              contentType: attachment.contentType,
              size: attachment.size,
              content: attachment.content,
            })),
          }
          const failure = failures.findIndex((entry) => !entry.match || entry.match(mail))
          if (failure >= 0) {
            const [{ code }] = failures.splice(failure, 1)
            const error = new Error(
              code >= 500 ? "Mailbox unavailable (simulated)" : "Service temporarily unavailable, try again later (simulated)"
            ) as Error & { responseCode: number }
            error.responseCode = code
            return callback(error)
          }
          sequence++
          mails.push(mail)
          options.log?.(`mail to ${mail.to.join(", ")}: ${mail.subject}`)
          const ready = waiters.filter((waiter) => waiter.predicate(mail))
          waiters = waiters.filter((waiter) => !ready.includes(waiter))
          ready.forEach((waiter) => waiter.resolve(mail))
          callback()
        } catch (error) {
          callback(error as Error)
        }
      })
    },
  })
  smtp.on("error", (error) => options.log?.(`mail catcher SMTP error: ${error.message}`))

  const http: Server = createServer((req, res) => handleHttp(req, res, mails))

  await listen(smtp, options.smtpPort ?? 0, host)
  await listen(http, options.httpPort ?? 0, host)
  const smtpPort = (smtp.server.address() as AddressInfo).port
  const httpPort = (http.address() as AddressInfo).port

  return {
    smtpPort,
    url: `http://${host}:${httpPort}`,
    messages: () => [...mails],
    waitFor(predicate, timeoutMs = 10000) {
      const found = mails.find(predicate)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { predicate, resolve: (mail) => { clearTimeout(timer); resolve(mail) } }
        // A guard against a test hanging forever, not a timing assertion.
        const timer = setTimeout(() => {
          waiters = waiters.filter((entry) => entry !== waiter)
          reject(new Error(`no matching mail within ${timeoutMs} ms (${mails.length} received)`))
        }, timeoutMs)
        waiters.push(waiter)
      })
    },
    clear() {
      mails.length = 0
    },
    failNext(count = 1, code = 451, match) {
      for (let i = 0; i < count; i++) failures.push({ code, match })
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}

function summary(mail: CaughtMail) {
  return {
    ...mail,
    attachments: mail.attachments.map(({ filename, contentType, size }, index) => ({
      filename,
      contentType,
      size,
      url: `/api/messages/${mail.id}/attachments/${index}`,
    })),
  }
}

function handleHttp(req: IncomingMessage, res: ServerResponse, mails: CaughtMail[]) {
  const path = (req.url ?? "/").split("?")[0]
  if (req.method === "DELETE" && path === "/api/messages") {
    mails.length = 0
    return json(res, 204, {})
  }
  if (req.method !== "GET") return json(res, 405, { message: `${req.method} is not supported; use GET` })
  if (path === "/") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
    return res.end(renderInbox(mails))
  }
  if (path === "/api/messages") return json(res, 200, { messages: mails.map(summary) })
  const attachment = path.match(/^\/api\/messages\/([^/]+)\/attachments\/(\d+)$/)
  if (attachment) {
    const file = mails.find((mail) => mail.id === attachment[1])?.attachments[Number(attachment[2])]
    if (!file) return json(res, 404, { message: `no attachment ${attachment[2]} on message ${attachment[1]}` })
    res.writeHead(200, {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename.replace(/"/g, "")}"`,
    })
    return res.end(file.content)
  }
  const html = path.match(/^\/messages\/([^/]+)\.html$/)
  if (html) {
    const mail = mails.find((entry) => entry.id === html[1])
    if (!mail) return json(res, 404, { message: `no message ${html[1]}` })
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'" })
    return res.end(mail.html || `<pre>${escapeHtml(mail.text)}</pre>`)
  }
  const one = path.match(/^\/api\/messages\/([^/]+)$/)
  if (one) {
    const mail = mails.find((entry) => entry.id === one[1])
    return mail ? json(res, 200, summary(mail)) : json(res, 404, { message: `no message ${one[1]}` })
  }
  return json(res, 404, { message: `unknown path ${path}` })
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
