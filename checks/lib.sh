# Shared by the checks/run-*.sh scripts (sourced, not run).
# Sets CHECKS (this folder), VENV and PY (venv python, first on PATH), and reads SITE from $1.
CHECKS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV=${PYTHON_VENV:-.venv}
[[ $VENV = /* ]] || VENV="$(dirname "$CHECKS")/$VENV"
PY="$VENV/bin/python"
export PATH="$VENV/bin:$PATH"
[[ -x $PY ]] || { echo "$NAME: no venv at $VENV: run 'make checkers-setup' first"; exit 2; }

SITE=${1:-}
[[ -n $SITE && -d $SITE ]] || { echo "usage: $0 SITE (a built site folder)"; echo "$NAME: no site folder '$SITE'"; exit 2; }
SITE=$(cd "$SITE" && pwd)

# Commands run at exit, whatever happens (temp folders, the HTTP server).
AT_EXIT=()
at_exit() { AT_EXIT+=("$1"); }
# shellcheck disable=SC2154 # cmd is the loop variable of the trap
trap 'for cmd in "${AT_EXIT[@]}"; do eval "$cmd" || true; done' EXIT

# Serve folder $1 on 127.0.0.1 on a free port; sets BASE=http://127.0.0.1:PORT.
# The server sends the "LinkChecker" header, or linkchecker throttles to ~3 requests/s.
# shellcheck disable=SC2034 # BASE is read by the scripts that source this file
# A second argument (--like-gitlab-pages) serves precompressed siblings as that host does (serve.py).
start_server() {
  local portfile; portfile=$(mktemp)
  "$PY" "$CHECKS/serve.py" "$1" "$portfile" ${2:-} &
  at_exit "kill $! 2>/dev/null; wait $! 2>/dev/null"
  for _ in $(seq 100); do [[ -s $portfile ]] && break; sleep 0.05; done
  [[ -s $portfile ]] || { echo "$NAME: the HTTP server did not start"; exit 2; }
  BASE="http://127.0.0.1:$(cat "$portfile")"; rm -f "$portfile"
}

heading() { printf '\n== %s ==\n' "$*"; }

# The last line of every checker, which check-site.sh reads: "NAME: ok" or "NAME: FAILED: why, why".
finish() {
  (( $# == 0 )) && { echo "$NAME: ok"; return 0; }
  local why; why=$(printf '%s, ' "$@"); echo "$NAME: FAILED: ${why%, }"; exit 1
}
