import type { IAuthModuleService, IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/http/domain-errors"
import { SELLER_LOGIN_EMAIL_KEY, sellerLoginEmailOf } from "../../../lib/seller-admin/seller-user"

export type SetSellerEmailLoginInput = { seller_id: string; user_id: string; email: string; password: string }

type Undo =
  | { kind: "password"; providerIdentityId: string; previousMetadata: Record<string, unknown> | null }
  | { kind: "email"; authIdentityId: string; userId: string; userMetadata: Record<string, unknown> | null }

const EMAILPASS = "emailpass"

/**
 * Gives the seller's admin user an email and password sign-in (Medusa's
 * `emailpass` provider): a new address gets its own auth identity carrying
 * the same `user_id` and `seller_id` as the phone identity, so its token
 * reaches the same workspace; the same address again changes the password.
 * The address a seller had before stops signing in.
 */
export const setSellerEmailLoginStep = createStep(
  "set-seller-email-login",
  async (input: SetSellerEmailLoginInput, { container }): Promise<StepResponse<{ email: string }, Undo>> => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const users = container.resolve<IUserModuleService>(Modules.USER)
    const user = await users.retrieveUser(input.user_id)
    const previous = sellerLoginEmailOf(user.metadata)

    if (previous === input.email) {
      const [identity] = await auth.listProviderIdentities({ provider: EMAILPASS, entity_id: input.email })
      if (identity) {
        const changed = await auth.updateProvider(EMAILPASS, { entity_id: input.email, password: input.password })
        if (!changed.success) {
          throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The password could not be changed: ${changed.error}`)
        }
        return new StepResponse(
          { email: input.email },
          { kind: "password", providerIdentityId: identity.id, previousMetadata: identity.provider_metadata ?? null }
        )
      }
    }

    const registered = await auth.register(EMAILPASS, { body: { email: input.email, password: input.password } })
    if (!registered.success || !registered.authIdentity) {
      if (/already exists/i.test(registered.error ?? "")) {
        throw new ConflictError(`The email ${input.email} already signs someone in; choose another address`)
      }
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The email sign-in could not be set: ${registered.error}`)
    }
    const authIdentityId = registered.authIdentity.id
    await auth.updateAuthIdentities({ id: authIdentityId, app_metadata: { user_id: input.user_id, seller_id: input.seller_id } })
    await users.updateUsers({ id: input.user_id, metadata: { ...(user.metadata ?? {}), [SELLER_LOGIN_EMAIL_KEY]: input.email } })
    if (previous) {
      // last, so that nothing after it can fail: the old address stops signing in
      const [old] = await auth.listProviderIdentities({ provider: EMAILPASS, entity_id: previous })
      if (old?.auth_identity_id) {
        await auth.deleteAuthIdentities([old.auth_identity_id])
      }
    }
    return new StepResponse({ email: input.email }, { kind: "email", authIdentityId, userId: input.user_id, userMetadata: user.metadata ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    if (undo.kind === "password") {
      await auth.updateProviderIdentities({ id: undo.providerIdentityId, provider_metadata: undo.previousMetadata ?? {} })
      return
    }
    await auth.deleteAuthIdentities([undo.authIdentityId])
    await container.resolve<IUserModuleService>(Modules.USER).updateUsers({ id: undo.userId, metadata: undo.userMetadata ?? {} })
  }
)
