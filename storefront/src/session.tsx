import { createContext, type ComponentChildren } from "preact"
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks"
import { ApiError, messageOf } from "./api"
import { formatMoney, localeFor } from "./format"
import { isStaleCart, shopApi, type ShopApi } from "./shop-api"
import { storeCartId, storedCartId, storeToken } from "./storage"
import type { Cart, Catalog, Shop } from "./types"

export type Notice = { kind: "error" | "info"; text: string } | null

export type Session = {
  shop: Shop
  api: ShopApi
  money: (amount: number, currencyCode?: string) => string
  catalog: Catalog | null
  catalogError: string | null
  loadCatalog: () => void
  cart: Cart | null
  /** False while the stored cart is being read. */
  cartLoaded: boolean
  cartCount: number
  notice: Notice
  setNotice: (notice: Notice) => void
  addToCart: (productId: string, title: string, quantity?: number) => Promise<void>
  setQuantity: (lineId: string, quantity: number) => Promise<void>
  removeLine: (lineId: string) => Promise<void>
  claimDeal: (dealId: string, title: string) => Promise<"claimed" | "sign-in" | "failed">
  /** After checkout: the cart is an order now, the next add starts a new one. */
  forgetCart: () => void
}

const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error("useSession outside a shop")
  return session
}

/** One shop's state while the buyer moves between its pages: the shop, its catalog and its server-side cart. */
export function SessionProvider({
  shop,
  preloadedCatalog = null,
  children,
}: {
  shop: Shop
  preloadedCatalog?: Catalog | null
  children: ComponentChildren
}) {
  const api = useMemo(() => shopApi(shop), [shop])
  const [catalog, setCatalog] = useState<Catalog | null>(preloadedCatalog)
  const [catalogError, setCatalogError] = useState<string | null>(null)
  const catalogRequested = useRef(preloadedCatalog !== null)
  const [cart, setCart] = useState<Cart | null>(null)
  const [notice, setNotice] = useState<Notice>(null)
  const cartId = useRef<string | null>(storedCartId(shop.handle))
  const [cartLoaded, setCartLoaded] = useState(!cartId.current)
  // cart changes run one after another, so that two quick adds create one cart
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  const keepCart = (next: Cart | null) => {
    cartId.current = next?.id ?? null
    storeCartId(shop.handle, cartId.current)
    setCart(next)
  }

  useEffect(() => {
    const id = cartId.current
    if (!id) return
    api
      .cart(id)
      .then(
        ({ cart }) => keepCart(cart.completed_at ? null : cart),
        (error) => isStaleCart(error) && keepCart(null)
      )
      .finally(() => setCartLoaded(true))
  }, [api])

  const serial = <T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work)
    queue.current = next.catch(() => undefined)
    return next
  }

  const ensureCartId = async (): Promise<string> => {
    if (cartId.current) return cartId.current
    const { cart: created } = await api.createCart()
    keepCart(created)
    return created.id
  }

  /** Runs a change on the cart; a completed or vanished cart is replaced by a new one and the change tried once more. */
  const change = (work: (id: string) => Promise<{ cart: Cart }>) =>
    serial(async () => {
      try {
        keepCart((await work(await ensureCartId())).cart)
      } catch (error) {
        if (!isStaleCart(error)) throw error
        keepCart(null)
        keepCart((await work(await ensureCartId())).cart)
      }
    })

  const report = (error: unknown) => setNotice({ kind: "error", text: messageOf(error) })
  const locale = useMemo(() => localeFor(shop.address.country_code), [shop])

  const session: Session = {
    shop,
    api,
    money: (amount, currencyCode = cart?.currency_code ?? catalog?.categories[0]?.products[0]?.currency_code ?? "inr") =>
      formatMoney(amount, currencyCode, locale),
    catalog,
    catalogError,
    loadCatalog: () => {
      if (catalogRequested.current) return
      catalogRequested.current = true
      setCatalogError(null)
      api.catalog().then(setCatalog, (error) => {
        catalogRequested.current = false
        setCatalogError(messageOf(error))
      })
    },
    cart,
    cartLoaded,
    cartCount: cart?.items.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
    notice,
    setNotice,
    addToCart: (productId, title, quantity = 1) =>
      change((id) => api.addItem(id, productId, quantity)).then(
        () => setNotice({ kind: "info", text: `Added ${title} to your cart.` }),
        report
      ),
    setQuantity: (lineId, quantity) => change((id) => api.setQuantity(id, lineId, quantity)).catch(report),
    removeLine: (lineId) => change((id) => api.removeItem(id, lineId)).catch(report),
    claimDeal: (dealId, title) =>
      change((id) => api.claimDeal(dealId, id)).then(
        () => {
          setNotice({ kind: "info", text: `${title} is in your cart at the deal price.` })
          return "claimed" as const
        },
        (error) => {
          if (error instanceof ApiError && error.status === 401) {
            storeToken(null)
            return "sign-in" as const
          }
          report(error)
          return "failed" as const
        }
      ),
    forgetCart: () => keepCart(null),
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}
