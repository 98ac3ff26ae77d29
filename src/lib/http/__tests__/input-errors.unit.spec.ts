import { MedusaError } from "@medusajs/framework/utils"
import { inputErrorOf } from "../input-errors"

const bodyParserError = (body: string, message: string) =>
  Object.assign(new SyntaxError(message), { type: "entity.parse.failed", body, status: 400 })

describe("errors caused by malformed input", () => {
  it("answers a body that is valid JSON but not an object with what was expected", () => {
    expect(inputErrorOf(bodyParserError("42", "Unexpected token"))).toEqual(
      new MedusaError(MedusaError.Types.INVALID_DATA, "Expected the request body to be a JSON object, got a number (42)")
    )
  })

  it("answers a body that is not JSON with the parser's reason", () => {
    expect(inputErrorOf(bodyParserError('{"a":', "Unexpected end of JSON input"))?.message).toBe(
      "The request body is not valid JSON: Unexpected end of JSON input"
    )
  })

  it("answers a path that does not decode", () => {
    const error = Object.assign(new URIError("Failed to decode param '%E0%A4%A'"), { status: 400 })
    expect(inputErrorOf(error)?.type).toBe(MedusaError.Types.INVALID_DATA)
  })

  it("answers PostgreSQL's data exceptions with the database's reason, and leaves other errors alone", () => {
    const outOfRange = Object.assign(
      new Error('select * from "order" where created_at > $1 - date/time field value out of range: "99999-12-31"'),
      { code: "22008" }
    )
    expect(inputErrorOf(outOfRange)?.message).toBe(
      'A value of the request cannot be used: date/time field value out of range: "99999-12-31"'
    )
    expect(inputErrorOf(Object.assign(new Error("deadlock"), { code: "40P01" }))).toBeNull()
    expect(inputErrorOf(new Error("boom"))).toBeNull()
    expect(inputErrorOf(undefined)).toBeNull()
  })
})

describe("orders and filters by fields that do not exist", () => {
  it("name the field and the entity", () => {
    expect(inputErrorOf(new Error("Trying to order by not existing property Customer.nonexistent"))?.message).toBe(
      'Cannot order by "nonexistent": Customer has no such field'
    )
    expect(inputErrorOf(new Error("Trying to query by not existing property Order.colour"))?.message).toBe(
      'Cannot filter by "colour": Order has no such field'
    )
  })
})
