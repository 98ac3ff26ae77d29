import { spawnSync } from "child_process"
import { mkdtempSync, readFileSync, rmSync } from "fs"
import { tmpdir } from "os"
import { join, resolve } from "path"
import { gzipSync } from "zlib"
import { SHOP_PAGE_JS_BUDGET_GZIP_BYTES } from "../js-budget"

const ROOT = resolve(__dirname, "..", "..")

/** The JavaScript files a built index.html loads: its module scripts and their preloaded chunks. */
function scriptsOf(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1])
  return [...new Set([...scripts, ...preloads])]
}

describe("the shop page's JavaScript", () => {
  let outDir: string
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), "bazaar-storefront-build-"))
    const build = spawnSync(resolve(ROOT, "node_modules", ".bin", "vite"), ["build", "storefront", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
      cwd: ROOT,
      encoding: "utf8",
    })
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr || build.stdout}`)
  }, 120_000)
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it(`stays within ${SHOP_PAGE_JS_BUDGET_GZIP_BYTES} bytes gzipped, every file index.html loads counted`, () => {
    const scripts = scriptsOf(readFileSync(join(outDir, "index.html"), "utf8"))
    expect(scripts.length).toBeGreaterThan(0)
    const sizes = scripts.map((src) => ({ src, gzipped: gzipSync(readFileSync(join(outDir, src))).length }))
    const total = sizes.reduce((sum, file) => sum + file.gzipped, 0)
    const overBudget = total > SHOP_PAGE_JS_BUDGET_GZIP_BYTES ? `${total} bytes: ${sizes.map((f) => `${f.src} ${f.gzipped}`).join(", ")}` : null
    expect(overBudget).toBeNull()
  })

  it("finds both module scripts and preloaded chunks in an index.html", () => {
    const html = '<script type="module" crossorigin src="/assets/a.js"></script><link rel="modulepreload" crossorigin href="/assets/b.js">'
    expect(scriptsOf(html)).toEqual(["/assets/a.js", "/assets/b.js"])
  })
})
