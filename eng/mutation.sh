#!/usr/bin/env bash
# Mutation testing (issue 18): runs Stryker.NET for every test project that has a stryker-config.json
# (tests/*/stryker-config.json), or for the one named, and prints each project's mutation score at the end.
#
#   bash eng/mutation.sh                                   # every configured project
#   bash eng/mutation.sh ToApis.Balance.Tests              # one project (a folder under tests/, or its path)
#   bash eng/mutation.sh ToApis.Balance.Tests --mutate '**/Internal/PercentRule.cs'   # more Stryker options after it
#
# Reports go to StrykerOutput/<project>/reports (git-ignored): mutation-report.html, mutation-report.json.
# Not part of .ci/run: a full run takes far longer than CI has (see docs/reliability.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

projects=()
extra=()
if [[ $# -gt 0 ]]; then
  name="${1%/}"
  shift
  extra=("$@")
  dir="tests/${name#tests/}"
  if [[ ! -f "$dir/stryker-config.json" ]]; then
    echo "mutation.sh: $dir/stryker-config.json not found" >&2
    exit 2
  fi
  projects=("$dir")
else
  for config in tests/*/stryker-config.json; do
    [[ -f "$config" ]] && projects+=("$(dirname "$config")")
  done
fi

if [[ ${#projects[@]} -eq 0 ]]; then
  echo "mutation.sh: no tests/*/stryker-config.json found" >&2
  exit 2
fi

dotnet tool restore >/dev/null

declare -A scores=()
failed=0
for dir in "${projects[@]}"; do
  name="$(basename "$dir")"
  out="$root/StrykerOutput/$name"
  mkdir -p "$out"
  echo "== $name: dotnet stryker --config-file $dir/stryker-config.json --output $out ${extra[*]}"
  # tee: the progress shows as it runs, and the log keeps the final line the summary below reads.
  if (cd "$dir" && dotnet stryker --config-file stryker-config.json --output "$out" --skip-version-check "${extra[@]}") 2>&1 | tee "$out/stryker.log"; then
    scores[$name]="$(grep -o 'The final mutation score is [0-9.]* %' "$out/stryker.log" | tail -n 1 | grep -o '[0-9.]* %' || echo 'no score')"
  else
    scores[$name]="failed (see $out/stryker.log)"
    failed=1
  fi
done

echo
echo "Mutation scores (killed + timeout over valid mutants):"
for dir in "${projects[@]}"; do
  name="$(basename "$dir")"
  report="$root/StrykerOutput/$name/reports/mutation-report.json"
  printf '  %-40s %s\n' "$name" "${scores[$name]}"
  # Per file, from the JSON report, when python3 is there to read it.
  if [[ -f "$report" ]] && command -v python3 >/dev/null; then
    python3 - "$report" <<'PY'
import json, os, sys
report = json.load(open(sys.argv[1]))
for path, entry in sorted(report["files"].items()):
    counts = {}
    for mutant in entry["mutants"]:
        counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
    detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
    valid = detected + counts.get("Survived", 0) + counts.get("NoCoverage", 0)
    if valid:
        print(f"    {os.path.normpath(path).split('/src/')[-1]:<46} {100 * detected / valid:6.2f} %"
              f"  killed {counts.get('Killed', 0)}, timeout {counts.get('Timeout', 0)},"
              f" survived {counts.get('Survived', 0)}, no coverage {counts.get('NoCoverage', 0)}")
PY
  fi
done
exit "$failed"
