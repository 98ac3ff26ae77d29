import swaggerUi from "swagger-ui-express"

/** Where the browsable reference finds its document (relative to /docs/, so that a path prefix keeps working). */
const DOCUMENT_URL = "openapi.json"

const options = {
  swaggerUrl: DOCUMENT_URL,
  customSiteTitle: "Bazaar API",
  swaggerOptions: { displayOperationId: false, docExpansion: "list", tryItOutEnabled: false },
}

/** Swagger UI's scripts and styles, and its start script pointing at the document; a global middleware on /docs. */
export const swaggerUiAssets = swaggerUi.serveFiles(undefined, options)

/** The Swagger UI page; its assets load from beside it (`./swagger-ui.css`), so it lives at /docs/. */
export const swaggerUiPage = swaggerUi.generateHTML(undefined, options)
