const { existsSync, readFileSync, writeFileSync, mkdirSync } = require("fs")
const { randomBytes } = require("crypto")
const { resolve } = require("path")

/**
 * The demo admin's login, generated once per data folder and kept in
 * `<dataDir>/admin.json` (git-ignored, mode 600) so every start can print it.
 */
function loadOrCreateAdminCredentials(dataDir, env = process.env) {
  const file = resolve(dataDir, "admin.json")
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, "utf8"))
  }
  const credentials = {
    email: env.BAZAAR_ADMIN_EMAIL || "admin@bazaar.local",
    password: env.BAZAAR_ADMIN_PASSWORD || randomBytes(12).toString("base64url"),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 })
  return credentials
}

module.exports = { loadOrCreateAdminCredentials }
