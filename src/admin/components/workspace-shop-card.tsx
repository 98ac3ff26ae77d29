import { Badge, Text } from "@medusajs/ui"
import { workspacePaths, type SellerShop } from "../lib/workspace"
import { workspaceBolPath } from "../lib/workspace-bol"
import { navLinkClass, WorkspaceNavLink } from "./workspace-shop-nav-link"

/** One of the seller's shops in "My shops": its name, handle and link, and where to manage it. */
export const WorkspaceShopCard = ({ shop }: { shop: SellerShop }) => (
  <li className="flex flex-col gap-y-2 px-6 py-4" data-testid="workspace-shop" data-shop-id={shop.id}>
    <div className="flex flex-wrap items-center gap-2">
      <WorkspaceNavLink to={workspacePaths.shop(shop.id)} className="txt-compact-medium-plus text-ui-fg-base hover:underline">
        {shop.name}
      </WorkspaceNavLink>
      <Badge size="2xsmall" color={shop.status === "active" ? "green" : "grey"}>
        {shop.status}
      </Badge>
    </div>
    <Text size="small" className="text-ui-fg-subtle break-all">
      Handle: {shop.handle}
    </Text>
    <a href={shop.link} target="_blank" rel="noreferrer" className={`${navLinkClass} break-all`} data-testid="workspace-shop-link">
      {shop.link}
    </a>
    <div className="flex flex-wrap gap-x-4 gap-y-1">
      <WorkspaceNavLink to={workspacePaths.shop(shop.id)}>
        Manage shop
      </WorkspaceNavLink>
      <WorkspaceNavLink to={workspacePaths.products(shop.id)}>
        Products
      </WorkspaceNavLink>
      <WorkspaceNavLink to={workspacePaths.orders(shop.id)}>
        Orders
      </WorkspaceNavLink>
      <WorkspaceNavLink to={workspaceBolPath(shop.id)}>
        bol.com
      </WorkspaceNavLink>
    </div>
  </li>
)
