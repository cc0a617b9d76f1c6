#!/usr/bin/env bash
# Installs what Crosstalk needs beyond the Swift toolchain: Graphviz's C library (libgvc) and zlib (for .tar.gz
# inputs and ZIPFoundation), both found through pkg-config.
# Safe to run repeatedly; does nothing when both are already there.
set -euo pipefail

if pkg-config --exists libgvc 2>/dev/null && pkg-config --exists zlib 2>/dev/null; then
  exit 0
fi
echo "crosstalk: installing Graphviz and zlib (libgraphviz-dev, zlib1g-dev) from Debian's packages…" >&2
sudo_prefix=()
if [ "$(id -u)" -ne 0 ]; then sudo_prefix=(sudo); fi
"${sudo_prefix[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq libgraphviz-dev zlib1g-dev >/dev/null
pkg-config --exists libgvc || { echo "crosstalk: Graphviz installed but pkg-config cannot find libgvc" >&2; exit 1; }
pkg-config --exists zlib || { echo "crosstalk: zlib installed but pkg-config cannot find zlib" >&2; exit 1; }
