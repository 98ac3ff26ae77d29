import { z } from "@medusajs/framework/zod"
import { buildOpenApiDocument } from "../build-document"
import { defineRouteContract } from "../contract"
import { requestSchemaOf } from "../json-schema"
import { responseExpectations } from "../response-contract"

const Body = z.object({ name: z.string().min(1), at: z.coerce.date().optional(), count: z.number().default(1) }).strict()
const Query = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), q: z.string().optional() }).strict()

const document = buildOpenApiDocument({ title: "Test", version: "1.2.3" }, [
  {
    path: "/seller/things/:id",
    contract: defineRouteContract({
      tag: "Things",
      GET: { summary: "A thing", query: Query, conditional: true, errors: [404], responses: { 200: { description: "it", schema: z.object({ id: z.string() }) } } },
      POST: { summary: "Change it", body: Body, multipartFiles: { image: "a photo" }, responses: { 200: { description: "it", schema: z.object({ id: z.string() }) } } },
    }),
  },
  {
    path: "/store/things",
    contract: defineRouteContract({ tag: "Things", GET: { summary: "Things", responses: { 200: { description: "them", schema: z.object({}) } } } }),
  },
])

describe("buildOpenApiDocument", () => {
  it("turns zod validators into request schemas: input side, dates as text", () => {
    expect(requestSchemaOf(Body)).toEqual({
      type: "object",
      properties: { name: { type: "string", minLength: 1 }, at: { type: "string", format: "date-time" }, count: { type: "number", default: 1 } },
      required: ["name"],
      additionalProperties: false,
    })
  })

  it("builds operations with path and query parameters, security by surface and the shared error answers", () => {
    const get = document.paths["/seller/things/{id}"].get
    expect(get.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
      { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
      { name: "q", in: "query", required: false, schema: { type: "string" } },
      { $ref: "#/components/parameters/IfNoneMatch" },
    ])
    expect(get.security).toEqual([{ sellerBearer: [] }, { session: [] }])
    expect(Object.keys(get.responses).sort()).toEqual(["200", "304", "400", "401", "403", "404", "500"])
    expect(get.responses["404"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" })
    expect(get.responses["200"].headers).toEqual({ ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/CacheControl" } })
    expect(document.paths["/store/things"].get.security).toEqual([{ publishableKey: [] }])
  })

  it("gives every write the Idempotency-Key header and its answers", () => {
    const post = document.paths["/seller/things/{id}"].post
    expect(post.parameters).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" })
    expect(post.responses["200"].headers).toEqual({ "Idempotent-Replayed": { $ref: "#/components/headers/IdempotentReplayed" } })
    expect(post.responses["409"].headers).toEqual({ "Retry-After": { $ref: "#/components/headers/RetryAfter" } })
    expect(post.responses["422"].description).toContain("Idempotency-Key")
    expect(post.requestBody.content["multipart/form-data"].schema.properties.image.format).toBe("binary")
  })

  it("tells what the document promises for an answer", () => {
    const expect_ = responseExpectations(document)
    expect(expect_("get", "/seller/things/t_1", 200)).toMatchObject({ kind: "documented", contentType: "application/json", schema: { type: "object" } })
    expect(expect_("get", "/seller/things/t_1", 404)).toMatchObject({ schema: { required: ["type", "message"] } })
    expect(expect_("get", "/seller/things/t_1", 304)).toEqual({ kind: "documented", operation: "GET /seller/things/{id}" })
    expect(expect_("get", "/seller/things/t_1", 418)).toMatchObject({ kind: "undocumented" })
    expect(expect_("delete", "/seller/things/t_1", 200)).toMatchObject({ kind: "undocumented" })
    expect(expect_("get", "/store/products", 200)).toEqual({ kind: "outside" })
  })
})
