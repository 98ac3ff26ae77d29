import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Status = "failure" | "pending" | "success"

type Message = {
  id: string
  to: string
  channel: string
  template: string | null
  status: Status
  trigger_type: string | null
  resource_type: string | null
  resource_id: string | null
  original_notification_id: string | null
  delivered: boolean
  created_at: string
}

type Resend = { resend: { message_id: string; attempt: number; status: "sent" | "failed" | "duplicate" } }

const STATUS_COLOUR = { failure: "red", pending: "orange", success: "green" } as const
const STATUS_LABEL = { failure: "failed", pending: "pending", success: "sent" } as const
const ALL = "all"

/** Every message to buyers and sellers (email and SMS), failures first, with a button to send one again. */
const MessagesPage = () => {
  const [status, setStatus] = useState<Status | typeof ALL>(ALL)
  const queryClient = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["bazaar", "messages", status],
    queryFn: () =>
      sdk.client.fetch<{ messages: Message[]; count: number }>("/admin/bazaar/messages", {
        query: { status: status === ALL ? undefined : status, limit: 100 },
      }),
  })
  const resend = useMutation({
    mutationFn: (id: string) => sdk.client.fetch<Resend>(`/admin/bazaar/messages/${id}/resend`, { method: "POST", body: {} }),
    onSuccess: ({ resend }) => {
      if (resend.status === "sent") toast.success(`Sent again (attempt ${resend.attempt})`)
      else toast.error(`Attempt ${resend.attempt} was not sent: the server refused it again`)
      queryClient.invalidateQueries({ queryKey: ["bazaar", "messages"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Messages</Heading>
          <Text className="text-ui-fg-subtle" size="small">
            Emails and SMS to buyers and sellers at every order stage. Failed sends are retried with backoff every minute; resend one here.
          </Text>
        </div>
        <Select value={status} onValueChange={(value) => setStatus(value as Status | typeof ALL)} size="small">
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All</Select.Item>
            <Select.Item value="failure">Failed</Select.Item>
            <Select.Item value="pending">Pending</Select.Item>
            <Select.Item value="success">Sent</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">Could not load the messages: {error.message}</Text>}
      {data && data.messages.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No messages.</Text>}
      {data && data.messages.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Time</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>To</Table.HeaderCell>
              <Table.HeaderCell>Message</Table.HeaderCell>
              <Table.HeaderCell>About</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.messages.map((message) => (
              <Table.Row key={message.id}>
                <Table.Cell>{new Date(message.created_at).toLocaleString()}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOUR[message.status]} size="2xsmall">
                    {STATUS_LABEL[message.status]}
                  </Badge>
                  {message.status !== "success" && message.delivered && <span className="text-ui-fg-subtle"> (delivered later)</span>}
                  {message.original_notification_id && <span className="text-ui-fg-subtle"> (retry)</span>}
                </Table.Cell>
                <Table.Cell>
                  {message.to} <span className="text-ui-fg-subtle">{message.channel}</span>
                </Table.Cell>
                <Table.Cell>
                  {message.template} <span className="text-ui-fg-subtle">on {message.trigger_type}</span>
                </Table.Cell>
                <Table.Cell>
                  {message.resource_type === "order" && message.resource_id ? (
                    <a className="text-ui-fg-interactive" href={`/app/orders/${message.resource_id}`}>
                      {message.resource_id}
                    </a>
                  ) : (
                    message.resource_id
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={resend.isPending && resend.variables === message.id}
                    onClick={() => resend.mutate(message.id)}
                  >
                    Resend
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Messages", icon: EnvelopeSolid })

export default MessagesPage
