// All buyers at once: one request each, fired together, every answer kept
// with its status, refusal code and time. Sent with node:http rather than
// fetch: a storm on a busy machine can take minutes, longer than fetch's
// 300-second wait for response headers, and no answer should be cut off.
const http = require("http")
const { summarize } = require("../lib/stats")

// a connection per request, as 500 separate buyers would open
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

/** One request with no client-side time limit: { status, text }. */
function send(url, { method, headers, body }) {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent }, (response) => {
      const chunks = []
      response.on("data", (chunk) => chunks.push(chunk))
      response.on("end", () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString("utf8") }))
      response.on("error", reject)
    })
    request.on("error", reject)
    request.end(body)
  })
}

/**
 * Sends every request ({ url, init }) at the same moment. Answers { answers:
 * [{ status, code, message, ms }], seconds (first send to last answer),
 * perSecond }. A request that gets no HTTP answer counts as status "network".
 */
async function storm(requests) {
  const startedAt = process.hrtime.bigint()
  const answers = await Promise.all(
    requests.map(async ({ url, init }) => {
      const sentAt = process.hrtime.bigint()
      const elapsed = () => Number(process.hrtime.bigint() - sentAt) / 1e6
      try {
        const { status, text } = await send(url, init)
        let body = null
        try {
          body = text ? JSON.parse(text) : null
        } catch {
          body = { message: text.slice(0, 200) }
        }
        const ok = status < 300
        return { status, code: ok ? undefined : body?.code ?? body?.type, message: ok ? undefined : body?.message, ms: elapsed() }
      } catch (error) {
        return { status: "network", code: error.code ?? error.name, message: error.message, ms: elapsed() }
      }
    })
  )
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9
  return { answers, seconds, perSecond: answers.length / seconds, latency: summarize(answers.map((a) => a.ms)) }
}

/** The answers by status and refusal code: [{ key, count, message (the first seen) }], most frequent first. */
function histogram(answers) {
  const byKey = new Map()
  for (const answer of answers) {
    const key = answer.code ? `${answer.status} ${answer.code}` : String(answer.status)
    const entry = byKey.get(key) ?? { key, count: 0, message: answer.message }
    entry.count++
    byKey.set(key, entry)
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count)
}

/** One POST as a storm request. */
function post(url, headers, body) {
  return { url, init: { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) } }
}

module.exports = { storm, histogram, post }
