import { writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ensureAdminUser } from "./demo/admin-user"
import { createMarketplaceBasics } from "./demo/marketplace-basics"
import { createDemoOrder } from "./demo/demo-order"
import { createDemoSeller } from "./demo/demo-seller"
import { OTP_MODULE } from "../modules/otp"
import type OtpModuleService from "../modules/otp/service"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"

const SEEDED_FLAG = "bazaar_demo_seeded"

export type DemoSummary = {
  admin_email: string
  admin_created: boolean
  publishable_key: string | null
  seeded_now: boolean
  /** A test number with its fixed code, when the OTP options configure one; also the demo seller's phone. */
  demo_phone_login: { phone: string; code: string } | null
  demo_shop_handles: string[]
}

async function findPublishableKey(
  container: ExecArgs["container"]
): Promise<string | null> {
  const [key] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: "Bazaar demo storefront", type: "publishable" })
  return key?.token ?? null
}

async function demoShopHandles(container: ExecArgs["container"]): Promise<string[]> {
  const shops = await container.resolve<SellerModuleService>(SELLER_MODULE).listShops({}, { order: { created_at: "ASC" }, take: 5 })
  return shops.map((shop) => shop.handle)
}

function demoPhoneLogin(container: ExecArgs["container"]) {
  const { enabled, testNumbers } = container.resolve<OtpModuleService>(OTP_MODULE).settings
  const [first] = Object.entries(testNumbers)
  return enabled && first ? { phone: first[0], code: first[1] } : null
}

/**
 * Seeds the demo marketplace once (guarded by a flag in the store's metadata)
 * and makes sure the demo admin exists. Run by `npm run dev`; also usable as
 * `BAZAAR_ADMIN_PASSWORD=… npx medusa exec ./src/scripts/seed-demo.ts`.
 * Writes a JSON summary to BAZAAR_DEMO_SUMMARY_FILE when that is set.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.BAZAAR_ADMIN_EMAIL || "admin@bazaar.local"
  const password = process.env.BAZAAR_ADMIN_PASSWORD
  if (!password) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "BAZAAR_ADMIN_PASSWORD must be set to seed the demo admin"
    )
  }

  const adminResult = await ensureAdminUser(container, email, password)

  const [store] = await container.resolve(Modules.STORE).listStores()
  const alreadySeeded = Boolean(store.metadata?.[SEEDED_FLAG])
  if (!alreadySeeded) {
    logger.info("Seeding the Bazaar demo marketplace…")
    await createMarketplaceBasics(container)
    const demoPhone = demoPhoneLogin(container)
    if (demoPhone) {
      const seller = await createDemoSeller(container, demoPhone.phone)
      await createDemoOrder(container, seller.id, demoPhone.phone)
    }
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: { metadata: { ...store.metadata, [SEEDED_FLAG]: true } },
      },
    })
    logger.info("Demo marketplace seeded.")
  }

  const summary: DemoSummary = {
    admin_email: email,
    admin_created: adminResult === "created",
    publishable_key: await findPublishableKey(container),
    seeded_now: !alreadySeeded,
    demo_phone_login: demoPhoneLogin(container),
    demo_shop_handles: await demoShopHandles(container),
  }
  if (process.env.BAZAAR_DEMO_SUMMARY_FILE) {
    writeFileSync(process.env.BAZAAR_DEMO_SUMMARY_FILE, JSON.stringify(summary))
  }
}
