import { Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage, useCreateShop } from "../lib/workspace"
import {
  addressInputOf,
  emptyAddressDraft,
  missingShopFields,
  WorkspaceShopAddressFields,
  type AddressDraft,
} from "./workspace-shop-address-fields"

/** "New shop": a name and an address; the shop gets its own link at once. */
export const WorkspaceShopCreateForm = () => {
  const id = useId()
  const [name, setName] = useState("")
  const [address, setAddress] = useState<AddressDraft>(emptyAddressDraft)
  const [problem, setProblem] = useState<string | null>(null)
  const create = useCreateShop()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const missing = missingShopFields(name, address)
    if (missing.length) {
      setProblem(`Fill in: ${missing.join(", ")}`)
      return
    }
    setProblem(null)
    create.mutate(
      { name: name.trim(), address: addressInputOf(address) },
      {
        onSuccess: (shop) => {
          toast.success(`${shop.name} is open at ${shop.link}`)
          setName("")
          setAddress(emptyAddressDraft)
        },
        onError: (error) => setProblem(errorMessage(error, "Could not open the shop")),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} data-testid="workspace-new-shop">
      <div>
        <Heading level="h2">New shop</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each shop gets its own link to share with buyers.
        </Text>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-name`} size="small" weight="plus">
          Shop name
        </Label>
        <Input id={`${id}-name`} size="small" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <WorkspaceShopAddressFields idPrefix={`${id}-address`} value={address} onChange={setAddress} />
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      <div>
        <Button type="submit" size="small" isLoading={create.isPending}>
          Open shop
        </Button>
      </div>
    </form>
  )
}
