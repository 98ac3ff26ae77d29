// The baseline: what a naive storefront does with Medusa's own Store API. A
// tiny HTTP server (no framework) answers GET /<handle> with one HTML page
// whose inline script fetches all the shop's products from GET /store/products
// (calculated prices for the shop's region, the shop's publishable key written
// into the page), renders each as an <article> with image, title and price,
// then marks the catalog section ready. The same server hands out the product
// images both pages show (GET /img/<name>.svg), so neither page waits on the
// internet.
const http = require("http")

const PALETTE = ["#f97316", "#16a34a", "#2563eb", "#db2777", "#7c3aed", "#0891b2"]

/** A square picture with a label, coloured by the label. */
function imageSvg(label) {
  const colour = PALETTE[[...label].reduce((sum, c) => sum + c.charCodeAt(0), 0) % PALETTE.length]
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">` +
    `<rect width="400" height="400" rx="24" fill="${colour}"/>` +
    `<text x="200" y="210" font-family="sans-serif" font-size="40" fill="#fff" text-anchor="middle">${label}</text></svg>`
  )
}

const escapeHtml = (text) => String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The page for one shop. `shop`: { name, publishableKey, productCount };
 * `backendUrl`, `regionId`. Written as plainly as a first storefront would be.
 */
function naivePageHtml({ shop, backendUrl, regionId }) {
  const config = {
    url:
      `${backendUrl}/store/products?limit=${shop.productCount}` +
      `&fields=id,title,thumbnail,*variants.calculated_price&region_id=${regionId}`,
    key: shop.publishableKey,
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shop.name)}</title>
<style>body{font-family:sans-serif;margin:0 12px}section{display:grid;grid-template-columns:1fr 1fr;gap:12px}
article img{width:100%;aspect-ratio:1;display:block}article h3{font-size:15px;margin:6px 0}</style>
</head><body>
<h1>${escapeHtml(shop.name)}</h1>
<section aria-label="Catalog" data-state="loading"></section>
<script>
const config = ${JSON.stringify(config)};
fetch(config.url, { headers: { "x-publishable-api-key": config.key } })
  .then((response) => response.json())
  .then(({ products }) => {
    const section = document.querySelector('section[aria-label="Catalog"]');
    for (const product of products) {
      const price = product.variants[0].calculated_price;
      const money = new Intl.NumberFormat("en-IN", { style: "currency", currency: price.currency_code.toUpperCase() });
      const article = document.createElement("article");
      const image = document.createElement("img");
      image.src = product.thumbnail;
      image.alt = product.title;
      const title = document.createElement("h3");
      title.textContent = product.title;
      const amount = document.createElement("p");
      amount.textContent = money.format(price.calculated_amount);
      article.append(image, title, amount);
      section.append(article);
    }
    section.dataset.state = "ready";
  });
</script>
</body></html>`
}

/**
 * Starts the baseline server on `port`. `pages` maps a shop handle to the
 * page's inputs; it may be filled after the start (the images' URLs must be
 * known before the shops are seeded). Answers { url, pages, stop }.
 */
async function startNaivePageServer(port) {
  const pages = new Map()
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, "http://localhost").pathname
    const image = path.match(/^\/img\/([\w-]+)\.svg$/)
    if (image) {
      res.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "public, max-age=3600" })
      res.end(imageSvg(image[1]))
      return
    }
    const page = pages.get(decodeURIComponent(path.slice(1)))
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" })
      res.end(`no page at ${path}`)
      return
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" })
    res.end(naivePageHtml(page))
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, resolve)
  })
  return {
    url: `http://localhost:${port}`,
    pages,
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}

module.exports = { startNaivePageServer }
