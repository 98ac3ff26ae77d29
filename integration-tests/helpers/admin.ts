import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

/** Creates an admin user with email + password and returns its bearer headers. */
export async function adminHeaders(
  api: AxiosInstance,
  container: MedusaContainer,
  email = "operator@bazaar.test"
): Promise<{ headers: { authorization: string } }> {
  const password = "operator-password"
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({ input: { users: [{ email }] } })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", {
    body: { email, password },
  })
  await auth.updateAuthIdentities({
    id: authIdentity!.id,
    app_metadata: { user_id: user.id },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
