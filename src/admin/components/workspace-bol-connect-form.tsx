import { Button, Checkbox, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent, type ReactNode } from "react"
import { errorMessage } from "../lib/workspace"
import { BOL_RESOURCES, useConnectBolAccount, type BolResource, type ConnectBolAccountInput } from "../lib/workspace-bol"

type Draft = {
  label: string
  client_id: string
  client_secret: string
  resources: BolResource[]
  testServer: boolean
  api_base_url: string
  token_url: string
}

const emptyDraft: Draft = {
  label: "",
  client_id: "",
  client_secret: "",
  resources: ["shipments"],
  testServer: false,
  api_base_url: "",
  token_url: "",
}

/** What is missing before the account can be sent, or null. */
function missing(draft: Draft) {
  if (!draft.label.trim()) return "Give the account a name, such as your bol.com shop's"
  if (!draft.client_id.trim()) return "Paste the client id of your bol.com API credentials"
  if (!draft.client_secret) return "Paste the client secret of your bol.com API credentials"
  if (!draft.resources.length) return "Pick at least one thing to sync"
  return null
}

/** The POST body: the test server's URLs only when asked for (bol.com's own are the API's default). */
function inputOf(draft: Draft): ConnectBolAccountInput {
  const input: ConnectBolAccountInput = {
    label: draft.label.trim(),
    client_id: draft.client_id.trim(),
    client_secret: draft.client_secret,
    resources: draft.resources,
  }
  if (draft.testServer && draft.api_base_url.trim()) input.api_base_url = draft.api_base_url.trim()
  if (draft.testServer && draft.token_url.trim()) input.token_url = draft.token_url.trim()
  return input
}

const Field = ({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) => (
  <div className="flex min-w-0 flex-col gap-y-1">
    <Label htmlFor={htmlFor} size="small">
      {label}
    </Label>
    {children}
  </div>
)

type Props = { shopId: string; onConnected?: () => void; onClose?: () => void }

/**
 * "Connect a bol.com account": the Retailer API credentials, checked by bol.com's
 * login server before anything is saved. The secret is a password field, cleared
 * once sent and never shown again; a refusal shows the API's message.
 */
export const WorkspaceBolConnectForm = ({ shopId, onConnected, onClose }: Props) => {
  const id = useId()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [refusal, setRefusal] = useState<string | null>(null)
  const connect = useConnectBolAccount(shopId)
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }))
    setRefusal(null)
  }
  const toggleResource = (resource: BolResource, on: boolean) =>
    set("resources", on ? BOL_RESOURCES.filter((r) => r === resource || draft.resources.includes(r)) : draft.resources.filter((r) => r !== resource))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const gap = missing(draft)
    setRefusal(gap)
    if (gap) return
    connect.mutate(inputOf(draft), {
      onSuccess: (account) => {
        toast.success(`${account.label} connected`)
        setDraft(emptyDraft)
        onConnected?.()
      },
      onError: (error) => {
        setDraft((current) => ({ ...current, client_secret: "" }))
        setRefusal(errorMessage(error, "The account could not be connected"))
      },
    })
  }

  return (
    <form className="flex flex-col gap-y-4 px-4 py-4 sm:px-6" onSubmit={submit} noValidate data-testid="workspace-bol-connect-form">
      <div>
        <Heading level="h2">Connect a bol.com account</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Create API credentials in your bol.com seller dashboard (Settings → API settings) and paste them here. bol.com
          checks them before anything is saved; the secret is stored encrypted and never shown again.
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Account name" htmlFor={`${id}-label`}>
          <Input id={`${id}-label`} size="small" placeholder="Main store" maxLength={100} value={draft.label} onChange={(e) => set("label", e.target.value)} />
        </Field>
        <Field label="Client id" htmlFor={`${id}-client-id`}>
          <Input id={`${id}-client-id`} size="small" autoComplete="off" maxLength={200} value={draft.client_id} onChange={(e) => set("client_id", e.target.value)} />
        </Field>
        <Field label="Client secret" htmlFor={`${id}-client-secret`}>
          <Input
            id={`${id}-client-secret`}
            type="password"
            size="small"
            autoComplete="new-password"
            maxLength={500}
            value={draft.client_secret}
            onChange={(e) => set("client_secret", e.target.value)}
          />
        </Field>
        <fieldset className="flex min-w-0 flex-col gap-y-1">
          <legend className="txt-compact-small-plus text-ui-fg-base mb-1">Sync</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {BOL_RESOURCES.map((resource) => (
              <div key={resource} className="flex items-center gap-x-2">
                <Checkbox
                  id={`${id}-${resource}`}
                  checked={draft.resources.includes(resource)}
                  onCheckedChange={(checked) => toggleResource(resource, checked === true)}
                />
                <Label htmlFor={`${id}-${resource}`} size="small">
                  {resource}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox id={`${id}-test-server`} checked={draft.testServer} onCheckedChange={(checked) => set("testServer", checked === true)} />
        <Label htmlFor={`${id}-test-server`} size="small">
          Use a test server (bol.com's demo environment or a simulator)
        </Label>
      </div>
      {draft.testServer && (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label="API base URL" htmlFor={`${id}-api-base-url`}>
            <Input id={`${id}-api-base-url`} type="url" size="small" placeholder="https://" value={draft.api_base_url} onChange={(e) => set("api_base_url", e.target.value)} />
          </Field>
          <Field label="Token URL" htmlFor={`${id}-token-url`}>
            <Input id={`${id}-token-url`} type="url" size="small" placeholder="https://…/token" value={draft.token_url} onChange={(e) => set("token_url", e.target.value)} />
          </Field>
        </div>
      )}
      {refusal && (
        <Text size="small" className="text-ui-fg-error break-words" role="alert" data-testid="workspace-bol-connect-error">
          {refusal}
        </Text>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {onClose && (
          <Button type="button" size="small" variant="secondary" onClick={onClose}>
            Close
          </Button>
        )}
        <Button type="submit" size="small" isLoading={connect.isPending} data-testid="workspace-bol-connect">
          Connect
        </Button>
      </div>
    </form>
  )
}
