/**
 * Malformed input for the route fuzz test: each value is written as it goes
 * on the wire (path and query values already percent-encoded or deliberately
 * not), grouped by where it goes.
 */

/** Replacements for one path parameter. */
export const MALFORMED_PATH_PARAMS = [
  "%00",
  "a%00b",
  "%E0%A4%A",
  "%",
  "%zz",
  "%C0%AF",
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "x".repeat(2048),
  "%F0%9F%98%80",
  "..%2F..%2Fetc",
  "-1",
  "1e308",
  "null",
  "%27%20OR%201%3D1--",
]

/** Query strings (without the leading "?"). */
export const MALFORMED_QUERIES = [
  "limit=1e308",
  "limit=-1",
  "limit=abc",
  "limit[]=1",
  "limit[$gt]=1",
  "offset=99999999999999999999",
  "offset=-5",
  "q=%00",
  "q[]=a&q[]=b",
  "q[$ne]=x",
  "q=%E0%A4%A",
  "status[]=active",
  "status=%00",
  "status[$in][]=x",
  "fields=%00",
  "fields=*%00",
  "fields=+nonexistent_field",
  "fields=-",
  "fields=..,,",
  "fields[]=id",
  "fields=*shop.*.*.*",
  "order=%00",
  "order=-",
  "order=--id",
  "order=nonexistent",
  "order[]=id",
  "order[id]=asc",
  "created_at[$gt]=99999-12-31",
  "created_at[$lt]=0000-00-00",
  "created_at[$gte]=-infinity",
  "created_at=not-a-date",
  "updated_at[$lt]=294277-01-01T00:00:00Z",
  "id[]=%00",
  "id[$in][]=%00",
  "id[$like]=%25",
  "__proto__[polluted]=1",
  "constructor[prototype][polluted]=1",
  "toString=1",
  "%E0%A4%A=1",
  "a[b][c][d][e][f][g][h][i][j][k][l]=1",
  "with_deleted=%00",
  "expand=%00",
]

/** Raw JSON bodies, sent with content-type application/json. */
export const MALFORMED_RAW_BODIES = [
  "null", "[]", "42", '"text"', "true", "{", '{"a":', "[{}]", "{}", "\u0000",
  '{"__proto__":{"polluted":true}}', '{"name":"\\ud800"}', '{"name":"x","name":{"a":1}}',
]

/** Field names Bazaar's and Medusa's write routes take; bodies below set all of them at once. */
const FIELDS = [
  "name", "phone", "code", "mrp", "sale_price", "quantity", "product_id", "variant_id", "category",
  "description", "image_url", "address", "shipping_address", "email", "tracking_number", "tracking_url",
  "label", "client_id", "client_secret", "token_url", "api_base_url", "status", "new_handle",
  "transporter_code", "bol_order_id", "order_id", "resources", "payment_provider_id", "title", "handle",
  "items", "metadata", "region_id", "sales_channel_id", "currency_code", "country_code", "line", "city",
  "postal_code", "first_name", "address_1", "starts_at", "ends_at", "limit", "created_at",
]

const everyField = (value: unknown) => Object.fromEntries(FIELDS.map((field) => [field, value]))

let nested: unknown = "bottom"
for (let depth = 0; depth < 120; depth++) nested = { n: nested }

/** JSON bodies: each sets every known field to the same wrong value, or attacks the object itself. */
export const MALFORMED_JSON_BODIES: unknown[] = [
  everyField("\u0000"),
  everyField("a\u0000b"),
  everyField({}),
  everyField({ $ne: null }),
  everyField([]),
  everyField([null]),
  everyField(1e308),
  everyField(-1),
  everyField(Number.MAX_SAFE_INTEGER + 2),
  everyField(true),
  everyField(""),
  everyField("x".repeat(20000)),
  everyField("99999-12-31T00:00:00Z"),
  everyField("constructor"),
  { constructor: { prototype: { polluted: true } } },
  { toString: "x", valueOf: 1, hasOwnProperty: [] },
  { nested },
  { address: everyField("\u0000"), shipping_address: everyField({}) },
]
