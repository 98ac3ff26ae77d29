import preact from "@preact/preset-vite"
import { defineConfig } from "vite"

// Run from the repository root as `vite build storefront`: this folder is Vite's root, the app goes to storefront/dist.
export default defineConfig({
  plugins: [preact()],
  build: {
    target: "es2020",
    // one small entry chunk: no preload polyfill, no separate CSS-in-JS
    modulePreload: { polyfill: false },
    emptyOutDir: true,
  },
})
