#!/usr/bin/env bash
# Adds every new public symbol of the library packages to their PublicAPI.Unshipped.txt: builds each project,
# collects the symbols RS0016 reports (they are already in the file's line format) and merges them in, sorted.
# Review the diff: each added line is a promise to users. Removed symbols (RS0017) are deleted by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for project in "$root/src/ExerciseRules/ExerciseRules.csproj" $(ls "$root"/src/*/*.csproj | grep -v "/src/ExerciseRules/ExerciseRules.csproj"); do
  dir=$(dirname "$project")
  file="$dir/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  new=$(dotnet build "$project" --no-incremental -nologo -p:TreatWarningsAsErrors=false 2>&1 \
    | grep -F "[$project]" | grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" | sort -u || true)
  count=$(printf '%s' "$new" | grep -c . || true)
  echo "update-public-api: $(basename "$project"): $count new symbol(s)"
  [ "$count" -gt 0 ] || continue
  { printf '%s\n' "$new"; grep -v '^#nullable enable$' "$file" || true; } | { grep . || true; } | LC_ALL=C sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
  rm "$file.tmp"
done
