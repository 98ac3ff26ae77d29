/**
 * Deterministic randomness. Everything the simulator generates comes from a
 * 32-bit seed mixed with an entity key, so that a shipment's detail can be
 * rebuilt from its key at any time instead of being kept in memory.
 */

/** Mixes 32-bit integers into one well-spread 32-bit integer. */
export function mix(...parts: number[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x9e3779b1)
    h ^= h >>> 15
    h = Math.imul(h, 0x85ebca6b)
    h ^= h >>> 13
  }
  return h >>> 0
}

/** A small, fast PRNG (mulberry32) with helpers. */
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [value, weight] of table) {
      roll -= weight
      if (roll < 0) {
        return value
      }
    }
    return table[table.length - 1][0]
  }

  digits(count: number): string {
    let out = ""
    for (let i = 0; i < count; i++) {
      out += String(Math.floor(this.next() * 10))
    }
    return out
  }

  chars(count: number, alphabet: string): string {
    let out = ""
    for (let i = 0; i < count; i++) {
      out += alphabet[Math.floor(this.next() * alphabet.length)]
    }
    return out
  }
}

/** Salts that keep the streams of different entity kinds apart. */
export const SALT = {
  catalog: 1,
  shipments: 2,
  orders: 3,
  returns: 4,
  person: 5,
  shipmentDetail: 6,
  orderDetail: 7,
  returnDetail: 8,
  transport: 9,
  clients: 10,
  added: 11,
} as const

export function rngFor(seed: number, salt: number, key: number): Rng {
  return new Rng(mix(seed, salt, key))
}
