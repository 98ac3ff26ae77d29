/** A code request over one of the limits; answered with 429 and Retry-After. */
export class OtpRateLimitError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number
  ) {
    super(message)
    this.name = "OtpRateLimitError"
  }
}
