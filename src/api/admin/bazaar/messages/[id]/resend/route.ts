import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendMessageWorkflow } from "../../../../../../workflows/messages/resend-message"

/** POST /admin/bazaar/messages/:id/resend — sends the message again as a new attempt. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await resendMessageWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ resend: result })
}
