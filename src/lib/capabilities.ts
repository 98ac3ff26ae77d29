import type { ResolvedBazaarOptions } from "../options/types"

export type Capability = {
  id: string
  label: string
  enabled: boolean
}

/**
 * The features this build of Bazaar ships, and whether the options enable
 * each one. Every feature adds its entry here so that the store info route
 * and the admin settings page report it.
 */
export function listCapabilities(
  _options: ResolvedBazaarOptions
): Capability[] {
  return []
}
