import type { BolResourceName } from "../../modules/bol/client/resources"

/** What a seller sends to connect a shop's bol.com account. */
export type ConnectBolAccountInput = {
  shop_id: string
  label: string
  client_id: string
  client_secret: string
  api_base_url?: string
  token_url?: string
  resources?: BolResourceName[]
}
