import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sellerApi } from "./workspace"

type EmailLogin = { email: string | null }

const emailLoginKey = ["bazaar", "workspace", "email-login"] as const

/** `GET /seller/me/email-login`: the email the seller also signs in to the admin with. */
export function useEmailLogin() {
  return useQuery({
    queryKey: emailLoginKey,
    queryFn: async () => (await sellerApi<{ email_login: EmailLogin }>("/me/email-login")).email_login,
  })
}

/** `POST /seller/me/email-login`: sets that email and the password. */
export function useSetEmailLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) =>
      (await sellerApi<{ email_login: EmailLogin }>("/me/email-login", { method: "POST", body: input })).email_login,
    onSuccess: (login) => queryClient.setQueryData(emailLoginKey, login),
  })
}
