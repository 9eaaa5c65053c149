#!/usr/bin/env bash
# Makes the browser tests runnable: Debian's chromium (apt, when missing) and the Python
# `playwright` package in .venv (when missing). Playwright never downloads its own browser
# here: tests launch /usr/bin/chromium through `executable_path`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "browser_setup: installing Debian's chromium" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "browser_setup: chromium is missing and we are not root; run: sudo apt-get install -y chromium" >&2
        exit 1
    fi
fi

if ! "$PY" -c "import playwright" >/dev/null 2>&1; then
    "$PY" -m pip install --quiet "playwright>=1.44"
fi
echo "browser_setup: $(chromium --version 2>/dev/null || echo chromium missing)" >&2
