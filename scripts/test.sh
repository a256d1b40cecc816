#!/usr/bin/env bash
# Run the whole suite. On Linux, when dbus-run-session and gnome-keyring-daemon exist, the
# suite runs inside a private D-Bus session with a freshly unlocked keyring, so the test
# against the real Secret Service runs for real (it skips, saying why, elsewhere).
#
# Tests run on one worker per core (pytest-xdist; PYTEST_WORKERS=0 runs them in this one
# process, PYTEST_WORKERS=N on N). Extra arguments go to pytest, after these.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
export QT_QPA_PLATFORM=offscreen

if [ -z "${SECONDOP_IN_DBUS:-}" ] && command -v dbus-run-session >/dev/null 2>&1 \
   && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  export SECONDOP_IN_DBUS=1
  exec dbus-run-session -- "$0" "$@"
fi

if [ -n "${SECONDOP_IN_DBUS:-}" ]; then
  # A throwaway keyring home, so the user's own keyrings are never touched.
  export XDG_DATA_HOME
  XDG_DATA_HOME="$(mktemp -d)"
  trap 'rm -rf "$XDG_DATA_HOME"' EXIT
  eval "$(printf 'secondop-test' | gnome-keyring-daemon --unlock --components=secrets \
          | sed 's/^/export /')"
  export SECONDOP_SECRET_SERVICE=1
fi

# The suite starts a few hundred Python processes (the import sandbox's workers, the
# command line, the kill tests' victims): compiled bytecode is cached once, outside the
# source tree, instead of being compiled again in each (or written beside the sources).
export PYTHONPYCACHEPREFIX="${PYTHONPYCACHEPREFIX:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/secondop/pycache}"
unset PYTHONDONTWRITEBYTECODE

# worksteal: a worker that runs out of tests takes queued ones from the other, so the few
# long tests do not leave a core idle at the end. (Not loadgroup: with pytest 9.2 it no
# longer groups anything, pytest-xdist issue 1386.)
"$PY" -m pytest -q -n "${PYTEST_WORKERS:-auto}" --dist worksteal --durations=10 "$@"
