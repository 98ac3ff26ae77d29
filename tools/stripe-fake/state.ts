import { randomBytes } from "crypto"
import { invalid, missing, StripeFakeError } from "./errors"
import type { FormObject, FormValue } from "./form"
import { paymentMethodObject, TEST_CARDS } from "./test-cards"

/**
 * The fake's objects and their rules, in memory: PaymentIntents (with one
 * charge each), refunds, customers and the events their changes raise.
 * Amounts are integers in the currency's smallest unit, as in Stripe.
 */
export type Obj = Record<string, any>

const CANCELABLE = ["requires_payment_method", "requires_confirmation", "requires_action", "requires_capture", "processing"]
const CONFIRMABLE = ["requires_payment_method", "requires_confirmation"]

export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`
}

function str(value: FormValue | undefined, param: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== "string") throw invalid(`Invalid string: ${param}`, param)
  return value
}

function amountParam(value: FormValue | undefined, param: string, required = false): number | undefined {
  if (value === undefined) {
    if (required) throw invalid(`Missing required param: ${param}.`, param, "parameter_missing")
    return undefined
  }
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw invalid(`Invalid integer: ${String(value)}`, param)
  return Number(value)
}

function metadataParam(value: FormValue | undefined, current: Obj = {}): Obj {
  if (value === undefined) return current
  if (value === "") return {}
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("Invalid object", "metadata")
  const next = { ...current }
  for (const [key, entry] of Object.entries(value)) {
    if (entry === "") delete next[key]
    else next[key] = entry
  }
  return next
}

function bool(value: FormValue | undefined): boolean {
  return value === "true"
}

export type EventSink = (type: string, object: Obj, request: { id: string; idempotency_key: string | null }) => void

export class StripeFakeState {
  readonly paymentIntents = new Map<string, Obj>()
  readonly charges = new Map<string, Obj>()
  readonly refunds = new Map<string, Obj>()
  readonly customers = new Map<string, Obj>()
  readonly events: Obj[] = []

  constructor(
    private readonly now: () => number,
    private readonly emit: EventSink,
    private readonly fakeUrl: () => string
  ) {}

  private seconds(): number {
    return Math.floor(this.now() / 1000)
  }

  /** The intent as the API shows it; `expand` may inline its payment method. */
  view(intent: Obj, expand: FormValue | undefined): Obj {
    const list = Array.isArray(expand) ? expand : typeof expand === "string" ? [expand] : []
    const copy = structuredClone(intent)
    if (list.includes("payment_method") && typeof copy.payment_method === "string") {
      const card = TEST_CARDS[copy.payment_method]
      if (card) copy.payment_method = paymentMethodObject(copy.payment_method, card, copy.created)
    }
    return copy
  }

  paymentIntent(id: string): Obj {
    const intent = this.paymentIntents.get(id)
    if (!intent) throw missing("payment_intent", id, "intent")
    return intent
  }

  createPaymentIntent(params: FormObject, request: RequestInfo): Obj {
    const amount = amountParam(params.amount, "amount", true)!
    if (amount < 1) throw invalid("This value must be greater than or equal to 1.", "amount")
    const currency = str(params.currency, "currency")
    if (!currency) throw invalid("Missing required param: currency.", "currency", "parameter_missing")
    const captureMethod = str(params.capture_method, "capture_method") ?? "automatic_async"
    if (!["automatic", "automatic_async", "manual"].includes(captureMethod)) {
      throw invalid(`Invalid capture_method: must be one of automatic, automatic_async, or manual`, "capture_method")
    }
    const customer = str(params.customer, "customer")
    if (customer && !this.customers.has(customer)) throw missing("customer", customer, "customer")
    const paymentMethod = str(params.payment_method, "payment_method") ?? null
    if (paymentMethod) this.testCard(paymentMethod)
    const id = newId("pi")
    const intent: Obj = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: `${id}_secret_${randomBytes(12).toString("hex")}`,
      confirmation_method: "automatic",
      created: this.seconds(),
      currency: currency.toLowerCase(),
      customer: customer ?? null,
      description: str(params.description, "description") ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadataParam(params.metadata),
      next_action: null,
      payment_method: paymentMethod,
      payment_method_types: ["card"],
      status: paymentMethod ? "requires_confirmation" : "requires_payment_method",
    }
    this.paymentIntents.set(id, intent)
    this.emit("payment_intent.created", intent, request)
    if (bool(params.confirm)) return this.confirm(id, {}, request)
    return intent
  }

  updatePaymentIntent(id: string, params: FormObject, request: RequestInfo): Obj {
    const intent = this.paymentIntent(id)
    if (!CONFIRMABLE.includes(intent.status) && intent.status !== "requires_action") {
      throw this.unexpectedState(intent, `You cannot update this PaymentIntent because it has a status of ${intent.status}.`)
    }
    const amount = amountParam(params.amount, "amount")
    if (amount !== undefined) intent.amount = amount
    if (params.metadata !== undefined) intent.metadata = metadataParam(params.metadata, intent.metadata)
    const description = str(params.description, "description")
    if (description !== undefined) intent.description = description
    const customer = str(params.customer, "customer")
    if (customer !== undefined) {
      if (!this.customers.has(customer)) throw missing("customer", customer, "customer")
      intent.customer = customer
    }
    const paymentMethod = str(params.payment_method, "payment_method")
    if (paymentMethod) {
      this.testCard(paymentMethod)
      intent.payment_method = paymentMethod
      intent.status = "requires_confirmation"
    }
    return intent
  }

  private testCard(paymentMethod: string) {
    const card = TEST_CARDS[paymentMethod]
    if (!card) throw missing("PaymentMethod", paymentMethod, "payment_method")
    return card
  }

  private unexpectedState(intent: Obj, message: string): StripeFakeError {
    return new StripeFakeError(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message,
      payment_intent: structuredClone(intent),
    })
  }

  confirm(id: string, params: FormObject, request: RequestInfo): Obj {
    const intent = this.paymentIntent(id)
    if (!CONFIRMABLE.includes(intent.status)) {
      throw this.unexpectedState(
        intent,
        `This PaymentIntent's payment_method could not be updated because it has a status of ${intent.status}. You may only update the payment_method of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action.`
      )
    }
    const paymentMethod = str(params.payment_method, "payment_method") ?? intent.payment_method
    if (!paymentMethod) {
      throw invalid(
        "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with cus_ or pm_, update it with a payment method first.",
        "payment_method",
        "payment_intent_unexpected_state"
      )
    }
    const card = this.testCard(paymentMethod)
    intent.payment_method = paymentMethod
    intent.last_payment_error = null
    if (card.outcome === "declined") {
      return this.decline(intent, { code: "card_declined", decline_code: card.decline_code, message: card.message }, request)
    }
    if (card.outcome === "requires_authentication") {
      intent.status = "requires_action"
      intent.next_action = {
        type: "redirect_to_url",
        redirect_to_url: {
          url: `${this.fakeUrl()}/_fake/3ds/${intent.id}`,
          return_url: str(params.return_url, "return_url") ?? null,
        },
      }
      this.emit("payment_intent.requires_action", intent, request)
      return intent
    }
    return this.authorize(intent, request)
  }

  private decline(intent: Obj, error: { code: string; decline_code?: string; message: string }, request: RequestInfo): never {
    const charge = this.newCharge(intent, "failed")
    intent.status = "requires_payment_method"
    intent.next_action = null
    intent.latest_charge = charge.id
    intent.last_payment_error = {
      type: "card_error",
      charge: charge.id,
      code: error.code,
      ...(error.decline_code ? { decline_code: error.decline_code } : {}),
      doc_url: `https://stripe.com/docs/error-codes/${error.code.replace(/_/g, "-")}`,
      message: error.message,
      payment_method: paymentMethodObject(intent.payment_method, TEST_CARDS[intent.payment_method], intent.created),
    }
    this.emit("charge.failed", charge, request)
    this.emit("payment_intent.payment_failed", intent, request)
    throw new StripeFakeError(402, {
      type: "card_error",
      code: error.code,
      ...(error.decline_code ? { decline_code: error.decline_code } : {}),
      message: error.message,
      payment_intent: structuredClone(intent),
      payment_method: intent.last_payment_error.payment_method,
    })
  }

  private newCharge(intent: Obj, status: "succeeded" | "failed"): Obj {
    const charge: Obj = {
      id: newId("ch"),
      object: "charge",
      amount: intent.amount,
      amount_captured: 0,
      amount_refunded: 0,
      captured: false,
      currency: intent.currency,
      payment_intent: intent.id,
      payment_method: intent.payment_method,
      refunded: false,
      status,
      created: this.seconds(),
    }
    this.charges.set(charge.id, charge)
    return charge
  }

  private authorize(intent: Obj, request: RequestInfo): Obj {
    const charge = this.newCharge(intent, "succeeded")
    intent.latest_charge = charge.id
    intent.next_action = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      this.emit("charge.succeeded", charge, request)
      this.emit("payment_intent.amount_capturable_updated", intent, request)
      return intent
    }
    charge.captured = true
    charge.amount_captured = intent.amount
    intent.status = "succeeded"
    intent.amount_received = intent.amount
    this.emit("charge.succeeded", charge, request)
    this.emit("payment_intent.succeeded", intent, request)
    return intent
  }

  /** Fake-only: the buyer passes (or fails) the 3-D Secure step of an intent in `requires_action`. */
  authenticate(id: string, outcome: "succeed" | "fail", request: RequestInfo): Obj {
    const intent = this.paymentIntent(id)
    if (intent.status !== "requires_action") {
      throw this.unexpectedState(intent, `This PaymentIntent has a status of ${intent.status}, not requires_action.`)
    }
    if (outcome === "succeed") return this.authorize(intent, request)
    intent.status = "requires_payment_method"
    intent.next_action = null
    intent.last_payment_error = {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
      message:
        "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
    }
    this.emit("payment_intent.payment_failed", intent, request)
    return intent
  }

  capture(id: string, params: FormObject, request: RequestInfo): Obj {
    const intent = this.paymentIntent(id)
    if (intent.status !== "requires_capture") {
      throw this.unexpectedState(
        intent,
        `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`
      )
    }
    const amount = amountParam(params.amount_to_capture, "amount_to_capture") ?? intent.amount_capturable
    if (amount < 1 || amount > intent.amount_capturable) {
      throw invalid(
        `The amount_to_capture (${amount}) must be between 1 and the amount capturable (${intent.amount_capturable}).`,
        "amount_to_capture",
        "amount_too_large"
      )
    }
    const charge = this.charges.get(intent.latest_charge)!
    charge.captured = true
    charge.amount_captured = amount
    intent.amount_received = amount
    intent.amount_capturable = 0
    intent.status = "succeeded"
    this.emit("charge.captured", charge, request)
    this.emit("payment_intent.succeeded", intent, request)
    return intent
  }

  cancel(id: string, params: FormObject, request: RequestInfo): Obj {
    const intent = this.paymentIntent(id)
    if (!CANCELABLE.includes(intent.status)) {
      throw this.unexpectedState(
        intent,
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`
      )
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    intent.next_action = null
    intent.canceled_at = this.seconds()
    intent.cancellation_reason = str(params.cancellation_reason, "cancellation_reason") ?? null
    this.emit("payment_intent.canceled", intent, request)
    return intent
  }

  createRefund(params: FormObject, request: RequestInfo): Obj {
    const intentId = str(params.payment_intent, "payment_intent")
    const chargeId = str(params.charge, "charge")
    let charge: Obj | undefined
    if (intentId) {
      const intent = this.paymentIntent(intentId)
      charge = intent.latest_charge ? this.charges.get(intent.latest_charge) : undefined
      if (!charge || !charge.captured) {
        throw invalid(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, "payment_intent")
      }
    } else if (chargeId) {
      charge = this.charges.get(chargeId)
      if (!charge) throw missing("charge", chargeId, "charge")
    } else {
      throw invalid("One of the following params should be provided for this request: payment_intent or charge.", undefined, "parameter_missing")
    }
    const remaining = charge.amount_captured - charge.amount_refunded
    if (remaining <= 0) {
      throw invalid(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded")
    }
    const amount = amountParam(params.amount, "amount") ?? remaining
    if (amount > remaining) {
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`,
        "amount",
        "amount_too_large"
      )
    }
    charge.amount_refunded += amount
    charge.refunded = charge.amount_refunded === charge.amount_captured
    const refund: Obj = {
      id: newId("re"),
      object: "refund",
      amount,
      charge: charge.id,
      created: this.seconds(),
      currency: charge.currency,
      metadata: metadataParam(params.metadata),
      payment_intent: charge.payment_intent,
      reason: str(params.reason, "reason") ?? null,
      status: "succeeded",
    }
    this.refunds.set(refund.id, refund)
    this.emit("refund.created", refund, request)
    this.emit("charge.refunded", charge, request)
    return refund
  }

  refund(id: string): Obj {
    const refund = this.refunds.get(id)
    if (!refund) throw missing("refund", id)
    return refund
  }

  createCustomer(params: FormObject, request: RequestInfo): Obj {
    const customer: Obj = {
      id: newId("cus"),
      object: "customer",
      created: this.seconds(),
      livemode: false,
      metadata: metadataParam(params.metadata),
      ...this.customerFields(params, {}),
    }
    this.customers.set(customer.id, customer)
    this.emit("customer.created", customer, request)
    return customer
  }

  private customerFields(params: FormObject, current: Obj): Obj {
    const fields: Obj = {}
    for (const name of ["email", "name", "phone", "description"]) {
      fields[name] = params[name] !== undefined ? str(params[name], name) || null : (current[name] ?? null)
    }
    fields.address = params.address !== undefined ? params.address : (current.address ?? null)
    return fields
  }

  customer(id: string): Obj {
    const customer = this.customers.get(id)
    if (!customer || customer.deleted) throw missing("customer", id)
    return customer
  }

  updateCustomer(id: string, params: FormObject, request: RequestInfo): Obj {
    const customer = this.customer(id)
    Object.assign(customer, this.customerFields(params, customer))
    if (params.metadata !== undefined) customer.metadata = metadataParam(params.metadata, customer.metadata)
    this.emit("customer.updated", customer, request)
    return customer
  }

  deleteCustomer(id: string, request: RequestInfo): Obj {
    const customer = this.customer(id)
    customer.deleted = true
    this.emit("customer.deleted", customer, request)
    return { id, object: "customer", deleted: true }
  }

  paymentMethod(id: string): Obj {
    const card = TEST_CARDS[id]
    if (!card) throw missing("PaymentMethod", id)
    return paymentMethodObject(id, card, this.seconds())
  }

  event(id: string): Obj {
    const event = this.events.find((candidate) => candidate.id === id)
    if (!event) throw missing("event", id)
    return event
  }
}

export type RequestInfo = { id: string; idempotency_key: string | null }
