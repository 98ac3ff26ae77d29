/**
 * The shop code printed before every number: the shop's handle upper-cased,
 * with anything but letters and digits dropped (`chai-corner` → `CHAICORNER`),
 * at most 12 characters.
 */
export function shopCode(handle: string): string {
  const code = handle.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12)
  return code || "SHOP"
}

/** `<SHOP>-<YYYY>-<000123>` for invoices, `<SHOP>-CN-<YYYY>-<000123>` for credit notes. */
export function documentNumber(kind: "invoice" | "credit_note", code: string, year: number, sequence: number): string {
  const serial = String(sequence).padStart(6, "0")
  return kind === "invoice" ? `${code}-${year}-${serial}` : `${code}-CN-${year}-${serial}`
}

/** The calendar year of `at` in `timeZone`: the year a document is numbered in. */
export function yearIn(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric" }).format(at))
}
