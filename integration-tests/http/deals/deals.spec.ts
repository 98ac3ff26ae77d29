import { runDomainSuites } from "../../helpers/domain-runner"

// lightning deals: rules, claims, waitlist, approval and the daily refresh, one app for all (*.suite.ts)
runDomainSuites(__dirname)
