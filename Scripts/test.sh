#!/usr/bin/env bash
# The whole test suite: installs Graphviz if missing, builds, and runs every test (Swift Testing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build --disable-xctest
