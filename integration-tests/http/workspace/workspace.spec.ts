import { runDomainSuites } from "../../helpers/domain-runner"

// sellers in the Medusa admin: phone sign-in, Medusa's admin routes narrowed or refused (*.suite.ts)
runDomainSuites(__dirname)
