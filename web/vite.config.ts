import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  // The API runs on :3000 in development; proxying keeps it same-origin so the refresh cookie (path /api/auth) is sent.
  server: { proxy: { "/api": "http://localhost:3000" } },
});
