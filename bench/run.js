#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>; without a name, lists them.
const { readdirSync, existsSync } = require("fs")
const { join } = require("path")

const available = readdirSync(__dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(__dirname, entry.name, "index.js")))
  .map((entry) => entry.name)

async function main() {
  const [name] = process.argv.slice(2)
  if (!name) {
    console.log(`Benchmarks: ${available.join(", ")}\nRun one with: npm run bench -- <name>`)
    return
  }
  if (!available.includes(name)) {
    throw new Error(`No benchmark "${name}". Benchmarks: ${available.join(", ")}`)
  }
  await require(join(__dirname, name))()
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
