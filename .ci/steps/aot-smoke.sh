#!/usr/bin/env bash
# Publishes a small app with Native AOT and runs it: the core package trims and runs without a JIT (NRules's
# expressions are interpreted there), reports bad input, explains; and on every conformance scenario its advice and
# explanation are byte for byte those of the same program under the JIT. A trim/AOT warning from anything but
# NRules's own assemblies (collapsed and silenced in the project, see docs/architecture.md) fails the step.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
project="$root/tests/ExerciseRules.AotSmoke/ExerciseRules.AotSmoke.csproj"
dotnet publish "$project" -c Release -r linux-x64 -o "$out/aot" --nologo -v quiet 2>&1 | tee "$out/publish.log"
if grep -E "warning (IL[0-9]+|AOT)" "$out/publish.log"; then
  echo "aot-smoke: trim/AOT warnings above" >&2
  exit 1
fi
"$out/aot/ExerciseRules.AotSmoke" > "$out/advice.json"
grep -q '"step": "reduceRange"' "$out/advice.json"
echo "aot-smoke: native binary gave the expected advice"

scenarios="$root/tests/ExerciseRules.Protocol.Tests/Scenarios"
examples="$root/docs/examples"
"$out/aot/ExerciseRules.AotSmoke" "$scenarios" "$examples" > "$out/aot.txt"
dotnet build "$project" -c Release --nologo -v quiet -o "$out/jit" > /dev/null
dotnet "$out/jit/ExerciseRules.AotSmoke.dll" "$scenarios" "$examples" > "$out/jit.txt"
count=$(grep -c . "$out/jit.txt")
if ! cmp -s "$out/aot.txt" "$out/jit.txt"; then
  diff "$out/jit.txt" "$out/aot.txt" | head -20 >&2
  echo "aot-smoke: advice under Native AOT differs from advice under the JIT (above)" >&2
  exit 1
fi
echo "aot-smoke: advice and explanation under Native AOT equal the JIT's on all $count conformance scenarios"
