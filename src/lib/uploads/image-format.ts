export type ImageFormat = { mime: string; extension: string }

const SIGNATURES: { format: ImageFormat; matches: (bytes: Buffer) => boolean }[] = [
  {
    format: { mime: "image/png", extension: "png" },
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { format: { mime: "image/jpeg", extension: "jpg" }, matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    format: { mime: "image/gif", extension: "gif" },
    matches: (b) => ["GIF87a", "GIF89a"].includes(b.subarray(0, 6).toString("latin1")),
  },
  {
    format: { mime: "image/webp", extension: "webp" },
    matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
]

/**
 * The raster image format of `bytes`, read from its signature rather than the
 * client's declared type; null for anything else (SVG is refused: it can carry script).
 */
export function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.format ?? null
}
