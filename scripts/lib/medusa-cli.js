const { spawn } = require("child_process")
const { resolve } = require("path")

const ROOT = resolve(__dirname, "..", "..")
const MEDUSA_BIN = resolve(ROOT, "node_modules", ".bin", "medusa")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js", { paths: [ROOT] })

/**
 * V8 flags of the `medusa start` server, from BAZAAR_SERVER_V8_FLAGS (V8 takes
 * them on the command line only, not in NODE_OPTIONS). By default V8 lets the
 * old generation fill to up to several times what survived the last full
 * collection before it collects again; with Medusa's ~230 MB live heap, a
 * long bol.com sync's short-lived garbage took resident memory 200-300 MB up.
 * A growing factor of 1.2 keeps it near the live heap (bench/bol-sync).
 */
const DEFAULT_SERVER_V8_FLAGS = "--heap-growing-percent=20"

function serverV8Flags(env = process.env) {
  return (env.BAZAAR_SERVER_V8_FLAGS ?? DEFAULT_SERVER_V8_FLAGS).split(/\s+/).filter(Boolean)
}

/** Runs `medusa <args>` in the project and resolves when it exits with 0. */
function runMedusa(args, { env = process.env, cwd = ROOT } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(MEDUSA_BIN, args, { cwd, env, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolvePromise()
      } else {
        reject(
          new Error(`medusa ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)
        )
      }
    })
  })
}

/** Starts a long-running `medusa <args>` in its own process group, node running with `v8Flags`. */
function startMedusa(args, { env = process.env, cwd = ROOT, v8Flags = [] } = {}) {
  const options = { cwd, env, stdio: "inherit", detached: true }
  return v8Flags.length ? spawn(process.execPath, [...v8Flags, MEDUSA_CLI, ...args], options) : spawn(MEDUSA_BIN, args, options)
}

/** Sends a signal to a process group started by `startMedusa`. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

module.exports = { ROOT, MEDUSA_BIN, runMedusa, startMedusa, signalGroup, serverV8Flags }
