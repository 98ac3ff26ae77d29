import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AuthIdentityDTO, IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OTP_MODULE } from "../../../../modules/otp"
import type OtpModuleService from "../../../../modules/otp/service"
import type { OtpRateLimitError } from "../../../../modules/otp/errors"
import { ensurePhoneCustomerWorkflow } from "../../../../workflows/phone-otp/ensure-phone-customer"
import { sellerAdminIdentity } from "./seller-admin-identity"
import { medusaAuthToken } from "../../medusa-jwt"
import type { PhoneOtpBodyType } from "./validators"

const PROVIDER = "phone-otp"

function isRateLimit(error: unknown): error is OtpRateLimitError {
  return (error as Error)?.name === "OtpRateLimitError"
}

async function requestCode(req: MedusaRequest<PhoneOtpBodyType>, res: MedusaResponse) {
  const otp = req.scope.resolve<OtpModuleService>(OTP_MODULE)
  try {
    const { expires_in } = await otp.requestCode({
      actorType: req.params.actor_type,
      phone: req.validatedBody.phone,
      clientIp: req.ip ?? null,
    })
    // The same answer whether or not the number has an account.
    res.status(200).json({ location: "otp", expires_in })
  } catch (error) {
    if (!isRateLimit(error)) throw error
    res.setHeader("Retry-After", String(error.retryAfterSeconds))
    res.status(429).json({ type: "too_many_requests", message: error.message })
  }
}

async function verifyCode(req: MedusaRequest<PhoneOtpBodyType>, res: MedusaResponse) {
  const actorType = req.params.actor_type
  const otp = req.scope.resolve<OtpModuleService>(OTP_MODULE)
  const { phone, verification } = await otp.verifyCode({
    actorType,
    phone: req.validatedBody.phone,
    code: req.validatedBody.code,
  })

  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const { success, authIdentity, error } = await auth.authenticate(PROVIDER, {
    actor_type: actorType,
    body: { verification },
    protocol: req.protocol,
  } as Parameters<IAuthModuleService["authenticate"]>[1])
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, error || "Authentication failed")
  }

  let identity: AuthIdentityDTO = authIdentity
  if (actorType === "customer" && !identity.app_metadata?.customer_id) {
    await ensurePhoneCustomerWorkflow(req.scope).run({
      input: { phone, auth_identity_id: identity.id },
    })
    identity = await auth.retrieveAuthIdentity(identity.id)
  }
  if (actorType === "user") {
    identity = await sellerAdminIdentity(req.scope, identity)
  }

  const result = await medusaAuthToken(req.scope, {
    authIdentity: identity,
    actorType,
    authProvider: PROVIDER,
  })
  res.status(200).json(result)
}

/**
 * POST /auth/{actor_type}/phone-otp — `{ phone }` sends a code;
 * `{ phone, code }` checks it and answers with a Medusa token.
 */
export async function POST(req: MedusaRequest<PhoneOtpBodyType>, res: MedusaResponse) {
  if (req.validatedBody.code === undefined) {
    return requestCode(req, res)
  }
  return verifyCode(req, res)
}
