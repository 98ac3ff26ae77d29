/** The header an operator's workspace pages send with the id of their recorded visit. */
export const WORKSPACE_VISIT_HEADER = "x-bazaar-workspace-visit"

/** How long a recorded visit lets an operator read a seller's workspace. */
export const WORKSPACE_VISIT_MINUTES = 60
