import { runDomainSuites } from "../../helpers/domain-runner"

// shop carts and the shop boundary: one app for both (*.suite.ts)
runDomainSuites(__dirname)
