import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import multer from "multer"
import { sniffImageFormat } from "../../lib/uploads/image-format"
import { BAZAAR_MODULE } from "../../modules/bazaar"
import type BazaarModuleService from "../../modules/bazaar/service"

const NUMERIC_FIELDS = ["mrp", "sale_price"]

/** Form fields arrive as text: numbers become numbers, `sale_price=null` removes, empty fields are left out. */
function typedFormFields(fields: Record<string, unknown>) {
  const typed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    if (value === "") continue
    if (NUMERIC_FIELDS.includes(key) && typeof value === "string") {
      typed[key] = value === "null" ? null : /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value
    } else {
      typed[key] = value
    }
  }
  return typed
}

/**
 * For multipart/form-data requests: takes one image file from the field
 * `image` (in memory, up to `maxImageBytes`), checks its bytes are a PNG,
 * JPEG, WebP or GIF, and types the other fields. JSON requests pass through.
 */
export function acceptProductImage(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) return next()
  const { maxImageBytes } = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE).options
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxImageBytes, files: 1, fields: 20, fieldSize: 64 * 1024 },
  }).single("image")

  upload(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      if (error.code === "LIMIT_FILE_SIZE") {
        return res
          .status(413)
          .json({ type: "invalid_data", message: `image is larger than the ${maxImageBytes} bytes allowed` })
      }
      const message =
        error.code === "LIMIT_UNEXPECTED_FILE" || error.code === "LIMIT_FILE_COUNT"
          ? `Send one image file, in the form field "image"`
          : `Invalid upload: ${error.message}`
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    if (error) return next(error)
    const file = req.file
    if (file && !sniffImageFormat(file.buffer)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "image must be a PNG, JPEG, WebP or GIF file"))
    }
    req.body = typedFormFields((req.body ?? {}) as Record<string, unknown>)
    next()
  })
}

/**
 * The URL of the product's image: the uploaded file, stored through Medusa's
 * File module, or the `image_url` given. One of the two when `required`.
 */
export async function productImageUrl(req: MedusaRequest, imageUrl: string | undefined, required: boolean) {
  const file = req.file
  if (file && imageUrl) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send either an image file or image_url, not both")
  }
  if (!file) {
    if (required && !imageUrl) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "image (a file) or image_url is required")
    }
    return imageUrl
  }
  const format = sniffImageFormat(file.buffer)!
  const {
    result: [stored],
  } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `product.${format.extension}`,
          mimeType: format.mime,
          content: file.buffer.toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return stored.url
}
