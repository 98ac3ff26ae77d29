import { StatusBadge, Text } from "@medusajs/ui"
import type { BolAccount, BolAccountStatus, BolSyncRun } from "../lib/workspace-bol"

const ACCOUNT_STATUS: Record<BolAccountStatus, { label: string; color: "green" | "orange" | "red" | "grey" }> = {
  active: { label: "Active", color: "green" },
  inactive: { label: "Inactive", color: "orange" },
  invalid_credentials: { label: "Invalid credentials", color: "red" },
  disabled: { label: "Disabled", color: "grey" },
}

const RUN_STATUS: Record<BolSyncRun["status"], { label: string; color: "blue" | "green" | "red" }> = {
  running: { label: "Running", color: "blue" },
  succeeded: { label: "Succeeded", color: "green" },
  failed: { label: "Failed", color: "red" },
}

/** The account's status and, when it is not active, the reason bol.com gave. */
export const WorkspaceBolAccountStatus = ({ account }: { account: BolAccount }) => {
  const status = ACCOUNT_STATUS[account.status] ?? { label: account.status, color: "grey" as const }
  return (
    <div className="flex min-w-0 flex-col gap-y-1">
      <StatusBadge color={status.color} className="w-fit" data-testid="workspace-bol-account-status">
        {status.label}
      </StatusBadge>
      {account.status !== "active" && account.last_error && (
        <Text size="xsmall" className="text-ui-fg-error break-words" data-testid="workspace-bol-account-reason">
          {account.last_error}
        </Text>
      )}
    </div>
  )
}

export const WorkspaceBolRunStatus = ({ run }: { run: BolSyncRun }) => {
  const status = RUN_STATUS[run.status] ?? { label: run.status, color: "grey" as const }
  return (
    <StatusBadge color={status.color} data-testid="workspace-bol-run-status">
      {status.label}
    </StatusBadge>
  )
}
