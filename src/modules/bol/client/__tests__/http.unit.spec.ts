import { createServer, type Server } from "http"
import type { AddressInfo } from "net"
import { BolTransientError } from "../errors"
import { fetchAnswer } from "../http"

describe("fetchAnswer", () => {
  let server: Server
  let url = ""

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/stalls-mid-body") {
        // headers and half a body, then nothing: the timeout must cover the body too
        res.writeHead(200, { "content-type": "application/vnd.retailer.v10+json" })
        res.write('{"shipments": [')
        return
      }
      res.writeHead(200, { "content-type": "application/vnd.retailer.v10+json" })
      res.end('{"shipments": []}')
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it("answers the status, headers and the parsed body", async () => {
    const answer = await fetchAnswer(fetch, `${url}/ok`, {}, 2000, "GET /ok")
    expect(answer.status).toBe(200)
    expect(answer.headers.get("content-type")).toContain("json")
    expect(answer.body).toEqual({ json: { shipments: [] }, isJson: true, contentType: expect.stringContaining("json") })
  })

  it("turns a body that stops coming into a transient timeout, not a short page", async () => {
    const error = await fetchAnswer(fetch, `${url}/stalls-mid-body`, {}, 300, "GET /stalls-mid-body").then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(BolTransientError)
    expect((error as BolTransientError).code).toBe("ETIMEDOUT")
    expect((error as Error).message).toBe("GET /stalls-mid-body: the answer was cut off (ETIMEDOUT)")
  })
})
