#!/usr/bin/env bash
# Adds every new public symbol of the library packages to their PublicAPI.Unshipped.txt (RS0016's code fix).
# Review the diff: each added line is a promise to users. Removed symbols (RS0017) are deleted by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for project in "$root"/src/*/*.csproj; do
  dir=$(dirname "$project")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  echo "update-public-api: $(basename "$project")"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity warn --verbosity quiet
done
