import type { SmsMessage, SmsSender } from "./types"

/**
 * Shows the SMS on the developer's terminal instead of sending it. Refused
 * in production by the option checks. It writes to stdout directly, not
 * through Medusa's logger, so no log pipeline ever stores a code.
 */
export class DevelopmentSmsSender implements SmsSender {
  readonly name = "development"

  constructor(private readonly write: (text: string) => void = (t) => process.stdout.write(t)) {}

  async send({ to, body }: SmsMessage): Promise<void> {
    this.write(`\n┌─ development SMS to ${to}\n│ ${body}\n└─\n`)
  }
}
