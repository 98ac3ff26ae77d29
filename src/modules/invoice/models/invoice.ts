import { model } from "@medusajs/framework/utils"

/**
 * An order's invoice. Everything printed on it lives in `snapshot`, taken once
 * at issue; the row never changes afterwards except for where its PDF is stored.
 * Tables carry the `bazaar_` prefix so they never meet a shop's own `invoice` table.
 */
export const Invoice = model
  .define({ name: "invoice", tableName: "bazaar_invoice" }, {
    id: model.id({ prefix: "inv" }).primaryKey(),
    order_id: model.text().unique(),
    shop_id: model.text(),
    number: model.text(),
    year: model.number(),
    sequence: model.number(),
    currency_code: model.text(),
    total: model.bigNumber(),
    issued_at: model.dateTime(),
    snapshot: model.json(),
    file_id: model.text().nullable(),
    file_url: model.text().nullable(),
    pdf_stored_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["shop_id", "number"], unique: true },
    { on: ["shop_id", "year", "sequence"], unique: true },
  ])
