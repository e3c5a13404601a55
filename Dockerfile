# The reference server, built and installed with the commands that scripts/deploy-check.mjs
# runs and tests in .ci/run: `npm ci`, `npm pack --workspace server` (whose prepack compiles
# it), then server/deploy/install.sh (runtime dependencies only). Not built on the project's
# machines, where Docker does not run. `docker compose up` runs it on PostgreSQL
# (compose.yaml); alone it keeps PGlite's files on the /data volume.
FROM node:20-bookworm-slim AS build
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund
RUN npm pack --workspace server --pack-destination /pack

FROM node:20-bookworm-slim
COPY --from=build /pack/ /pack/
COPY server/deploy/install.sh /pack/
RUN sh /pack/install.sh /pack/sc-widgets-server-*.tgz /app && rm -rf /pack \
 && mkdir /data && chown node:node /data
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATA_DIR=/data
VOLUME /data
USER node
EXPOSE 8787
HEALTHCHECK CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: it receives SIGTERM and stops gracefully.
CMD ["node", "dist/server/main.js"]
