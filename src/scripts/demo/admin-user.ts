import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

/** Creates the demo admin (email + password login) unless that email exists. */
export async function ensureAdminUser(
  container: MedusaContainer,
  email: string,
  password: string
): Promise<"created" | "exists"> {
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) {
    return "exists"
  }
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Bazaar", last_name: "Operator" }] },
  })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not register the demo admin ${email}: ${error}`
    )
  }
  await auth.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  return "created"
}
