import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { baseHandle, firstFreeHandle } from "./utils/handle"
import { Seller } from "./models/seller"
import { Shop } from "./models/shop"
import { ShopHandle } from "./models/shop-handle"
import { WorkspaceVisit } from "./models/workspace-visit"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type NewShop = {
  seller_id: string
  name: string
  address_line: string
  city: string
  postal_code: string
  country_code: string
  phone?: string | null
}

/** Sellers, their shops, the shops' handles (current and former), and operators' visits to sellers' workspaces. */
export default class SellerModuleService extends MedusaService({ Seller, Shop, ShopHandle, WorkspaceVisit }) {
  /**
   * Creates a shop with a unique handle derived from its name (`name`,
   * `name-2`, …). Creations of the same base handle are serialised with a
   * PostgreSQL advisory lock; the unique index on shop_handle backs it up.
   */
  @InjectManager()
  async createShopWithHandle(
    data: NewShop,
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; handle: string }> {
    return this.createShopWithHandle_(data, context)
  }

  @InjectTransactionManager()
  protected async createShopWithHandle_(
    data: NewShop,
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; handle: string }> {
    const manager = context.transactionManager as SqlManager
    const base = baseHandle(data.name)
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`shop-handle:${base}`])
    const rows: { handle: string }[] = await manager.execute(
      "SELECT handle FROM shop_handle WHERE handle = ? OR handle LIKE ?",
      [base, `${base.slice(0, 40)}%-%`]
    )
    const handle = firstFreeHandle(base, rows.map((row) => row.handle))
    const id = generateEntityId(undefined, "shop")
    await this.createShops(
      {
        id,
        name: data.name,
        handle,
        address_line: data.address_line,
        city: data.city,
        postal_code: data.postal_code,
        country_code: data.country_code.toLowerCase(),
        phone: data.phone ?? null,
        seller_id: data.seller_id,
      },
      context
    )
    await this.createShopHandles({ handle, shop_id: id }, context)
    return { id, handle }
  }

  /**
   * Gives a shop a new handle from `name`. Its former handles stay reserved
   * for it (old links keep resolving) and are reused if the name leads back
   * to one of them.
   */
  @InjectManager()
  async moveShopHandle(
    shopId: string,
    name: string,
    @MedusaContext() context: Context = {}
  ): Promise<string> {
    return this.moveShopHandle_(shopId, name, context)
  }

  @InjectTransactionManager()
  protected async moveShopHandle_(
    shopId: string,
    name: string,
    @MedusaContext() context: Context = {}
  ): Promise<string> {
    const manager = context.transactionManager as SqlManager
    const base = baseHandle(name)
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`shop-handle:${base}`])
    const rows: { handle: string; shop_id: string }[] = await manager.execute(
      "SELECT handle, shop_id FROM shop_handle WHERE handle = ? OR handle LIKE ?",
      [base, `${base.slice(0, 40)}%-%`]
    )
    const own = new Set(rows.filter((r) => r.shop_id === shopId).map((r) => r.handle))
    const handle = own.has(base)
      ? base
      : firstFreeHandle(base, rows.filter((r) => r.shop_id !== shopId).map((r) => r.handle))
    if (!own.has(handle)) {
      await this.createShopHandles({ handle, shop_id: shopId }, context)
    }
    await this.updateShops({ id: shopId, handle }, context)
    return handle
  }
}
