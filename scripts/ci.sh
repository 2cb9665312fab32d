#!/usr/bin/env bash
# What both pipelines run (.gitlab-ci.yml, .github/workflows/site.yml), in the official Swift image:
#   scripts/ci.sh check FORMAT   builds ftap when needed, then `ftap check --format FORMAT`
#                                (gitlab: the Code Quality report into gl-code-quality-report.json,
#                                then the same check in text for the job's log and its status)
#   scripts/ci.sh site           builds ftap when needed, then what `make site` does, into public/
#   scripts/ci.sh apercu REF URL builds ftap when needed, then scripts/apercu.sh: ftap-diff.md
#                                against REF and public/ built for URL, with its search index
# The build date is the last commit's (as `make site`), or today's in a scheduled pipeline, so a
# daily scheduled run publishes the items whose date has come.
set -euo pipefail
cd "$(dirname "$0")/.."

# The container runs as root over a checkout that another user owns: git refuses to read it
# unless told it is safe (command-line config, so no file is changed).
export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0="$PWD"
if [ "${CI_PIPELINE_SOURCE:-${GITHUB_EVENT_NAME:-}}" = schedule ]; then
    SOURCE_DATE_EPOCH=$(date +%s)
else
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH

# The Swift image has no Python: the DSFR files and Pagefind come from PyPI through it.
scripts/setup-system.sh python3 python3-venv python3-pip

# A fresh checkout gives every source a new modification time, so `swift build` would compile
# them all again over the cached .build. The stamp names the tracked sources by their git hashes
# (and the compiler): when it matches, the cached binary is of these very sources, and a
# content-only commit skips the compiler entirely.
stamp=.build/ftap-sources.sha256
sources=$({ git ls-files -s Package.swift Sources; swift --version 2>&1; } | sha256sum | cut -d' ' -f1)
if [ -x .build/debug/ftap ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sources" ]; then
    make --no-print-directory setup
    echo "ftap est déjà construit pour ces sources (cache) : pas de compilation."
else
    make --no-print-directory build
    echo "$sources" > "$stamp"
fi

# The live site's list of addresses (adresses.json at the address of content/site.yml): a
# version that would drop one of them without redirecting or withdrawing it is refused. The CI/CD
# variable FTAP_PRECEDENT gives another address or file, or « non » to check nothing. When the
# list cannot be fetched (the first publication, the network), ftap says so in the log as a
# warning and checks nothing.
precedent=${FTAP_PRECEDENT:-}
if [ -z "$precedent" ]; then
    url=$(sed -n 's/^url:[[:space:]]*["'"'"']\{0,1\}\([^"'"'"'[:space:]#]*\).*/\1/p' content/site.yml | head -n 1)
    [ -n "$url" ] && precedent="${url%/}/adresses.json"
fi
[ "$precedent" = non ] && precedent=
if [ -n "$precedent" ]; then
    echo "Adresses de la version en ligne : $precedent"
else
    echo "Adresses de la version en ligne : pas vérifiées (FTAP_PRECEDENT=non, ou pas d'adresse dans content/site.yml)."
fi

case "${1:-}" in
check)
    # The templates' DSFR, as a build has it: without it ftap refuses the layout (dsfr-absent).
    make --no-print-directory --assume-old=build dsfr
    format=${2:-text}
    if [ "$format" = gitlab ]; then
        .build/debug/ftap check --format gitlab ${precedent:+--precedent "$precedent"} > gl-code-quality-report.json || true
        format=text
    fi
    .build/debug/ftap check --format "$format" ${precedent:+--precedent "$precedent"}
    ;;
site)
    # `build` is done above: make must not run it again (it would compile, see the stamp).
    # GitLab Pages reads _redirects but serves an existing file first: no page at a former address.
    redirections=pages
    [ -n "${GITLAB_CI:-}" ] && redirections=hebergeur
    make --no-print-directory --assume-old=build site PRECEDENT="$precedent" REDIRECTIONS="$redirections"
    ;;
apercu)
    # A merge request: ftap-diff.md (what it changes, against the target branch BASE_REF) and
    # public/ built for its preview's address URL, with its search index.
    make --no-print-directory --assume-old=build dsfr
    scripts/apercu.sh .build/debug/ftap "${2:?usage: scripts/ci.sh apercu BASE_REF [URL]}" "${3:-}"
    make --no-print-directory --assume-old=build --assume-old=public pagefind-index
    ;;
*)
    echo "usage : scripts/ci.sh check text|github|json|gitlab | scripts/ci.sh site | scripts/ci.sh apercu BASE_REF [URL]" >&2
    exit 2
    ;;
esac
