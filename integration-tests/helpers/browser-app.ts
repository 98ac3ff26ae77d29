/** Helpers of the browser phase, which drives the app `npm run dev` started over plain HTTP. */

const waitSeconds = (seconds: number) => new Promise((resolveWait) => setTimeout(resolveWait, seconds * 1000))

/** Polls `probe` every `intervalMs` until it answers something other than undefined (the app works after its answers). */
export async function pollUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120000, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await waitSeconds(intervalMs / 1000)
  }
}

async function postJson(base: string, path: string, body: object) {
  const response = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => null) }
}

/**
 * A token for `who` as `actor` through the phone + OTP login. A phone that asked for codes earlier gets a
 * resend cooldown (429): it is waited out as the API says (`retry-after`), at most `attempts` times.
 */
export async function otpToken(base: string, actor: string, who: { phone: string; code: string }, attempts = 5): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const asked = await postJson(base, `/auth/${actor}/phone-otp`, { phone: who.phone })
    if (asked.status === 200) break
    if (asked.status !== 429 || attempt >= attempts) throw new Error(`POST /auth/${actor}/phone-otp answered ${asked.status}: ${asked.body?.message}`)
    await waitSeconds(Number(asked.headers.get("retry-after") ?? 5))
  }
  const verified = await postJson(base, `/auth/${actor}/phone-otp`, who)
  if (verified.status !== 200) throw new Error(`verifying the ${actor} code answered ${verified.status}: ${verified.body?.message}`)
  return verified.body.token
}
