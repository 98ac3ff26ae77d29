import { readdirSync } from "fs"
import { basename, join } from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkResponsesAgainstContract } from "./contract-check"
import { useEnv } from "./env"

export type SuiteArgs = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]

/** A `*.suite.ts` file: the environment its app needs, its timeout, and its tests. */
type DomainSuite = { env?: Record<string, string>; timeoutMs?: number; suite: (args: SuiteArgs) => void }

const OTP_TEST_NUMBERS = "BAZAAR_OTP_TEST_NUMBERS"

/**
 * The environment all suites of a domain share: each variable must agree
 * across suites, except the OTP test numbers, which add up (one code per phone).
 */
export function mergeSuiteEnv(suites: { name: string; env?: Record<string, string> }[]): Record<string, string> {
  const merged: Record<string, string> = {}
  const from: Record<string, string> = {}
  const codes = new Map<string, string>()
  for (const { name, env = {} } of suites) {
    for (const [key, value] of Object.entries(env)) {
      if (key === OTP_TEST_NUMBERS) {
        for (const pair of value.split(",").filter(Boolean)) {
          const [phone, code] = pair.split(":")
          if (codes.has(phone) && codes.get(phone) !== code) {
            throw new Error(`${name} gives test number ${phone} code ${code}, another suite of its domain gives ${codes.get(phone)}`)
          }
          codes.set(phone, code)
        }
        continue
      }
      if (key in merged && merged[key] !== value) {
        throw new Error(`${name} sets ${key}=${value}, ${from[key]} sets ${merged[key]}: give the suite its own spec file`)
      }
      merged[key] = value
      from[key] = name
    }
  }
  if (codes.size) merged[OTP_TEST_NUMBERS] = [...codes].map(([phone, code]) => `${phone}:${code}`).join(",")
  return merged
}

/**
 * Runs every `*.suite.ts` of `dir` against one booted app, each in its own
 * `describe`: a domain boots Medusa once, not once per file. The runner
 * empties the database after every test, so suites do not see each other's data.
 */
export function runDomainSuites(dir: string): void {
  const suites = readdirSync(dir)
    .filter((file) => file.endsWith(".suite.ts"))
    .sort()
    .map((file) => ({ name: basename(file, ".suite.ts"), ...(require(join(dir, file)) as DomainSuite) }))
  if (!suites.length) throw new Error(`No *.suite.ts files in ${dir}`)
  useEnv(mergeSuiteEnv(suites))
  jest.setTimeout(Math.max(...suites.map((suite) => suite.timeoutMs ?? 180_000)))
  medusaIntegrationTestRunner({
    testSuite: (args) => {
      checkResponsesAgainstContract(args.api)
      for (const suite of suites) {
        describe(suite.name, () => suite.suite(args))
      }
    },
  })
}
