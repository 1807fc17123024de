#!/usr/bin/env bash
# Installs skydial for the current user: the binary in ~/.local/bin, the
# desktop entries (the app, and the tel:/callto: link handler) and the icon.
# Usage: bash packaging/install.sh   (builds a release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
prefix="${PREFIX:-$HOME/.local}"
install -Dm755 target/release/skydial "$prefix/bin/skydial"
install -Dm644 packaging/skydial.desktop "$prefix/share/applications/skydial.desktop"
install -Dm644 packaging/skydial-dial.desktop "$prefix/share/applications/skydial-dial.desktop"
install -Dm644 assets/skydial.svg "$prefix/share/icons/hicolor/scalable/apps/skydial.svg"
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default skydial-dial.desktop x-scheme-handler/tel
  xdg-mime default skydial-dial.desktop x-scheme-handler/callto
fi
echo "Installed skydial in $prefix/bin; tel: and callto: links now dial through it."
