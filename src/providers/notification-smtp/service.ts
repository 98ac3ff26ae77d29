import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"

export type SmtpProviderOptions = {
  host: string
  port?: number
  secure?: boolean
  user?: string
  pass?: string
  from: string
  /** Socket and greeting timeout, so that a hung server fails the send instead of holding it (default 15 s). */
  timeoutMs?: number
}

/**
 * Medusa Notification provider for the `email` channel over SMTP (nodemailer). It sends the
 * rendered `content` (subject, html, text) and base64 `attachments` it is given; rendering is
 * the caller's job. A refusal by the server (4xx/5xx) fails the send, so the Notification
 * module records `failure` and Bazaar's retry job sends again later.
 */
export class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  private readonly transporter: Transporter
  private readonly from: string

  static validateOptions(options: Record<string, unknown>) {
    if (!options.host) throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs option host")
    if (!options.from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs option from (the sender address)")
  }

  constructor(_container: { logger: Logger }, options: SmtpProviderOptions) {
    super()
    const timeout = options.timeoutMs ?? 15000
    this.from = options.from
    this.transporter = nodemailer.createTransport({
      host: options.host,
      port: options.port ?? (options.secure ? 465 : 587),
      secure: options.secure ?? false,
      auth: options.user ? { user: options.user, pass: options.pass } : undefined,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content
    if (!content?.subject || (!content.html && !content.text)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification-smtp needs content with a subject and an html or text body (template ${notification.template})`
      )
    }
    try {
      const info = await this.transporter.sendMail({
        from: notification.from?.trim() || this.from,
        to: notification.to,
        subject: content.subject,
        html: content.html,
        text: content.text,
        attachments: (notification.attachments ?? []).map((attachment) => ({
          filename: attachment.filename,
          content: Buffer.from(attachment.content, "base64"),
          contentType: attachment.content_type,
          contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
        })),
      })
      return { id: info.messageId }
    } catch (error) {
      // nodemailer's message carries the server's answer, never our credentials.
      const { responseCode, code } = error as { responseCode?: number; code?: string }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SMTP send failed${responseCode ? ` (${responseCode})` : code ? ` (${code})` : ""}: ${(error as Error).message}`
      )
    }
  }
}
