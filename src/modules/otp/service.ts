import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { BazaarOptions } from "../../options/types"
import { resolveBazaarOptions } from "../../options/resolve"
import type { ResolvedOtpOptions } from "../../options/otp"
import { codeMatches, generateCode, hmacCode } from "./utils/code"
import { normalizePhone } from "./utils/phone"
import { resendCooldownSeconds, secondsUntilWindowFrees } from "./utils/limits"
import { signPhoneVerification } from "./utils/assertion"
import type { DailyOtpActivity } from "./utils/daily-activity"
import { OtpChallenge } from "./models/otp-challenge"
import { OtpRateLimitError } from "./errors"
import { createSmsSender, type SmsSender } from "./senders"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

export type CodeRequest = { actorType: string; phone: string; clientIp?: string | null; now?: Date }
export type CodeCheck = { actorType: string; phone: string; code: unknown; now?: Date }

const HOUR_SECONDS = 3600
const VERIFICATION_LIFETIME_MS = 60 * 1000
const INVALID_CODE = "Invalid or expired code"

function unauthorized(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.UNAUTHORIZED, message)
}

/**
 * Phone one-time codes: issues challenges within the abuse limits, sends the
 * code by SMS, and checks codes (at most `maxVerifyAttempts` tries, single
 * use, consumed atomically). Codes exist in plain form only in memory and in
 * the SMS; the table keeps an HMAC under the server secret.
 */
export default class OtpModuleService extends MedusaService({ OtpChallenge }) {
  protected readonly otp_: ResolvedOtpOptions
  protected sender_: SmsSender

  constructor(container: Record<string, unknown>, options: BazaarOptions = {}) {
    super(...arguments)
    this.otp_ = resolveBazaarOptions(options).otp
    this.sender_ = createSmsSender(this.otp_.sms)
  }

  get settings(): Readonly<ResolvedOtpOptions> {
    return this.otp_
  }

  protected phone_(phone: unknown): string {
    return normalizePhone(phone, this.otp_.defaultRegion)
  }

  private assertAllowed(actorType: string) {
    if (!this.otp_.enabled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Phone + OTP login is not enabled")
    }
    if (!this.otp_.actorTypes.includes(actorType)) {
      throw unauthorized(`Phone + OTP login is not available for ${actorType}`)
    }
  }

  /** Issues a code for `phone` and sends it; the answer never says whether the number has an account. */
  async requestCode(request: CodeRequest): Promise<{ phone: string; expires_in: number }> {
    this.assertAllowed(request.actorType)
    const phone = this.phone_(request.phone)
    const now = request.now ?? new Date()
    const testCode = this.otp_.testNumbers[phone]
    const code = testCode ?? generateCode(this.otp_.codeDigits)

    const challengeId = await this.createChallenge_({ ...request, phone, now }, code, Boolean(testCode))
    if (!testCode) {
      try {
        await this.sender_.send({
          to: phone,
          body: `${code} is your verification code. It expires in ${Math.round(this.otp_.codeTtlSeconds / 60)} minutes. Never share it.`,
        })
      } catch (error) {
        await this.updateOtpChallenges({ id: challengeId, status: "superseded" })
        throw error
      }
    }
    return { phone, expires_in: this.otp_.codeTtlSeconds }
  }

