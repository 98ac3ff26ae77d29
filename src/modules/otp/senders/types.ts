export type SmsMessage = { to: string; body: string }

/** Delivers one SMS. Implementations must never log the message body. */
export interface SmsSender {
  readonly name: string
  send(message: SmsMessage): Promise<void>
}
