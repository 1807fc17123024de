#!/usr/bin/env bash
# Installs a build of skydial for the current user (no package manager):
# the binary in ~/.local/bin, the desktop entry (which is also the tel: and
# callto: link handler), the icons, the man page and the shell completions.
# Usage: bash packaging/install.sh   (builds a release binary first)
# On Debian and Ubuntu, `bash packaging/deb` builds a package instead.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
prefix="${PREFIX:-$HOME/.local}"
app_id=io.github.skydial.Skydial
target_dir="${CARGO_TARGET_DIR:-target}"
install -Dm755 "$target_dir/release/skydial" "$prefix/bin/skydial"
# The entry runs `skydial -- %u`: name the installed binary (~/.local/bin may not be on PATH).
sed "s|^Exec=skydial|Exec=$prefix/bin/skydial|" "packaging/linux/$app_id.desktop" >"$target_dir/$app_id.desktop"
install -Dm644 "$target_dir/$app_id.desktop" "$prefix/share/applications/$app_id.desktop"
install -Dm644 "packaging/linux/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
for dir in assets/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  for icon in "$dir"/$app_id.*; do
    install -Dm644 "$icon" "$prefix/share/icons/hicolor/$size/apps/$(basename "$icon")"
  done
done
assets="$(mktemp -d)"
SKYDIAL_LANG=en "$prefix/bin/skydial" __assets "$assets" >/dev/null
install -Dm644 "$assets/skydial.1" "$prefix/share/man/man1/skydial.1"
install -Dm644 "$assets/skydial.bash" "$prefix/share/bash-completion/completions/skydial"
install -Dm644 "$assets/_skydial" "$prefix/share/zsh/site-functions/_skydial"
install -Dm644 "$assets/skydial.fish" "$prefix/share/fish/vendor_completions.d/skydial.fish"
rm -rf "$assets"
# Earlier versions installed two entries under other names.
rm -f "$prefix/share/applications/skydial.desktop" "$prefix/share/applications/skydial-dial.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$prefix/share/applications" || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default "$app_id.desktop" x-scheme-handler/tel
  xdg-mime default "$app_id.desktop" x-scheme-handler/callto
fi
echo "Installed skydial in $prefix/bin; tel: and callto: links now open it (it asks before dialling)."
