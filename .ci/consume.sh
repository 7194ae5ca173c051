#!/usr/bin/env bash
# Consumption test: packs every packable project of the solution into a local folder feed, then restores, builds
# and runs tests/Consumption/ConsumerApp, which references the packages by version (not by project), on net8.0 and
# net10.0, against the sandbox with no API key; then installs the tool (native on linux-x64), its framework-dependent
# package and its portable package (for SDKs older than 10). Exit 0 only when every package came out (.nupkg, and
# .snupkg where it has symbols), the app printed what the sandbox's documented bodies say, and each installed tool
# printed the sandbox's WARNING line.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work="$root/artifacts/consumption"
app=tests/Consumption/ConsumerApp

rm -rf "$work"
mkdir -p "$work/feed"

version=$(dotnet msbuild src/ToApis.Balance/ToApis.Balance.csproj -getProperty:Version)
echo "consume: packing version $version"
dotnet pack ToApis.Balance.sln -c Release -o "$work/feed" -v quiet -nologo
# The tool is RID-specific (docs/packaging.md): the solution's pack gives its pointer package; the native package for
# linux-x64 (Native AOT, warnings are errors) and the framework-dependent one for every other platform come from
# packs of their own.
dotnet pack src/ToApis.Balance.Cli -c Release -r linux-x64 -o "$work/feed" -v quiet -nologo
dotnet pack src/ToApis.Balance.Cli -c Release -r any -p:PublishAot=false -o "$work/feed" -v quiet -nologo
# The portable package, for a .NET SDK older than 10 (which cannot read the pointer): the same framework-dependent
# tool in the classic layout, under its own id.
dotnet pack src/ToApis.Balance.Cli -c Release -p:CreateRidSpecificToolPackages=false -p:UseAppHost=false -p:PublishAot=false \
  -o "$work/feed" -v quiet -nologo

# Every project under src/ is a package (tests, samples and benchmarks are not packable); the tool's pointer package
# has no binary and its native package no symbols (the csproj says why), so only its any package has a .snupkg.
missing=0
expected=()
for csproj in src/*/*.csproj; do
  id=$(basename "$csproj" .csproj)
  if [ "$id" = ToApis.Balance.Cli ]; then
    expected+=("$id.$version.nupkg" "$id.linux-x64.$version.nupkg" "$id.any.$version.nupkg" "$id.any.$version.snupkg"
      "$id.Portable.$version.nupkg" "$id.Portable.$version.snupkg")
  else
    expected+=("$id.$version.nupkg" "$id.$version.snupkg")
  fi
done
for file in "${expected[@]}"; do
  [ -f "$work/feed/$file" ] || { echo "consume: $file was not packed"; missing=1; }
done
[ "$missing" -eq 0 ] || exit 1

# A fresh packages folder: no cached copy of an earlier ToApis.Balance package can stand in for the ones just packed.
export NUGET_PACKAGES="$work/packages"
unset TOAPIS_API_KEY TOAPIS_BASE_URL
dotnet build "$app" -c Release -p:ToApisBalanceVersion="$version" -v quiet -nologo

status=0
for tfm in net8.0 net10.0; do
  major=${tfm#net}; major=${major%%.*}
  expected="constructor: key remaining 100.0, account remaining 100.0, account credits 20000
dependency injection: account remaining 100.0 Usd, second call served from the window True
runtime: .NET $major"
  actual=$(dotnet run --project "$app" -c Release -f "$tfm" --no-build -p:ToApisBalanceVersion="$version") || { echo "consume: ConsumerApp ($tfm) failed"; status=1; continue; }
  if [ "$actual" == "$expected" ]; then
    echo "consume: ConsumerApp ($tfm) OK"
  else
    echo "consume: ConsumerApp ($tfm) printed something else:"; diff <(echo "$expected") <(echo "$actual") || true; status=1
  fi
done
# The tool package, installed from the feed as a user would, asked for a low balance in the plugin style. On
# linux-x64 the command is the native executable: no toapis-balance.dll beside it, no .NET runtime started.
dotnet tool install ToApis.Balance.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
command_file=$(readlink -f "$work/tools/toapis-balance")
if [ "$(uname -m)" = x86_64 ]; then
  if [[ "$command_file" == */toapis.balance.cli.linux-x64/* ]] && [ ! -e "$(dirname "$command_file")/toapis-balance.dll" ] \
     && [ "$(head -c 4 "$command_file" | od -An -c | tr -d ' ')" = '177ELF' ]; then
    echo "consume: toapis-balance (installed tool) is the native executable"
  else
    echo "consume: toapis-balance (installed tool) is not the linux-x64 native executable: $command_file"; status=1
  fi
fi
# The plugin line of a low balance, from the installed command named.
check_tool() {
  local name=$1 command=$2 tool_status=0 tool_line
  "$command" --sandbox low -w 2000 > "$work/tool.out" || tool_status=$?
  tool_line=$(head -n 1 "$work/tool.out")
  if [ "$tool_status" -eq 1 ] && [[ "$tool_line" == "TOAPIS BALANCE WARNING - SANDBOX - 500 credits (2.5 USD) left, warning at 2000 |"* ]]; then
    echo "consume: toapis-balance ($name) OK"
  else
    echo "consume: toapis-balance ($name) exited $tool_status (WARNING is 1) and printed: $tool_line"; status=1
  fi
}
check_tool "installed tool" "$work/tools/toapis-balance"
# What every other platform gets: the framework-dependent package, installed by its own id (dotnet tool install
# picks it only where no RID-specific package fits, which a linux-x64 machine cannot show).
dotnet tool install ToApis.Balance.Cli.any --version "$version" --tool-path "$work/tools-any" --add-source "$work/feed" >/dev/null
if [ -n "$(find "$work/tools-any/.store" -name toapis-balance.dll -path '*/tools/net8.0/any/*')" ] \
   && [ -n "$(find "$work/tools-any/.store" -name toapis-balance.dll -path '*/tools/net10.0/any/*')" ]; then
  check_tool "framework-dependent fallback" "$work/tools-any/toapis-balance"
else
  echo "consume: the any package lacks toapis-balance.dll for net8.0 or net10.0"; status=1
fi
# What a .NET SDK older than 10 installs: a package of type DotnetTool whose settings are version 1 (the RID-specific
# packages are DotnetToolRidPackage, and the pointer's settings version 2, which those SDKs refuse), for net8.0 and
# net10.0. Only the .NET 10 SDK is on this machine, so the layout is checked and the package installed with it.
portable="$work/portable"
python3 -m zipfile -e "$work/feed/ToApis.Balance.Cli.Portable.$version.nupkg" "$portable"
if grep -q '<packageType name="DotnetTool" />' "$portable/ToApis.Balance.Cli.Portable.nuspec" \
   && grep -q '<DotNetCliTool Version="1">' "$portable/tools/net8.0/any/DotnetToolSettings.xml" \
   && [ -f "$portable/tools/net8.0/any/toapis-balance.dll" ] && [ -f "$portable/tools/net10.0/any/toapis-balance.dll" ]; then
  dotnet tool install ToApis.Balance.Cli.Portable --version "$version" --tool-path "$work/tools-portable" --add-source "$work/feed" >/dev/null
  check_tool "portable package" "$work/tools-portable/toapis-balance"
else
  echo "consume: the portable package is not a classic tool package (DotnetTool, settings version 1, net8.0 and net10.0)"; status=1
fi
exit "$status"
