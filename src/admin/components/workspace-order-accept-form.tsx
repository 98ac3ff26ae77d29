import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { BOL_TRANSPORTERS, type AcceptOrderBody } from "../lib/workspace-orders"

type Props = {
  /** A bol.com order ships on bol.com when accepted, with the carrier and tracking number given here. */
  linkedToBol: boolean
  disabled: boolean
  isLoading: boolean
  onAccept: (body: AcceptOrderBody) => void
}

/** Accepting (packing) a placed order; for a bol.com order, with bol's transporter code and the tracking number. */
export const WorkspaceOrderAcceptForm = ({ linkedToBol, disabled, isLoading, onAccept }: Props) => {
  const id = useId()
  const [transporter, setTransporter] = useState("")
  const [tracking, setTracking] = useState("")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body: AcceptOrderBody = {}
    if (linkedToBol && transporter) body.transporter_code = transporter
    if (linkedToBol && tracking.trim()) body.tracking_number = tracking.trim()
    onAccept(body)
  }

  return (
    <form className="flex flex-col gap-y-3" onSubmit={submit} data-testid="workspace-order-accept-form">
      {linkedToBol && (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            This is a bol.com order: accepting it ships it on bol.com with the carrier and tracking number below.
          </Text>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-y-1">
              <Label htmlFor={`${id}-transporter`} size="small">
                Transporter
              </Label>
              <Select value={transporter} onValueChange={setTransporter} size="small">
                <Select.Trigger id={`${id}-transporter`} data-testid="workspace-order-transporter">
                  <Select.Value placeholder="Choose the carrier" />
                </Select.Trigger>
                <Select.Content>
                  {BOL_TRANSPORTERS.map((t) => (
                    <Select.Item key={t.code} value={t.code}>
                      {t.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
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
                data-testid="workspace-order-accept-tracking"
              />
            </div>
          </div>
        </>
      )}
      <div>
        <Button type="submit" size="small" disabled={disabled} isLoading={isLoading} data-testid="workspace-order-accept">
          Accept order
        </Button>
      </div>
    </form>
  )
}
