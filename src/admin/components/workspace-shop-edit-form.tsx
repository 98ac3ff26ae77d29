import { Button, Checkbox, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage, useUpdateShop, type SellerShop } from "../lib/workspace"
import {
  addressDraftOf,
  addressInputOf,
  missingShopFields,
  WorkspaceShopAddressFields,
  type AddressDraft,
} from "./workspace-shop-address-fields"

/** Rename a shop or change its address; on request, a new handle from the new name. */
export const WorkspaceShopEditForm = ({ shop }: { shop: SellerShop }) => {
  const id = useId()
  const [name, setName] = useState(shop.name)
  const [address, setAddress] = useState<AddressDraft>(() => addressDraftOf(shop.address))
  const [newHandle, setNewHandle] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const update = useUpdateShop(shop.id)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const missing = missingShopFields(name, address)
    if (missing.length) {
      setProblem(`Fill in: ${missing.join(", ")}`)
      return
    }
    setProblem(null)
    update.mutate(
      { name: name.trim(), address: addressInputOf(address), ...(newHandle ? { new_handle: true } : {}) },
      {
        onSuccess: (saved) => {
          toast.success(saved.handle === shop.handle ? "Shop saved" : `Shop saved; its link is now ${saved.link}`)
          setNewHandle(false)
        },
        onError: (error) => setProblem(errorMessage(error, "Could not save the shop")),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} data-testid="workspace-shop-edit">
      <Heading level="h2">Name and address</Heading>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-name`} size="small" weight="plus">
          Shop name
        </Label>
        <Input id={`${id}-name`} size="small" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="flex items-start gap-x-2">
        <Checkbox id={`${id}-handle`} checked={newHandle} onCheckedChange={(checked) => setNewHandle(checked === true)} />
        <Label htmlFor={`${id}-handle`} size="small">
          Also give the shop a new link from its name (the current link keeps working)
        </Label>
      </div>
      <WorkspaceShopAddressFields idPrefix={`${id}-address`} value={address} onChange={setAddress} />
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      <div>
        <Button type="submit" size="small" isLoading={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  )
}
