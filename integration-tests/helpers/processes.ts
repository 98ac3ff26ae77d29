import { spawn, type ChildProcess } from "child_process"

export type CommandResult = { code: number | null; output: string }

/** Runs a command to completion and returns its exit code and combined output. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code) => resolve({ code, output }))
  })
}

/** Like runCommand, but throws with the command's output when it fails. */
export async function mustRun(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<string> {
  const result = await runCommand(command, args, options)
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.code}:\n${result.output.slice(-4000)}`
    )
  }
  return result.output
}

export type Server = { child: ChildProcess; output: () => string }

/** Starts a long-running process in its own process group, collecting its output. */
export function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Server {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  return { child, output: () => output }
}

/** Sends `signal` to the server's process group and waits for it to exit. */
export async function stopServer(
  server: Server,
  signal: NodeJS.Signals = "SIGINT",
  timeoutMs = 30000
): Promise<number | null> {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) {
    return child.exitCode
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code))
  )
  process.kill(-child.pid!, signal)
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {
      // already gone
    }
  }, timeoutMs)
  const code = await exited
  clearTimeout(timer)
  return code
}
