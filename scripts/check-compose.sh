#!/usr/bin/env bash
# Validates docker-compose.yml with Docker Compose itself (README "Production"): `docker compose config`. No Docker
# engine is needed for that; where the `docker compose` plugin is missing, Compose is built once from its Go module
# into .tools/ (its go.mod has exclude directives, so it is built as the main module from a copy of its source).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=v5.6.0
if docker compose version >/dev/null 2>&1; then
  COMPOSE=(docker compose)
else
  BIN=".tools/compose/$VERSION/docker-compose"
  if [ ! -x "$BIN" ]; then
    echo "building Docker Compose $VERSION from its Go module (once)…" >&2
    SRC=$(mktemp -d)
    trap 'rm -rf "$SRC"' EXIT
    DIR=$(go mod download -json "github.com/docker/compose/v5@$VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
    cp -r "$DIR/." "$SRC"
    chmod -R u+w "$SRC"
    mkdir -p "$(dirname "$BIN")"
    (cd "$SRC" && CGO_ENABLED=0 go build -o "$OLDPWD/$BIN.part" ./cmd)
    mv "$BIN.part" "$BIN"
  fi
  COMPOSE=("$BIN")
fi
"${COMPOSE[@]}" -f docker-compose.yml config --quiet
echo "docker-compose.yml: valid ($("${COMPOSE[@]}" version --short 2>/dev/null || echo "$VERSION"))"
