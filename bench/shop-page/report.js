// The bench's printed figures: times per page and shop, their ratio, and the
// bytes a first visit loads.

/** Median, p90 and mean of millisecond durations. */
function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { n: sorted.length, median: at(0.5), p90: at(0.9), mean: sorted.reduce((sum, d) => sum + d, 0) / sorted.length }
}

const ms = (value) => `${value.toFixed(1).padStart(8)} ms`
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`

const COLUMNS = [
  ["documentAt", "document received"],
  ["readyAt", "catalog ready"],
  ["paintedAt", "frame drawn after it"],
]

/** `visits`: { storefront: [{ documentAt, readyAt, paintedAt }], naive: [...] } of one shop. */
function printShopTimes(shop, visits) {
  console.log(`\n${shop.name} (/${shop.handle}): ${shop.productCount} products in ${shop.categoryCounts.size} categories`)
  console.log(`  ${"".padEnd(31)}${COLUMNS.map(([, title]) => title.padEnd(37)).join("")}`.trimEnd())
  const figures = {}
  for (const [which, label] of [
    ["naive", "naive page on /store/products"],
    ["storefront", "storefront"],
  ]) {
    figures[which] = Object.fromEntries(COLUMNS.map(([mark]) => [mark, summarize(visits[which].map((v) => v[mark]))]))
    const cells = COLUMNS.map(([mark]) => `median ${ms(figures[which][mark].median)} p90 ${ms(figures[which][mark].p90)}`)
    console.log(`  ${label.padEnd(31)}${cells.join("   ")}   n=${visits[which].length}`)
  }
  const ratio = (mark, q) => (figures.storefront[mark][q] / figures.naive[mark][q]).toFixed(2)
  console.log(
    `  ratio storefront / naive page: catalog ready median ${ratio("readyAt", "median")} (p90 ${ratio("readyAt", "p90")}), ` +
      `frame drawn median ${ratio("paintedAt", "median")} (p90 ${ratio("paintedAt", "p90")})`
  )
  return figures
}

/** One line per kind of resource a first visit loaded. */
function printBytes(label, firstVisit) {
  const { marks, bytes } = firstVisit
  console.log(`  ${label}: catalog ready at ${marks.readyAt.toFixed(0)} ms on this first visit`)
  for (const [kind, total] of Object.entries(bytes).sort(([a], [b]) => a.localeCompare(b))) {
    const encodings = [...total.encodings].join("/")
    console.log(
      `    ${kind.padEnd(9)} ${String(total.count).padStart(4)} response(s)   transferred ${kb(total.transfer)}   raw ${kb(total.raw)}   (${encodings})`
    )
  }
}

module.exports = { summarize, printShopTimes, printBytes }
