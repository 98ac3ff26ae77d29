import type { BolOptions } from "./bol"
import type { DealOptions, ResolvedDealOptions } from "./deals"
import type { ResolvedSellerAdminOptions, SellerAdminOptions } from "./seller-admin"
import type { IdempotencyOptions, ResolvedIdempotencyOptions } from "./idempotency"
import type { InvoiceOptions, ResolvedInvoiceOptions } from "./invoices"
import type { MessageOptions, ResolvedMessageOptions } from "./messages"
import type { OtpOptions, ResolvedOtpOptions } from "./otp"
import type { PaymentOptions, ResolvedPaymentOptions } from "./payments"

/**
 * Options of the Bazaar plugin, given in a shop's medusa-config under
 * `plugins: [{ resolve: "medusa-plugin-bazaar", options }]` (or, in app mode,
 * built from the environment by `bazaarOptionsFromEnv`).
 */
export type BazaarOptions = {
  /** Base URL of the storefront; a shop's link is `<storefrontUrl>/<handle>`. */
  storefrontUrl?: string
  /** Phone + OTP login (see README, "Phone + OTP login"). */
  otp?: OtpOptions
  /** New sellers start as `pending` and their shops stay hidden until an operator approves them. */
  requireSellerApproval?: boolean
  /** Largest product image a seller may upload, in bytes (default 5 MiB). */
  maxImageBytes?: number
  /** bol.com connector. */
  bol?: BolOptions
  /** Idempotency-Key on writes (see README, "Idempotency-Key"). */
  idempotency?: IdempotencyOptions
  /** Card payments through Stripe and when they are captured (see README, "Payments"). */
  payments?: PaymentOptions
  /** Invoices and credit notes (see README, "Invoices"). */
  invoices?: InvoiceOptions
  /** Messages to buyers and sellers at every order stage (see README, "Messages"). */
  messages?: MessageOptions
  /** Lightning deals: claim hold, waitlist offer and approval window (see README, "Lightning deals"). */
  deals?: DealOptions
  /** Sellers in the Medusa admin: phone sign-in and the native sections they get (see README, "Sellers in the admin"). */
  sellerAdmin?: SellerAdminOptions
}

export type ResolvedBazaarOptions = {
  storefrontUrl: string
  otp: ResolvedOtpOptions
  requireSellerApproval: boolean
  maxImageBytes: number
  bol: { allowCustomUrls: boolean }
  idempotency: ResolvedIdempotencyOptions
  payments: ResolvedPaymentOptions
  invoices: ResolvedInvoiceOptions
  messages: ResolvedMessageOptions
  deals: ResolvedDealOptions
  sellerAdmin: ResolvedSellerAdminOptions
}

export const DEFAULT_MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"
