import { useEffect, useRef, useState } from "preact/hooks"
import { ApiError, messageOf } from "../api"
import { placeCardOrder } from "../card-checkout"
import { Alert } from "../components/Alert"
import { CardPayment } from "../components/CardPayment"
import { PhoneSignIn } from "../components/PhoneSignIn"
import { config } from "../config"
import { Link, navigate } from "../router"
import { useSession } from "../session"
import { CARD, PAY_ON_DELIVERY } from "../shop-api"
import { storedToken, storeToken } from "../storage"
import type { CardElement } from "../stripe"
import type { CardPaymentRequest } from "../types"

export type PlacedState = { placed: true }

const FIELDS = [
  { name: "first_name", label: "First name", autocomplete: "given-name", required: true },
  { name: "last_name", label: "Last name", autocomplete: "family-name", required: false },
  { name: "address_1", label: "Address", autocomplete: "street-address", required: true },
  { name: "city", label: "City", autocomplete: "address-level2", required: true },
  { name: "postal_code", label: "Postal code", autocomplete: "postal-code", required: true },
] as const

type Address = Record<(typeof FIELDS)[number]["name"], string>

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language || "en"], { type: "region" }).of(code.toUpperCase()) ?? code
  } catch {
    return code.toUpperCase()
  }
}

export function CheckoutPage() {
  const { shop, cart, cartLoaded, money, api, forgetCart } = useSession()
  const [signedIn, setSignedIn] = useState(() => !!storedToken())
  const [phone, setPhone] = useState<string | null>(null)
  const [address, setAddress] = useState<Address>({ first_name: "", last_name: "", address_1: "", city: "", postal_code: "" })
  const [placing, setPlacing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [method, setMethod] = useState(PAY_ON_DELIVERY)
  const [cardOffered, setCardOffered] = useState(false)
  const card = useRef<CardElement | null>(null)
  // the PaymentIntent of a card try: a declined card leaves it open for the next card
  const pendingPayment = useRef<CardPaymentRequest | null>(null)
  useEffect(() => {
    document.title = `Checkout · ${shop.name}`
  }, [shop])
  const cartId = cart?.id
  useEffect(() => {
    if (!cartId || !config.stripePublishableKey) return
    api.offersCard(cartId).then(setCardOffered, () => setCardOffered(false))
  }, [api, cartId])

  if (!cartLoaded) return <main class="page narrow"><p class="muted">Loading your cart…</p></main>
  if (!cart?.items.length) {
    return (
      <main class="page narrow">
        <h1>Checkout</h1>
        <p>
          Your cart is empty. <Link href={`/${shop.handle}`}>Continue shopping</Link>
        </p>
      </main>
    )
  }

  const countryCode = shop.address.country_code.toLowerCase()
  const placeOrder = async (event: Event) => {
    event.preventDefault()
    setPlacing(true)
    setError(null)
    try {
      const shippingAddress = { ...address, country_code: countryCode, ...(phone ? { phone } : {}) }
      const complete = () => api.complete(cart.id, { shipping_address: shippingAddress, payment_provider_id: method })
      let order: { id: string } | undefined
      if (method === CARD) {
        if (!card.current) throw new Error("The card form is still loading. Try again in a moment.")
        order = await placeCardOrder(complete, card.current, pendingPayment)
      } else {
        // the checkout moves the cart off a card payment begun before
        pendingPayment.current = null
        order = (await complete()).order
      }
      if (!order) throw new Error("The order was not placed. Please try again.")
      forgetCart()
      navigate(`/${shop.handle}/orders/${order.id}`, { state: { placed: true } satisfies PlacedState })
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 401) {
        storeToken(null)
        setSignedIn(false)
        setError("Your sign-in has expired. Sign in again to place the order.")
      } else {
        setError(messageOf(failure))
      }
      setPlacing(false)
    }
  }

  return (
    <main class="page narrow">
      <h1>Checkout</h1>
      <p>
        {cart.items.reduce((sum, item) => sum + item.quantity, 0)} items, total <strong>{money(cart.total)}</strong>
      </p>
      <h2>1. Your phone</h2>
      {signedIn ? (
        <p>
          Signed in{phone ? ` as ${phone}` : ""}.{" "}
          <button
            type="button"
            class="link"
            onClick={() => {
              storeToken(null)
              setSignedIn(false)
            }}
          >
            Sign out
          </button>
        </p>
      ) : (
        <PhoneSignIn
          intro="We send a code by SMS to confirm your number; the shop calls it if it needs to."
          onSignedIn={(number) => {
            setPhone(number)
            setSignedIn(true)
          }}
        />
      )}
      {signedIn && (
        <form onSubmit={placeOrder}>
          <h2>2. Delivery address</h2>
          {FIELDS.map((field) => (
            <div class="field" key={field.name}>
              <label for={field.name}>{field.label}</label>
              <input
                id={field.name}
                autocomplete={field.autocomplete}
                required={field.required}
                value={address[field.name]}
                onInput={(event) => setAddress({ ...address, [field.name]: event.currentTarget.value })}
              />
            </div>
          ))}
          <p class="muted">Country: {countryName(countryCode)} (this shop delivers in its own country)</p>
          <h2>3. Payment</h2>
          <fieldset role="radiogroup">
            <legend class="sr-only">Payment</legend>
            {[
              { id: PAY_ON_DELIVERY, label: "Pay on delivery", offered: true },
              { id: CARD, label: "Card", offered: cardOffered },
            ].map(
              (choice) =>
                choice.offered && (
                  <label class="choice" key={choice.id}>
                    <input
                      type="radio"
                      name="payment"
                      value={choice.id}
                      checked={method === choice.id}
                      onChange={() => {
                        setError(null)
                        setMethod(choice.id)
                      }}
                    />
                    {choice.label}
                  </label>
                )
            )}
          </fieldset>
          {method === CARD && config.stripePublishableKey && (
            <CardPayment publishableKey={config.stripePublishableKey} onCard={(element) => (card.current = element)} />
          )}
          <Alert message={error} />
          <button type="submit" class="block" disabled={placing}>
            Place order
          </button>
        </form>
      )}
      {!signedIn && <Alert message={error} />}
    </main>
  )
}
