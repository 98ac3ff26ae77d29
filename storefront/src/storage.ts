// Kept in localStorage: the cart of each shop (by its handle) and the signed-in customer's token.
const cartKey = (handle: string) => `bazaar:cart:${handle}`
const TOKEN_KEY = "bazaar:customer-token"

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // storage refused (private mode, full): the cart lives for this page only
  }
}

export const storedCartId = (handle: string) => read(cartKey(handle))
export const storeCartId = (handle: string, id: string | null) => write(cartKey(handle), id)
export const storedToken = () => read(TOKEN_KEY)
export const storeToken = (token: string | null) => write(TOKEN_KEY, token)
