# One image for gateway, worker and migrations; the command picks the role.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The workspace packages (libs/*, apps/*, workflows) carry their own package.json, which npm ci needs.
COPY package.json package-lock.json tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY workflows ./workflows
COPY scripts ./scripts
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/apps/gateway/src/main.js"]
