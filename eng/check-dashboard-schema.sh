#!/usr/bin/env bash
# The Grafana dashboard against Grafana's own schema: deploy/grafana/toapis-balance.json type-checked by TypeScript as
# the Dashboard type of @grafana/schema (both pinned in eng/dashboard-schema/package.json). A misspelt or misplaced
# field of a typed object, a wrong type or a missing required field fails it. Needs node and npm (the npm registry,
# which CI is not promised, so .ci/run does not run it): run it by hand after editing the dashboard. Exit 0 when the
# dashboard type-checks.
set -euo pipefail
cd "$(dirname "$0")/.."
dashboard=deploy/grafana/toapis-balance.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp eng/dashboard-schema/package.json "$work/"
(cd "$work" && npm install --no-package-lock --no-audit --no-fund --silent)
{
  echo 'import type { Dashboard } from "./node_modules/@grafana/schema/dist/types/raw/dashboard/x/types.gen";'
  echo '// The schema as its JSON has it: a string enum stands for its values.'
  echo 'type Json<T> = T extends string ? `${T}` : T extends ReadonlyArray<infer U> ? Array<Json<U>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;'
  printf 'export const dashboard: Json<Dashboard> = '
  cat "$dashboard"
  echo ';'
} > "$work/dashboard.ts"
if (cd "$work" && node_modules/.bin/tsc --noEmit --strict --skipLibCheck dashboard.ts); then
  echo "dashboard schema: $dashboard is a Dashboard of @grafana/schema $(node -p 'require(process.argv[1]).version' "$work/node_modules/@grafana/schema/package.json")"
else
  echo "dashboard schema: $dashboard does not type-check as @grafana/schema's Dashboard (a line of dashboard.ts is the file's line plus 3)"
  exit 1
fi
