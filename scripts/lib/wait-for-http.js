/** Polls a URL until it answers 2xx, or rejects after `timeoutMs`. */
async function waitForHttp(url, { timeoutMs = 180000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastError = "no answer"
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) {
        return response
      }
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = error.cause?.code ?? error.message
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`)
}

module.exports = { waitForHttp }
