import { createHmac } from "crypto"

/** `Stripe-Signature: t=<ts>,v1=<hex hmac-sha256 of "<ts>.<payload>">`, exactly as Stripe signs. */
export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
  return `t=${timestamp},v1=${signature}`
}

export type Delivery = { event_id: string; type: string; status: number | "network_error"; attempt: number }

type Pending = { id: string; type: string; payload: string }

/**
 * Delivers events to one endpoint. Real Stripe is at-least-once and
 * unordered, so tests can hold deliveries (`hold()`), release them in any
 * order (`release({ order: "reverse" })`), deliver an event again
 * (`redeliver(id)`), drop held events (`discardHeld()`) and wait until every delivery in flight has finished
 * (`idle()`).
 */
export class WebhookDispatcher {
  endpoint: string | null = null
  readonly deliveries: Delivery[] = []
  private held = false
  private queue: Pending[] = []
  private inFlight = new Set<Promise<void>>()
  private attempts = new Map<string, number>()
  private payloads = new Map<string, Pending>()

  constructor(
    private readonly secret: string,
    private readonly nowSeconds: () => number,
    private readonly log: (line: string) => void
  ) {}

  enqueue(id: string, type: string, payload: string) {
    const pending = { id, type, payload }
    this.payloads.set(id, pending)
    if (!this.endpoint) return
    if (this.held) this.queue.push(pending)
    else this.send(pending)
  }

  /** Keeps new events back until `release()`. */
  hold() {
    this.held = true
  }

  /** Sends the held events (in the order given) and stops holding. */
  release(options: { order?: "as_created" | "reverse" } = {}) {
    this.held = false
    const queue = options.order === "reverse" ? [...this.queue].reverse() : this.queue
    this.queue = []
    for (const pending of queue) this.send(pending)
  }

  /** Drops the held events unsent (between tests: nothing of one test reaches the next). */
  discardHeld() {
    this.queue = []
  }

  /** The ids of the events held back so far. */
  heldEventIds(): string[] {
    return this.queue.map((pending) => pending.id)
  }

  /** Sends an event again, as Stripe does when it is not sure it was received. */
  redeliver(eventId: string) {
    const pending = this.payloads.get(eventId)
    // a test-harness mistake, not an API answer (tools/ is outside Medusa: no MedusaError)
    // eslint-disable-next-line @medusajs/use-medusa-error-not-generic-error
    if (!pending) throw new RangeError(`stripe-fake: no event ${eventId}`)
    this.send(pending)
  }

  /** Resolves when every delivery started so far has been answered. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight])
  }

  private send(pending: Pending) {
    const endpoint = this.endpoint
    if (!endpoint) return
    const attempt = (this.attempts.get(pending.id) ?? 0) + 1
    this.attempts.set(pending.id, attempt)
    const promise = fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        "stripe-signature": signPayload(pending.payload, this.secret, this.nowSeconds()),
      },
      body: pending.payload,
    })
      .then(async (response) => {
        await response.arrayBuffer()
        this.deliveries.push({ event_id: pending.id, type: pending.type, status: response.status, attempt })
        this.log(`webhook ${pending.type} ${pending.id} → ${response.status}`)
      })
      .catch((error: Error) => {
        this.deliveries.push({ event_id: pending.id, type: pending.type, status: "network_error", attempt })
        this.log(`webhook ${pending.type} ${pending.id} failed: ${error.message}`)
      })
      .finally(() => this.inFlight.delete(promise))
    this.inFlight.add(promise)
  }
}
