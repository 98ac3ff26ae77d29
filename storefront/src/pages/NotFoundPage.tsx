import { useEffect } from "preact/hooks"

/** A link to no shop (unknown, closed, or its seller suspended). */
export function ShopNotFoundPage() {
  useEffect(() => {
    document.title = "Shop not found · Bazaar"
  }, [])
  return (
    <main class="page narrow">
      <h1>Shop not found</h1>
      <p>This shop does not exist, or it is closed for now.</p>
      <p class="muted">Check the link you were sent, or ask the seller for their shop's link.</p>
    </main>
  )
}
