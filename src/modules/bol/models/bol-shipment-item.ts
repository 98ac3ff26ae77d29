import { model } from "@medusajs/framework/utils"
import { BolShipment } from "./bol-shipment"

/**
 * One item of a bol shipment. v10 items carry no offer condition (v3 did);
 * `offer_price` is bol's `unitPrice` (EUR, VAT included).
 */
export const BolShipmentItem = model
  .define("bol_shipment_item", {
    id: model.id({ prefix: "bolshpi" }).primaryKey(),
    bol_shipment: model.belongsTo(() => BolShipment, { mappedBy: "items" }),
    order_item_id: model.text(),
    order_id: model.text().nullable(),
    ean: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.number().nullable(),
    quantity_shipped: model.number().nullable(),
    offer_price: model.bigNumber().nullable(),
    commission: model.bigNumber().nullable(),
    offer_id: model.text().nullable(),
    offer_reference: model.text().nullable(),
    fulfilment_method: model.text().nullable(),
    distribution_party: model.text().nullable(),
    /** yyyy-MM-dd, as bol sends it. */
    latest_delivery_date: model.text().nullable(),
    raw: model.json(),
  })
  .indexes([
    { on: ["bol_shipment_id", "order_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_item_id"] },
    { on: ["ean"] },
  ])
