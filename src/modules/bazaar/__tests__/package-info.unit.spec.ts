import { mkdtempSync, mkdirSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"
import { readPackageInfo } from "../package-info"

const ownPackage = require("../../../../package.json")

describe("readPackageInfo", () => {
  it("finds Bazaar's package.json from the sources", () => {
    expect(readPackageInfo()).toEqual({
      name: ownPackage.name,
      version: ownPackage.version,
    })
  })

  it("skips other package.json files on the way up", () => {
    const root = mkdtempSync(join(tmpdir(), "bazaar-pkg-"))
    writeFileSync(
      join(root, "package.json"),
      JSON.stringify({ name: "medusa-plugin-bazaar", version: "9.9.9" })
    )
    const nested = join(root, ".medusa", "server", "src", "modules", "bazaar")
    mkdirSync(nested, { recursive: true })
    writeFileSync(
      join(root, ".medusa", "server", "package.json"),
      JSON.stringify({ name: "some-app", version: "1.0.0" })
    )
    expect(readPackageInfo(nested)).toEqual({
      name: "medusa-plugin-bazaar",
      version: "9.9.9",
    })
  })

  it("says so when there is no Bazaar package.json above", () => {
    const lonely = mkdtempSync(join(tmpdir(), "bazaar-none-"))
    expect(() => readPackageInfo(lonely)).toThrow(
      /Cannot find the package.json of medusa-plugin-bazaar/
    )
  })
})
