const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatchByType = {
  unit: [
    "**/src/**/__tests__/**/*.unit.spec.[jt]s",
    "**/scripts/**/__tests__/**/*.unit.spec.[jt]s",
    "**/tools/**/__tests__/**/*.unit.spec.[jt]s",
    "**/storefront/__tests__/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  "plugin-install": ["**/integration-tests/plugin-install/**/*.spec.[jt]s"],
  browser: ["**/integration-tests/browser/**/*.spec.[jt]s"],
}

// Every test runs in a time zone far from UTC (UTC+14, where the local date differs from the UTC date
// 14 hours a day) unless TZ is set: code that takes the server's local day for the UTC day fails in
// tests, not in production. Set here, in Jest's own process, because a test's process.env is a copy.
process.env.TZ = process.env.TZ || "Pacific/Kiritimati"

const testType = process.env.TEST_TYPE
if (!testMatchByType[testType]) {
  throw new Error(
    `TEST_TYPE must be one of ${Object.keys(testMatchByType).join(", ")} (got "${testType}")`
  )
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.bazaar/"],
  setupFiles: ["./integration-tests/setup.js"],
  globalSetup: "./integration-tests/global-setup.js",
  globalTeardown: "./integration-tests/global-teardown.js",
  testMatch: testMatchByType[testType],
  testPathIgnorePatterns:
    testType === "unit" ? ["/node_modules/"] : ["/node_modules/", "\\.unit\\.spec\\."],
}
