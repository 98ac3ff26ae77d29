import type { SqlManager } from "../types"

type RawRunner = { raw(sql: string, bindings: readonly unknown[]): PromiseLike<{ rows: any[] }> }

/** The parts of MikroORM's SQL entity manager used here. */
type OrmSqlManager = { getKnex(): RawRunner; getTransactionContext(): RawRunner | undefined }

/**
 * Runs the repositories' SQL with its parameters sent apart from the text
 * (`$1`, `$2`… in PostgreSQL's protocol), in the manager's transaction if it
 * has one.
 *
 * Not `manager.execute(sql, params)`: MikroORM inlines every parameter into
 * the SQL text, escaping strings one character at a time (pg's
 * `escapeLiteral`). For the sync's JSON payloads (tens of kB per batch) that
 * builds a chain of small strings per character, about 170 kB of garbage per
 * stored shipment, long-lived enough to be promoted to V8's old space: the
 * process's resident memory grew with every shipment synced until V8 ran a
 * full collection (see bench/bol-sync).
 */
export function boundSql(manager: unknown): SqlManager {
  const orm = manager as OrmSqlManager
  return {
    async execute(sql, params = []) {
      const runner = orm.getTransactionContext() ?? orm.getKnex()
      const result = await runner.raw(sql, params)
      return result.rows
    },
  }
}
