#!/usr/bin/env bash
# Publishes a small app with Native AOT and runs one advice: the core package trims and runs without a JIT.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/tests/ExerciseRules.AotSmoke/ExerciseRules.AotSmoke.csproj" -c Release -r linux-x64 -o "$out" --nologo -v quiet 2>&1 | tee "$out/publish.log"
if grep -E "warning (IL[0-9]+|AOT)" "$out/publish.log"; then
  echo "aot-smoke: trim/AOT warnings above" >&2
  exit 1
fi
"$out/ExerciseRules.AotSmoke" > "$out/advice.json"
grep -q '"step": "reduceRange"' "$out/advice.json"
echo "aot-smoke: native binary gave the expected advice"
