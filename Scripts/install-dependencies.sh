#!/usr/bin/env bash
# Installs what Crosstalk needs beyond the Swift toolchain: Graphviz's C library (libgvc) and zlib (for .tar.gz
# inputs and ZIPFoundation), both found through pkg-config, and Chromium, which the report's browser test drives
# headless (Scripts/browser_check.py, with python3).
# Safe to run repeatedly; does nothing when everything is already there.
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
echo "crosstalk: installing ${missing[*]} from Debian's packages…" >&2
sudo_prefix=()
if [ "$(id -u)" -ne 0 ]; then sudo_prefix=(sudo); fi
"${sudo_prefix[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
pkg-config --exists libgvc || { echo "crosstalk: Graphviz installed but pkg-config cannot find libgvc" >&2; exit 1; }
pkg-config --exists zlib || { echo "crosstalk: zlib installed but pkg-config cannot find zlib" >&2; exit 1; }
command -v chromium >/dev/null 2>&1 || { echo "crosstalk: chromium was installed but is not on PATH" >&2; exit 1; }
