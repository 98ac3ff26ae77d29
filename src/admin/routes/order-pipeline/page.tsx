import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Action = "repaired" | "alerted" | "failed"

type Finding = {
  id: string
  check: string
  subject_type: string
  subject_id: string
  action: Action
  outcome: string
  times_seen: number
  last_seen_at: string
}

const ACTION_COLOUR = { repaired: "green", alerted: "orange", failed: "red" } as const
const ALL = "all"

/** What the reconcile job found stuck in the order pipeline and what it did, with a button to run it now. */
const OrderPipelinePage = () => {
  const [action, setAction] = useState<Action | typeof ALL>(ALL)
  const queryClient = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["bazaar", "reconcile", action],
    queryFn: () =>
      sdk.client.fetch<{ findings: Finding[]; count: number }>("/admin/bazaar/reconcile", {
        query: { action: action === ALL ? undefined : action, limit: 100 },
      }),
  })
  const runNow = useMutation({
    mutationFn: () => sdk.client.fetch<{ findings: unknown[] }>("/admin/bazaar/reconcile", { method: "POST", body: {} }),
    onSuccess: ({ findings }) => {
      toast.success(findings.length ? `${findings.length} finding(s)` : "Nothing is stuck")
      queryClient.invalidateQueries({ queryKey: ["bazaar", "reconcile"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Order pipeline</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            What the reconcile job (every 10 minutes) found stuck between checkout, payment, invoice and messages, and what it did.
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Select value={action} onValueChange={(value) => setAction(value as Action | typeof ALL)} size="small">
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All</Select.Item>
              <Select.Item value="failed">Failed</Select.Item>
              <Select.Item value="alerted">Alerted</Select.Item>
              <Select.Item value="repaired">Repaired</Select.Item>
            </Select.Content>
          </Select>
          <Button size="small" variant="secondary" isLoading={runNow.isPending} onClick={() => runNow.mutate()}>
            Run now
          </Button>
        </div>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">Could not load the findings: {error.message}</Text>}
      {data && data.findings.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">Nothing stuck has been found.</Text>}
      {data && data.findings.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Last seen</Table.HeaderCell>
              <Table.HeaderCell>Check</Table.HeaderCell>
              <Table.HeaderCell>Subject</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell>Outcome</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.findings.map((finding) => (
              <Table.Row key={finding.id}>
                <Table.Cell>{new Date(finding.last_seen_at).toLocaleString()}</Table.Cell>
                <Table.Cell>{finding.check}</Table.Cell>
                <Table.Cell>
                  {finding.subject_type} {finding.subject_id}
                </Table.Cell>
                <Table.Cell>
                  <Badge color={ACTION_COLOUR[finding.action]} size="2xsmall">
                    {finding.action}
                  </Badge>
                  {finding.times_seen > 1 && <span className="text-ui-fg-subtle"> ×{finding.times_seen}</span>}
                </Table.Cell>
                <Table.Cell>{finding.outcome}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Order pipeline", icon: ArrowPath })

export default OrderPipelinePage
