#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (a separate build folder) and runs each for a bounded time from a copy of
# the corpus. Usage: bash tests/fuzz/run.sh [seconds per target, default 20]
# A crash leaves its input in build-fuzz/artifacts/; copy it to tests/fuzz/regressions/ once fixed.
set -euo pipefail
seconds="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${MARQUEE_FUZZ_BUILD_DIR:-$root/build-fuzz}"

cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
mkdir -p "$build/artifacts"
# fuzz_images reached a 2 GB RSS with 24 MB of live heap: the rest was ASan's quarantine, its shadow and the memory its
# allocator keeps. A smaller quarantine, memory given back to the system, and an RSS limit above that bookkeeping
# keep the run honest; -malloc_limit_mb still fails any single allocation over 2 GB, as before.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=256:allocator_release_to_os_interval_ms=500}"
for target in items responses images plex; do
  work="$build/corpus-$target"
  mkdir -p "$work"
  echo "fuzz_$target: ${seconds} s" >&2
  # New inputs go to the work folder; the checked-in corpus is only read.
  QT_LOGGING_RULES='*=false' "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -malloc_limit_mb=2048 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
    "$work" "$root/tests/fuzz/corpus/$target" "$root/tests/fuzz/regressions" \
    2> >(grep -v '^libpng ' >&2) # Qt's PNG reader reports each broken input; libFuzzer's own output stays
done
