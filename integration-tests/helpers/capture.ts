import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Records everything written to stdout/stderr and the console (with Medusa's
 * logger turned up to its most verbose level), and every event emitted on
 * the event bus, until `stop()` is called.
 */
export function captureOutputAndEvents(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as any
  logger.setLogLevel("silly")
  const lines: string[] = []
  const events: unknown[] = []
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    lines.push(String(chunk))
    return (out as any)(chunk, ...rest)
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    lines.push(String(chunk))
    return (err as any)(chunk, ...rest)
  }) as typeof process.stderr.write
  const consoleMethods = ["log", "info", "warn", "error", "debug"] as const
  const savedConsole = consoleMethods.map((m) => console[m])
  consoleMethods.forEach((method, i) => {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map(String).join(" "))
      savedConsole[i](...args)
    }
  })
  const eventBus = container.resolve(Modules.EVENT_BUS) as any
  const emit = eventBus.emit.bind(eventBus)
  eventBus.emit = async (data: unknown, options: unknown) => {
    events.push(data)
    return emit(data, options)
  }
  return {
    lines,
    events,
    stop() {
      process.stdout.write = out as typeof process.stdout.write
      process.stderr.write = err as typeof process.stderr.write
      consoleMethods.forEach((method, i) => (console[method] = savedConsole[i]))
      eventBus.emit = emit
      logger.unsetLogLevel()
    },
  }
}