  @InjectTransactionManager()
  protected async createChallenge_(
    request: Required<Pick<CodeRequest, "actorType" | "phone" | "now">> & CodeRequest,
    code: string,
    isTestNumber: boolean,
    @MedusaContext() context: Context = {}
  ): Promise<string> {
    const manager = context.transactionManager as SqlManager
    const { actorType, phone, now } = request
    const clientIp = request.clientIp ?? null
    // Serialises requests for one phone (and one IP) across every process.
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`otp:phone:${phone}`])
    if (clientIp) {
      await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`otp:ip:${clientIp}`])
    }
    const windowStart = new Date(now.getTime() - HOUR_SECONDS * 1000)

    const recent: { created_at: Date }[] = await manager.execute(
      "SELECT created_at FROM otp_challenge WHERE phone = ? AND created_at > ? AND deleted_at IS NULL ORDER BY created_at",
      [phone, windowStart]
    )
    const sentTimes = recent.map((row) => new Date(row.created_at))
    if (sentTimes.length >= this.otp_.maxCodesPerPhonePerHour) {
      throw new OtpRateLimitError(
        "Too many codes requested for this number; try again later",
        secondsUntilWindowFrees(sentTimes, HOUR_SECONDS, now)
      )
    }
    const cooldown = resendCooldownSeconds(sentTimes.length, this.otp_.resendCooldownSeconds)
    const last = sentTimes[sentTimes.length - 1]
    if (last && last.getTime() + cooldown * 1000 > now.getTime()) {
      throw new OtpRateLimitError(
        "A code was sent moments ago; wait before asking for another",
        Math.ceil((last.getTime() + cooldown * 1000 - now.getTime()) / 1000)
      )
    }
    if (clientIp) {
      const fromIp: { created_at: Date }[] = await manager.execute(
        "SELECT created_at FROM otp_challenge WHERE client_ip = ? AND created_at > ? AND deleted_at IS NULL",
        [clientIp, windowStart]
      )
      if (fromIp.length >= this.otp_.maxCodesPerIpPerHour) {
        throw new OtpRateLimitError(
          "Too many codes requested from this address; try again later",
          secondsUntilWindowFrees(fromIp.map((r) => new Date(r.created_at)), HOUR_SECONDS, now)
        )
      }
    }

    await manager.execute(
      "UPDATE otp_challenge SET status = 'superseded', updated_at = ? WHERE phone = ? AND actor_type = ? AND status = 'pending'",
      [now, phone, actorType]
    )
    const id = generateEntityId(undefined, "otpch")
    // `created_at` (an implicit column, so not in the generated create type) is `now`, the time the limits above count from
    const challenge = {
      id,
      actor_type: actorType,
      phone,
      client_ip: clientIp,
      code_hmac: hmacCode(this.otp_.secret, id, code),
      expires_at: new Date(now.getTime() + this.otp_.codeTtlSeconds * 1000),
      max_attempts: this.otp_.maxVerifyAttempts,
      is_test_number: isTestNumber,
      created_at: now,
    }
    await this.createOtpChallenges(challenge, context)
    return id
  }

  /**
   * Checks a code. On success the challenge is consumed (exactly once, even
   * under concurrent calls) and a short-lived signed verification for the
   * `phone-otp` auth provider is returned.
   */
  @InjectManager()
  async verifyCode(
    check: CodeCheck,
    @MedusaContext() context: Context = {}
  ): Promise<{ phone: string; verification: string }> {
    this.assertAllowed(check.actorType)
    const phone = this.phone_(check.phone)
    const code = typeof check.code === "number" ? String(check.code) : check.code
    if (typeof code !== "string" || !new RegExp(`^\\d{${this.otp_.codeDigits}}$`).test(code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `code must be ${this.otp_.codeDigits} digits`
      )
    }
    const now = check.now ?? new Date()
    const manager = context.manager as SqlManager

    const [challenge] = await manager.execute(
      "SELECT id, code_hmac, expires_at FROM otp_challenge WHERE phone = ? AND actor_type = ? AND status = 'pending' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
      [phone, check.actorType]
    )
    if (!challenge || new Date(challenge.expires_at) <= now) {
      throw unauthorized(INVALID_CODE)
    }

    if (codeMatches(this.otp_.secret, challenge.id, code, challenge.code_hmac)) {
      const consumed = await manager.execute(
        "UPDATE otp_challenge SET status = 'verified', verified_at = ?, updated_at = ? WHERE id = ? AND status = 'pending' AND expires_at > ? RETURNING id",
        [now, now, challenge.id, now]
      )
      if (consumed.length !== 1) {
        throw unauthorized(INVALID_CODE)
      }
      return {
        phone,
        verification: signPhoneVerification(this.otp_.secret, {
          phone,
          actor_type: check.actorType,
          challenge_id: challenge.id,
          expires_at: now.getTime() + VERIFICATION_LIFETIME_MS,
        }),
      }
    }

    const [failed] = await manager.execute(
      `UPDATE otp_challenge
          SET failed_attempts = failed_attempts + 1,
              status = CASE WHEN failed_attempts + 1 >= max_attempts THEN 'locked' ELSE status END,
              updated_at = ?
        WHERE id = ? AND status = 'pending'
        RETURNING status`,
      [now, challenge.id]
    )
    if (failed?.status === "locked") {
      throw unauthorized("Too many wrong codes; request a new code")
    }
    throw unauthorized(INVALID_CODE)
  }

  /** Per-day counts of codes sent, verified, wrong codes and locked challenges. */
  @InjectManager()
  async listDailyActivity(
    days = 14,
    @MedusaContext() context: Context = {}
  ): Promise<DailyOtpActivity[]> {
    const manager = context.manager as SqlManager
    const since = new Date(Date.now() - days * 24 * HOUR_SECONDS * 1000)
    const rows: Record<string, unknown>[] = await manager.execute(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day,
              sum(sent)::int AS sent, sum(verified)::int AS verified,
              sum(failed)::int AS failed, sum(locked)::int AS locked
         FROM (
           SELECT date_trunc('day', created_at) AS day, 1 AS sent, 0 AS verified,
                  failed_attempts AS failed, (status = 'locked')::int AS locked
             FROM otp_challenge WHERE created_at >= ? AND deleted_at IS NULL
           UNION ALL
           SELECT date_trunc('day', verified_at), 0, 1, 0, 0
             FROM otp_challenge WHERE verified_at >= ? AND deleted_at IS NULL
         ) AS activity
        GROUP BY day ORDER BY day DESC`,
      [since, since]
    )
    return rows.map((row) => ({
      day: String(row.day),
      sent: Number(row.sent),
      verified: Number(row.verified),
      failed: Number(row.failed),
      locked: Number(row.locked),
    }))
  }
}
