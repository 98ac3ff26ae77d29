import { model } from "@medusajs/framework/utils"
import { BolAccount } from "./bol-account"
import { BolShipmentItem } from "./bol-shipment-item"
import { BolTransportEvent } from "./bol-transport-event"

/**
 * A bol.com shipment (Retailer API v10). Created as a stub when seen on a
 * list page (`list_seen_at`), completed from the detail (`detail_synced_at`).
 * Typed columns for filtering; `raw` holds the full detail, `list_raw` the
 * latest list entry (what the list alone carries survives a missing detail).
 */
export const BolShipment = model
  .define("bol_shipment", {
    id: model.id({ prefix: "bolshp" }).primaryKey(),
    account: model.belongsTo(() => BolAccount, { mappedBy: "shipments" }),
    /** bol's shipmentId. */
    shipment_id: model.text(),
    order_id: model.text().nullable(),
    order_placed_at: model.dateTime().nullable(),
    /** FBR or FBB ("MIXED" if the items disagree). */
    fulfilment_method: model.text().nullable(),
    shipment_date: model.dateTime().nullable(),
    shipment_reference: model.text().nullable(),
    pickup_point: model.boolean().nullable(),
    transport_id: model.text().nullable(),
    transporter_code: model.text().nullable(),
    track_and_trace: model.text().nullable(),
    shipping_label_id: model.text().nullable(),
    /** Delivery address (personal data). */
    shipment_details: model.json().nullable(),
    /** Billing address (personal data). */
    billing_details: model.json().nullable(),
    raw: model.json().nullable(),
    list_raw: model.json().nullable(),
    list_seen_at: model.dateTime().nullable(),
    detail_synced_at: model.dateTime().nullable(),
    items: model.hasMany(() => BolShipmentItem, { mappedBy: "bol_shipment" }),
    transport_events: model.hasMany(() => BolTransportEvent, { mappedBy: "bol_shipment" }),
  })
  .indexes([
    { on: ["account_id", "shipment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["account_id", "shipment_date"] },
    { on: ["account_id", "order_id"] },
    { on: ["account_id", "fulfilment_method", "shipment_date"] },
    { on: ["track_and_trace"] },
    { on: ["account_id", "detail_synced_at"] },
  ])
  .cascades({ delete: ["items", "transport_events"] })
