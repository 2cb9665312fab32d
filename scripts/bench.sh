#!/usr/bin/env bash
# make bench: ftap against Hugo on the same generated content. For each size N (BENCH_SIZES,
# default "1000 10000"): N sheets and N/4 news from checks/gen_content.py; the same files as the
# content of a Hugo site (scripts/hugo-peer: a page per item, lists paginated by 100, RSS);
# both built into a tmpfs folder (/dev/shm), a warm-up then BENCH_RUNS runs each (default 3),
# alternated; median wall time and peak RSS from /usr/bin/time. Writes BENCHMARKS.md.
# Speed is measured here, never asserted in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-system.sh hugo time >/dev/null
swift build -c release --product ftap >/dev/null
ftap=$PWD/.build/release/ftap
runs=${BENCH_RUNS:-3}
work=$(mktemp -d)
shm=$(mktemp -d -p /dev/shm ftap-bench.XXXXXX)
trap 'rm -rf "$work" "$shm"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# measure NAME COMMAND…: one run; appends "wall rss_kb" to $work/NAME.times
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/one" "$@" >/dev/null 2>&1 || { echo "bench: $name failed" >&2; exit 1; }
    tail -n 1 "$work/one" >> "$work/$name.times"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rows=()
for n in ${BENCH_SIZES:-1000 10000}; do
    content=$work/content-$n hugo_site=$work/hugo-$n
    python3 checks/gen_content.py "$n" "$content" >/dev/null
    cp -r scripts/hugo-peer "$hugo_site"
    mkdir -p "$hugo_site/content"
    cp -r "$content/projets" "$content/actualites" "$hugo_site/content/"
    printf -- '---\ntitle: "Projets"\n---\n' > "$hugo_site/content/projets/_index.md"
    printf -- '---\ntitle: "Actualités"\n---\n' > "$hugo_site/content/actualites/_index.md"
    rm -f "$work"/*.times
    ftap_build=("$ftap" build --content "$content" --templates templates --output "$shm/ftap-$n")
    ftap_check=("$ftap" check --content "$content" --templates templates)
    hugo_build=(hugo --quiet -s "$hugo_site" -d "$shm/hugo-$n")
    measure warm-up "${ftap_build[@]}"; measure warm-up "${hugo_build[@]}"
    for _ in $(seq "$runs"); do
        measure ftap-build "${ftap_build[@]}"
        measure ftap-check "${ftap_check[@]}"
        rm -rf "$shm/hugo-$n"
        measure hugo "${hugo_build[@]}"
    done
    ftap_pages=$(find "$shm/ftap-$n" -name '*.html' | wc -l)
    hugo_pages=$(find "$shm/hugo-$n" -name '*.html' | wc -l)
    for tool in ftap-build ftap-check hugo; do
        wall=$(cut -d' ' -f1 "$work/$tool.times" | median)
        rss=$(cut -d' ' -f2 "$work/$tool.times" | median)
        printf -v "wall_${tool//-/_}" '%s' "$wall"
        printf -v "rss_${tool//-/_}" '%s' "$rss"
    done
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
    pps() { awk -v p="$1" -v t="$2" 'BEGIN { printf "%.0f", (t > 0 ? p / t : 0) }'; }
    rows+=("| $n | ftap build | $wall_ftap_build s | $(pps "$ftap_pages" "$wall_ftap_build") | $((rss_ftap_build / 1024)) MB | $ftap_pages |")
    rows+=("| $n | ftap check | $wall_ftap_check s | – | $((rss_ftap_check / 1024)) MB | – |")
    rows+=("| $n | Hugo | $wall_hugo s | $(pps "$hugo_pages" "$wall_hugo") | $((rss_hugo / 1024)) MB | $hugo_pages |")
    rows+=("| $n | ratios ftap / Hugo | build $(ratio "$wall_ftap_build" "$wall_hugo"), check $(ratio "$wall_ftap_check" "$wall_hugo") | | build $(ratio "$rss_ftap_build" "$rss_hugo") | |")
    echo "bench: $n sheets done" >&2
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
{
    echo "# Benchmarks: ftap against Hugo"
    echo
    echo "Written by \`make bench\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'):"
    echo "$(nproc) cores ($cpu), $memory, output on tmpfs (/dev/shm); ftap release build"
    echo "($(swift --version 2>&1 | head -1)), $(hugo version | cut -d' ' -f1-2). Content from"
    echo "\`checks/gen_content.py\` (every key of a sheet, a GFM table, milestones, payments, news in"
    echo "proportion); Hugo builds the same files with the minimal layout of \`scripts/hugo-peer\`."
    echo "Median of $runs runs after a warm-up, runs alternated; peak RSS from \`/usr/bin/time\`."
    echo
    echo "| sheets | tool | wall (median) | pages/s | peak RSS | HTML pages |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} > BENCHMARKS.md
cat BENCHMARKS.md
