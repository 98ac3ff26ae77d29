import { Input, Label, Textarea } from "@medusajs/ui"
import { useId, type ReactNode } from "react"
import type { ProductDraft, ShopCategory } from "../lib/workspace-products"
import { WorkspaceProductCategoryInput } from "./workspace-product-category-input"
import { WorkspaceProductImageInput } from "./workspace-product-image-input"

type Props = {
  draft: ProductDraft
  onChange: (draft: ProductDraft) => void
  categories: ShopCategory[]
  image: File | null
  onImage: (file: File | null) => void
  /** The product's photo now, when editing one. */
  currentImageUrl?: string | null
  /** The shop's currency, shown by the prices when known. */
  currency?: string
}

/** The fields of a product, shared by the "Add product" form and the edit page. */
export const WorkspaceProductFields = ({ draft, onChange, categories, image, onImage, currentImageUrl, currency }: Props) => {
  const id = useId()
  const set = (field: keyof ProductDraft) => (value: string) => onChange({ ...draft, [field]: value })
  const unit = currency?.toUpperCase()

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field label="Name" htmlFor={`${id}-name`} className="sm:col-span-2">
        <Input id={`${id}-name`} size="small" value={draft.name} onChange={(e) => set("name")(e.target.value)} maxLength={200} />
      </Field>
      <Field label="Description (optional)" htmlFor={`${id}-description`} className="sm:col-span-2">
        <Textarea id={`${id}-description`} value={draft.description} onChange={(e) => set("description")(e.target.value)} rows={3} />
      </Field>
      <Field label={unit ? `MRP (${unit})` : "MRP"} htmlFor={`${id}-mrp`}>
        <Input
          id={`${id}-mrp`}
          type="number"
          inputMode="decimal"
          size="small"
          min="0"
          step="0.01"
          value={draft.mrp}
          onChange={(e) => set("mrp")(e.target.value)}
        />
      </Field>
      <Field label={unit ? `Sale price (${unit}, optional)` : "Sale price (optional)"} htmlFor={`${id}-sale`}>
        <Input
          id={`${id}-sale`}
          type="number"
          inputMode="decimal"
          size="small"
          min="0"
          step="0.01"
          value={draft.sale_price}
          onChange={(e) => set("sale_price")(e.target.value)}
        />
      </Field>
      <Field label="Category" htmlFor={`${id}-category`} className="sm:col-span-2">
        <WorkspaceProductCategoryInput id={`${id}-category`} value={draft.category} onChange={set("category")} categories={categories} />
      </Field>
      <div className="flex flex-col gap-y-1 sm:col-span-2">
        <Label size="small">Photo</Label>
        <WorkspaceProductImageInput file={image} onChange={onImage} currentUrl={currentImageUrl} />
      </div>
    </div>
  )
}

const Field = ({ label, htmlFor, className, children }: { label: string; htmlFor: string; className?: string; children: ReactNode }) => (
  <div className={`flex min-w-0 flex-col gap-y-1 ${className ?? ""}`}>
    <Label htmlFor={htmlFor} size="small">
      {label}
    </Label>
    {children}
  </div>
)
