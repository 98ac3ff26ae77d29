import type { AxiosInstance } from "axios"

/**
 * A seller signed in to the admin as the workspace's phone sign-in does it:
 * a code for actor `user`, the token, and Medusa's session cookie made from it.
 */
export async function sellerAdminLogin(api: AxiosInstance, who: { phone: string; code: string }) {
  await api.post("/auth/user/phone-otp", { phone: who.phone })
  const { data } = await api.post("/auth/user/phone-otp", who)
  const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${data.token}` } })
  const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
  if (!cookie) throw new Error("no session cookie was set")
  return { token: data.token as string, bearer: { authorization: `Bearer ${data.token}` }, session: { cookie } }
}
