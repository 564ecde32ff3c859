#!/usr/bin/env bash
# The long fuzz run of issue 14: every fuzz and property test of the suite with 50 times its bounded sample
# (BULLETIN_FUZZ_SCALE), on numeral soup, Chinese numeral expressions, Markdown structure and hostile JSON.
# A failure prints CsCheck's seed; add the shrunk input to the test's known cases as a regression.
# Usage: eng/fuzz.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
export BULLETIN_FUZZ_SCALE=${1:-50}
dotnet build tests/Bulletin.Model.Tests -c Release -v q -nologo > /dev/null
dotnet test tests/Bulletin.Model.Tests -c Release --no-build \
  --filter "FullyQualifiedName~Fuzz|FullyQualifiedName~Robustness|FullyQualifiedName~PropertyTests"
