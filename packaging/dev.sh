#!/usr/bin/env bash
# Marquee's one entry point for a fresh Debian 12 machine:
#   bash packaging/dev.sh run [marquee args…]  install what is missing, build, launch (demo server when no server is set)
#   bash packaging/dev.sh test                  install what is missing, build, run every test
#   bash packaging/dev.sh build                 install what is missing and build
#   bash packaging/dev.sh fuzz [seconds]        install what is missing, build the libFuzzer targets with clang and
#                                               run each for a bounded time (default 20 s)
#   bash packaging/dev.sh package               install what is missing, build, make the .deb (cpack) and check it:
#                                               lintian, install it, run the installed programs, remove it
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${MARQUEE_BUILD_DIR:-$root/build}"

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  libgl-dev libqt6opengl6-dev libsqlite3-dev qtkeychain-qt6-dev libmpv-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev openssl xvfb xauth curl
  fonts-dejavu-core
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  help2man dpkg-dev file lintian desktop-file-utils appstream man-db
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  # Node runs the API contract test; any recent Node will do, Debian's included.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # Also when the lock file changed since the last install (npm ci writes node_modules/.package-lock.json).
  local contract="$root/tests/contract"
  if [ -f "$contract/package.json" ] && [ "$contract/package-lock.json" -nt "$contract/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$root/tests/contract" --no-audit --no-fund >&2
  fi
}

build() {
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${MARQUEE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
  cmake --build "$build_dir" -j "$(nproc)"
}

command="${1:-}"
shift || true
case "$command" in
  run)
    install_missing
    build
    exec "$build_dir/src/app/marquee" "$@"
    ;;
  test)
    install_missing
    build
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)"
    ;;
  build)
    install_missing
    build
    ;;
  fuzz)
    install_missing
    bash "$root/tests/fuzz/run.sh" "${1:-20}"
    ;;
  package)
    install_missing
    build
    (cd "$build_dir" && rm -f marquee_*.deb && cpack -G DEB >/dev/null)
    bash "$root/packaging/check-package.sh" "$(ls "$build_dir"/marquee_*_amd64.deb)"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|build|fuzz|package" >&2
    exit 2
    ;;
esac
