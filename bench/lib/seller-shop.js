// What the benches that need a seller's shop share: JSON calls to the bench
// app, and a phone-verified seller with one shop in India.

/** `app.call` with a JSON body and content type. */
async function json(app, path, init = {}) {
  return app.call(path, {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

/** Signs `seller` ({ phone, code }, an OTP test number) up and opens `shopName`: { headers, shop }. */
async function openSellerShop(app, seller, shopName) {
  await json(app, "/auth/seller/phone-otp", { method: "POST", body: { phone: seller.phone } })
  const { token } = await json(app, "/auth/seller/phone-otp", { method: "POST", body: seller })
  const registration = { authorization: `Bearer ${token}` }
  await json(app, "/seller/register", { method: "POST", headers: registration, body: { name: "Bench Seller" } })
  const refreshed = await json(app, "/auth/token/refresh", { method: "POST", headers: registration, body: {} })
  const headers = { authorization: `Bearer ${refreshed.token}` }
  const { shop } = await json(app, "/seller/shops", {
    method: "POST",
    headers,
    body: { name: shopName, address: { line: "1 Bench Rd", city: "Pune", postal_code: "411001", country_code: "IN" } },
  })
  return { headers, shop }
}

module.exports = { json, openSellerShop }
