import { model } from "@medusajs/framework/utils"
import { BolAccount } from "./bol-account"

/**
 * A synced record of a resource without a dedicated table (orders, returns):
 * a few typed columns (see the resource table's `summarize`) plus the JSON.
 * `raw` is the detail once fetched, the list entry until then; `list_raw` is the
 * latest list entry and `list_status` the status it showed (what marks a record
 * as changed: bol's lists and details may disagree on the status).
 */
export const BolRecord = model
  .define("bol_record", {
    id: model.id({ prefix: "bolrec" }).primaryKey(),
    account: model.belongsTo(() => BolAccount, { mappedBy: "records" }),
    resource: model.text(),
    external_id: model.text(),
    order_id: model.text().nullable(),
    fulfilment_method: model.text().nullable(),
    status: model.text().nullable(),
    record_date: model.dateTime().nullable(),
    raw: model.json().nullable(),
    list_raw: model.json().nullable(),
    list_status: model.text().nullable(),
    list_seen_at: model.dateTime().nullable(),
    detail_synced_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["account_id", "resource", "external_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["account_id", "resource", "record_date"] },
    { on: ["account_id", "resource", "order_id"] },
    { on: ["account_id", "resource", "detail_synced_at"] },
  ])
