import { runDomainSuites } from "../../helpers/domain-runner"

// the order pipeline's repairs and operators' views: one app for all (*.suite.ts)
runDomainSuites(__dirname)
