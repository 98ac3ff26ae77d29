// What the database holds for a deal after the storm, read with SQL: the
// units its claims hold against its total, and the cart lines of its variant.
const { Client } = require("pg")

const HOLDING = ["active", "ordering", "ordered", "approved"]

async function openLedger(databaseUrl) {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  const one = async (sql, params) => (await db.query(sql, params)).rows[0]
  return {
    /**
     * { totalUnits, availableUnits, claims, unitsClaimed, oversold, customersTwice, lines, claimedLines }:
     * claims and units of the claims that hold units; oversold = units held beyond the total;
     * lines = cart lines of the deal's variant, claimedLines = those carrying one of its claims.
     */
    async read(dealId, variantId) {
      const deal = await one(`select total_units, available_units from bazaar_deal where id = $1`, [dealId])
      const claims = await one(
        `select count(*)::int as claims, coalesce(sum(quantity), 0)::int as units,
                (count(*) - count(distinct customer_id))::int as customers_twice
           from bazaar_deal_claim
          where deal_id = $1 and deleted_at is null and status = any($2)`,
        [dealId, HOLDING]
      )
      const lines = await one(
        `select count(*)::int as lines,
                count(*) filter (where metadata->>'bazaar_deal_claim_id' in
                  (select id from bazaar_deal_claim where deal_id = $1 and deleted_at is null))::int as claimed_lines
           from cart_line_item
          where variant_id = $2 and deleted_at is null`,
        [dealId, variantId]
      )
      const totalUnits = Number(deal.total_units)
      return {
        totalUnits,
        availableUnits: Number(deal.available_units),
        claims: claims.claims,
        unitsClaimed: claims.units,
        oversold: Math.max(0, claims.units - totalUnits),
        customersTwice: claims.customers_twice,
        lines: lines.lines,
        claimedLines: lines.claimed_lines,
      }
    },
    close: () => db.end(),
  }
}

module.exports = { openLedger }
