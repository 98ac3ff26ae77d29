import type { ExecArgs } from "@medusajs/framework/types"
import { BOL_MODULE } from "../../src/modules/bol"
import { isBolResourceName } from "../../src/modules/bol/client/resources"
import type BolModuleService from "../../src/modules/bol/service"

/**
 * `medusa exec bench/bol-sync/create-account.ts`: the benchmark's bol.com
 * account, through the module (so the secret is stored encrypted). The
 * credentials and simulator URL come from BENCH_BOL_* variables, not argv,
 * so that the secret never shows in a process list.
 */
export default async function createBenchAccount({ container }: ExecArgs) {
  const env = process.env
  const account = await container.resolve<BolModuleService>(BOL_MODULE).createAccount({
    shop_id: "shop_bench_bol_sync",
    label: "bol sync benchmark",
    client_id: env.BENCH_BOL_CLIENT_ID ?? "",
    client_secret: env.BENCH_BOL_CLIENT_SECRET ?? "",
    api_base_url: env.BENCH_BOL_API_URL,
    token_url: env.BENCH_BOL_TOKEN_URL,
    // BENCH_BOL_RESOURCES: a comma list; empty for an account that syncs nothing yet (the app stays idle).
    resources: (env.BENCH_BOL_RESOURCES ?? "shipments").split(",").filter(isBolResourceName),
  })
  console.log(`bench account ${account.id}`)
}
