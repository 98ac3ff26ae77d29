import type { ModuleEntry } from "./infrastructure"

// Placeholder: the messages part of the order pipeline fills this file.
export type MessageOptions = Record<string, never>

export type ResolvedMessageOptions = Record<string, never>

/** Fills defaults and rejects invalid messages options with a message naming the option. */
export function resolveMessageOptions(_options: MessageOptions = {}): ResolvedMessageOptions {
  return {}
}

/** The messages options of app mode, read from the environment. */
export function messagesOptionsFromEnv(_env: NodeJS.ProcessEnv = process.env): MessageOptions {
  return {}
}

/** App mode: the Medusa modules (and their providers) that the messages part needs registered. */
export function messagesModules(_options: MessageOptions, _env: NodeJS.ProcessEnv = process.env): ModuleEntry[] {
  return []
}
