import { useFakeTwilio } from "../../helpers/fake-twilio"

/** The domain's SMS goes to a fake Twilio (set up before the app boots), so a suite can make it fail. */
export const twilio = useFakeTwilio()
