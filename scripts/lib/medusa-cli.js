const { spawn } = require("child_process")
const { resolve } = require("path")

const ROOT = resolve(__dirname, "..", "..")
const MEDUSA_BIN = resolve(ROOT, "node_modules", ".bin", "medusa")

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

/** Starts a long-running `medusa <args>` in its own process group. */
function startMedusa(args, { env = process.env, cwd = ROOT } = {}) {
  return spawn(MEDUSA_BIN, args, { cwd, env, stdio: "inherit", detached: true })
}

/** Sends a signal to a process group started by `startMedusa`. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

module.exports = { ROOT, MEDUSA_BIN, runMedusa, startMedusa, signalGroup }
