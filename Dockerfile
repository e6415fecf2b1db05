# Production image: the compiled API and the built web app on one port, against an external Postgres
# (DATABASE_URL; docker-compose.yml brings one). Node 24 LTS; production dependencies only; runs as `node`.

# 1. Build: all dependencies, then the web app (web/dist) and the compiled server (server/dist/server.js).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only. No install scripts: the Prisma client is generated in the build stage
#    and compiled into server/dist, and the image uses an external Postgres, not the embedded one.
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. What runs: no sources, no compilers, no dev dependencies.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/web/dist ./web/dist
# Migrations run at start (prisma migrate deploy through scripts/prisma.mjs).
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts/prisma.mjs ./scripts/
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--max-semi-space-size=1", "--optimize-for-size", "server/dist/server.js"]
