/** Median, p95 and mean of a list of millisecond durations. */
function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const mean = sorted.reduce((sum, d) => sum + d, 0) / sorted.length
  return { n: sorted.length, median: at(0.5), p95: at(0.95), mean }
}

/**
 * Times `baseline` and `candidate` alternately, so that whatever else the
 * machine does weighs on both alike. Returns both summaries.
 */
async function compareAlternating({ baseline, candidate, warmup = 20, iterations = 300 }) {
  for (let i = 0; i < warmup; i++) {
    await baseline()
    await candidate()
  }
  const times = { baseline: [], candidate: [] }
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? ["baseline", "candidate"] : ["candidate", "baseline"]
    for (const which of order) {
      const startedAt = process.hrtime.bigint()
      await (which === "baseline" ? baseline() : candidate())
      times[which].push(Number(process.hrtime.bigint() - startedAt) / 1e6)
    }
  }
  return { baseline: summarize(times.baseline), candidate: summarize(times.candidate) }
}

/** Prints both summaries and the candidate/baseline ratios. */
function report(title, labels, result) {
  const row = (label, s) =>
    `  ${label.padEnd(34)} median ${s.median.toFixed(2).padStart(8)} ms   p95 ${s.p95
      .toFixed(2)
      .padStart(8)} ms   mean ${s.mean.toFixed(2).padStart(8)} ms   n=${s.n}`
  console.log(`\n${title}`)
  console.log(row(labels.baseline, result.baseline))
  console.log(row(labels.candidate, result.candidate))
  console.log(
    `  ratio ${labels.candidate} / ${labels.baseline}: median ${(
      result.candidate.median / result.baseline.median
    ).toFixed(2)}, p95 ${(result.candidate.p95 / result.baseline.p95).toFixed(2)}`
  )
}

module.exports = { summarize, compareAlternating, report }
