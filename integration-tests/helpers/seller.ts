import type { AxiosInstance } from "axios"

/**
 * Signs a seller up as the seller app would: phone + OTP (a configured test
 * number), POST /seller/register, then a token refresh to act as the seller.
 */
export async function signUpSeller(
  api: AxiosInstance,
  phone: string,
  code: string,
  name = "Test Seller"
): Promise<{ token: string; sellerId: string; headers: { authorization: string } }> {
  await api.post("/auth/seller/phone-otp", { phone })
  const { data: verified } = await api.post("/auth/seller/phone-otp", { phone, code })
  const registrationHeaders = { authorization: `Bearer ${verified.token}` }
  const { data: registered } = await api.post("/seller/register", { name }, { headers: registrationHeaders })
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, { headers: registrationHeaders })
  return {
    token: refreshed.token,
    sellerId: registered.seller.id,
    headers: { authorization: `Bearer ${refreshed.token}` },
  }
}
