#!/usr/bin/env bash
# Prints every command of docs/cli.md with its real output, run on the project's samples.
# Usage: eng/cli-examples.sh > /tmp/cli.txt, then paste into docs/cli.md.
set -uo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Bulletin.Cli -c Release -v q -nologo > /dev/null || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  echo "\$ bulletin $*"
  (cd "$work" && COLUMNS=110 dotnet "$OLDPWD/src/Bulletin.Cli/bin/Release/net10.0/bulletin.dll" "$@" 2>&1 | sed -E 's/[0-9]+\.[0-9]+ s /0.00 s /')
  echo "(exit $?)"
  echo
}
cp -r samples "$work/samples"
run parse samples/series/haigang-2026-01.md
run claims samples/series/haigang-2026-02.md
run claims --text "2025年1—11月出口增长 6.1%，达 3.2 万亿元。" --format jsonl
run validate samples/binhai-trade-brief-2026-03.md
run archive samples/series archive
run validate archive
run validate archive --format jsonl
run export claims archive --format csv
run archive samples archive.zip
run export claims archive.zip --format jsonl
run export issues archive.zip --format csv
run export claims archive.zip --format parquet -o claims.parquet
run export claims archive.zip --format parquet
