import { useEffect, useState } from "preact/hooks"
import { ApiError, messageOf } from "../api"
import { Alert } from "../components/Alert"
import { PhoneSignIn } from "../components/PhoneSignIn"
import { Link, navigate } from "../router"
import { useSession } from "../session"
import { storedToken, storeToken } from "../storage"

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
  useEffect(() => {
    document.title = `Checkout · ${shop.name}`
  }, [shop])

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
      const { order } = await api.complete(cart.id, { shipping_address: shippingAddress, payment_provider_id: "pp_system_default" })
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
          <fieldset>
            <legend class="sr-only">Payment</legend>
            <label class="choice">
              <input type="radio" name="payment" value="pp_system_default" checked />
              Pay on delivery
            </label>
          </fieldset>
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
