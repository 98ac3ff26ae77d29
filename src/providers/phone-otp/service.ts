import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { readPhoneVerification } from "../../modules/otp/utils/assertion"
import { resolveOtpSecret } from "../../options/otp"

export type PhoneOtpProviderOptions = { secret?: string }

const NEEDS_VERIFICATION =
  "Send the phone number, then the code, to POST /auth/{actor_type}/phone-otp"

/**
 * Auth provider `phone-otp`. The code check itself happens in the `otp`
 * module (it owns the challenges and their limits); this provider accepts the
 * signed, seconds-long verification that check produces and finds or creates
 * the auth identity of the phone number (entity_id = E.164 number).
 */
export default class PhoneOtpAuthProvider extends AbstractAuthModuleProvider {
  static identifier = "phone-otp"
  static DISPLAY_NAME = "Phone + OTP"

  private readonly secret: string

  static validateOptions(options: PhoneOtpProviderOptions) {
    resolveOtpSecret(options?.secret)
  }

  constructor(_container: Record<string, unknown>, options: PhoneOtpProviderOptions = {}) {
    super()
    this.secret = resolveOtpSecret(options.secret)
  }

  async authenticate(
    data: AuthenticationInput,
    identities: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const claim = readPhoneVerification(this.secret, data.body?.verification)
    const actorType = (data as AuthenticationInput & { actor_type?: string }).actor_type
    if (!claim || (actorType && claim.actor_type !== actorType)) {
      return { success: false, error: NEEDS_VERIFICATION }
    }
    return { success: true, authIdentity: await this.findOrCreate(claim.phone, identities) }
  }

  async register(
    data: AuthenticationInput,
    identities: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    return this.authenticate(data, identities)
  }

  private async findOrCreate(phone: string, identities: AuthIdentityProviderService) {
    try {
      return await identities.retrieve({ entity_id: phone })
    } catch (error) {
      if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
    }
    try {
      return await identities.create({ entity_id: phone, user_metadata: { phone } })
    } catch (error) {
      // Another actor type created it in the meantime (unique entity_id).
      return await identities.retrieve({ entity_id: phone })
    }
  }
}
