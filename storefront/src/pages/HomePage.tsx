import { useEffect } from "preact/hooks"

/** The storefront's root: shops live at their own links. */
export function HomePage() {
  useEffect(() => {
    document.title = "Bazaar"
  }, [])
  return (
    <main class="page narrow">
      <h1>Bazaar</h1>
      <p>Every shop on Bazaar has a link of its own, like this site's address followed by the shop's name.</p>
      <p class="muted">Open the link a seller shared with you to visit their shop.</p>
    </main>
  )
}
