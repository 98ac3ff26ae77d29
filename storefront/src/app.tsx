import { HomePage } from "./pages/HomePage"
import { usePath } from "./router"
import { ShopRoutes } from "./shop-routes"

/** `/` is the storefront's home; `/<handle>/…` are a shop's pages. */
export function App() {
  const path = usePath()
  const [handle, ...rest] = path
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  if (!handle) return <HomePage />
  return <ShopRoutes key={handle} handle={handle} rest={rest} />
}
