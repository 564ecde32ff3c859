#!/usr/bin/env bash
# The archive benchmark of docs/performance.md: COUNT issues (10 000 unless given), made by repeating the project's
# samples with their issue numbers rewritten, are archived by `bulletin archive` (all cores) and exported by
# `bulletin export` (claims as CSV, JSON Lines and Parquet; articles and issues as Parquet). Each step runs three
# times; wall time and peak resident memory come from GNU time. Run it at two sizes to see that export memory does
# not grow with the archive.
# Usage: eng/bench-archive.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
dotnet build src/Bulletin.Cli -c Release -v q -nologo > /dev/null
bulletin=(dotnet "$PWD/src/Bulletin.Cli/bin/Release/net10.0/bulletin.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$count" "$work/src" samples <<'PY'
import pathlib, re, sys
count, out, samples = int(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
out.mkdir(parents=True)
sources = sorted(p for p in samples.rglob("*.md") if "ConsumerApp" not in p.parts)
masthead = re.compile(r"(\d{4}) 年第 (\d+) 期（总第 (\d+) 期）")
for i in range(count):
    text = sources[i % len(sources)].read_text(encoding="utf-8")
    text = masthead.sub(f"{2000 + i // 12} 年第 {i % 12 + 1} 期（总第 {i + 1} 期）", text)
    (out / f"doc-{i:05d}.md").write_text(text + f"\n\n（第 {i} 份）\n", encoding="utf-8")
PY
echo "documents: $count, $(du -sh "$work/src" | cut -f1) in $work/src; cores: $(nproc)"

measure() {
  local label=$1; shift
  for run in 1 2 3; do
    rm -rf "$work/out" "$work/out.zip"
    [ "$label" = "archive-folder" ] || [ "$label" = "archive-zip" ] || "${bulletin[@]}" archive "$work/src" "$work/out" > /dev/null
    /usr/bin/time -f "$label run $run: %e s wall, %U s user, %M KB peak RSS" "$@" > /dev/null 2> "$work/time.txt" || true
    tail -1 "$work/time.txt"
  done
}

measure archive-folder "${bulletin[@]}" archive "$work/src" "$work/out"
measure archive-zip "${bulletin[@]}" archive "$work/src" "$work/out.zip"
measure export-csv "${bulletin[@]}" export claims "$work/out" --format csv --output "$work/claims.csv"
measure export-jsonl "${bulletin[@]}" export claims "$work/out" --format jsonl --output "$work/claims.jsonl"
measure export-parquet "${bulletin[@]}" export claims "$work/out" --format parquet --output "$work/claims.parquet"
measure export-articles-parquet "${bulletin[@]}" export articles "$work/out" --format parquet --output "$work/articles.parquet"
measure export-issues-parquet "${bulletin[@]}" export issues "$work/out" --format parquet --output "$work/issues.parquet"
# Live memory, not the GC's slack: each export must complete inside a 128 MB managed heap at any archive size
# (a Parquet export holds one row group, Snappy's pooled buffers and the footer's metadata; see docs/performance.md).
for format in jsonl parquet; do
  rm -rf "$work/out"; "${bulletin[@]}" archive "$work/src" "$work/out" > /dev/null
  if DOTNET_GCHeapHardLimit=0x8000000 "${bulletin[@]}" export claims "$work/out" --format $format --output "$work/limited.$format" > /dev/null 2>&1; then
    echo "export-$format within a 128 MB heap: ok"
  else
    echo "export-$format within a 128 MB heap: FAILED"
  fi
done
measure validate "${bulletin[@]}" validate "$work/out" --format jsonl
echo "archive: $(find "$work/out" -name '*.json' | wc -l) files, $(du -sh "$work/out" | cut -f1); claims rows: $(($(wc -l < "$work/claims.csv") - 1))"
echo "sizes: claims.csv $(du -h "$work/claims.csv" | cut -f1), claims.jsonl $(du -h "$work/claims.jsonl" | cut -f1), claims.parquet $(du -h "$work/claims.parquet" | cut -f1)"
