import medusa from "@medusajs/eslint-plugin"

export default [
  {
    ignores: [
      "node_modules/**",
      ".medusa/**",
      ".bazaar/**",
      ".test-artifacts/**",
      "scripts/**",
      "**/*.js",
    ],
  },
  ...medusa.configs.recommended,
]
