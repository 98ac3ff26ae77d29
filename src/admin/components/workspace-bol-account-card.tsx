import { Heading, Text } from "@medusajs/ui"
import type { BolAccount } from "../lib/workspace-bol"
import { WorkspaceBolDisconnectButton } from "./workspace-bol-disconnect-button"
import { WorkspaceBolRuns } from "./workspace-bol-runs"
import { WorkspaceBolAccountStatus } from "./workspace-bol-status"
import { WorkspaceBolSyncButton } from "./workspace-bol-sync-button"

type Props = { shopId: string; account: BolAccount; readOnly: boolean }

/** One bol.com account of the shop: its status, "Sync now" and its latest runs. */
export const WorkspaceBolAccountCard = ({ shopId, account, readOnly }: Props) => (
  <li className="flex flex-col" data-testid="workspace-bol-account" data-account-id={account.id} data-account-status={account.status}>
    <div className="flex flex-wrap items-start justify-between gap-3 px-4 py-4 sm:px-6">
      <div className="flex min-w-0 flex-col gap-y-1">
        <Heading level="h3" className="break-words">
          {account.label}
        </Heading>
        <Text size="xsmall" className="text-ui-fg-subtle break-words">
          Client <span className="break-all">{account.client_id}</span> · syncs {account.resources.join(", ")}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Last sync: {account.last_sync_at ? new Date(account.last_sync_at).toLocaleString() : "never"}
        </Text>
        <WorkspaceBolAccountStatus account={account} />
      </div>
      {!readOnly && (
        <div className="flex flex-wrap items-start gap-2">
          <WorkspaceBolSyncButton shopId={shopId} account={account} />
          <WorkspaceBolDisconnectButton shopId={shopId} account={account} />
        </div>
      )}
    </div>
    <div className="bg-ui-bg-subtle border-t">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle px-4 pt-3 sm:px-6">
        Recent runs
      </Text>
      <WorkspaceBolRuns shopId={shopId} accountId={account.id} />
    </div>
  </li>
)
