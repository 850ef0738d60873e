#!/usr/bin/env bash
# Adds a migration with the same name to both providers' sets. Never edit the generated files:
# remove the migration (scripts/add-migration.sh --remove) and generate it again instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
if [ "${1:-}" = "--remove" ]; then
  for ctx in Sqlite Postgres; do
    dotnet ef migrations remove --force --project src/Adisteme.Web --context "${ctx}AppDbContext"
  done
  exit 0
fi
name="${1:?usage: scripts/add-migration.sh MigrationName | --remove}"
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Adisteme.Web --context "${ctx}AppDbContext" --output-dir "Data/${ctx}/Migrations"
done
