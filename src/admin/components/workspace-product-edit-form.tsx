import { Button, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage } from "../lib/workspace"
import { draftOf, productChanges, useShopCategories, useUpdateProduct, type ShopProduct } from "../lib/workspace-products"
import { WorkspaceProductDeleteButton } from "./workspace-product-delete-button"
import { WorkspaceProductFields } from "./workspace-product-fields"

type Props = { shopId: string; product: ShopProduct; onDeleted: () => void }

/** The product's fields as they are; saving sends only what changed, and a new photo when one was chosen. */
export const WorkspaceProductEditForm = ({ shopId, product, onDeleted }: Props) => {
  const [saved, setSaved] = useState(() => draftOf(product))
  const [draft, setDraft] = useState(saved)
  const [image, setImage] = useState<File | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const categories = useShopCategories(shopId)
  const update = useUpdateProduct(shopId, product.id)
  const changes = productChanges(saved, draft)
  const changed = Object.keys(changes).length > 0 || !!image

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setRefusal(null)
    update.mutate(
      { changes, image },
      {
        onSuccess: (after) => {
          toast.success("Saved")
          const now = after ? draftOf(after) : draft
          setSaved(now)
          setDraft(now)
          setImage(null)
        },
        onError: (error) => setRefusal(errorMessage(error, "The product could not be saved")),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-4 py-4 sm:px-6" onSubmit={submit} noValidate data-testid="workspace-product-edit-form">
      <WorkspaceProductFields
        draft={draft}
        onChange={(next) => {
          setDraft(next)
          setRefusal(null)
        }}
        categories={categories.data ?? []}
        image={image}
        onImage={setImage}
        currentImageUrl={product.image_url}
        currency={product.currency_code}
      />
      {refusal && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="workspace-product-form-error">
          {refusal}
        </Text>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <WorkspaceProductDeleteButton shopId={shopId} product={product} onDeleted={onDeleted} />
        <Button type="submit" size="small" disabled={!changed} isLoading={update.isPending} data-testid="workspace-product-save">
          Save
        </Button>
      </div>
    </form>
  )
}
