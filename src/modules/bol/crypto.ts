import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto"
import { MedusaError } from "@medusajs/framework/utils"

export const ENCRYPTION_KEY_ENV = "BAZAAR_BOL_ENCRYPTION_KEY"

const FORMAT = "v1"
const ALGORITHM = "aes-256-gcm"
const IV_BYTES = 12
const KEY_BYTES = 32

function invalidKey(reason: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `${ENCRYPTION_KEY_ENV} ${reason}: it must be 32 random bytes, written as 64 hex characters or as base64 (e.g. \`openssl rand -hex 32\`)`
  )
}

/** Reads a 32-byte key given as 64 hex characters or as base64. */
export function parseEncryptionKey(value: string): Buffer {
  const trimmed = value.trim()
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    return Buffer.from(trimmed, "hex")
  }
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64")
    if (bytes.length === KEY_BYTES) {
      return bytes
    }
  }
  throw invalidKey("is malformed")
}

export type KeyResolution = { production: boolean; warn: (message: string) => void }

/**
 * The key from the module option. Without one, production refuses to start;
 * elsewhere a fixed development key is derived, with a warning, so that a
 * fresh checkout works (secrets stored that way are not protected).
 */
export function resolveEncryptionKey(value: string | undefined, { production, warn }: KeyResolution): Buffer {
  if (value !== undefined && value.trim() !== "") {
    return parseEncryptionKey(value)
  }
  if (production) {
    throw invalidKey("must be set when NODE_ENV=production")
  }
  warn(
    `${ENCRYPTION_KEY_ENV} is not set: bol.com client secrets are encrypted with a fixed development key. Set it before storing real credentials.`
  )
  return createHash("sha256").update("bazaar bol development key (not for production)").digest()
}

/**
 * AES-256-GCM for the client secrets at rest, as `v1:<iv>:<tag>:<ciphertext>`
 * (base64). `context` (e.g. the account id) is bound as associated data, so a
 * ciphertext copied to another row does not decrypt.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) {
      throw invalidKey("has the wrong length")
    }
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv(ALGORITHM, this.key, iv)
    cipher.setAAD(Buffer.from(context, "utf8"))
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
    return [FORMAT, iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":")
  }

  open(sealed: string, context: string): string {
    const [format, iv, tag, ciphertext] = sealed.split(":")
    if (format !== FORMAT || !iv || !tag || ciphertext === undefined) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "A bol.com client secret is stored in an unknown format")
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, "base64"))
      decipher.setAAD(Buffer.from(context, "utf8"))
      decipher.setAuthTag(Buffer.from(tag, "base64"))
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8")
    } catch {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `A bol.com client secret could not be decrypted: ${ENCRYPTION_KEY_ENV} differs from the key it was stored with, or the stored value was altered`
      )
    }
  }
}
