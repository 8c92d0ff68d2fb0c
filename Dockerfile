# One image for every xieshang app; docker-compose.yml picks the app with the command.
# `build` holds the full toolchain (the console is served from it by `vite preview`);
# `runtime` holds only the compiled apps and production dependencies.
FROM node:24-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx tsc -b tsconfig.build.json \
 && npx vite build --config apps/admin-console/vite.config.ts

FROM node:24-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/libs ./libs
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/apps ./apps
COPY --from=build /app/tools/launcher ./tools/launcher
USER node
CMD ["node", "apps/api-gateway/dist/main.js"]
