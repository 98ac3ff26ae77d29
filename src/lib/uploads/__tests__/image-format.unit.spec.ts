import { sniffImageFormat } from "../image-format"

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))))

describe("sniffImageFormat", () => {
  it("recognises PNG, JPEG, GIF and WebP by their signatures", () => {
    expect(sniffImageFormat(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mime).toBe("image/png")
    expect(sniffImageFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe("image/jpeg")
    expect(sniffImageFormat(bytes("GIF89a", [1, 0]))?.mime).toBe("image/gif")
    expect(sniffImageFormat(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))?.extension).toBe("webp")
  })

  it("refuses SVG, text and truncated files whatever their name or declared type", () => {
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeNull()
    expect(sniffImageFormat(Buffer.from("just text"))).toBeNull()
    expect(sniffImageFormat(bytes([0x89], "PN"))).toBeNull()
    expect(sniffImageFormat(Buffer.alloc(0))).toBeNull()
  })
})
