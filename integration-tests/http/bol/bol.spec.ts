import { runDomainSuites } from "../../helpers/domain-runner"

// bol.com accounts, fulfillment and sync: one app for all (*.suite.ts); sync-redis.spec.ts boots its own with Redis
runDomainSuites(__dirname)
