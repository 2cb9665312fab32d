#!/usr/bin/env bash
# Times ftap (release build) on generated content folders of several sizes and writes the
# figures to bench-results.txt. Speed is measured here, never asserted in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ftap >/dev/null
ftap=.build/release/ftap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=bench-results.txt
{
    echo "ftap bench — $(date -u +%Y-%m-%dT%H:%M:%SZ) — $(nproc) cœurs — $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    for n in ${BENCH_SIZES:-100 1000 5000}; do
        python3 checks/gen_content.py "$n" "$work/content-$n" >/dev/null
        for command in check build; do
            best=""
            for run in 1 2 3; do
                start=$(date +%s.%N)
                "$ftap" "$command" --content "$work/content-$n" --templates templates --output "$work/public-$n" >/dev/null 2>&1
                end=$(date +%s.%N)
                t=$(echo "$end - $start" | bc)
                if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
            done
            detail=""
            if [ "$command" = build ]; then
                detail=" ($(find "$work/public-$n" -name '*.html' | wc -l) pages HTML)"
            fi
            printf '%-6s %5d fiches : meilleur de 3 = %6.2f s%s\n' "$command" "$n" "$best" "$detail"
        done
    done
} | tee "$out"
