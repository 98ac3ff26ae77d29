/** The most JavaScript a shop page may load, gzipped, in bytes: phones on slow networks open shop links. */
export const SHOP_PAGE_JS_BUDGET_GZIP_BYTES = 40 * 1024
