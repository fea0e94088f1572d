# The bot, supervised by the container runtime: compiled JavaScript on plain Node, production dependencies only,
# run as the unprivileged `node` user, healthy while connected to Discord.
#   docker build -t grounded-bot .
#   docker run -d --restart=on-failure --env-file .env -v grounded-bot-data:/data grounded-bot

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    FEEDBACK_FILE=/data/feedback.jsonl \
    HEALTH_FILE=/tmp/grounded-bot.health
WORKDIR /app
# npm ci runs the postinstall step, which prepares the word knowledge (WordNet, vectors) into node_modules/.cache
# once, at build time: the container starts in under a second.
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY scripts ./scripts
COPY commands ./commands
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY corpus ./corpus
# The index is built into the image too (corpus/.index), by the same compiled code that loads it on start.
RUN node dist/scripts/build-index.js && mkdir -p /data && chown node:node /data
VOLUME /data
USER node
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# SIGTERM (docker stop) writes pending votes and exits; exit 78 means a bad setting or corpus: fix, don't restart.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
