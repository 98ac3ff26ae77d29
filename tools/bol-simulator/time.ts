/**
 * bol's timestamps are ISO 8601 with the Europe/Amsterdam offset (+01:00 in
 * winter, +02:00 in summer), without milliseconds; dates are yyyy-MM-dd.
 */
const HOUR = 3_600_000
export const MINUTE = 60_000
export const DAY = 24 * HOUR

/** 01:00 UTC on the last Sunday of a month: when EU summer time starts or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0)
  const weekday = new Date(lastDay).getUTCDay()
  return lastDay - weekday * DAY + HOUR
}

export function amsterdamOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear()
  const summer = epochMs >= lastSundayOneUtc(year, 2) && epochMs < lastSundayOneUtc(year, 9)
  return summer ? 120 : 60
}

const pad = (value: number) => String(value).padStart(2, "0")

function localParts(epochMs: number) {
  const offset = amsterdamOffsetMinutes(epochMs)
  return { local: new Date(Math.floor(epochMs / 1000) * 1000 + offset * MINUTE), offset }
}

/** "2018-04-20T19:20:11+02:00" */
export function isoAmsterdam(epochMs: number): string {
  const { local, offset } = localParts(epochMs)
  return `${local.toISOString().slice(0, 19)}+${pad(offset / 60)}:00`
}

/** "2018-04-21", the Amsterdam calendar date. */
export function dateAmsterdam(epochMs: number): string {
  return localParts(epochMs).local.toISOString().slice(0, 10)
}

/** "2023-03-16T12:53:03Z", as bol's JWT error detail writes it. */
export function isoUtcSeconds(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000).toISOString().slice(0, 19)}Z`
}

/** The instant three calendar months before `epochMs` (the shipments window). */
export function threeMonthsBefore(epochMs: number): number {
  const date = new Date(epochMs)
  date.setUTCMonth(date.getUTCMonth() - 3)
  return date.getTime()
}
