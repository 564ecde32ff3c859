#!/usr/bin/env bash
# Runs docs/getting-started.md verbatim in a fresh temporary folder, as a new user would follow it:
#   ```sh blocks            run in order, in one shell (so `cd` carries on), with BULLETIN_REPO set to this clone;
#   <!-- file: NAME -->     before a fenced block: the block is saved as NAME in the current folder;
#   <!-- output -->         before a ```text block: the block is what the last ```sh block printed on stdout,
#                           line for line, where `…` stands for any text.
# Usage: eng/getting-started.sh [DOC]. Exit 1 with the failing step when a command fails or an output differs.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
doc=${1:-docs/getting-started.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/expected" "$work/run"

# The document becomes one script: each step is written in the order the document gives it.
awk -v expected="$work/expected" '
  function quote(s) { gsub(/\047/, "\047\\\047\047", s); return "\047" s "\047" }
  /^<!-- file: .* -->$/ { pending = "file"; name = $0; sub(/^<!-- file: /, "", name); sub(/ -->$/, "", name); next }
  /^<!-- output -->$/   { pending = "output"; next }
  /^```/ && !inside {
    inside = 1; lang = substr($0, 4); body = ""; start = NR; next
  }
  /^```$/ && inside {
    inside = 0
    if (pending == "file") {
      printf "cat > %s <<\047BULLETIN_DOC_EOF\047\n%sBULLETIN_DOC_EOF\n", quote(name), body
    } else if (pending == "output") {
      n++; file = expected "/" n; printf "%s", body > file; close(file)
      printf "check_output %s %d\n", quote(file), start
    } else if (lang == "sh") {
      printf "{\n%s} > \"$out\" 2> \"$err\" || fail %d\n", body, start
    }
    pending = ""; next
  }
  inside { body = body $0 "\n"; next }
  /[^ \t]/ { pending = "" }
' "$doc" > "$work/steps.sh"

cat > "$work/script.sh" <<'EOF'
set -uo pipefail
fail() { echo "getting-started: the step at line $1 failed:" >&2; cat "$err" "$out" >&2; exit 1; }
# Compares the last step's stdout with the expected lines; … in an expected line matches any text.
check_output() {
  local actual expected i pattern
  mapfile -t actual < <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$out")
  mapfile -t expected < <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$1")
  if [ "${#actual[@]}" -ne "${#expected[@]}" ]; then
    echo "getting-started: the output at line $2 has ${#actual[@]} lines, the document shows ${#expected[@]}:" >&2
    cat "$out" >&2
    exit 1
  fi
  for i in "${!expected[@]}"; do
    pattern=$(printf '%s' "${expected[$i]}" | sed -e 's/[][\\*?]/\\&/g' -e 's/…/*/g')
    # shellcheck disable=SC2053 # the expected line is a pattern on purpose
    if [[ ${actual[$i]} != $pattern ]]; then
      printf 'getting-started: the output at line %s differs on line %d:\n  document: %s\n  actual:   %s\n' \
        "$2" "$((i + 1))" "${expected[$i]}" "${actual[$i]}" >&2
      exit 1
    fi
  done
}
EOF
cat "$work/steps.sh" >> "$work/script.sh"

echo "getting-started: running $(grep -c "|| fail" "$work/steps.sh") shell steps and $(grep -c '^check_output' "$work/steps.sh") output checks of $doc in $work/run"
(cd "$work/run" && out="$work/out" err="$work/err" BULLETIN_REPO="$repo" bash "$work/script.sh") || exit 1
echo "getting-started: every step ran and every output matched"
