// Median, p90 and mean of millisecond durations, and the bench's printed rows.
function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { n: sorted.length, median: at(0.5), p90: at(0.9), mean: sorted.reduce((sum, d) => sum + d, 0) / sorted.length }
}

const ms = (value) => `${value.toFixed(1).padStart(8)} ms`

function latencyRow(label, durations) {
  const s = summarize(durations)
  console.log(`  ${label.padEnd(46)} median ${ms(s.median)}   p90 ${ms(s.p90)}   mean ${ms(s.mean)}   n=${s.n}`)
  return s
}

function ratioRow(label, candidate, baseline, goal) {
  const median = candidate.median / baseline.median
  const verdict = goal === undefined ? "" : `   goal <= ${goal}: ${median <= goal ? "met" : "NOT met"}`
  console.log(`  ratio ${label.padEnd(40)} median ${median.toFixed(2)}, p90 ${(candidate.p90 / baseline.p90).toFixed(2)}${verdict}`)
}

module.exports = { summarize, latencyRow, ratioRow }
