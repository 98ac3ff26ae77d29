// The printed figures of the deals bench and the problems that fail it.
const { summarize } = require("../lib/stats")
const { histogram } = require("./storm")

const SOLD_OUT = "409 deal_sold_out"
const ms = (value) => `${value.toFixed(0).padStart(6)} ms`
const verdict = (ok) => (ok ? "met" : "NOT met")
const histogramText = (answers) => histogram(answers).map((h) => `${h.key} x${h.count}`).join(", ")

function stormRow(label, result) {
  const { latency } = result
  console.log(
    `    ${label.padEnd(50)} ${result.perSecond.toFixed(1).padStart(7)} req/s (${latency.n} in ${result.seconds.toFixed(2)} s)` +
      `   p50 ${ms(latency.median)}   p95 ${ms(latency.p95)}   [${histogramText(result.answers)}]`
  )
}

function outcomeRow(answers) {
  const rows = histogram(answers).map(({ key }) => {
    const s = summarize(answers.filter((a) => (a.code ? `${a.status} ${a.code}` : String(a.status)) === key).map((a) => a.ms))
    return `${key} p50 ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms`
  })
  console.log(`      claims by answer: ${rows.join("; ")}`)
}

/** Prints one round; answers the problems found in it (wrong answers, units, oversell). */
function printRound(round, index, units) {
  const problems = []
  const { claims, addToCart, ledger } = round
  console.log(`\n  round ${index + 1} (${round.order.join(" first, then ")}), deal ${round.dealId}`)
  stormRow("Medusa POST /store/carts/:id/line-items (P)", addToCart)
  stormRow("Bazaar POST /store/shops/:handle/deals/:id/claims", claims)
  outcomeRow(claims.answers)
  const granted = claims.answers.filter((a) => a.status === 201).length
  console.log(
    `    after the storm: ${granted} claims answered 201 (goal exactly ${units}: ${verdict(granted === units)}); ` +
      `units claimed in the database ${ledger.unitsClaimed} by ${ledger.claims} claims (goal exactly ${units}: ${verdict(ledger.unitsClaimed === units)}); ` +
      `oversold ${ledger.oversold} (goal 0: ${verdict(ledger.oversold === 0)})`
  )
  console.log(
    `      bazaar_deal: available_units ${ledger.availableUnits} of total_units ${ledger.totalUnits}; ` +
      `cart lines of the deal's variant ${ledger.lines} (${ledger.claimedLines} carrying one of its claims); buyers holding two claims ${ledger.customersTwice}`
  )
  const soldOut = histogram(claims.answers).find((h) => h.key === SOLD_OUT)
  if (soldOut) console.log(`      ${SOLD_OUT} says: ${String(soldOut.message).slice(0, 200)}`)
  for (const h of histogram(claims.answers).filter((h) => h.key !== "201" && h.key !== SOLD_OUT)) {
    console.log(`      unexpected claim answer ${h.key} x${h.count}: ${String(h.message).slice(0, 300)}`)
    problems.push(`round ${index + 1}: claims answered ${h.key} x${h.count}: ${String(h.message).slice(0, 200)}`)
  }
  for (const h of histogram(addToCart.answers).filter((h) => h.key !== "200")) {
    console.log(`      unexpected add-to-cart answer ${h.key} x${h.count}: ${String(h.message).slice(0, 300)}`)
    problems.push(`round ${index + 1}: Medusa's add-to-cart answered ${h.key} x${h.count}: ${String(h.message).slice(0, 200)}`)
  }
  if (granted !== units) problems.push(`round ${index + 1}: ${granted} claims answered 201, expected ${units}`)
  if (ledger.unitsClaimed !== units) problems.push(`round ${index + 1}: ${ledger.unitsClaimed} units claimed in the database, expected ${units}`)
  if (ledger.oversold > 0) problems.push(`round ${index + 1}: oversold by ${ledger.oversold}`)
  if (ledger.customersTwice > 0) problems.push(`round ${index + 1}: ${ledger.customersTwice} buyers hold two claims`)
  if (ledger.lines !== ledger.claimedLines) problems.push(`round ${index + 1}: ${ledger.lines - ledger.claimedLines} cart lines of the deal's variant carry no claim`)
  return problems
}

/** All rounds of a mode together: answers per second over the summed storm times, latency over all answers. */
function overall(rounds, kind) {
  const answers = rounds.flatMap((r) => r[kind].answers)
  const seconds = rounds.reduce((sum, r) => sum + r[kind].seconds, 0)
  return { perSecond: answers.length / seconds, latency: summarize(answers.map((a) => a.ms)), n: answers.length }
}

function printTotals(result, goalRatio) {
  const claims = overall(result.rounds, "claims")
  const adds = overall(result.rounds, "addToCart")
  const ratio = claims.perSecond / adds.perSecond
  console.log(
    `\n  ${result.label}, all ${result.rounds.length} rounds: claims ${claims.perSecond.toFixed(1)}/s against add-to-cart ${adds.perSecond.toFixed(1)}/s, ` +
      `ratio ${ratio.toFixed(2)} (goal >= ${goalRatio.toFixed(2)}: ${verdict(ratio >= goalRatio)})`
  )
  console.log(
    `    latency: claims p50 ${claims.latency.median.toFixed(0)} ms, p95 ${claims.latency.p95.toFixed(0)} ms; ` +
      `add-to-cart p50 ${adds.latency.median.toFixed(0)} ms, p95 ${adds.latency.p95.toFixed(0)} ms; ` +
      `p95 ratio claims / add-to-cart ${(claims.latency.p95 / adds.latency.p95).toFixed(2)}`
  )
  return { ratio, claims, adds }
}

module.exports = { printRound, printTotals }
