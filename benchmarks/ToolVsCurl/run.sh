#!/usr/bin/env bash
# One balance check as a monitoring system runs it, a whole process each time: the installed toapis-balance against
# curl with the Bearer header, both asking the same loopback sandbox (benchmarks/ColdStart's server) for the key's
# balance. Wall and CPU time from hyperfine (Debian package), peak memory (max RSS) from GNU time over the same runs.
#
#   benchmarks/ToolVsCurl/run.sh [runs]      # default 30 runs each, after 3 warm-up runs
#
# The tool is packed into a folder feed and installed as a user gets it (dotnet tool install): on linux-x64 that is
# the Native AOT package. Its framework-dependent package (what other platforms get, and what every platform got
# before issue 17) is installed beside it and timed in the same run. TOOL=/path/to/toapis-balance skips the packing
# and measures that executable (and TOOL_ANY=/path/to/another one, when set).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
work=${WORK:-$PWD/artifacts/tool-vs-curl}
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine"; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time not found: apt-get install -y time"; exit 1; }
mkdir -p "$work"

tool=${TOOL:-}
tool_any=${TOOL_ANY:-}
if [ -z "$tool" ]; then
  rm -rf "$work/feed" "$work/tools" "$work/tools-any" "$work/packages"
  cli=src/ToApis.Balance.Cli
  dotnet pack "$cli" -c Release -o "$work/feed" -nologo -v quiet
  dotnet pack "$cli" -c Release -r linux-x64 -o "$work/feed" -nologo -v quiet
  dotnet pack "$cli" -c Release -r any -p:PublishAot=false -o "$work/feed" -nologo -v quiet
  version=$(dotnet msbuild "$cli" -getProperty:Version)
  NUGET_PACKAGES="$work/packages" dotnet tool install ToApis.Balance.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
  NUGET_PACKAGES="$work/packages" dotnet tool install ToApis.Balance.Cli.any --version "$version" --tool-path "$work/tools-any" --add-source "$work/feed" >/dev/null
  tool="$work/tools/toapis-balance"
  tool_any="$work/tools-any/toapis-balance"
fi

dotnet build benchmarks/ColdStart/ToApis.Balance.ColdStart.Server -c Release -nologo -v quiet
fifo="$work/server.in"; rm -f "$fifo"; mkfifo "$fifo"
dotnet run --no-build -c Release --project benchmarks/ColdStart/ToApis.Balance.ColdStart.Server < "$fifo" > "$work/server.out" &
server=$!
exec 3> "$fifo"   # the server serves until its stdin closes
trap 'exec 3>&-; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q '^http' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -m1 '^http' "$work/server.out")
echo "sandbox on $url; tool: $tool ($(file -b "$(readlink -f "$tool")" | cut -d, -f1-2))"

export TOAPIS_API_KEY=sk-sandbox TOAPIS_BASE_URL="$url"
curl_cmd="curl -sf -H 'Authorization: Bearer sk-sandbox' ${url}v1/balance"
tool_cmd="$tool --format json --scope token"
contenders=(-n curl "$curl_cmd" -n toapis-balance "$tool_cmd")
[ -z "$tool_any" ] || contenders+=(-n "toapis-balance (framework-dependent)" "$tool_any --format json --scope token")
# Each must answer before it is timed.
eval "$curl_cmd" >/dev/null
$tool_cmd >/dev/null
[ -z "$tool_any" ] || "$tool_any" --format json --scope token >/dev/null

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/hyperfine.json" --export-markdown "$work/hyperfine.md" "${contenders[@]}"

peak() {  # median max RSS in KiB over the runs
  for _ in $(seq "$runs"); do /usr/bin/time -f %M -o "$work/rss" bash -c "$1 >/dev/null"; cat "$work/rss"; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
# bash -c adds the shell's own RSS only if it is the peak; exec makes the command replace it.
curl_kib=$(peak "exec $curl_cmd"); tool_kib=$(peak "exec $tool_cmd"); any_kib=0
[ -z "$tool_any" ] || any_kib=$(peak "exec $tool_any --format json --scope token")
python3 - "$work/hyperfine.json" "$curl_kib" "$tool_kib" "$any_kib" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
kib = dict(zip([x["command"] for x in results], map(int, sys.argv[2:])))
curl = results[0]
cpu = lambda x: (x["user"] + x["system"]) * 1000
print("| | median wall | mean CPU (user + sys) | peak memory (median max RSS) |")
print("|---|---:|---:|---:|")
for x in results:
    print(f"| {x['command']} | {x['median']*1000:.1f} ms ({x['median']/curl['median']:.2f}x curl) "
          f"| {cpu(x):.1f} ms ({cpu(x)/cpu(curl):.2f}x) | {kib[x['command']]/1024:.1f} MiB |")
PY
