import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OTP_MODULE } from ".."
import type OtpModuleService from "../service"

jest.setTimeout(60 * 1000)

const PHONE = "+919000000001"

moduleIntegrationTestRunner<OtpModuleService>({
  moduleName: OTP_MODULE,
  resolve: "./src/modules/otp",
  moduleOptions: {
    otp: {
      secret: "module-test-secret",
      testNumbers: { [PHONE]: "123456", "+919000000002": "654321" },
      maxCodesPerIpPerHour: 100,
    },
  },
  testSuite: ({ service }) => {
    describe("otp module", () => {
      it("lets one of many concurrent requests for a phone through; the rest meet the cooldown", async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, () =>
            service.requestCode({ actorType: "customer", phone: PHONE, clientIp: "10.0.0.1" })
          )
        )
        const fulfilled = results.filter((r) => r.status === "fulfilled")
        const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(fulfilled).toHaveLength(1)
        expect(rejected.map((r) => r.reason.name)).toEqual(Array(9).fill("OtpRateLimitError"))
        expect(await service.listOtpChallenges({ phone: PHONE })).toHaveLength(1)
      })

      it("refuses a right code after its lifetime, using the caller's clock", async () => {
        const sentAt = new Date()
        await service.requestCode({ actorType: "customer", phone: PHONE, now: sentAt })
        const late = new Date(sentAt.getTime() + 301 * 1000)
        await expect(
          service.verifyCode({ actorType: "customer", phone: PHONE, code: "123456", now: late })
        ).rejects.toThrow("Invalid or expired code")
        const onTime = new Date(sentAt.getTime() + 299 * 1000)
        const { verification } = await service.verifyCode({
          actorType: "customer",
          phone: PHONE,
          code: "123456",
          now: onTime,
        })
        expect(verification.split(".")).toHaveLength(2)
      })

      it("keeps challenges of different actor types apart", async () => {
        await service.requestCode({ actorType: "seller", phone: "+919000000002" })
        await expect(
          service.verifyCode({ actorType: "customer", phone: "+919000000002", code: "654321" })
        ).rejects.toThrow("Invalid or expired code")
        await expect(
          service.verifyCode({ actorType: "seller", phone: "+919000000002", code: "654321" })
        ).resolves.toMatchObject({ phone: "+919000000002" })
      })

      it("counts the day's activity", async () => {
        await service.requestCode({ actorType: "customer", phone: PHONE })
        await expect(
          service.verifyCode({ actorType: "customer", phone: PHONE, code: "000000" })
        ).rejects.toThrow()
        await service.verifyCode({ actorType: "customer", phone: PHONE, code: "123456" })
        const [today] = await service.listDailyActivity(1)
        expect(today).toMatchObject({ sent: 1, verified: 1, failed: 1, locked: 0 })
      })
    })
  },
})
