import { Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSellerShops, type SellerShop } from "../lib/workspace"

/**
 * One query parameter of the address (`?shop=`, `?state=`), kept in the address
 * as it changes without loading the page again. Read off window.location, not
 * react-router: see WorkspaceNavLink for why.
 */
export function useAddressParam(name: string) {
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get(name))
  const change = (next: string) => {
    const url = new URL(window.location.href)
    url.searchParams.set(name, next)
    // the router's own history state stays, so its back and forward keep working
    window.history.replaceState(window.history.state, "", url)
    setValue(next)
  }
  return [value, change] as const
}

/**
 * The shop a workspace page shows: `?shop=<id>` when it is one of the seller's
 * shops, else the first. Used by the products and the orders pages alike.
 */
export function useChosenShop() {
  const [wanted, choose] = useAddressParam("shop")
  const shops = useSellerShops()
  const shop = shops.data?.find((s) => s.id === wanted) ?? shops.data?.[0]
  return { shops, shop, choose }
}

type Props = { shops: SellerShop[]; shop: SellerShop; onChoose: (id: string) => void }

/** A picker of the seller's shops, or just the shop's name when there is one. */
export const WorkspaceShopPicker = ({ shops, shop, onChoose }: Props) => {
  if (shops.length < 2) {
    return (
      <Text size="small" className="text-ui-fg-subtle truncate" data-testid="workspace-shop-name">
        {shop.name}
      </Text>
    )
  }
  return (
    <Select value={shop.id} onValueChange={onChoose} size="small">
      <Select.Trigger className="w-full max-w-full text-left sm:w-64" aria-label="Shop" data-testid="workspace-shop-picker">
        <span className="truncate">
          <Select.Value />
        </span>
      </Select.Trigger>
      <Select.Content>
        {shops.map((s) => (
          <Select.Item key={s.id} value={s.id}>
            {s.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
