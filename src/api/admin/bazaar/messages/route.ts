import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMessages } from "../../../../workflows/messages/utils/list-messages"
import type { ListMessagesQueryType } from "./validators"

/** GET /admin/bazaar/messages?status=&resource_id=&limit=&offset= — messages to buyers and sellers, failures first. */
export async function GET(req: MedusaRequest<unknown, ListMessagesQueryType>, res: MedusaResponse) {
  const { status, resource_id, limit, offset } = req.validatedQuery
  const { messages, count } = await listMessages(req.scope, { status, resource_id, limit, offset })
  res.json({ messages, count, limit, offset })
}
