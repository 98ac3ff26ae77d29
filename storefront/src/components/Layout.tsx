import type { ComponentChildren } from "preact"
import { useEffect } from "preact/hooks"
import { Link, usePath } from "../router"
import { useSession } from "../session"

/** Every page of a shop: the bar with the shop's name and the cart, the latest notice, then the page. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { shop, cartCount, notice, setNotice } = useSession()
  const path = usePath()
  useEffect(() => setNotice(null), [path])
  return (
    <>
      <header class="bar">
        <Link href={`/${shop.handle}`} class="brand">
          {shop.name}
        </Link>
        <Link href={`/${shop.handle}/cart`} class="cart-link">
          Cart ({cartCount})
        </Link>
      </header>
      <div class="notices">
        {notice?.kind === "error" ? (
          <p role="alert" class="alert">
            {notice.text}
          </p>
        ) : null}
        <p role="status" class="status">
          {notice?.kind === "info" ? notice.text : ""}
        </p>
      </div>
      {children}
    </>
  )
}
