import type { ResolvedBazaarOptions } from "../options/types"

export type Capability = {
  id: string
  label: string
  enabled: boolean
  detail?: string
}

/**
 * The features this build of Bazaar ships, and whether the options enable
 * each one. Every feature adds its entry here so that the store info route
 * and the admin settings page report it.
 */
export function listCapabilities(options: ResolvedBazaarOptions): Capability[] {
  return [
    {
      id: "sellers",
      label: "Sellers and shops",
      enabled: true,
      detail: options.requireSellerApproval ? "new sellers wait for approval" : "open sign-up",
    },
    {
      id: "phone-otp",
      label: "Phone + OTP login",
      enabled: options.otp.enabled,
      detail: options.otp.enabled ? `SMS via ${options.otp.sms.provider}` : undefined,
    },
    {
      // Always on: the bol module is registered with every install (app and plugin mode);
      // the options only decide which API URLs an account may use.
      id: "bol",
      label: "bol.com connector",
      enabled: true,
      detail: options.bol.allowCustomUrls
        ? "accounts may use other API URLs (simulator, demo)"
        : "bol.com's API URLs only",
    },
  ]
}
