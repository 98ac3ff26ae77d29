import { Button, Input, Label } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import type { ShipOrderBody } from "../lib/workspace-orders"

type Props = { disabled: boolean; isLoading: boolean; onShip: (body: ShipOrderBody) => void }

/** Shipping an accepted order, with the parcel's tracking number and, if the carrier has one, its tracking link. */
export const WorkspaceOrderShipForm = ({ disabled, isLoading, onShip }: Props) => {
  const id = useId()
  const [tracking, setTracking] = useState("")
  const [link, setLink] = useState("")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: ShipOrderBody = {}
    if (tracking.trim()) body.tracking_number = tracking.trim()
    if (link.trim()) body.tracking_url = link.trim()
    onShip(body)
  }

  return (
    <form className="flex flex-col gap-y-3" onSubmit={submit} noValidate data-testid="workspace-order-ship-form">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Label htmlFor={`${id}-tracking`} size="small">
            Tracking number
          </Label>
          <Input
            id={`${id}-tracking`}
            size="small"
            autoComplete="off"
            value={tracking}
            onChange={(e) => setTracking(e.target.value)}
            data-testid="workspace-order-ship-tracking"
          />
        </div>
        <div className="flex min-w-0 flex-col gap-y-1">
          <Label htmlFor={`${id}-link`} size="small">
            Tracking link (optional)
          </Label>
          <Input
            id={`${id}-link`}
            type="url"
            size="small"
            placeholder="https://"
            value={link}
            onChange={(e) => setLink(e.target.value)}
            data-testid="workspace-order-ship-link"
          />
        </div>
      </div>
      <div>
        <Button type="submit" size="small" disabled={disabled} isLoading={isLoading} data-testid="workspace-order-ship">
          Mark shipped
        </Button>
      </div>
    </form>
  )
}
