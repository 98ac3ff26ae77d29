import { model } from "@medusajs/framework/utils"

/**
 * One Idempotency-Key of one caller (`scope`): the request it was first used
 * with (method, route, fingerprint), and once that request finished, the
 * answer replayed to its retries until `expires_at`. While the request runs,
 * `locked_until` is the lease after which a retry may take the key over.
 */
export const IdempotencyKey = model
  .define("idempotency_key", {
    id: model.id({ prefix: "idem" }).primaryKey(),
    scope: model.text(),
    key: model.text(),
    method: model.text(),
    route: model.text(),
    fingerprint: model.text(),
    status: model.enum(["in_progress", "completed"]).default("in_progress"),
    claim_token: model.text(),
    locked_until: model.dateTime(),
    expires_at: model.dateTime(),
    response_status: model.number().nullable(),
    response_headers: model.json().nullable(),
    response_body: model.text().nullable(),
  })
  .indexes([
    { on: ["scope", "key"], unique: true },
    { on: ["expires_at"] },
  ])
