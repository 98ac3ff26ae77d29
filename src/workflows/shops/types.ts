/** What a seller may change of a shop. */
export type UpdateShopInput = {
  shop_id: string
  name?: string
  address?: { line: string; city: string; postal_code: string; country_code: string; phone?: string }
  /** Move the shop to a handle from its (new) name; former handles keep resolving. */
  new_handle?: boolean
}
