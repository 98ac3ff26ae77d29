const formats = new Map<string, Intl.NumberFormat>()

/** The buyer's language with the shop's country (en-IN for an English browser and an Indian shop), else the browser's locale. */
export function localeFor(countryCode: string | null | undefined): string {
  const language = (navigator.language || "en").split("-")[0]
  const candidate = countryCode ? `${language}-${countryCode.toUpperCase()}` : ""
  try {
    if (candidate && Intl.NumberFormat.supportedLocalesOf([candidate]).length) return candidate
  } catch {
    // an invalid country code: fall through to the browser's locale
  }
  return navigator.language || "en"
}

/** An amount in major units (as Medusa's APIs give them) in the shop's currency. */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  const id = `${locale}|${currencyCode}`
  let format = formats.get(id)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() })
    formats.set(id, format)
  }
  return format.format(amount)
}

/** "2 h 05 min", "4 min 09 s": the time left until a deal ends. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const pad = (n: number) => String(n).padStart(2, "0")
  return h ? `${h} h ${pad(m)} min` : `${m} min ${pad(s)} s`
}
