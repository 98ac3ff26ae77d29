import { useEffect, useState } from "preact/hooks"
import { formatDuration } from "../format"
import { useSession } from "../session"
import { storedToken } from "../storage"
import type { Deal } from "../types"
import { PhoneSignIn } from "./PhoneSignIn"
import { Price } from "./Price"

type LiveDeals = { deals: Deal[]; clockOffsetMs: number }

/** Re-renders every second while `on`; returns the server's time (the client clock corrected by `offsetMs`). */
function useServerNow(on: boolean, offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!on) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [on])
  return now + offsetMs
}

/** The shop's live lightning deals with their countdown; nothing when there are none (or they cannot be read). */
export function Deals() {
  const { api, claimDeal } = useSession()
  const [live, setLive] = useState<LiveDeals | null>(null)
  const [signInFor, setSignInFor] = useState<Deal | null>(null)
  const [claiming, setClaiming] = useState<string | null>(null)
  const [reads, setReads] = useState(0)

  useEffect(() => {
    api.deals().then(
      (answer) => setLive({ deals: answer.live, clockOffsetMs: Date.parse(answer.server_time) - Date.now() }),
      () => setLive(null)
    )
  }, [api, reads])

  const now = useServerNow(!!live?.deals.length, live?.clockOffsetMs ?? 0)
  const deals = (live?.deals ?? []).filter((deal) => deal.price !== null && Date.parse(deal.ends_at) > now)
  if (!deals.length) return null

  const grab = async (deal: Deal) => {
    if (!storedToken()) {
      setSignInFor(deal)
      return
    }
    setClaiming(deal.id)
    const outcome = await claimDeal(deal.id, deal.title)
    setClaiming(null)
    setSignInFor(outcome === "sign-in" ? deal : null)
    setReads((n) => n + 1)
  }

  return (
    <section class="deals" aria-labelledby="deals-title">
      <h2 id="deals-title">Lightning deals</h2>
      <ul>
        {deals.map((deal) => (
          <li key={deal.id} class="deal">
            <h3>{deal.title}</h3>
            <Price price={deal.price} mrp={deal.mrp} currencyCode={deal.currency_code} />
            <p>
              Ends in <span class="countdown">{formatDuration(Date.parse(deal.ends_at) - now)}</span>
            </p>
            <progress max={100} value={deal.percent_claimed} aria-label={`${deal.title}: ${deal.percent_claimed}% claimed`} />
            <p class="muted">{deal.units_left > 0 ? `${deal.percent_claimed}% claimed` : "Sold out"}</p>
            <button type="button" disabled={deal.units_left <= 0 || claiming === deal.id} onClick={() => grab(deal)}>
              Grab deal
            </button>
          </li>
        ))}
      </ul>
      {signInFor && (
        <PhoneSignIn
          intro={`Sign in with your phone to grab ${signInFor.title}.`}
          onSignedIn={() => grab(signInFor)}
        />
      )}
    </section>
  )
}
