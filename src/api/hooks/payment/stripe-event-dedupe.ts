import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { IDEMPOTENCY_MODULE } from "../../../modules/idempotency"
import type IdempotencyModuleService from "../../../modules/idempotency/service"
import { verifyStripeSignature } from "./stripe-signature"

export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"
const SCOPE = "stripe-webhook"

/**
 * Stripe delivers an event at least once, and Medusa's payment webhook does
 * not deduplicate: before Medusa's route queues an event, its signature is
 * checked (400 when it does not match, so nobody can burn a real event id)
 * and its id claimed in the idempotency table. A delivery of an event already
 * taken answers 200 and goes no further; one still being taken answers 409,
 * so Stripe delivers again later. A claim is kept only when Medusa's route
 * answered 200.
 */
export async function dedupeStripeEvents(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { webhookSecret } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options.payments
  if (!webhookSecret) return next()

  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  const body = raw === undefined ? "" : raw.toString()
  const signature = req.headers["stripe-signature"]
  if (!verifyStripeSignature(body, typeof signature === "string" ? signature : undefined, webhookSecret, Math.floor(Date.now() / 1000))) {
    res.status(400).json({ type: "invalid_data", message: "Stripe-Signature does not match the payload and the webhook secret" })
    return
  }
  let eventId: unknown
  try {
    eventId = (JSON.parse(body) as { id?: unknown }).id
  } catch {
    eventId = undefined
  }
  if (typeof eventId !== "string" || !eventId.startsWith("evt_")) {
    res.status(400).json({ type: "invalid_data", message: "A Stripe event with an id (evt_…) was expected" })
    return
  }

  const idempotency = req.scope.resolve<IdempotencyModuleService>(IDEMPOTENCY_MODULE)
  const outcome = await idempotency.claim({ scope: SCOPE, key: eventId, method: "POST", route: STRIPE_WEBHOOK_PATH, fingerprint: "stripe-event" })
  if (outcome.outcome === "replay" || outcome.outcome === "mismatch") {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  if (outcome.outcome === "in_progress") {
    res.status(409).json({ type: "conflict", message: `Stripe event ${eventId} is being received by another delivery` })
    return
  }
  const { claim } = outcome
  res.on("finish", () => {
    const kept =
      res.statusCode === 200
        ? idempotency.complete(claim, { status: 200, headers: {}, body: "" })
        : idempotency.release(claim)
    kept.catch(() => undefined)
  })
  next()
}
