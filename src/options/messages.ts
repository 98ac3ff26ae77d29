import { MedusaError } from "@medusajs/framework/utils"
import type { ModuleEntry } from "./infrastructure"

/** The SMTP server the email provider sends through. */
export type SmtpOptions = {
  host: string
  /** Default 587 (465 when `secure`). */
  port?: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean
  user?: string
  pass?: string
  /** Sender, e.g. `Bazaar <orders@example.com>`. */
  from: string
}

/** Twilio-compatible SMS settings for the `sms` channel (the same account OTP uses). */
export type MessageSmsOptions = {
  accountSid: string
  authToken: string
  from?: string
  messagingServiceSid?: string
  /** Twilio's API origin; tests and demos point it at tools/fake-twilio. */
  baseUrl?: string
}

export type MessageRetryOptions = {
  /** Attempts per message, the first send included (default 5). */
  maxAttempts?: number
  /** Delay before the first retry; each further retry waits twice as long (default 60 s). */
  baseDelaySeconds?: number
  /** Longest wait between two attempts (default 3600 s). */
  maxDelaySeconds?: number
  /** A message still `pending` after this long is taken as lost (a crash mid-send) and sent again (default 15 min). */
  pendingTimeoutMinutes?: number
}

export type MessageOptions = {
  /** Send the key stages by SMS to buyers who gave no email (needs an `sms` channel provider; app mode: Twilio settings). */
  sms?: boolean
  retry?: MessageRetryOptions
  /** The marketplace operator's mailbox: gets a copy of every seller message (new order, canceled order). */
  operatorEmail?: string
  /** App mode only (medusa-config registers the providers from them); plugin installs register providers themselves. */
  smtp?: SmtpOptions
  /** App mode only: the SMS provider's settings. */
  smsProvider?: MessageSmsOptions
}

export type ResolvedMessageOptions = {
  sms: boolean
  operatorEmail?: string
  retry: Required<MessageRetryOptions>
}

