import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useBolAccounts, useStartBolSync, type BolAccountOverview, type BolRun } from "../../../lib/bol-accounts"

const STATUS_COLORS: Record<BolRun["status"], "green" | "orange" | "red"> = {
  succeeded: "green",
  running: "orange",
  failed: "red",
}

const RunSummary = ({ run }: { run?: BolRun }) => {
  if (!run) return <Text size="small" className="text-ui-fg-subtle">never synced</Text>
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={STATUS_COLORS[run.status]}>{run.status}</Badge>
        <Text size="small">
          {run.records} records, {run.pages} pages
        </Text>
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {new Date(run.finished_at ?? run.started_at).toLocaleString()}
        {run.errors.length > 0 && ` · ${run.errors.length} error${run.errors.length > 1 ? "s" : ""}: ${run.errors[0].message}`}
      </Text>
    </div>
  )
}

const AccountRow = ({ account }: { account: BolAccountOverview }) => {
  const startSync = useStartBolSync()
  return (
    <>
      {account.resources.map((resource, index) => (
        <Table.Row key={`${account.id}-${resource}`} data-testid={`bol-account-${account.id}-${resource}`}>
          <Table.Cell>{index === 0 ? account.shop?.name ?? account.shop?.handle ?? "—" : ""}</Table.Cell>
          <Table.Cell>
            {index === 0 && (
              <div className="flex flex-col gap-y-1">
                <Text size="small">{account.label}</Text>
                {account.status !== "active" && (
                  <Text size="xsmall" className="text-ui-fg-error" data-testid={`bol-account-${account.id}-status`}>
                    <Badge size="2xsmall" color="red">{account.status.replace("_", " ")}</Badge> {account.last_error ?? ""}
                  </Text>
                )}
              </div>
            )}
          </Table.Cell>
          <Table.Cell>{resource}</Table.Cell>
          <Table.Cell>
            <RunSummary run={account.latest_runs[resource]} />
          </Table.Cell>
          <Table.Cell>
            <Button
              size="small"
              variant="secondary"
              isLoading={startSync.isPending}
              // An account bol deactivated can be re-checked: a sync turns it active, or inactive again.
              disabled={
                (account.status !== "active" && account.status !== "inactive") ||
                account.latest_runs[resource]?.status === "running"
              }
              onClick={() =>
                startSync.mutate(
                  { accountId: account.id, resource },
                  {
                    onSuccess: () => toast.success(`Syncing ${resource} of ${account.label}`),
                    onError: (error: Error) => toast.error(error.message),
                  }
                )
              }
            >
              {account.status === "inactive" ? "Re-check" : "Sync now"}
            </Button>
          </Table.Cell>
        </Table.Row>
      ))}
    </>
  )
}

/** Settings → bol.com: every shop's bol.com accounts, their last sync runs, and "Sync now". */
const BolSettingsPage = () => {
  const { data, isLoading, isError, error } = useBolAccounts()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">bol.com</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sellers connect their bol.com accounts from the Seller API; shipments (and, where configured, orders and
          returns) sync on a schedule within bol.com's rate limits.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {isError && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && data.accounts.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No shop has connected a bol.com account yet.</Text>
      )}
      {data && data.accounts.length > 0 && (
        <Table data-testid="bol-accounts">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Shop</Table.HeaderCell>
              <Table.HeaderCell>Account</Table.HeaderCell>
              <Table.HeaderCell>Resource</Table.HeaderCell>
              <Table.HeaderCell>Last run</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.accounts.map((account) => (
              <AccountRow key={account.id} account={account} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "bol.com", icon: ArrowPath })

export default BolSettingsPage
