import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type OrderInvoice = {
  invoice: { number: string; total: number; currency_code: string; issued_at: string; pdf_ready: boolean; download_url: string }
  credit_notes: { id: string; number: string; reason: string; amount: number; currency_code: string; issued_at: string }[]
}

const money = (amount: number, currency: string) => `${currency.toUpperCase()} ${amount.toFixed(2)}`
const backend = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")

/** The order's Bazaar invoice (number, total, PDF) and its credit notes, on the order's admin page. */
const OrderInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, isLoading } = useQuery({
    queryKey: ["bazaar", "order-invoice", order.id],
    queryFn: () => sdk.client.fetch<OrderInvoice>(`/admin/orders/${order.id}/invoice`),
    retry: false,
  })
  const missing = (error as { status?: number } | null)?.status === 404
  return (
    <Container className="divide-y p-0" data-testid="bazaar-order-invoice">
      <div className="px-6 py-4">
        <Heading level="h2">Invoice</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {isLoading && <Text size="small">Loading…</Text>}
        {missing && <Text size="small" className="text-ui-fg-subtle">No invoice issued yet</Text>}
        {error && !missing && <Text size="small" className="text-ui-fg-error">Could not load the invoice</Text>}
        {data && (
          <>
            <Text size="small" weight="plus">{data.invoice.number}</Text>
            <Text size="small">
              {money(data.invoice.total, data.invoice.currency_code)} · issued {data.invoice.issued_at.slice(0, 10)}
            </Text>
            <a className="txt-compact-small text-ui-fg-interactive" href={`${backend}${data.invoice.download_url}`} download>
              Download PDF
            </a>
            {!data.invoice.pdf_ready && <Badge size="2xsmall" color="orange">PDF being stored</Badge>}
            {data.credit_notes.length > 0 && <Text size="small" weight="plus">Credit notes</Text>}
            {data.credit_notes.map((note) => (
              <Text size="small" key={note.id}>
                {note.number} · {note.reason} · {money(note.amount, note.currency_code)}
              </Text>
            ))}
          </>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderInvoiceWidget
