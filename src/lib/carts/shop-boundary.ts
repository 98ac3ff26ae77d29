/** A product as the shop boundary sees it: which shop sells it, if any. */
export type BoundaryProduct = { id: string; title: string; shop_id: string | null }

/** The shop that owns a cart (through its sales channel), or null for a cart outside every shop. */
export type BoundaryCartShop = { id: string; name: string } | null

/**
 * The products that may not be in a cart of `cartShop`: a shop's cart takes
 * only that shop's products, and a cart outside every shop takes no shop's
 * products (its order would reach no seller).
 */
export function productsAcrossBoundary(cartShop: BoundaryCartShop, products: BoundaryProduct[]): BoundaryProduct[] {
  const cartShopId = cartShop?.id ?? null
  return products.filter((product) => product.shop_id !== cartShopId)
}

/** The 400 message for a product that crosses the shop boundary. */
export function boundaryMessage(cartShop: BoundaryCartShop, product: BoundaryProduct): string {
  const named = `Product "${product.title}" (${product.id})`
  if (!cartShop) {
    return `${named} is sold by a Bazaar shop and can only be bought in a cart of that shop (a cart of the shop's sales channel, with its publishable key)`
  }
  const seller = product.shop_id ? "is sold by another shop" : "is not sold by any shop"
  return `${named} ${seller}; a cart of shop "${cartShop.name}" takes only that shop's products`
}
