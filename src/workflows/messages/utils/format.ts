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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** A moment for people, in UTC and saying so (messages have no time zone of their own): `3 May, 14:05 UTC`. */
export function formatTime(at: Date | string): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
}
