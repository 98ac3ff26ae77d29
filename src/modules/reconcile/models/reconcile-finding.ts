import { model } from "@medusajs/framework/utils"

/**
 * Something the `reconcile-orders` job found stuck in the order pipeline, and
 * what it did about it. One row per check and subject: a subject found again
 * on a later run updates its row (`times_seen`, `last_seen_at`, the latest
 * action and outcome) instead of adding one.
 */
export const ReconcileFinding = model
  .define("reconcile_finding", {
    id: model.id({ prefix: "recf" }).primaryKey(),
    check: model.text(),
    subject_type: model.text(),
    subject_id: model.text(),
    /** `repaired`: the job fixed it; `alerted`: an operator must act; `failed`: the repair failed and is tried again. */
    action: model.enum(["repaired", "alerted", "failed"]),
    outcome: model.text(),
    detail: model.json().nullable(),
    times_seen: model.number().default(1),
    first_seen_at: model.dateTime(),
    last_seen_at: model.dateTime(),
  })
  .indexes([
    { on: ["check", "subject_id"], unique: true },
    { on: ["last_seen_at"] },
  ])
