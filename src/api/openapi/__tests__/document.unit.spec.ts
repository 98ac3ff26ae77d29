import { readdirSync, readFileSync } from "fs"
import { join, relative, sep } from "path"
import Ajv2020 from "ajv/dist/2020"
import { HTTP_METHODS, openApiPathOf, resolveLocalRef, routePathOfFolder } from "../../../lib/openapi"
import { openApiDocument } from "../document"

const API_DIR = join(__dirname, "../..")

/** Every route.ts under src/api with the methods it exports, as Medusa reads them. */
function routeFiles(dir = API_DIR): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(file)
    if (entry.name !== "route.ts") return []
    const source = readFileSync(file, "utf8")
    const methods = HTTP_METHODS.filter((method) => new RegExp(`export (async )?(function|const) ${method}\\b`).test(source))
    return [{ path: openApiPathOf(routePathOfFolder(relative(API_DIR, dir).split(sep))), methods: [...methods] }]
  })
}

const operations = (document: ReturnType<typeof openApiDocument>) =>
  Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation }))
  )

describe("Bazaar's OpenAPI document", () => {
  const document = openApiDocument()

  it("has an operation for every method of every route file, and no operation without one", () => {
    const routes = routeFiles().flatMap(({ path, methods }) => methods.map((method) => `${method} ${path}`)).sort()
    const documented = operations(document).map(({ path, method }) => `${method} ${path}`).sort()
    expect(routes.length).toBeGreaterThan(40)
    expect(documented).toEqual(routes)
  })

  it("is built once per process", () => {
    expect(openApiDocument()).toBe(document)
  })

  it("answers every error with the one Error schema, every write takes an Idempotency-Key", () => {
    for (const { path, method, operation } of operations(document)) {
      for (const [status, declared] of Object.entries(operation.responses as Record<string, any>)) {
        if (Number(status) < 400) continue
        const schema = resolveLocalRef(document, declared).content["application/json"].schema
        const isMedusaAuth = status === "401" && path.startsWith("/admin/")
        expect([`${method} ${path} ${status}`, schema]).toEqual([
          `${method} ${path} ${status}`,
          { $ref: isMedusaAuth ? "#/components/schemas/MedusaAuthError" : "#/components/schemas/Error" },
        ])
      }
      const parameters = JSON.stringify(operation.parameters ?? [])
      expect([`${method} ${path}`, parameters.includes("#/components/parameters/IdempotencyKey")]).toEqual([
        `${method} ${path}`,
        method !== "GET",
      ])
    }
  })

  it("documents the conditional GET of the shop and its catalog", () => {
    for (const path of ["/store/shops/{handle}", "/store/shops/{handle}/catalog"]) {
      const get = document.paths[path].get
      expect(get.responses["304"]).toEqual({ $ref: "#/components/responses/NotModified" })
      expect(JSON.stringify(get.parameters)).toContain("#/components/parameters/IfNoneMatch")
    }
  })

  it("has examples that match their own schemas", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
    let examples = 0
    for (const { path, method, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        const media = resolveLocalRef(document, response).content?.["application/json"]
        if (!media?.example) continue
        examples++
        const validate = ajv.compile(resolveLocalRef(document, media.schema))
        expect([`${method} ${path} ${status}`, validate(media.example) ? [] : validate.errors]).toEqual([`${method} ${path} ${status}`, []])
      }
    }
    expect(examples).toBeGreaterThan(30)
  })

  it("takes request schemas from the routes' zod validators", () => {
    const body = document.paths["/seller/shops"].post.requestBody.content["application/json"].schema
    expect(body.required).toEqual(["name", "address"])
    expect(body.additionalProperties).toBe(false)
    const query = document.paths["/admin/sellers"].get.parameters.find((p: any) => p.name === "status")
    expect(query.schema.enum).toEqual(["pending", "active", "suspended"])
  })
})
