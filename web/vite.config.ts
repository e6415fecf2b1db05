import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // shared/ has no import-time side effects, but its package.json doesn't declare "sideEffects": false,
        // so importing isoWeekAt would otherwise pull every TypeBox schema into the bundle (~11 KB gzipped).
        moduleSideEffects: [{ test: /\/shared\/src\//, sideEffects: false }],
      },
    },
  },
  // The API runs on :3000 in development; proxying keeps it same-origin so the refresh cookie (path /api/auth) is sent.
  server: { proxy: { "/api": "http://localhost:3000" } },
});
