import "./fake-sms"
import { runDomainSuites } from "../../helpers/domain-runner"

// Idempotency-Key on Bazaar's and Medusa's write routes: one app for every *.suite.ts
runDomainSuites(__dirname)
