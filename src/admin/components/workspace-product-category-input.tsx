import { Button, Input, Text } from "@medusajs/ui"
import type { ShopCategory } from "../lib/workspace-products"

type Props = {
  id: string
  value: string
  onChange: (name: string) => void
  categories: ShopCategory[]
}

const SUGGESTIONS = 8

/**
 * The product's category by name: one of the shop's, picked from the chips
 * under the input, or a new name, which the API creates on save.
 */
export const WorkspaceProductCategoryInput = ({ id, value, onChange, categories }: Props) => {
  const typed = value.trim().toLowerCase()
  const exact = categories.find((c) => c.name.toLowerCase() === typed)
  const suggestions = categories.filter((c) => c !== exact && c.name.toLowerCase().includes(typed)).slice(0, SUGGESTIONS)

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        size="small"
        autoComplete="off"
        placeholder="Pick one below or type a new one"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="workspace-product-category"
      />
      {suggestions.length > 0 && (
        <div className="flex flex-wrap gap-2" data-testid="workspace-product-category-suggestions">
          {suggestions.map((category) => (
            <Button key={category.id} type="button" size="small" variant="secondary" onClick={() => onChange(category.name)}>
              {category.name}
            </Button>
          ))}
        </div>
      )}
      {typed && !exact && (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="workspace-product-category-new">
          A new category “{value.trim()}” is created when you save.
        </Text>
      )}
    </div>
  )
}
