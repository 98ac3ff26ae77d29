import type { ModuleEntry } from "./infrastructure"

// Placeholder: the invoices part of the order pipeline fills this file.
export type InvoiceOptions = Record<string, never>

export type ResolvedInvoiceOptions = Record<string, never>

/** Fills defaults and rejects invalid invoices options with a message naming the option. */
export function resolveInvoiceOptions(_options: InvoiceOptions = {}): ResolvedInvoiceOptions {
  return {}
}

/** The invoices options of app mode, read from the environment. */
export function invoicesOptionsFromEnv(_env: NodeJS.ProcessEnv = process.env): InvoiceOptions {
  return {}
}

/** App mode: the Medusa modules (and their providers) that the invoices part needs registered. */
export function invoicesModules(_options: InvoiceOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  return []
}
