import { useEffect, useRef, useState } from "preact/hooks"
import { messageOf } from "../api"
import { stripeFor, type CardElement } from "../stripe"
import { Alert } from "./Alert"

/** Stripe's card form (Stripe.js's card Element), loaded when the buyer picks card; `onCard` gets it once mounted. */
export function CardPayment({ publishableKey, onCard }: { publishableKey: string; onCard: (card: CardElement | null) => void }) {
  const holder = useRef<HTMLDivElement>(null)
  const [mounted, setMounted] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let card: CardElement | null = null
    let gone = false
    stripeFor(publishableKey).then(
      (stripe) => {
        if (gone || !holder.current) return
        card = stripe.elements().create("card")
        card.mount(holder.current)
        setMounted(true)
        onCard(card)
      },
      (failure) => !gone && setError(messageOf(failure))
    )
    return () => {
      gone = true
      onCard(null)
      card?.destroy()
    }
  }, [publishableKey])

  return (
    <div class="panel card-payment">
      {/* Stripe.js fills this element; Preact leaves it alone */}
      <div ref={holder} />
      {!mounted && !error && <p class="muted">Loading the card form…</p>}
      <Alert message={error} />
    </div>
  )
}
