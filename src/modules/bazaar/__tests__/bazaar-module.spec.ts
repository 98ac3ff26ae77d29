import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BAZAAR_MODULE } from ".."
import type BazaarModuleService from "../service"

const ownPackage = require("../../../../package.json")

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<BazaarModuleService>({
  moduleName: BAZAAR_MODULE,
  resolve: "./src/modules/bazaar",
  moduleOptions: { storefrontUrl: "https://market.example/s/" },
  testSuite: ({ service }) => {
    describe("bazaar module", () => {
      it("loads with the plugin options, resolved", () => {
        expect(service.options.storefrontUrl).toBe("https://market.example/s")
        expect(service.options.otp.enabled).toBe(true)
      })

      it("knows the installed package", () => {
        expect(service.package).toEqual({
          name: "medusa-plugin-bazaar",
          version: ownPackage.version,
        })
      })
    })
  },
})
