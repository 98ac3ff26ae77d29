import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OTP_MODULE } from "../../../../modules/otp"
import type OtpModuleService from "../../../../modules/otp/service"

/** GET /admin/bazaar/otp-activity?days=14 — daily OTP counts, never codes or numbers. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const days = req.query.days === undefined ? 14 : Number(req.query.days)
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "days must be a whole number from 1 to 90")
  }
  const otp = req.scope.resolve<OtpModuleService>(OTP_MODULE)
  res.json({ days, activity: await otp.listDailyActivity(days) })
}
