import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { ReconcileFinding } from "./models/reconcile-finding"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<unknown[]> }

export type FindingInput = {
  check: string
  subject_type: string
  subject_id: string
  action: "repaired" | "alerted" | "failed"
  outcome: string
  detail?: Record<string, unknown> | null
}

/** Keeps what the reconcile job found and did, one row per check and subject. */
class ReconcileModuleService extends MedusaService({ ReconcileFinding }) {
  /** Adds new findings and updates the ones seen before, all at the time `now`. */
  @InjectManager()
  async recordFindings(findings: FindingInput[], now: Date, @MedusaContext() context: Context = {}): Promise<void> {
    const manager = context.manager as unknown as SqlManager
    for (const finding of findings) {
      await manager.execute(
        `insert into reconcile_finding
           (id, "check", subject_type, subject_id, action, outcome, detail, times_seen, first_seen_at, last_seen_at)
         values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
         on conflict ("check", subject_id) where deleted_at is null do update set
           action = excluded.action, outcome = excluded.outcome, detail = excluded.detail,
           times_seen = reconcile_finding.times_seen + 1, last_seen_at = excluded.last_seen_at, updated_at = now()`,
        [
          generateEntityId(undefined, "recf"),
          finding.check,
          finding.subject_type,
          finding.subject_id,
          finding.action,
          finding.outcome,
          finding.detail ? JSON.stringify(finding.detail) : null,
          now,
          now,
        ]
      )
    }
  }
}

export default ReconcileModuleService
