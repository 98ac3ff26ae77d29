import { Input, Label } from "@medusajs/ui"
import type { ShopAddress, ShopAddressInput } from "../lib/workspace"

/** The address as typed: every field a string, the phone may be empty. */
export type AddressDraft = Record<keyof ShopAddressInput, string>

export const emptyAddressDraft: AddressDraft = { line: "", city: "", postal_code: "", country_code: "IN", phone: "" }

export function addressDraftOf(address: ShopAddress): AddressDraft {
  return { ...address, country_code: address.country_code.toUpperCase(), phone: address.phone ?? "" }
}

/** The address the Seller API takes: trimmed, with no phone when none was typed. */
export function addressInputOf(draft: AddressDraft): ShopAddressInput {
  const phone = draft.phone.trim()
  return {
    line: draft.line.trim(),
    city: draft.city.trim(),
    postal_code: draft.postal_code.trim(),
    country_code: draft.country_code.trim().toUpperCase(),
    ...(phone ? { phone } : {}),
  }
}

const FIELDS: { key: keyof AddressDraft; label: string; autoComplete: string; required: boolean }[] = [
  { key: "line", label: "Address", autoComplete: "street-address", required: true },
  { key: "city", label: "City", autoComplete: "address-level2", required: true },
  { key: "postal_code", label: "Postal code", autoComplete: "postal-code", required: true },
  { key: "country_code", label: "Country code", autoComplete: "country", required: true },
  { key: "phone", label: "Shop phone (optional)", autoComplete: "tel", required: false },
]

/**
 * The labels of the required fields left empty (with "Shop name" first when `name` is empty).
 * Checked before sending, rather than with `required`, which paints empty inputs red from the start.
 */
export function missingShopFields(name: string, draft: AddressDraft) {
  const missing = FIELDS.filter(({ key, required }) => required && !draft[key].trim()).map(({ label }) => label)
  return name.trim() ? missing : ["Shop name", ...missing]
}

type Props = {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string
  value: AddressDraft
  onChange: (value: AddressDraft) => void
}

/** The shop address inputs, as the Seller API's validator asks for them. */
export const WorkspaceShopAddressFields = ({ idPrefix, value, onChange }: Props) => (
  <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
    {FIELDS.map(({ key, label, autoComplete }) => (
      <div key={key} className={key === "line" ? "flex flex-col gap-y-1 sm:col-span-2" : "flex flex-col gap-y-1"}>
        <Label htmlFor={`${idPrefix}-${key}`} size="small" weight="plus">
          {label}
        </Label>
        <Input
          id={`${idPrefix}-${key}`}
          size="small"
          autoComplete={autoComplete}
          value={value[key]}
          maxLength={key === "country_code" ? 2 : undefined}
          type={key === "phone" ? "tel" : "text"}
          onChange={(event) => onChange({ ...value, [key]: event.target.value })}
        />
      </div>
    ))}
  </div>
)
