import { MedusaError } from "@medusajs/framework/utils"
import { BolAuthError } from "../client/errors"
import { requestAccessToken } from "../client/token-request"

const CHECK_TIMEOUT_MS = 10_000

/**
 * Proves a client id and secret before they are saved: one token request to
 * bol's login server. Refused credentials are a 400 naming the problem;
 * bol.com being unreachable is a 400 that says so (nothing is saved either way).
 */
export async function verifyBolCredentials(input: { client_id: string; client_secret: string; token_url: string }) {
  try {
    await requestAccessToken(
      { accountId: "credential-check", clientId: input.client_id, clientSecret: input.client_secret, tokenUrl: input.token_url },
      { fetch: globalThis.fetch, timeoutMs: CHECK_TIMEOUT_MS }
    )
  } catch (error) {
    if (error instanceof BolAuthError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "bol.com refused these credentials (client_id or client_secret is wrong)")
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not check the credentials with bol.com: ${(error as Error).message}`
    )
  }
}
