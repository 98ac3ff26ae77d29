import { Text } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { errorMessage } from "../lib/workspace"
import { useBolRuns, useRefreshAfterRuns, type BolSyncRun } from "../lib/workspace-bol"
import { WorkspaceBolRunStatus } from "./workspace-bol-status"

/** How many of the account's last runs the page lists. */
const SHOWN_RUNS = 10

const when = (at: string | null) => (at ? new Date(at).toLocaleString() : "—")

/** Which runs have finished, as one string: it changes when a run finishes. */
const finishedRuns = (runs: BolSyncRun[] | undefined) =>
  (runs ?? []).filter((run) => run.status !== "running").map((run) => run.id).join(",")

const RunRow = ({ run }: { run: BolSyncRun }) => (
  <li className="flex flex-col gap-y-1 px-4 py-3 sm:px-6" data-testid="workspace-bol-run" data-run-id={run.id} data-run-status={run.status}>
    <div className="flex flex-wrap items-center gap-2">
      <WorkspaceBolRunStatus run={run} />
      <Text size="small" weight="plus">
        {run.resource}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {run.trigger === "manual" ? "Sync now" : "scheduled"}
      </Text>
    </div>
    <Text size="xsmall" className="text-ui-fg-subtle break-words">
      Started {when(run.started_at)} · finished {when(run.finished_at)}
    </Text>
    <Text size="xsmall" data-testid="workspace-bol-run-counts">
      {run.records} records · {run.pages} pages
      {run.status === "running" && run.pending_units > 0 && ` · ${run.pending_units} units to go`}
    </Text>
    {run.errors.length > 0 && (
      <Text size="xsmall" className="text-ui-fg-error break-words" data-testid="workspace-bol-run-error">
        {run.errors.length} error{run.errors.length === 1 ? "" : "s"}: {run.errors[run.errors.length - 1].message}
      </Text>
    )}
  </li>
)

/**
 * The account's latest sync runs, newest first; polled while one runs. When a
 * run finishes, the accounts and shipments are read again.
 */
export const WorkspaceBolRuns = ({ shopId, accountId }: { shopId: string; accountId: string }) => {
  const runs = useBolRuns(shopId, accountId)
  const refresh = useRefreshAfterRuns(shopId)
  const finished = finishedRuns(runs.data)
  const seen = useRef<string | null>(null)

  useEffect(() => {
    if (!runs.data) return
    if (seen.current !== null && seen.current !== finished) refresh()
    seen.current = finished
  }, [finished, runs.data, refresh])

  if (runs.isLoading) return <Text size="small" className="px-4 py-3 sm:px-6">Loading runs…</Text>
  if (runs.error) {
    return (
      <Text size="small" className="text-ui-fg-error px-4 py-3 sm:px-6" role="alert">
        {errorMessage(runs.error, "The runs could not be loaded")}
      </Text>
    )
  }
  if (!runs.data?.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-4 py-3 sm:px-6" data-testid="workspace-bol-runs-empty">
        Never synced yet.
      </Text>
    )
  }
  return (
    <ul className="divide-y" data-testid="workspace-bol-runs">
      {runs.data.slice(0, SHOWN_RUNS).map((run) => (
        <RunRow key={run.id} run={run} />
      ))}
    </ul>
  )
}
