import { BolSimulatorError } from "./errors"
import type { FulfilmentMethod } from "./records"

/**
 * Failure injection: each fault applies to the next `times` requests
 * (default 1) that match its endpoint pattern.
 *
 * Pattern: a string "[METHOD ]/path/glob" (`*` = one path segment, `**` =
 * anything; several methods as "GET|PUT"), matched against the path without
 * the query; or a RegExp tested against "METHOD /path?query". No pattern
 * matches every request (the token endpoint included).
 *
 * Kinds:
 * - `html-error`: a 5xx (default 500) with an nginx HTML body.
 * - `unavailable`: 503 Service Unavailable (HTML body, or a Problem with
 *   `body: "problem"`; `retryAfterSeconds` adds Retry-After).
 * - `slow`: the answer comes `delayMs` later (divided by speedUp).
 * - `drop`: the connection is destroyed without an answer.
 * - `not-json`: a 2xx (default 200) whose body is not the expected JSON:
 *   `body: "html"` (default) an HTML page as `text/html`; `"truncated"` the
 *   real answer (the route runs) cut in half, still labelled with bol's JSON
 *   media type; `"text"` a `text/plain` "OK".
 * - `new-shipments`: `count` shipments (default 1) appear at the head of the
 *   list just before the request is answered.
 * - `age-out`: the `count` (default 1) oldest listed shipments (of
 *   `fulfilmentMethod` if given, else of both methods) disappear just before
 *   the request is answered, as shipments leave bol's 3-month window while a
 *   client pages; their details then answer 404.
 *
 * `slow`, `new-shipments` and `age-out` stack with each other and with one
 * answering fault (`html-error`, `unavailable`, `not-json`, `drop`).
 */
export type EndpointPattern = string | RegExp

export type NotJsonBody = "html" | "truncated" | "text"
export const NOT_JSON_BODIES: readonly NotJsonBody[] = ["html", "truncated", "text"]

type FaultBase = { match?: EndpointPattern; times?: number }
export type FaultSpec =
  | (FaultBase & { kind: "html-error"; status?: number })
  | (FaultBase & { kind: "unavailable"; retryAfterSeconds?: number; body?: "html" | "problem" })
  | (FaultBase & { kind: "slow"; delayMs: number })
  | (FaultBase & { kind: "drop" })
  | (FaultBase & { kind: "not-json"; body?: NotJsonBody; status?: number })
  | (FaultBase & { kind: "new-shipments"; count?: number; fulfilmentMethod?: FulfilmentMethod })
  | (FaultBase & { kind: "age-out"; count?: number; fulfilmentMethod?: FulfilmentMethod })

export type FaultKind = FaultSpec["kind"]

export type FaultHandle = {
  readonly id: number
  readonly kind: FaultKind
  /** Requests this fault will still hit. */
  readonly remaining: number
  /** Requests it has hit so far. */
  readonly hits: number
  cancel(): void
}

type ActiveFault = { id: number; spec: FaultSpec; remaining: number; hits: number; test: (method: string, path: string, url: string) => boolean }

const TERMINAL: ReadonlySet<FaultKind> = new Set(["html-error", "unavailable", "not-json", "drop"])

function globToRegExp(glob: string): RegExp {
  let source = ""
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === "*" && glob[i + 1] === "*") {
      source += ".*"
      i++
    } else if (char === "*") {
      source += "[^/]*"
    } else {
      source += char.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    }
  }
  return new RegExp(`^${source}$`)
}

export function compilePattern(pattern: EndpointPattern | undefined): ActiveFault["test"] {
  if (pattern === undefined) {
    return () => true
  }
  if (pattern instanceof RegExp) {
    return (method, _path, url) => {
      pattern.lastIndex = 0
      return pattern.test(`${method} ${url}`)
    }
  }
  const space = pattern.trim().indexOf(" ")
  const trimmed = pattern.trim()
  const methods =
    space > 0 ? new Set(trimmed.slice(0, space).toUpperCase().split(/[|,]/).filter(Boolean)) : undefined
  const path = globToRegExp(space > 0 ? trimmed.slice(space + 1).trim() : trimmed)
  return (method, requestPath) => (!methods || methods.has(method)) && path.test(requestPath)
}

export class FaultQueue {
  private active: ActiveFault[] = []
  private nextId = 1

  add(spec: FaultSpec): FaultHandle {
    const times = spec.times ?? 1
    if (!(times >= 1)) {
      throw new BolSimulatorError(`bol simulator: fault times must be >= 1 (got ${times})`)
    }
    if (spec.kind === "html-error" && spec.status !== undefined && (spec.status < 500 || spec.status > 599)) {
      throw new BolSimulatorError(`bol simulator: html-error status must be 5xx (got ${spec.status})`)
    }
    if (spec.kind === "not-json") {
      if (spec.status !== undefined && !(Number.isInteger(spec.status) && spec.status >= 200 && spec.status <= 299)) {
        throw new BolSimulatorError(`bol simulator: not-json status must be 2xx (got ${spec.status})`)
      }
      if (spec.body !== undefined && !NOT_JSON_BODIES.includes(spec.body)) {
        throw new BolSimulatorError(`bol simulator: not-json body must be one of ${NOT_JSON_BODIES.join(", ")} (got ${String(spec.body)})`)
      }
    }
    if (spec.kind === "age-out" && spec.count !== undefined && !(Number.isInteger(spec.count) && spec.count >= 0)) {
      throw new BolSimulatorError(`bol simulator: age-out count must be an integer >= 0 (got ${spec.count})`)
    }
    const fault: ActiveFault = { id: this.nextId++, spec, remaining: times, hits: 0, test: compilePattern(spec.match) }
    this.active.push(fault)
    const queue = this
    return {
      id: fault.id,
      kind: spec.kind,
      get remaining() {
        return fault.remaining
      },
      get hits() {
        return fault.hits
      },
      cancel() {
        fault.remaining = 0
        queue.prune()
      },
    }
  }

  /** The faults that hit this request (consumed), oldest first. */
  take(method: string, path: string, url: string): { answer?: FaultSpec; effects: FaultSpec[] } {
    if (this.active.length === 0) {
      return { effects: [] }
    }
    let answer: FaultSpec | undefined
    const effects: FaultSpec[] = []
    for (const fault of this.active) {
      if (fault.remaining <= 0 || !fault.test(method, path, url)) {
        continue
      }
      if (TERMINAL.has(fault.spec.kind)) {
        if (answer) {
          continue
        }
        answer = fault.spec
      } else {
        effects.push(fault.spec)
      }
      fault.remaining -= 1
      fault.hits += 1
    }
    this.prune()
    return { answer, effects }
  }

  /** Faults still waiting for requests. */
  get pending(): number {
    return this.active.reduce((sum, fault) => sum + fault.remaining, 0)
  }

  clear(): void {
    for (const fault of this.active) {
      fault.remaining = 0
    }
    this.active = []
  }

  private prune() {
    this.active = this.active.filter((fault) => fault.remaining > 0)
  }
}
