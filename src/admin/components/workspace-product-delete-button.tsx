import { Trash } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../lib/workspace"
import { useDeleteProduct, type ShopProduct } from "../lib/workspace-products"

type Props = { shopId: string; product: ShopProduct; onDeleted: () => void }

/** Deletes the product from the shop and the catalog, after the seller confirms. */
export const WorkspaceProductDeleteButton = ({ shopId, product, onDeleted }: Props) => {
  const prompt = usePrompt()
  const remove = useDeleteProduct(shopId, product.id)

  const confirmAndDelete = async () => {
    const confirmed = await prompt({
      title: `Delete ${product.name}?`,
      description: "Buyers can no longer see or order it. This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(`${product.name} deleted`)
        onDeleted()
      },
      onError: (error) => toast.error(errorMessage(error, "The product could not be deleted")),
    })
  }

  return (
    <Button type="button" size="small" variant="danger" isLoading={remove.isPending} onClick={confirmAndDelete} data-testid="workspace-product-delete">
      <Trash />
      Delete
    </Button>
  )
}
