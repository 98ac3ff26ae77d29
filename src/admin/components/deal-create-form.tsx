import { Button, Checkbox, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useDeferredValue, useId, useState, type FormEvent, type ReactNode } from "react"
import {
  dealRequests,
  formatMoney,
  isoToLocalInput,
  localInputToIso,
  useDealAction,
  useDealShops,
  useShopVariants,
} from "../lib/deals"

const HOUR = 60 * 60 * 1000

type Props = {
  /** How far the server's clock is ahead of the browser's: "start now" means the server's now. */
  offsetMs: number
}

/** The operator's form for a new deal, approved at once; shows the server's refusal as it comes. */
export const DealCreateForm = ({ offsetMs }: Props) => {
  const id = useId()
  const [shopId, setShopId] = useState("")
  const [search, setSearch] = useState("")
  const [variantId, setVariantId] = useState("")
  const [price, setPrice] = useState("")
  const [units, setUnits] = useState("")
  const [startNow, setStartNow] = useState(true)
  const [startsAt, setStartsAt] = useState(() => isoToLocalInput(Date.now() + HOUR))
  const [endsAt, setEndsAt] = useState(() => isoToLocalInput(Date.now() + 2 * HOUR))
  const [limit, setLimit] = useState("1")
  const [daily, setDaily] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const shops = useDealShops()
  const variants = useShopVariants(shopId || undefined, useDeferredValue(search.trim()))
  const variant = variants.data?.find((v) => v.id === variantId)
  const create = useDealAction(dealRequests.create)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setRefusal(null)
    create.mutate(
      {
        shop_id: shopId,
        variant_id: variantId,
        price: Number(price),
        total_units: Number(units),
        starts_at: startNow ? new Date(Date.now() + offsetMs).toISOString() : localInputToIso(startsAt),
        ends_at: localInputToIso(endsAt),
        per_customer_limit: Number(limit),
        recurrence: daily ? "daily" : null,
      },
      {
        onSuccess: ({ deal }) => {
          toast.success(`${deal.title} created`)
          setVariantId("")
          setPrice("")
          setUnits("")
        },
        onError: (e: Error) => setRefusal(e.message),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} data-testid="deal-create-form">
      <div>
        <Heading level="h2">Create deal</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          One variant of a shop, below its MRP, for at most 12 hours. Deals made here are approved at once.
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Shop" htmlFor={`${id}-shop`}>
          <Select
            value={shopId}
            onValueChange={(value) => {
              setShopId(value)
              setVariantId("")
            }}
            size="small"
          >
            <Select.Trigger id={`${id}-shop`}>
              <Select.Value placeholder={shops.isLoading ? "Loading…" : "Choose a shop"} />
            </Select.Trigger>
            <Select.Content>
              {shops.data?.map((shop) => (
                <Select.Item key={shop.id} value={shop.id}>
                  {shop.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Find product" htmlFor={`${id}-search`}>
          <Input
            id={`${id}-search`}
            type="search"
            size="small"
            placeholder="Title"
            disabled={!shopId}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </Field>
        <Field label="Product" htmlFor={`${id}-variant`} className="sm:col-span-2">
          <Select value={variantId} onValueChange={setVariantId} size="small" disabled={!shopId}>
            <Select.Trigger id={`${id}-variant`}>
              <Select.Value placeholder={!shopId ? "Choose a shop first" : variants.isLoading ? "Loading…" : "Choose a product"} />
            </Select.Trigger>
            <Select.Content>
              {variants.data?.map((choice) => (
                <Select.Item key={choice.id} value={choice.id}>
                  {choice.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {variants.data?.length === 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              No product of this shop matches.
            </Text>
          )}
          {variant && variant.prices.length > 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle" data-testid="deal-form-mrp">
              MRP {variant.prices.map((p) => formatMoney(p.amount, p.currency_code)).join(" · ")}
            </Text>
          )}
        </Field>
        <Field label="Deal price" htmlFor={`${id}-price`}>
          <Input id={`${id}-price`} type="number" size="small" min="0" step="0.01" value={price} onChange={(e) => setPrice(e.target.value)} />
        </Field>
        <Field label="Units" htmlFor={`${id}-units`}>
          <Input id={`${id}-units`} type="number" size="small" min="1" step="1" value={units} onChange={(e) => setUnits(e.target.value)} />
        </Field>
        <Field label="Per customer" htmlFor={`${id}-limit`}>
          <Input id={`${id}-limit`} type="number" size="small" min="1" step="1" value={limit} onChange={(e) => setLimit(e.target.value)} />
        </Field>
        <div className="flex items-end gap-x-2 pb-2">
          <Checkbox id={`${id}-daily`} checked={daily} onCheckedChange={(checked) => setDaily(checked === true)} />
          <Label htmlFor={`${id}-daily`} size="small">
            Repeat daily
          </Label>
        </div>
        <Field label="Starts at" htmlFor={`${id}-starts`}>
          <Input
            id={`${id}-starts`}
            type="datetime-local"
            size="small"
            disabled={startNow}
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
          />
          <div className="flex items-center gap-x-2">
            <Checkbox id={`${id}-now`} checked={startNow} onCheckedChange={(checked) => setStartNow(checked === true)} />
            <Label htmlFor={`${id}-now`} size="xsmall">
              Start now
            </Label>
          </div>
        </Field>
        <Field label="Ends at" htmlFor={`${id}-ends`}>
          <Input id={`${id}-ends`} type="datetime-local" size="small" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} />
        </Field>
      </div>
      {refusal && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="deal-form-error">
          {refusal}
        </Text>
      )}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={create.isPending} disabled={!shopId || !variantId}>
          Create deal
        </Button>
      </div>
    </form>
  )
}

const Field = ({ label, htmlFor, className, children }: { label: string; htmlFor: string; className?: string; children: ReactNode }) => (
  <div className={`flex flex-col gap-y-1 ${className ?? ""}`}>
    <Label htmlFor={htmlFor} size="small">
      {label}
    </Label>
    {children}
  </div>
)
