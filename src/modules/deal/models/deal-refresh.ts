import { model } from "@medusajs/framework/utils"

/** One row per UTC date on which the daily refresh ran: a second run of the same date changes nothing. */
export const DealRefresh = model
  .define({ name: "deal_refresh", tableName: "bazaar_deal_refresh" }, {
    id: model.id({ prefix: "drefresh" }).primaryKey(),
    date: model.text().unique(),
    ended_deals: model.number(),
    started_occurrences: model.number(),
  })
