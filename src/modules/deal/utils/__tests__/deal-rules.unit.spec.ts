import { dealState, dealTermsProblem, occurrenceWindow, percentClaimed, utcDate } from "../deal-rules"

const at = (iso: string) => new Date(iso)
const terms = {
  price: 249,
  mrp: 400,
  total_units: 50,
  starts_at: at("2026-12-01T06:00:00Z"),
  ends_at: at("2026-12-01T18:00:00Z"),
  per_customer_limit: 1,
}

describe("deal terms", () => {
  it("accepts a 12-hour deal at or below MRP", () => {
    expect(dealTermsProblem(terms)).toBeNull()
    expect(dealTermsProblem({ ...terms, price: 400 })).toBeNull()
  })

  it.each([
    [{ ends_at: at("2026-12-01T18:00:01Z") }, "at most 12 hours (got 12 hours"],
    [{ ends_at: at("2026-12-01T06:00:00Z") }, "must be after starts_at"],
    [{ price: 400.01 }, "may not be above the product's MRP (400)"],
    [{ price: 0 }, "must be above 0"],
    [{ total_units: 0 }, "at least 1 (got 0)"],
    [{ per_customer_limit: 51 }, "from 1 to total_units (50)"],
    [{ starts_at: new Date("nonsense") }, "ISO 8601"],
  ])("refuses %o saying why", (change, why) => {
    expect(dealTermsProblem({ ...terms, ...change })).toContain(why)
  })

  it("refuses fewer units than are already claimed or sold", () => {
    expect(dealTermsProblem({ ...terms, total_units: 10 }, 11)).toBe(
      "total_units cannot drop below the 11 units already claimed or sold (got 10)"
    )
    expect(dealTermsProblem({ ...terms, total_units: 11 }, 11)).toBeNull()
  })
})

describe("deal state", () => {
  const approved = { status: "approved", starts_at: terms.starts_at, ends_at: terms.ends_at }

  it("is live in the half-open window [starts_at, ends_at)", () => {
    expect(dealState(approved, at("2026-12-01T05:59:59.999Z"))).toBe("scheduled")
    expect(dealState(approved, at("2026-12-01T06:00:00Z"))).toBe("live")
    expect(dealState(approved, at("2026-12-01T17:59:59.999Z"))).toBe("live")
    expect(dealState(approved, at("2026-12-01T18:00:00Z"))).toBe("ended")
  })

  it("keeps a proposal, a declined and a canceled deal as they are", () => {
    for (const status of ["proposed", "declined", "canceled"]) {
      expect(dealState({ ...approved, status }, at("2026-12-01T07:00:00Z"))).toBe(status)
    }
  })

  it("counts claimed units as a whole percentage", () => {
    expect(percentClaimed({ total_units: 3, available_units: 1 })).toBe(66)
    expect(percentClaimed({ total_units: 50, available_units: 0 })).toBe(100)
  })
})

describe("UTC days", () => {
  // jest.config.js runs the tests in Pacific/Kiritimati (UTC+14) unless TZ is set
  const localDay = (instant: Date) => instant.getDate()

  it("names the UTC date whatever the process's time zone", () => {
    const instant = at("2026-12-01T11:00:00Z")
    expect({ tz: process.env.TZ, offsetHours: -instant.getTimezoneOffset() / 60 }).toEqual({ tz: "Pacific/Kiritimati", offsetHours: 14 })
    expect(localDay(instant)).toBe(2)
    expect(utcDate(instant)).toBe("2026-12-01")
  })

  it("puts a daily deal's occurrence at the same UTC time of day, same length", () => {
    expect(occurrenceWindow({ starts_at: at("2026-11-30T22:00:00Z"), ends_at: at("2026-12-01T04:00:00Z") }, "2026-12-01")).toEqual({
      starts_at: at("2026-12-01T22:00:00Z"),
      ends_at: at("2026-12-02T04:00:00Z"),
    })
  })
})
