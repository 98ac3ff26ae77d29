import type { ModuleEntry } from "./infrastructure"

// Placeholder: the payments part of the order pipeline fills this file.
export type PaymentOptions = Record<string, never>

export type ResolvedPaymentOptions = Record<string, never>

/** Fills defaults and rejects invalid payments options with a message naming the option. */
export function resolvePaymentOptions(_options: PaymentOptions = {}): ResolvedPaymentOptions {
  return {}
}

/** The payments options of app mode, read from the environment. */
export function paymentsOptionsFromEnv(_env: NodeJS.ProcessEnv = process.env): PaymentOptions {
  return {}
}

/** App mode: the Medusa modules (and their providers) that the payments part needs registered. */
export function paymentsModules(_options: PaymentOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  return []
}
