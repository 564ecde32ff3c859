#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Review the diff: it is the public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Bulletin.Model src/Bulletin.Model.Analytics; do
unshipped=$project/.PublicAPI/PublicAPI.Unshipped.txt
log=$(dotnet build "$project" -c Release --no-incremental 2>&1 || true)
added=$(printf '%s\n' "$log" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" | sed -E "s/RS0016: Symbol '(.*)' is not part of the declared public API/\1/" | sort -u || true)
removed=$(printf '%s\n' "$log" | grep -o "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" | sed -E "s/RS0017: Symbol '(.*)' is part of the declared API.*/\1/" | sort -u || true)
{
  echo '#nullable enable'
  { grep -v '^#nullable' "$unshipped" || true; printf '%s\n' "$added"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$' || echo '@@none@@') | sort -u
} > "$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
echo "$project public API: $(printf '%s\n' "$added" | grep -c . || true) added, $(printf '%s\n' "$removed" | grep -c . || true) removed"
done
