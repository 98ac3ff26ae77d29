import { model } from "@medusajs/framework/utils"
import { BolShipment } from "./bol-shipment"

/** A transport event of a shipment (PRE_ANNOUNCED, DELIVERED_AT_CUSTOMER, …). */
export const BolTransportEvent = model
  .define("bol_transport_event", {
    id: model.id({ prefix: "boltev" }).primaryKey(),
    bol_shipment: model.belongsTo(() => BolShipment, { mappedBy: "transport_events" }),
    event_code: model.text(),
    event_date_time: model.dateTime(),
    raw: model.json(),
  })
  .indexes([
    { on: ["bol_shipment_id", "event_code", "event_date_time"], unique: true, where: "deleted_at IS NULL" },
    { on: ["event_code", "event_date_time"] },
  ])
