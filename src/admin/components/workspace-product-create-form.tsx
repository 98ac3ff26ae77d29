import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { errorMessage } from "../lib/workspace"
import {
  emptyProductDraft,
  useCreateProduct,
  useShopCategories,
  type ProductDraft,
  type ShopProduct,
} from "../lib/workspace-products"
import { WorkspaceProductFields } from "./workspace-product-fields"

type Props = {
  shopId: string
  currency?: string
  onCreated: (product: ShopProduct) => void
  onClose: () => void
}

/** What is missing before the product can be sent, or null. */
function missing(draft: ProductDraft, image: File | null) {
  if (!draft.name.trim()) return "Give the product a name"
  if (!draft.mrp.trim()) return "Give the product its MRP"
  if (!draft.category.trim()) return "Pick a category or type a new one"
  if (!image) return "Add a photo of the product"
  return null
}

/** "Add product": the fields and a photo, sent as one multipart upload; shows the API's refusal as it comes. */
export const WorkspaceProductCreateForm = ({ shopId, currency, onCreated, onClose }: Props) => {
  const [draft, setDraft] = useState<ProductDraft>(emptyProductDraft)
  const [image, setImage] = useState<File | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const categories = useShopCategories(shopId)
  const create = useCreateProduct(shopId)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const gap = missing(draft, image)
    setRefusal(gap)
    if (gap || !image) return
    create.mutate(
      { draft, image },
      {
        onSuccess: (product) => {
          toast.success(`${product.name} added`)
          setDraft(emptyProductDraft)
          setImage(null)
          onCreated(product)
        },
        onError: (error) => setRefusal(errorMessage(error, "The product could not be added")),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-4 py-4 sm:px-6" onSubmit={submit} noValidate data-testid="workspace-product-create-form">
      <div>
        <Heading level="h2">Add product</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Buyers see it in your shop at once. A sale price shows with the MRP struck through.
        </Text>
      </div>
      <WorkspaceProductFields
        draft={draft}
        onChange={(next) => {
          setDraft(next)
          setRefusal(null)
        }}
        categories={categories.data ?? []}
        image={image}
        onImage={setImage}
        currency={currency}
      />
      {refusal && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="workspace-product-form-error">
          {refusal}
        </Text>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" size="small" variant="secondary" onClick={onClose}>
          Close
        </Button>
        <Button type="submit" size="small" isLoading={create.isPending} data-testid="workspace-product-save">
          Add product
        </Button>
      </div>
    </form>
  )
}
