/** One day of phone-login activity, as the admin API returns it. Shared with the admin UI. */
export type DailyOtpActivity = {
  day: string
  sent: number
  verified: number
  failed: number
  locked: number
}
