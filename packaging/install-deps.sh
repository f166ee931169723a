#!/usr/bin/env bash
# Installs every Debian 12 package needed to build, test, package and run Dermaview.
# Idempotent: apt-get skips what is already installed. Must run as root (or via sudo).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -E "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # clang + its runtime: libFuzzer targets and the ASan/UBSan CI build
  clang libclang-rt-14-dev clang-format
  # Qt 6.4 (bookworm): widgets/network/concurrent/sql core; httpserver needs websockets
  # explicitly, lrelease/lupdate live in qt6-l10n-tools, not qt6-tools-dev
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6 qt6-qpa-plugins
  # Qt's own strings (standard buttons, file dialogs) in the interface languages
  qt6-translations-l10n
  # the case history: Qt SQL's SQLite driver (a plugin, not pulled in by qt6-base-dev) and
  # Qt Charts for the follow-up timeline of severity scores (bookworm's qt6-charts-dev does not
  # pull in libqt6opengl6-dev, whose Qt6OpenGLConfig.cmake its CMake config needs)
  libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  # OpenCV 4.6: image decode/orientation/overlay composition
  libopencv-dev
  # QtKeychain: password and X-API-TOKEN in the OS keychain (Secret Service / KWallet)
  qtkeychain-qt6-dev
  # a font so offscreen/xvfb rendering has glyphs
  fonts-dejavu-core
  # GUI smoke runs, screenshots, packaging checks
  xvfb xauth imagemagick dpkg-dev file lintian appstream desktop-file-utils
  # pdftotext/pdftoppm: tests read the PDFs the sandbox and the app produce
  poppler-utils
  # rsvg-convert: packaging/CMakeLists.txt renders the 256x256 PNG icon from the SVG at build time
  librsvg2-bin
  # tests/conformance runs the seed pages' Python (requests), JavaScript (node) and cURL examples
  python3-requests nodejs curl
  # memcheck tests: Valgrind sees use-after-free inside Qt's own (uninstrumented) code, which
  # the ASan build cannot
  valgrind
  # tests/api/tst_api_tls makes throwaway TLS certificates per run
  openssl
  # only bench_imaging needs these: it times pytorch-grad-cam's show_cam_on_image algorithm in
  # Python (tests/bench/show_cam_on_image.py) against the overlay engine; nothing else uses them
  python3-opencv python3-numpy
)

apt-get install -y -qq --no-install-recommends "${packages[@]}"
