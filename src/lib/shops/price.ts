type CalculatedPrice = { calculated_amount?: unknown; original_amount?: unknown } | null | undefined

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value))

/**
 * A product's MRP and sale price from Medusa's calculated price, the same for
 * sellers and buyers: `sale_price` only while a sale makes the price lower
 * than the MRP, otherwise `null`.
 */
export function mrpAndSalePrice(price: CalculatedPrice): { mrp: number | null; sale_price: number | null } {
  const mrp = amount(price?.original_amount)
  const current = amount(price?.calculated_amount)
  return { mrp, sale_price: current !== null && mrp !== null && current < mrp ? current : null }
}
