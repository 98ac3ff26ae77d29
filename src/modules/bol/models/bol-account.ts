import { model } from "@medusajs/framework/utils"
import { BOL_API_BASE_URL, BOL_TOKEN_URL } from "../client/types"
import { BolOrderLink } from "./bol-order-link"
import { BolRecord } from "./bol-record"
import { BolShipment } from "./bol-shipment"
import { BolSyncRun } from "./bol-sync-run"

/**
 * A shop's bol.com retailer API credentials. The client secret is stored
 * encrypted (AES-256-GCM, see crypto.ts); `resources` lists what is synced.
 */
export const BolAccount = model
  .define("bol_account", {
    id: model.id({ prefix: "bolacc" }).primaryKey(),
    /** The Bazaar shop owning the account (a plain id; links live elsewhere). */
    shop_id: model.text().index(),
    label: model.text(),
    client_id: model.text(),
    client_secret_encrypted: model.text(),
    api_base_url: model.text().default(BOL_API_BASE_URL),
    token_url: model.text().default(BOL_TOKEN_URL),
    status: model.enum(["active", "invalid_credentials", "inactive", "disabled"]).default("active"),
    resources: model.json<string[]>().default(["shipments"]),
    last_sync_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    sync_runs: model.hasMany(() => BolSyncRun, { mappedBy: "account" }),
    shipments: model.hasMany(() => BolShipment, { mappedBy: "account" }),
    records: model.hasMany(() => BolRecord, { mappedBy: "account" }),
    order_links: model.hasMany(() => BolOrderLink, { mappedBy: "account" }),
  })
  .indexes([{ on: ["shop_id", "client_id"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["sync_runs", "shipments", "records", "order_links"] })
