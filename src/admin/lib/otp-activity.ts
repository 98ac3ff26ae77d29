import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type { DailyOtpActivity } from "../../modules/otp/utils/daily-activity"

export function useOtpActivity(days = 14) {
  return useQuery({
    queryKey: ["bazaar", "otp-activity", days],
    queryFn: () =>
      sdk.client.fetch<{ days: number; activity: DailyOtpActivity[] }>(
        "/admin/bazaar/otp-activity",
        { query: { days } }
      ),
  })
}
