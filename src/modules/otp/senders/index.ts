import type { SmsOptions } from "../../../options/otp"
import { DevelopmentSmsSender } from "./development"
import { TwilioSmsSender } from "./twilio"
import type { SmsSender } from "./types"

export function createSmsSender(options: SmsOptions): SmsSender {
  if (options.provider === "twilio") {
    return new TwilioSmsSender({ ...options, baseUrl: options.baseUrl ?? "https://api.twilio.com" })
  }
  return new DevelopmentSmsSender()
}

export type { SmsSender, SmsMessage } from "./types"
