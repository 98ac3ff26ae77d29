import { authenticate } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { authenticateActor } from "../authenticate"

function anonymousRequest() {
  const services: Record<string, unknown> = {
    [ContainerRegistrationKeys.LOGGER]: { debug() {}, info() {}, warn() {}, error() {} },
    [ContainerRegistrationKeys.CONFIG_MODULE]: { projectConfig: { http: { jwtSecret: "test-secret" } } },
  }
  return { headers: {}, session: {}, scope: { resolve: (key: string) => services[key] } }
}

function recordingResponse() {
  const answer: { status?: number; body?: unknown } = {}
  const res = {
    status(code: number) {
      answer.status = code
      return res
    },
    json(body: unknown) {
      answer.body = body
      return res
    },
  }
  return { res, answer }
}

describe("authenticateActor", () => {
  it("refuses through the error handler ({ type, message }), where Medusa's authenticate answers { message } itself", async () => {
    const medusa = recordingResponse()
    await (authenticate("seller", ["bearer"]) as any)(anonymousRequest(), medusa.res, () => {})
    expect(medusa.answer).toEqual({ status: 401, body: { message: "Unauthorized" } })

    const ours = recordingResponse()
    const errors: unknown[] = []
    await authenticateActor("seller", ["bearer"])(anonymousRequest() as any, ours.res as any, (error?: unknown) => {
      errors.push(error)
    })
    expect(ours.answer).toEqual({})
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(MedusaError)
    expect(errors[0]).toMatchObject({ type: MedusaError.Types.UNAUTHORIZED, message: "Unauthorized" })
  })

  it("lets a signed-in caller through untouched", async () => {
    const jwt = require("jsonwebtoken")
    const token = jwt.sign({ actor_id: "sel_1", actor_type: "seller", auth_identity_id: "authid_1", app_metadata: {} }, "test-secret")
    const req = { ...anonymousRequest(), headers: { authorization: `Bearer ${token}` } } as any
    const calls: unknown[] = []
    await authenticateActor("seller", ["bearer"])(req, recordingResponse().res as any, (error?: unknown) => {
      calls.push(error)
    })
    expect(calls).toEqual([undefined])
    expect(req.auth_context).toMatchObject({ actor_id: "sel_1", actor_type: "seller" })
  })
})
