import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { adminHref } from "../../lib/workspace"
import { openWorkspaceAs } from "../../lib/workspace-visit"

type OperatorSeller = {
  id: string
  name: string
  phone: string
  status: "pending" | "active" | "suspended"
  shops: { id: string; name: string; handle: string; link: string }[]
}

const STATUS_COLOUR = { pending: "orange", active: "green", suspended: "red" } as const

const SellersPage = () => {
  const [search, setSearch] = useState("")
  const queryClient = useQueryClient()
  const visit = useMutation({
    mutationFn: (id: string) => openWorkspaceAs(id),
    // a full load: the plugin's react-router is not the dashboard's (see workspace-shop-nav-link.tsx)
    onSuccess: () => window.location.assign(adminHref("/workspace")),
    onError: (e: Error) => toast.error(e.message),
  })
  const { data, isLoading, error } = useQuery({
    queryKey: ["bazaar", "sellers", search],
    queryFn: () =>
      sdk.client.fetch<{ sellers: OperatorSeller[]; count: number }>("/admin/sellers", {
        query: { q: search || undefined, limit: 50 },
      }),
  })
  const setStatus = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "approve" | "suspend" }) =>
      sdk.client.fetch<{ seller: OperatorSeller }>(`/admin/sellers/${id}/${action}`, { method: "POST" }),
    onSuccess: ({ seller }) => {
      toast.success(`${seller.name} is now ${seller.status}`)
      queryClient.invalidateQueries({ queryKey: ["bazaar", "sellers"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Heading level="h1">Sellers</Heading>
        <Input
          type="search"
          size="small"
          placeholder="Search name or phone"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="max-w-xs"
        />
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && <Text className="text-ui-fg-error px-6 py-4">Could not load sellers: {error.message}</Text>}
      {data && data.sellers.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">No sellers match.</Text>
      )}
      {data && data.sellers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Seller</Table.HeaderCell>
              <Table.HeaderCell>Phone</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Shops</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.sellers.map((seller) => (
              <Table.Row key={seller.id} data-testid={`seller-${seller.id}`}>
                <Table.Cell>{seller.name}</Table.Cell>
                <Table.Cell>{seller.phone}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOUR[seller.status]}>{seller.status}</Badge>
                </Table.Cell>
                <Table.Cell>
                  {seller.shops.map((shop) => (
                    <div key={shop.id}>
                      {shop.name} <span className="text-ui-fg-subtle">/{shop.handle}</span>
                    </div>
                  ))}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => visit.mutate(seller.id)}>
                    View workspace
                  </Button>
                  {seller.status !== "active" && (
                    <Button size="small" onClick={() => setStatus.mutate({ id: seller.id, action: "approve" })}>
                      {seller.status === "pending" ? "Approve" : "Reinstate"}
                    </Button>
                  )}
                  {seller.status === "active" && (
                    <Button size="small" variant="secondary" onClick={() => setStatus.mutate({ id: seller.id, action: "suspend" })}>
                      Suspend
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sellers", icon: Buildings })

export default SellersPage
