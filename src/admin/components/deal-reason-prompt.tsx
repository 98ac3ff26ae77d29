import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useId, useState } from "react"

type Props = {
  /** The button that opens the prompt, and the confirm button's label. */
  action: string
  title: string
  description: string
  /** A reason must be typed before confirming. */
  required: boolean
  isLoading?: boolean
  /** Rejects with the server's refusal, which the prompt shows and stays open. */
  onConfirm: (reason: string) => Promise<unknown>
}

/** A button asking for a reason before a refusal (decline, cancel, reject). */
export const DealReasonPrompt = ({ action, title, description, required, isLoading, onConfirm }: Props) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  const toggle = (next: boolean) => {
    setOpen(next)
    setError(null)
    if (!next) setReason("")
  }
  const confirm = async () => {
    try {
      await onConfirm(reason.trim())
      toggle(false)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Prompt open={open} onOpenChange={toggle}>
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          {action}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pt-4">
          <Label htmlFor={inputId} size="small">
            Reason{required ? "" : " (optional)"}
          </Label>
          <Textarea id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} />
          {error && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {error}
            </Text>
          )}
        </div>
        <Prompt.Footer>
          <Prompt.Cancel>Back</Prompt.Cancel>
          <Button size="small" variant="danger" disabled={required && !reason.trim()} isLoading={isLoading} onClick={confirm}>
            {action}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
