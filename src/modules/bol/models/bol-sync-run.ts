import { model } from "@medusajs/framework/utils"
import { BolAccount } from "./bol-account"

/** One error of a sync run; `unit` names the work unit (e.g. "detail 914587795"). */
export type BolSyncRunError = { at: string; unit: string; status?: number; message: string }

/**
 * One sync of one resource of an account. Counters are incremented in SQL so
 * that parallel workers can report progress on the same run.
 */
export const BolSyncRun = model
  .define("bol_sync_run", {
    id: model.id({ prefix: "bolrun" }).primaryKey(),
    account: model.belongsTo(() => BolAccount, { mappedBy: "sync_runs" }),
    resource: model.text(),
    trigger: model.enum(["schedule", "manual"]),
    status: model.enum(["running", "succeeded", "failed"]).default("running"),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    pages: model.number().default(0),
    records: model.number().default(0),
    errors: model.json<BolSyncRunError[]>().default([]),
    /** Work units (list pages, details) still queued. */
    pending_units: model.number().default(0),
    /** Where a resumed run picks up (shape owned by the sync engine). */
    cursor: model.json().nullable(),
  })
  .indexes([{ on: ["account_id", "resource", "started_at"] }])
