#!/usr/bin/env bash
# Packs the packages into a folder feed and builds and runs a console app that references the packages (not the
# projects), from outside the repository, with an empty package cache: what a host app's first ten minutes see.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.1.0-ci.$(date +%s)

dotnet pack "$root/ExerciseRules.sln" -c Release -o "$work/feed" -p:VersionPrefix="${version%%-*}" -p:VersionSuffix="${version#*-}" --nologo -v quiet
ls "$work/feed"/*.nupkg >/dev/null
for id in ExerciseRules ExerciseRules.Extensions.DependencyInjection ExerciseRules.Testing ExerciseRules.Cli ExerciseRules.Fhir ExerciseRules.CdsHooks; do
  [ -f "$work/feed/$id.$version.nupkg" ] || { echo "consumer-check: $id.$version.nupkg was not packed" >&2; exit 1; }
  [ -f "$work/feed/$id.$version.snupkg" ] || { echo "consumer-check: $id.$version.snupkg (symbols) was not packed" >&2; exit 1; }
done

mkdir "$work/app"
sed "s/@VERSION@/$version/g" "$root/tests/ExerciseRules.ConsumerCheck/ConsumerCheck.csproj.template" > "$work/app/ConsumerCheck.csproj"
cp "$root/tests/ExerciseRules.ConsumerCheck/Program.cs" "$work/app/"
# The local feed is added to the machine's own sources (no <clear />, no other source named): the packages under
# test come from the folder, their dependencies from wherever this machine restores packages.
cat > "$work/app/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="exerciserules-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cd "$work/app"
dotnet restore --packages "$work/packages" --nologo -v quiet
dotnet build --no-restore -c Release --nologo -v quiet
output=$(dotnet run --no-build -c Release)
echo "$output"
echo "$output" | grep -q "step=ReduceRange target=0.4 remaining=10" || { echo "consumer-check: unexpected advice" >&2; exit 1; }
echo "$output" | grep -q "fhir: step=ReduceRange target=0.4" || { echo "consumer-check: unexpected advice from FHIR" >&2; exit 1; }
echo "consumer-check: packages install and advise"
