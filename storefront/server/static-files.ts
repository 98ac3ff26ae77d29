import { readFile, stat } from "fs/promises"
import type { IncomingMessage, ServerResponse } from "http"
import { extname, join, normalize, sep } from "path"
import { gzipSync } from "zlib"

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json",
}
const COMPRESSIBLE = new Set([".js", ".css", ".svg", ".json", ".txt", ".map"])

// Vite names the files under /assets/ by their content hash: they never change under the same name.
const IMMUTABLE = "public, max-age=31536000, immutable"
const SHORT = "public, max-age=3600"

type StaticFile = { body: Buffer; gzipped: Buffer | null; type: string; cacheControl: string }

/** The built app's files (dist/), read once and kept in memory with their gzip: a few small files. */
export function staticFiles(distDir: string) {
  const root = normalize(distDir + sep)
  // only files that exist are kept, so that requests for random names cannot fill it
  const cache = new Map<string, StaticFile>()

  async function load(urlPath: string): Promise<StaticFile | null> {
    const cached = cache.get(urlPath)
    if (cached) return cached
    let file: StaticFile | null = null
    const path = normalize(join(root, urlPath))
    if (path.startsWith(root) && urlPath !== "/index.html") {
      const info = await stat(path).catch(() => null)
      if (info?.isFile()) {
        const body = await readFile(path)
        const ext = extname(path)
        file = {
          body,
          gzipped: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
          type: TYPES[ext] ?? "application/octet-stream",
          cacheControl: urlPath.startsWith("/assets/") ? IMMUTABLE : SHORT,
        }
      }
    }
    if (file) cache.set(urlPath, file)
    return file
  }

  /** Answers `urlPath` from dist/ and returns true, or returns false when there is no such file. */
  return async function serve(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<boolean> {
    const file = await load(urlPath)
    if (!file) return false
    const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    const body = gzip ? file.gzipped! : file.body
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": body.length,
      "cache-control": file.cacheControl,
      "x-content-type-options": "nosniff",
      ...(file.gzipped ? { vary: "accept-encoding" } : {}),
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    })
    res.end(req.method === "HEAD" ? undefined : body)
    return true
  }
}
