/** An amount in the currency's major unit (as Medusa 2 stores it) for people: `₹1,299.00`, `€12.50`. */
export function formatMoney(amount: unknown, currencyCode: string | null | undefined): string | undefined {
  const value = typeof amount === "number" ? amount : Number((amount as { value?: unknown })?.value ?? amount)
  if (amount === null || amount === undefined || !Number.isFinite(value)) return undefined
  const currency = (currencyCode ?? "").toUpperCase()
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).format(value)
  } catch {
    return `${value.toFixed(2)} ${currency}`.trim()
  }
}
