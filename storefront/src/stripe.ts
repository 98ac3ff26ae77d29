import { config } from "./config"

/** The part of Stripe.js the checkout uses (https://docs.stripe.com/js). */
export type CardElement = { mount(target: HTMLElement): void; destroy(): void }
export type StripeError = { type: string; code?: string; message?: string; payment_intent?: { status: string } }
export type ConfirmResult = { paymentIntent: { id: string; status: string }; error?: undefined } | { paymentIntent?: undefined; error: StripeError }
export type Stripe = {
  elements(): { create(type: "card"): CardElement }
  confirmCardPayment(clientSecret: string, data: { payment_method: { card: CardElement } }): Promise<ConfirmResult>
}
type StripeFactory = (publishableKey: string) => Stripe

declare global {
  interface Window {
    Stripe?: StripeFactory
  }
}

const STRIPE_JS_URL = "https://js.stripe.com/v3/"
let loading: Promise<StripeFactory> | null = null
const instances = new Map<string, Stripe>()

/** Adds Stripe.js to the page the first time a buyer picks card: it is not part of the shop page's own JavaScript. */
function loadStripeJs(): Promise<StripeFactory> {
  if (window.Stripe) return Promise.resolve(window.Stripe)
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement("script")
    const failed = () => {
      script.remove()
      loading = null
      reject(new Error("The card form could not be loaded. Check your connection and try again."))
    }
    script.src = config.stripeJsUrl || STRIPE_JS_URL
    script.onload = () => (window.Stripe ? resolve(window.Stripe) : failed())
    script.onerror = failed
    document.head.appendChild(script)
  })
  return loading
}

/** One Stripe.js instance per publishable key: Stripe.js confirms a card only with the instance that created its form. */
export async function stripeFor(publishableKey: string): Promise<Stripe> {
  const factory = await loadStripeJs()
  let stripe = instances.get(publishableKey)
  if (!stripe) instances.set(publishableKey, (stripe = factory(publishableKey)))
  return stripe
}
