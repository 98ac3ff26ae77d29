import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IUserModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { sellerLoginEmailOf, sellerUserEmail } from "../../../../lib/seller-admin/seller-user"
import { setSellerEmailLoginWorkflow } from "../../../../workflows/seller-admin/set-seller-email-login"
import { currentSeller } from "../../helpers"
import type { SetEmailLoginBodyType } from "./validators"

/** GET /seller/me/email-login — the email the seller signs in to the admin with besides the phone, or null. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const [user] = await req.scope.resolve<IUserModuleService>(Modules.USER).listUsers({ email: sellerUserEmail(seller.id) })
  res.json({ email_login: { email: sellerLoginEmailOf(user?.metadata) } })
}

/** POST /seller/me/email-login — sets that email and password (the same email again changes the password). */
export async function POST(req: AuthenticatedMedusaRequest<SetEmailLoginBodyType>, res: MedusaResponse) {
  const seller = await currentSeller(req)
  const { email, password } = req.validatedBody
  const { result } = await setSellerEmailLoginWorkflow(req.scope).run({ input: { seller_id: seller.id, email, password } })
  res.json({ email_login: { email: result.email } })
}
