/** Runs `fn(item, index)` over `items` with at most `limit` at a time; answers the results in order. */
async function mapConcurrent(items, limit, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

module.exports = { mapConcurrent }
