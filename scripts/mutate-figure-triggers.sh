#!/usr/bin/env bash
# Checks that test/integration/report-figures.test.ts would notice a broken figures trigger: each
# figures_* trigger of migration 006 is disabled in turn (WHEN 0) and the property test must fail.
# Restores the migration on exit, however the script ends. About 10 s a trigger.
#   bash scripts/mutate-figure-triggers.sh
set -uo pipefail
cd "$(dirname "$0")/.."
migration=src/db/migrations/006_lokus_figures.sql
kept=$(mktemp)
cp "$migration" "$kept"
trap 'cp "$kept" "$migration"; rm -f "$kept"' EXIT
n=0; caught=0
for trigger in $(grep -oE "CREATE TRIGGER figures_[a-z_]+" "$kept" | cut -d' ' -f3); do
  node -e '
    const fs = require("fs");
    const [file, name] = process.argv.slice(1);
    const s = fs.readFileSync(file, "utf8");
    const i = s.indexOf(`CREATE TRIGGER ${name} `), j = s.indexOf(" BEGIN", i);
    let head = s.slice(i, j);
    head = /\sWHEN /.test(head) ? head.replace(/(\s)WHEN /, "$1WHEN 0 AND (") + ")" : head + " WHEN 0";
    fs.writeFileSync(file, s.slice(0, i) + head + s.slice(j));
  ' "$migration" "$trigger"
  n=$((n + 1))
  if npx vitest run test/integration/report-figures.test.ts -t "every write" >/dev/null 2>&1; then
    echo "not noticed: $trigger disabled"
  else
    caught=$((caught + 1))
  fi
  cp "$kept" "$migration"
done
echo "$caught of $n disabled triggers noticed"
[ "$caught" -eq "$n" ]
