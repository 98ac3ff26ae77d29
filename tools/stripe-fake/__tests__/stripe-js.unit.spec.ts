import { runInNewContext } from "vm"
import { useStripeFake } from "./helpers"

const ctx = useStripeFake()

/** Just enough of the DOM for the stand-in to mount its inputs: elements with attributes, children and listeners. */
class StubElement {
  id = ""
  name = ""
  type = ""
  value = ""
  className = ""
  textContent = ""
  style = { cssText: "" }
  parentNode: StubElement | null = null
  children: StubElement[] = []
  attributes: Record<string, string> = {}
  listeners: Record<string, ((event: unknown) => void)[]> = {}
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) {
    this.attributes[name] = String(value)
  }
  appendChild(child: StubElement) {
    child.parentNode = this
    this.children.push(child)
    return child
  }
  removeChild(child: StubElement) {
    this.children = this.children.filter((other) => other !== child)
    child.parentNode = null
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    ;(this.listeners[type] ??= []).push(listener)
  }
  focus() {}
}

function all(root: StubElement): StubElement[] {
  return [root, ...root.children.flatMap(all)]
}

/** The input a label names, as a browser (and Playwright's getByLabel) finds it. */
function labelled(root: StubElement, text: string): StubElement {
  const label = all(root).find((element) => element.tagName === "label" && element.textContent === text)
  const input = label && all(root).find((element) => element.tagName === "input" && element.id === label.attributes.for)
  if (!input) throw new Error(`no input labelled ${text}`)
  return input
}

function type(input: StubElement, value: string) {
  input.value = value
  for (const listener of input.listeners.input ?? []) listener({ target: input })
}

type StripeJs = {
  elements(): { create(type: string): { mount(target: unknown): void; on(event: string, listener: (event: any) => void): void } }
  confirmCardPayment(clientSecret: string, data: unknown): Promise<any>
}

/** Evaluates the served script as a page would, with a stub DOM and the real fetch; returns window.Stripe. */
async function loadStandIn(): Promise<(key: string) => StripeJs> {
  const response = await fetch(`${ctx.fake.url}/v3/`)
  expect(response.status).toBe(200)
  expect(response.headers.get("content-type")).toMatch(/^application\/javascript/)
  const window: Record<string, unknown> = {
    document: { currentScript: null, body: new StubElement("body"), createElement: (tag: string) => new StubElement(tag), querySelector: () => null },
    fetch,
    setTimeout,
  }
  runInNewContext(await response.text(), { window, URL, URLSearchParams })
  expect(typeof window.Stripe).toBe("function")
  return window.Stripe as (key: string) => StripeJs
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

describe("the Stripe.js stand-in at /v3", () => {
  it("answers JavaScript at /v3 and /v3/ that defines window.Stripe", async () => {
    const bare = await fetch(`${ctx.fake.url}/v3`)
    expect([bare.status, bare.headers.get("content-type")]).toEqual([200, "application/javascript; charset=utf-8"])
    expect(await bare.text()).toContain("window.Stripe = Stripe")
    await loadStandIn()
  })

  it("mounts labelled card inputs and confirms a PaymentIntent: a declined test card, then 4242 4242 4242 4242", async () => {
    const Stripe = await loadStandIn()
    const intent = await ctx.stripe.paymentIntents.create({ amount: 45000, currency: "inr", capture_method: "manual" })
    const stripe = Stripe(ctx.fake.publishableKey)
    const card = stripe.elements().create("card")
    const container = new StubElement("div")
    card.mount(container)
    const changes: any[] = []
    card.on("change", (event) => changes.push(plain(event)))

    type(labelled(container, "Card number"), "4000 0000 0000 0002")
    type(labelled(container, "Expiry"), "12/34")
    type(labelled(container, "CVC"), "123")
    expect(changes.at(-1)).toMatchObject({ elementType: "card", complete: true, empty: false })
    const declined = plain(await stripe.confirmCardPayment(intent.client_secret!, { payment_method: { card } }))
    expect(declined.error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." })
    expect(declined.paymentIntent).toBeUndefined()
    expect((await ctx.stripe.paymentIntents.retrieve(intent.id)).status).toBe("requires_payment_method")

    type(labelled(container, "Card number"), "4242 4242 4242 4242")
    const paid = plain(await stripe.confirmCardPayment(intent.client_secret!, { payment_method: { card } }))
    expect(paid.error).toBeUndefined()
    expect(paid.paymentIntent).toMatchObject({ id: intent.id, status: "requires_capture", payment_method: "pm_card_visa" })
  })

  it("checks the typed card before calling the API, and refuses an Element of another Stripe instance", async () => {
    const Stripe = await loadStandIn()
    const intent = await ctx.stripe.paymentIntents.create({ amount: 1000, currency: "inr", capture_method: "manual" })
    const stripe = Stripe(ctx.fake.publishableKey)
    const card = stripe.elements().create("card")
    const container = new StubElement("div")
    card.mount(container)
    type(labelled(container, "Card number"), "4242 4242 4242 4242")
    type(labelled(container, "Expiry"), "12/")
    const requestsBefore = ctx.fake.faults.requests
    const incomplete = plain(await stripe.confirmCardPayment(intent.client_secret!, { payment_method: { card } }))
    expect(incomplete.error).toEqual({ type: "validation_error", code: "incomplete_expiry", message: "Your card's expiration date is incomplete." })
    type(labelled(container, "Expiry"), "12/34")
    type(labelled(container, "CVC"), "123")
    type(labelled(container, "Card number"), "4242 4242 4242 4241")
    expect(plain(await stripe.confirmCardPayment(intent.client_secret!, { payment_method: { card } })).error.code).toBe("invalid_number")
    expect(ctx.fake.faults.requests).toBe(requestsBefore)

    const other = Stripe(ctx.fake.publishableKey)
    await expect(other.confirmCardPayment(intent.client_secret!, { payment_method: { card } })).rejects.toThrow(/different Stripe instance/)
    expect(() => Stripe("sk_test_not_a_publishable_key")).toThrow(/publishable key/)
  })

  it("lets a page of another origin read the API's answers, as Stripe's API does", async () => {
    const intent = await ctx.stripe.paymentIntents.create({ amount: 1000, currency: "inr" })
    const query = new URLSearchParams({ key: ctx.fake.publishableKey, client_secret: intent.client_secret! })
    const read = await fetch(`${ctx.fake.url}/v1/payment_intents/${intent.id}?${query}`, { headers: { origin: "http://localhost:8000" } })
    expect([read.status, read.headers.get("access-control-allow-origin")]).toEqual([200, "*"])
    const preflight = await fetch(`${ctx.fake.url}/v1/payment_intents/${intent.id}/confirm`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:8000", "access-control-request-method": "POST" },
    })
    expect([preflight.status, preflight.headers.get("access-control-allow-origin")]).toEqual([204, "*"])
  })
})
