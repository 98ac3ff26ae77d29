const PALETTE = ["#f97316", "#16a34a", "#2563eb", "#db2777", "#7c3aed", "#0891b2"]

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A simple square product picture (coloured by category, with the name) for demo data. */
export function productImageSvg(name: string, category: string): string {
  const colour = PALETTE[[...category].reduce((sum, c) => sum + c.charCodeAt(0), 0) % PALETTE.length]
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">`,
    `<rect width="400" height="400" rx="24" fill="${colour}"/>`,
    `<text x="200" y="190" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${escapeXml(name)}</text>`,
    `<text x="200" y="240" font-family="sans-serif" font-size="22" fill="#fff" opacity="0.8" text-anchor="middle">${escapeXml(category)}</text>`,
    `</svg>`,
  ].join("")
}
