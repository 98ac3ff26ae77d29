import { MedusaError } from "@medusajs/framework/utils"
import type { SmsMessage, SmsSender } from "./types"

export type TwilioSenderOptions = {
  accountSid: string
  authToken: string
  from?: string
  messagingServiceSid?: string
  baseUrl: string
  timeoutMs?: number
}

/** Sends through Twilio's Messages REST API (2010-04-01). */
export class TwilioSmsSender implements SmsSender {
  readonly name = "twilio"

  constructor(private readonly options: TwilioSenderOptions) {}

  async send({ to, body }: SmsMessage): Promise<void> {
    const { accountSid, authToken, from, messagingServiceSid, baseUrl } = this.options
    const form = new URLSearchParams({ To: to, Body: body })
    if (messagingServiceSid) form.set("MessagingServiceSid", messagingServiceSid)
    else form.set("From", from!)

    let response: Response
    try {
      response = await fetch(
        `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
        {
          method: "POST",
          headers: {
            authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`,
            "content-type": "application/x-www-form-urlencoded",
          },
          body: form,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10000),
        }
      )
    } catch (error) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Twilio could not be reached: ${(error as Error).name}`
      )
    }
    if (!response.ok) {
      // Twilio's error body names the problem (code, message) but not our SMS body.
      const detail = (await response.json().catch(() => ({}))) as { code?: number; message?: string }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Twilio refused the SMS: HTTP ${response.status}` +
          (detail.code ? ` code ${detail.code}` : "") +
          (detail.message ? ` (${detail.message})` : "")
      )
    }
  }
}
