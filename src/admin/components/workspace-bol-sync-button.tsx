import { Button, Text, toast } from "@medusajs/ui"
import { ArrowPath } from "@medusajs/icons"
import { useState } from "react"
import { errorMessage } from "../lib/workspace"
import { useStartBolSync, type BolAccount, type BolSyncStart } from "../lib/workspace-bol"

/** What the API answered to "Sync now", one line per resource. */
function answerOf(starts: BolSyncStart[]) {
  return starts
    .map(({ resource, alreadyRunning }) => `${resource}: ${alreadyRunning ? "a sync was already running" : "sync started"}`)
    .join("; ")
}

/**
 * "Sync now": starts a sync of each of the account's resources and shows the
 * API's answer or refusal. An account bol.com turned inactive may be re-checked
 * this way; one with refused credentials must be connected again.
 */
export const WorkspaceBolSyncButton = ({ shopId, account }: { shopId: string; account: BolAccount }) => {
  const sync = useStartBolSync(shopId, account)
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null)
  const canSync = account.status === "active" || account.status === "inactive"

  const start = () => {
    setAnswer(null)
    sync.mutate(undefined, {
      onSuccess: (starts) => {
        const text = answerOf(starts)
        setAnswer({ ok: true, text })
        toast.success(`Syncing ${account.label}`, { description: text })
      },
      onError: (error) => setAnswer({ ok: false, text: errorMessage(error, "The sync could not be started") }),
    })
  }

  return (
    <div className="flex min-w-0 flex-col items-start gap-y-1">
      <Button
        size="small"
        variant="secondary"
        disabled={!canSync}
        isLoading={sync.isPending}
        onClick={start}
        data-testid="workspace-bol-sync"
      >
        <ArrowPath />
        {account.status === "inactive" ? "Re-check and sync" : "Sync now"}
      </Button>
      {!canSync && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Connect the account again with working credentials to sync it.
        </Text>
      )}
      {answer && (
        <Text
          size="xsmall"
          className={`${answer.ok ? "text-ui-fg-subtle" : "text-ui-fg-error"} break-words`}
          role={answer.ok ? "status" : "alert"}
          data-testid={answer.ok ? "workspace-bol-sync-answer" : "workspace-bol-sync-error"}
        >
          {answer.text}
        </Text>
      )}
    </div>
  )
}
