import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/admin"
import { storeHeaders } from "../../helpers/store"
import { useEnv } from "../../helpers/env"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

const ownPackage = require("../../../package.json")

jest.setTimeout(120 * 1000)

useEnv({ BAZAAR_STOREFRONT_URL: "https://shops.bazaar.test/" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    describe("GET /health", () => {
      it("answers OK", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
        expect(response.data).toBe("OK")
      })
    })

    describe("GET /store/bazaar", () => {
      it("describes the installed plugin to a storefront", async () => {
        const response = await api.get(
          "/store/bazaar",
          await storeHeaders(getContainer())
        )
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          name: "medusa-plugin-bazaar",
          version: ownPackage.version,
          capabilities: expect.any(Array),
        })
        expect(response.data.capabilities.map(({ id }) => id)).toEqual(["sellers", "phone-otp", "bol", "api-reference", "idempotency", "catalog-cache", "card-payments", "invoices", "messages", "reconcile", "lightning-deals"])
        expect(response.data.capabilities).toContainEqual({ id: "bol", label: "bol.com connector", enabled: true })
      })

      it("needs a publishable key like every store route", async () => {
        const response = await api
          .get("/store/bazaar")
          .catch((error) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })

    describe("GET /admin/bazaar", () => {
      it("refuses anonymous callers", async () => {
        const response = await api
          .get("/admin/bazaar")
          .catch((error) => error.response)
        expect(response.status).toBe(401)
      })

      it("shows the operator options and the in-memory infrastructure", async () => {
        const response = await api.get(
          "/admin/bazaar",
          await adminHeaders(api, getContainer())
        )
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          name: "medusa-plugin-bazaar",
          version: ownPackage.version,
          options: { storefront_url: "https://shops.bazaar.test" },
          capabilities: expect.arrayContaining([
            {
              id: "bol",
              label: "bol.com connector",
              enabled: true,
              detail: "accounts may use other API URLs (simulator, demo)",
            },
          ]),
          infrastructure: {
            worker_mode: "shared",
            event_bus: "in-memory",
            workflow_engine: "in-memory",
            locking: "in-memory",
            caching: "in-memory",
          },
        })
      })
    })
  },
})