export const DEFAULT_MESSAGE_RETRY: Required<MessageRetryOptions> = {
  maxAttempts: 5,
  baseDelaySeconds: 60,
  maxDelaySeconds: 3600,
  pendingTimeoutMinutes: 15,
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Bazaar option messages.${message}`)
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback
  if (!Number.isInteger(v) || v <= 0) invalid(`${name} must be a positive whole number (got ${value})`)
  return v
}

function checkSmtp(smtp: SmtpOptions): void {
  if (!smtp.host || typeof smtp.host !== "string") invalid(`smtp.host must be a host name (got ${JSON.stringify(smtp.host)})`)
  if (smtp.port !== undefined && (!Number.isInteger(smtp.port) || smtp.port <= 0 || smtp.port > 65535)) {
    invalid(`smtp.port must be a port number 1-65535 (got ${smtp.port})`)
  }
  if (!smtp.from || !/@/.test(smtp.from)) invalid(`smtp.from must be a sender address such as "Bazaar <orders@example.com>" (got ${JSON.stringify(smtp.from)})`)
  if (Boolean(smtp.user) !== Boolean(smtp.pass)) invalid("smtp.user and smtp.pass must be given together")
}

/** Fills defaults and rejects invalid messages options with a message naming the option. */
export function resolveMessageOptions(options: MessageOptions = {}): ResolvedMessageOptions {
  if (options.smtp) checkSmtp(options.smtp)
  const retry = options.retry ?? {}
  if (options.operatorEmail !== undefined && !/^[^\s@]+@[^\s@]+$/.test(options.operatorEmail)) {
    invalid(`operatorEmail must be an email address (got ${JSON.stringify(options.operatorEmail)})`)
  }
  const resolved: ResolvedMessageOptions = {
    sms: options.sms ?? false,
    ...(options.operatorEmail ? { operatorEmail: options.operatorEmail } : {}),
    retry: {
      maxAttempts: positiveInt("retry.maxAttempts", retry.maxAttempts, DEFAULT_MESSAGE_RETRY.maxAttempts),
      baseDelaySeconds: positiveInt("retry.baseDelaySeconds", retry.baseDelaySeconds, DEFAULT_MESSAGE_RETRY.baseDelaySeconds),
      maxDelaySeconds: positiveInt("retry.maxDelaySeconds", retry.maxDelaySeconds, DEFAULT_MESSAGE_RETRY.maxDelaySeconds),
      pendingTimeoutMinutes: positiveInt(
        "retry.pendingTimeoutMinutes",
        retry.pendingTimeoutMinutes,
        DEFAULT_MESSAGE_RETRY.pendingTimeoutMinutes
      ),
    },
  }
  if (resolved.retry.maxDelaySeconds < resolved.retry.baseDelaySeconds) {
    invalid(`retry.maxDelaySeconds (${resolved.retry.maxDelaySeconds}) must not be below retry.baseDelaySeconds (${resolved.retry.baseDelaySeconds})`)
  }
  return resolved
}

function number(value: string | undefined): number | undefined {
  return value === undefined || value === "" ? undefined : Number(value)
}

function smsProviderFromEnv(env: NodeJS.ProcessEnv): MessageSmsOptions | undefined {
  if (env.BAZAAR_SMS_PROVIDER !== "twilio" || !env.TWILIO_ACCOUNT_SID || !env.TWILIO_AUTH_TOKEN) return undefined
  return {
    accountSid: env.TWILIO_ACCOUNT_SID,
    authToken: env.TWILIO_AUTH_TOKEN,
    from: env.TWILIO_FROM || undefined,
    messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID || undefined,
    baseUrl: env.TWILIO_BASE_URL || undefined,
  }
}

/**
 * The messages options of app mode, read from the environment: `BAZAAR_SMTP_HOST`, `BAZAAR_SMTP_PORT`,
 * `BAZAAR_SMTP_SECURE`, `BAZAAR_SMTP_USER`, `BAZAAR_SMTP_PASS`, `BAZAAR_SMTP_FROM`; SMS from OTP's
 * `BAZAAR_SMS_PROVIDER=twilio` + `TWILIO_*` unless `BAZAAR_MESSAGES_SMS=false`; the operator's copy
 * of seller messages to `BAZAAR_MESSAGES_OPERATOR_EMAIL`; retries from
 * `BAZAAR_MESSAGES_MAX_ATTEMPTS`, `BAZAAR_MESSAGES_RETRY_BASE_SECONDS`, `BAZAAR_MESSAGES_RETRY_MAX_SECONDS`,
 * `BAZAAR_MESSAGES_PENDING_TIMEOUT_MINUTES`.
 */
export function messagesOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): MessageOptions {
  const options: MessageOptions = {}
  if (env.BAZAAR_SMTP_HOST) {
    options.smtp = {
      host: env.BAZAAR_SMTP_HOST,
      port: number(env.BAZAAR_SMTP_PORT),
      secure: env.BAZAAR_SMTP_SECURE === "true",
      user: env.BAZAAR_SMTP_USER || undefined,
      pass: env.BAZAAR_SMTP_PASS || undefined,
      from: env.BAZAAR_SMTP_FROM || "Bazaar <orders@bazaar.localhost>",
    }
  }
  if (env.BAZAAR_MESSAGES_OPERATOR_EMAIL) options.operatorEmail = env.BAZAAR_MESSAGES_OPERATOR_EMAIL
  const smsProvider = smsProviderFromEnv(env)
  if (smsProvider && env.BAZAAR_MESSAGES_SMS !== "false") {
    options.smsProvider = smsProvider
    options.sms = true
  }
  const retry: MessageRetryOptions = {
    maxAttempts: number(env.BAZAAR_MESSAGES_MAX_ATTEMPTS),
    baseDelaySeconds: number(env.BAZAAR_MESSAGES_RETRY_BASE_SECONDS),
    maxDelaySeconds: number(env.BAZAAR_MESSAGES_RETRY_MAX_SECONDS),
    pendingTimeoutMinutes: number(env.BAZAAR_MESSAGES_PENDING_TIMEOUT_MINUTES),
  }
  const given = Object.fromEntries(Object.entries(retry).filter(([, value]) => value !== undefined))
  if (Object.keys(given).length) options.retry = given
  return options
}

/** The module path of a Bazaar provider: app mode loads `./src/providers/*`. */
const provider = (name: string) => `./src/providers/${name}`

/**
 * App mode: Medusa's Notification module with Bazaar's SMTP provider for `email` (Medusa's
 * `notification-local`, which only logs, when no SMTP server is configured) and Bazaar's Twilio
 * provider for `sms` when Twilio settings exist. Secrets go to the providers only.
 */
export function messagesModules(options: MessageOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  if (options.smtp) checkSmtp(options.smtp)
  // Medusa's default registration gives the admin's `feed` channel to notification-local; this one replaces it, so keeps it.
  const local = (channels: string[]) => ({ resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local (log only)", channels } })
  const providers: Record<string, unknown>[] = options.smtp
    ? [local(["feed"]), { resolve: provider("notification-smtp"), id: "smtp", options: { channels: ["email"], ...options.smtp } }]
    : [local(["feed", "email"])]
  if (options.smsProvider) {
    providers.push({ resolve: provider("notification-sms"), id: "sms", options: { channels: ["sms"], ...options.smsProvider } })
  }
  return [{ resolve: "@medusajs/medusa/notification", options: { providers } }]
}
