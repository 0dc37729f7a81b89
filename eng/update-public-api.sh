#!/usr/bin/env bash
# Adds every new public symbol of the library packages to their PublicAPI.Unshipped.txt: builds each project,
# collects the symbols RS0016 reports (they are already in the file's line format) and merges them in, sorted.
# Symbols RS0017 reports as declared but gone are removed from the Unshipped file (never from Shipped: removing
# a shipped symbol is a breaking change to decide by hand). Review the diff: each line is a promise to users.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for project in "$root/src/ExerciseRules/ExerciseRules.csproj" $(ls "$root"/src/*/*.csproj | grep -v "/src/ExerciseRules/ExerciseRules.csproj"); do
  dir=$(dirname "$project")
  file="$dir/PublicAPI.Unshipped.txt"
  [ -f "$file" ] || continue
  log=$(dotnet build "$project" --no-incremental -nologo -p:TreatWarningsAsErrors=false 2>&1 | grep -F "[$project]" || true)
  gone=$(printf '%s\n' "$log" | grep -F "PublicAPI.Unshipped.txt" | grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API)" | sort -u || true)
  if [ -n "$gone" ]; then
    printf '%s\n' "$gone" | grep -vxF -f - "$file" > "$file.tmp" || true
    mv "$file.tmp" "$file"
    echo "update-public-api: $(basename "$project"): removed $(printf '%s\n' "$gone" | grep -c .) symbol(s) no longer there"
  fi
  new=$(printf '%s\n' "$log" | grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" | sort -u || true)
  count=$(printf '%s' "$new" | grep -c . || true)
  echo "update-public-api: $(basename "$project"): $count new symbol(s)"
  [ "$count" -gt 0 ] || continue
  { printf '%s\n' "$new"; grep -v '^#nullable enable$' "$file" || true; } | { grep . || true; } | LC_ALL=C sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"
  rm "$file.tmp"
done
