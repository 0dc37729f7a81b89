#!/usr/bin/env bash
# Builds the benchmarks in Release and runs their quick mode: the decide implementations are checked to agree on
# every input (a disagreement fails the step), then six lines are printed, the number last on each. Timings depend on the machine
# and its load, so no number fails CI: only the program failing (or an agreement check) does.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/tests/ExerciseRules.Benchmarks/ExerciseRules.Benchmarks.csproj"
dotnet build "$project" -c Release --nologo -v quiet
dotnet run --project "$project" -c Release --no-build -- --quick
echo "benchmarks-quick: the decide implementations agree; the six numbers above are for reading, not gating"
