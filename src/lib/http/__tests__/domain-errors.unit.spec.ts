import { ConflictError, domainErrorAnswer } from "../domain-errors"

describe("domain errors", () => {
  it("answers a conflict 409 with its own message, also after a workflow serialised it", () => {
    const error = new ConflictError("Order order_1 is already linked to bol.com order 42")
    const answer = { status: 409, body: { type: "conflict", message: "Order order_1 is already linked to bol.com order 42" } }
    expect(domainErrorAnswer(error)).toEqual(answer)
    expect(domainErrorAnswer(JSON.parse(JSON.stringify({ name: error.name, message: error.message })))).toEqual(answer)
    expect(domainErrorAnswer(new Error("other"))).toBeNull()
  })
})
