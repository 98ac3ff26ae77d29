import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

export type TwilioSmsProviderOptions = {
  accountSid: string
  authToken: string
  /** Sender number (E.164) or alphanumeric id; or use messagingServiceSid. */
  from?: string
  messagingServiceSid?: string
  /** Twilio's API origin (default https://api.twilio.com); tests point it at tools/fake-twilio. */
  baseUrl?: string
  timeoutMs?: number
}

/**
 * Medusa Notification provider for the `sms` channel through Twilio's Messages API
 * (2010-04-01), the wire format the OTP module's sender uses. Sends `content.text`.
 */
export class TwilioSmsNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "notification-sms"

  static validateOptions(options: Record<string, unknown>) {
    if (!options.accountSid || !options.authToken) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-sms needs options accountSid and authToken")
    }
    if (!options.from && !options.messagingServiceSid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-sms needs option from or messagingServiceSid")
    }
  }

  constructor(_container: unknown, private readonly options: TwilioSmsProviderOptions) {
    super()
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const body = notification.content?.text
    if (!body) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `notification-sms needs content.text (template ${notification.template})`)
    }
    const { accountSid, authToken, from, messagingServiceSid } = this.options
    const baseUrl = (this.options.baseUrl ?? "https://api.twilio.com").replace(/\/+$/, "")
    const form = new URLSearchParams({ To: notification.to, Body: body })
    if (messagingServiceSid) form.set("MessagingServiceSid", messagingServiceSid)
    else form.set("From", from ?? "")

    let response: Response
    try {
      response = await fetch(`${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: form,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10000),
      })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Twilio could not be reached: ${(error as Error).name}`)
    }
    if (!response.ok) {
      // Twilio's error body names the problem (code, message); outages answer HTML, hence the catch.
      const detail = (await response.json().catch(() => ({}))) as { code?: number; message?: string }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Twilio refused the SMS: HTTP ${response.status}` +
          (detail.code ? ` code ${detail.code}` : "") +
          (detail.message ? ` (${detail.message})` : "")
      )
    }
    const { sid } = (await response.json()) as { sid?: string }
    return { id: sid }
  }
}
