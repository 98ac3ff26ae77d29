import type { Violation } from "../errors"

const INT32_MAX = 2_147_483_647

/**
 * Query-parameter parsing that collects bol-style violations
 * (`{name, reason}`) instead of throwing.
 */
export class QueryParams {
  readonly violations: Violation[] = []

  constructor(private readonly query: URLSearchParams) {}

  private raw(name: string): string | undefined {
    const value = this.query.get(name)
    return value === null ? undefined : value
  }

  private invalid(name: string, reason: string): undefined {
    this.violations.push({ name, reason })
    return undefined
  }

  integer(name: string, bounds: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.raw(name)
    if (raw === undefined) {
      return undefined
    }
    if (!/^-?\d+$/.test(raw.trim()) || Math.abs(Number(raw)) > INT32_MAX) {
      return this.invalid(name, `Request contains invalid value(s): '${raw}', expected an integer.`)
    }
    const value = Number(raw)
    if (bounds.min !== undefined && value < bounds.min) {
      return this.invalid(name, `Request contains invalid value(s): '${raw}', must be greater than or equal to ${bounds.min}.`)
    }
    if (bounds.max !== undefined && value > bounds.max) {
      return this.invalid(name, `Request contains invalid value(s): '${raw}', must be less than or equal to ${bounds.max}.`)
    }
    return value
  }

  /** `page`: int32 >= 1, default 1. */
  page(): number {
    return this.integer("page", { min: 1 }) ?? 1
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.raw(name)
    if (raw === undefined) {
      return undefined
    }
    if (!(allowed as readonly string[]).includes(raw)) {
      return this.invalid(name, `Request contains invalid value(s): '${raw}', allowed values: ${allowed.join(", ")}.`)
    }
    return raw as T
  }

  /** true/false (any case), and 1/0. */
  boolean(name: string): boolean | undefined {
    const raw = this.raw(name)
    if (raw === undefined) {
      return undefined
    }
    const value = raw.toLowerCase()
    if (value === "true" || value === "1") {
      return true
    }
    if (value === "false" || value === "0") {
      return false
    }
    return this.invalid(name, `Request contains invalid value(s): '${raw}', allowed values: true, false.`)
  }

  /** yyyy-MM-dd */
  date(name: string): string | undefined {
    const raw = this.raw(name)
    if (raw === undefined) {
      return undefined
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
      return this.invalid(name, `Request contains invalid value(s): '${raw}', expected a date (yyyy-MM-dd).`)
    }
    return raw
  }

  string(name: string): string | undefined {
    const raw = this.raw(name)
    if (raw !== undefined && raw.length === 0) {
      return this.invalid(name, "Request contains invalid value(s): '', must not be empty.")
    }
    return raw
  }
}
