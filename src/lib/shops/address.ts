/** A shop's address as the APIs return it. */
export function presentShopAddress(shop: {
  address_line: string
  city: string
  postal_code: string
  country_code: string
  phone?: string | null
}) {
  return {
    line: shop.address_line,
    city: shop.city,
    postal_code: shop.postal_code,
    country_code: shop.country_code,
    phone: shop.phone ?? null,
  }
}
