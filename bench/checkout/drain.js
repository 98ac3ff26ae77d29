// Waits for what runs after the answer: every Bazaar order's invoice with its
// PDF stored (GET /admin/orders/:id/invoice) and its buyer's two mails at the
// catcher (order received, and the invoice with the PDF attached). Each order
// used its own buyer address, so the mails of an order are the mails to it.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The mails caught per recipient address. */
function mailsByRecipient(mails) {
  const byTo = new Map()
  for (const mail of mails.messages()) {
    for (const to of mail.to) byTo.set(to.toLowerCase(), [...(byTo.get(to.toLowerCase()) ?? []), mail])
  }
  return byTo
}

function mailsComplete(received) {
  const withPdf = received.filter((mail) => mail.attachments.some((a) => a.contentType === "application/pdf"))
  return withPdf.length >= 1 && received.length - withPdf.length >= 1
}

/**
 * Polls until every order ({ orderId, email }) has its invoice PDF and mails,
 * or `timeoutMs` passed. Answers the counts and the seconds it took.
 */
async function waitForPipeline(app, mails, orders, { timeoutMs, intervalMs = 1000 }) {
  const startedAt = Date.now()
  const invoiced = new Set()
  for (;;) {
    for (const { orderId } of orders.filter((o) => !invoiced.has(o.orderId))) {
      const response = await fetch(`${app.baseUrl}/admin/orders/${orderId}/invoice`, { headers: app.adminHeaders })
      if (response.ok && (await response.json()).invoice?.pdf_ready) invoiced.add(orderId)
    }
    const byTo = mailsByRecipient(mails)
    const mailed = orders.filter((o) => mailsComplete(byTo.get(o.email.toLowerCase()) ?? [])).length
    const done = invoiced.size === orders.length && mailed === orders.length
    if (done || Date.now() - startedAt > timeoutMs) {
      const doubled = orders.filter((o) => (byTo.get(o.email.toLowerCase()) ?? []).length > 2).length
      return { orders: orders.length, invoiced: invoiced.size, mailed, doubled, seconds: (Date.now() - startedAt) / 1000, done }
    }
    await sleep(intervalMs)
  }
}

module.exports = { waitForPipeline }
