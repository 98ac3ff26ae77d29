import { runDomainSuites } from "../../helpers/domain-runner"

// shops, products, product editing, orders and the isolation walk: one app for all (*.suite.ts)
runDomainSuites(__dirname)
