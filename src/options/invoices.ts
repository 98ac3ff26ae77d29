import { MedusaError } from "@medusajs/framework/utils"
import type { ModuleEntry } from "./infrastructure"

export type InvoiceOptions = {
  /** A line printed at the foot of every invoice and credit note (company, registration, tax id). */
  legalFooter?: string
  /** The time zone whose calendar year numbers a document and whose date is printed on it (default `UTC`). */
  timeZone?: string
}

export type ResolvedInvoiceOptions = {
  legalFooter: string | null
  timeZone: string
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option invoices.${message}`)
}

function knownTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
  } catch {
    invalid(`timeZone must be an IANA time zone such as "Asia/Kolkata" (got ${JSON.stringify(zone)})`)
  }
  return zone
}

/** Fills defaults and rejects invalid invoices options with a message naming the option. */
export function resolveInvoiceOptions(options: InvoiceOptions = {}): ResolvedInvoiceOptions {
  if (options.legalFooter !== undefined && typeof options.legalFooter !== "string") {
    invalid(`legalFooter must be text (got ${typeof options.legalFooter})`)
  }
  return {
    legalFooter: options.legalFooter?.trim() || null,
    timeZone: knownTimeZone(options.timeZone ?? "UTC"),
  }
}

/** The invoices options of app mode, read from the environment. */
export function invoicesOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): InvoiceOptions {
  const options: InvoiceOptions = {}
  if (env.BAZAAR_INVOICE_FOOTER) options.legalFooter = env.BAZAAR_INVOICE_FOOTER
  if (env.BAZAAR_INVOICE_TIME_ZONE) options.timeZone = env.BAZAAR_INVOICE_TIME_ZONE
  return options
}

/**
 * App mode: the invoice module (a plugin install gets it from the plugin, with
 * the plugin's options). It takes the options under `invoices`, like every
 * Bazaar module reads its part of the plugin options.
 */
export function invoicesModules(options: InvoiceOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  return [{ resolve: "./src/modules/invoice", options: { invoices: options } }]
}
