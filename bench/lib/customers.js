// Buyers for benches: customers signed in with phone + OTP on test numbers
// (the app must list them in BAZAAR_OTP_TEST_NUMBERS), each with its bearer.
const { json } = require("./seller-shop")
const { mapConcurrent } = require("./concurrency")

/** `count` test buyers { phone, code } on Indian numbers `+91<prefix><index padded>`, all with `code`. */
function testBuyers(count, { prefix = "92", code = "424242" } = {}) {
  return Array.from({ length: count }, (_, i) => ({ phone: `+91${prefix}${String(i).padStart(10 - prefix.length, "0")}`, code }))
}

/** What BAZAAR_OTP_TEST_NUMBERS needs for these people ({ phone, code }). */
function testNumbersEnv(people) {
  return people.map((who) => `${who.phone}:${who.code}`).join(",")
}

/** Signs each buyer in (the customer is created at the first login) and sets `buyer.auth` to its bearer header. */
async function signInCustomers(app, buyers, concurrency = 16) {
  await mapConcurrent(buyers, concurrency, async (buyer) => {
    await json(app, "/auth/customer/phone-otp", { method: "POST", body: { phone: buyer.phone } })
    const { token } = await json(app, "/auth/customer/phone-otp", { method: "POST", body: { phone: buyer.phone, code: buyer.code } })
    buyer.auth = { authorization: `Bearer ${token}` }
  })
  return buyers
}

module.exports = { testBuyers, testNumbersEnv, signInCustomers }
