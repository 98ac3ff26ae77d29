import { z } from "@medusajs/framework/zod"
import { explainIssues } from "../explain-issues"

const Body = z
  .object({
    name: z.string().min(1),
    quantity: z.number().int().max(100),
    address: z.object({ city: z.string() }),
    email: z.string().email().optional(),
  })
  .strict()
const Query = z.object({ status: z.enum(["pending", "active", "suspended"]).optional(), q: z.string().optional() })

const explain = (schema: z.ZodTypeAny, input: unknown, part: "body" | "query") => {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error("the input was accepted")
  return explainIssues(parsed.error.issues as any, input, part)
}

describe("explaining refused input", () => {
  it("keeps a validator's own message and adds what came", () => {
    const Product = z.object({
      mrp: z.number({ error: "mrp must be a number" }),
      image_url: z.string().regex(/^https?:\/\//, "image_url must be an http(s) URL").optional(),
    })
    expect(explain(Product, { mrp: "ten", image_url: "ftp://x" }, "body")).toBe(
      'Invalid request body: mrp must be a number, got a string ("ten"); image_url must be an http(s) URL, got a string ("ftp://x")'
    )
    expect(explain(Product, {}, "body")).toBe("Invalid request body: mrp is required (expected a number)")
  })

  it("says per field what was expected and what came, never [object Object]", () => {
    expect(explain(Body, { name: {}, quantity: "2", address: { city: "Pune" } }, "body")).toBe(
      "Invalid request body: name: expected a string, got an object; quantity: expected a number, got a string (\"2\")"
    )
  })

  it("never repeats a secret that came: a password, a client secret, a one-time code", () => {
    const Login = z.object({
      password: z.string().min(8, "password must have at least 8 characters"),
      credentials: z.object({ client_secret: z.string().min(10) }),
      code: z.string().regex(/^\d{6}$/, "code must be 6 digits"),
      country_code: z.string().length(2),
    })
    expect(explain(Login, { password: "hunter2", credentials: { client_secret: "s3cr3t" }, code: 12345, country_code: "IND" }, "body")).toBe(
      "Invalid request body: password must have at least 8 characters, got a string of 7 characters; " +
        "credentials.client_secret: expected at least 10 characters, got a string of 6 characters; " +
        "code: expected a string, got a number; " +
        'country_code: expected at most 2 characters, got a string ("IND")'
    )
  })

  it("names missing fields with their dotted path", () => {
    expect(explain(Body, { name: "Chai", quantity: 1, address: {} }, "body")).toBe(
      "Invalid request body: address.city is required (expected a string)"
    )
  })

  it("gives one maximum, the schema's, for a number too big", () => {
    expect(explain(Body, { name: "Chai", quantity: 1e308, address: { city: "Pune" } }, "body")).toBe(
      "Invalid request body: quantity: expected at most 100, got a number (1e+308)"
    )
  })

  it("names unknown fields and bad formats", () => {
    expect(explain(Body, { name: "Chai", quantity: 1, address: { city: "Pune" }, email: "nope", unit_price: 1 }, "body")).toBe(
      "Invalid request body: email: expected an email address, got a string (\"nope\"); the body has fields it does not take: unit_price"
    )
  })

  it("tells a repeated or bracketed query parameter from a wrong value", () => {
    expect(explain(Query, { status: ["active"] }, "query")).toBe(
      'Invalid query: status: expected one of "pending", "active", "suspended", got a list (1 value: the parameter was repeated or written with [])'
    )
    expect(explain(Query, { status: "gone" }, "query")).toBe(
      'Invalid query: status: expected one of "pending", "active", "suspended", got "gone"'
    )
    expect(explain(Query, { q: { $ne: "x" } }, "query")).toBe(
      "Invalid query: q: expected a string, got an object (the parameter was written with [key])"
    )
  })
})
