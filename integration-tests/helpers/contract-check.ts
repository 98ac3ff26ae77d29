import Ajv2020 from "ajv/dist/2020"
import type { AxiosInstance, AxiosResponse } from "axios"
import { responseExpectations, type OpenApiDocument, type ResponseExpectation } from "../../src/lib/openapi"

type Checker = (response: AxiosResponse) => string | null

/** The served document's checker: the document the app answers at /docs/openapi.json, schemas compiled once each. */
async function loadChecker(baseURL: string): Promise<Checker> {
  const answer = await fetch(new URL("/docs/openapi.json", baseURL))
  if (answer.status !== 200) throw new Error(`GET /docs/openapi.json answered ${answer.status}`)
  const document = (await answer.json()) as OpenApiDocument
  const expect = responseExpectations(document)
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  ajv.addFormat("date-time", (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) && !Number.isNaN(Date.parse(value)))
  ajv.addFormat("binary", true)
  const compiled = new Map<object, ReturnType<typeof ajv.compile>>()
  return (response) => {
    const { method = "get", url = "", baseURL: base } = response.config
    const path = new URL(url, base).pathname
    const expectation: ResponseExpectation = expect(method, path, response.status)
    const request = `${method.toUpperCase()} ${path} → ${response.status}`
    if (expectation.kind === "outside") return null
    if (expectation.kind === "undocumented") return `${request}: ${expectation.reason}; body ${preview(response.data)}`
    if (!expectation.contentType) return null
    const contentType = String(response.headers["content-type"] ?? "")
    if (!contentType.startsWith(expectation.contentType)) {
      return `${request}: documented as ${expectation.contentType}, answered "${contentType}"`
    }
    if (expectation.contentType !== "application/json" || !expectation.schema) return null
    let validate = compiled.get(expectation.schema)
    if (!validate) {
      validate = ajv.compile(expectation.schema)
      compiled.set(expectation.schema, validate)
    }
    if (validate(response.data)) return null
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message}${e.params && "additionalProperty" in e.params ? ` "${e.params.additionalProperty}"` : ""}`)
    return `${request} does not match the schema of ${expectation.operation}: ${problems.join("; ")}; body ${preview(response.data)}`
  }
}

function preview(body: unknown): string {
  const text = typeof body === "string" ? body : JSON.stringify(body)
  return text && text.length > 600 ? `${text.slice(0, 600)}…` : String(text)
}

/**
 * Checks every answer `api` receives from a Bazaar route (a path of the
 * OpenAPI document the app serves) against the documented response for its
 * status: a status the operation does not list, another content type or a
 * body outside the schema fails the test that received it. Call it at the
 * top of a medusaIntegrationTestRunner `testSuite` with its `api`.
 */
export function checkResponsesAgainstContract(api: AxiosInstance): void {
  const violations: string[] = []
  let checker: Promise<Checker> | undefined

  const check = async (response: AxiosResponse | undefined) => {
    if (!response) return
    checker ??= loadChecker(String(response.config.baseURL ?? api.defaults.baseURL))
    const violation = (await checker)(response)
    if (violation) violations.push(violation)
  }

  beforeAll(() => {
    // the runner's `api` is a proxy of the axios instance it creates once the app is up
    api.interceptors.response.use(
      async (response) => {
        await check(response)
        return response
      },
      async (error) => {
        await check(error?.response)
        throw error
      }
    )
  })

  const report = () => {
    if (!violations.length) return
    const found = violations.splice(0)
    throw new Error(`Answers that break the API contract (src/api/**/contract.ts):\n- ${found.join("\n- ")}`)
  }
  afterEach(report)
  afterAll(report)
}
