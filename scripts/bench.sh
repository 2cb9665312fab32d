#!/usr/bin/env bash
# make bench: ftap against Hugo on the same generated content. For each size N (BENCH_SIZES,
# default "1000 10000"): N sheets and N/4 news from checks/gen_content.py; the same files as the
# content of a Hugo site (scripts/hugo-peer: a page per item, lists paginated by 100, RSS);
# both built into a tmpfs folder (/dev/shm), a warm-up then BENCH_RUNS runs each (default 3),
# alternated; median wall time and peak RSS from /usr/bin/time. Then the adversarial contents of
# checks/gen_adversarial.py. Writes BENCHMARKS.md.
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

# The cases issue 21 found quadratic or heavy (checks/gen_adversarial.py): each must stay far
# under a second of work of its own; the ministries case is a whole 20,000-sheet build.
adversarial=()
for case in cles-distinctes cles-repetees tableau-colonnes ministeres; do
    content=$work/adversarial-$case
    python3 checks/gen_adversarial.py "$case" "$content"
    rm -f "$work"/*.times
    if [ "$case" = ministeres ]; then
        command=("$ftap" build --content "$content" --templates templates --output "$shm/adversarial")
        rm -rf "$shm/adversarial"
        # The same sheets naming six ministries: what the build costs without the 20,000 names.
        baseline=$work/adversarial-baseline
        python3 checks/gen_content.py 20000 "$baseline" >/dev/null
        rm -rf "$shm/baseline"
        /usr/bin/time -f "%e %M" -o "$work/one" "$ftap" build --content "$baseline" --templates templates --output "$shm/baseline" >/dev/null 2>&1 || true
        note="build of 20,000 sheets (the same sheets naming 6 ministries: $(cut -d' ' -f1 "$work/one") s)"
    else
        command=("$ftap" check --content "$content" --templates templates)
        note="check"
    fi
    # These contents hold errors on purpose (unknown keys, a table too wide): exit status 1.
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/one" "${command[@]}" >/dev/null 2>&1 || true
        tail -n 1 "$work/one" >> "$work/$case.times"
    done
    wall=$(cut -d' ' -f1 "$work/$case.times" | median)
    rss=$(cut -d' ' -f2 "$work/$case.times" | median)
    adversarial+=("| $case | $note | $wall s | $((rss / 1024)) MB |")
    echo "bench: adversarial $case done" >&2
done

# The preview serving one 50 MB file to 60 slow clients at once.
python3 checks/gen_content.py 20 "$work/preview-content" >/dev/null
preview=$(python3 checks/preview_memory.py "$ftap" "$work/preview-content" templates | sed 's/.*"peak_rss_mb": \([0-9]*\).*/\1/')
adversarial+=("| preview | 60 slow clients download one 50 MB file | – | $preview MB |")
# From saving a sheet to its new text on screen, in headless Chromium, on the example site.
reload=$(.venv/bin/python checks/preview_reload_check.py "$ftap" content templates | sed -n 's/^preview-reload: from save to screen, //p')
adversarial+=("| preview | save a sheet, see it in Chromium (20 saves, example site) | $reload | – |")

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
    echo
    echo "## Adversarial contents"
    echo
    echo "The cases issue 21 found quadratic or heavy, from \`checks/gen_adversarial.py\`: a front matter"
    echo "just under 1 MB of distinct or repeated keys, a table row of 25,000 cells (refused), and"
    echo "20,000 ministries whose names differ only by punctuation, so they share one page name."
    echo "Median of $runs runs; these contents hold errors on purpose, so \`check\` reports them."
    echo
    echo "| case | what is run | wall (median) | peak RSS |"
    echo "|---|---|---|---|"
    printf '%s\n' "${adversarial[@]}"
} > BENCHMARKS.md
cat BENCHMARKS.md
