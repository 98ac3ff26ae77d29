import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { TwilioSmsNotificationProviderService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [TwilioSmsNotificationProviderService],
})
