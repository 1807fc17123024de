#!/usr/bin/env bash
# Checks the Debian package that packaging/deb built, on a fresh Debian 12 as
# root: installs it with apt (so its Depends must resolve), then checks what it
# installed, validates the installed desktop entry and metainfo, the tel: and
# callto: handlers, the man page, that every library the binary dlopens is
# there, and that the installed `skydial --demo` paints its first frame under
# Xvfb. Prints `ok   <what>` or `FAIL <what>: <why>` for each check and exits
# non-zero if any failed.
# Usage: bash tests/package/check.sh [path/to/skydial_VERSION_ARCH.deb]
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2

APP_ID=io.github.skydial.Skydial
failures=0
ok() { echo "ok   $1"; }
fail() {
  echo "FAIL $1: $2"
  failures=$((failures + 1))
}
check_file() {
  if [ -s "$1" ]; then ok "installed $1"; else fail "installed $1" "missing or empty"; fi
}

if [ "$(id -u)" != 0 ]; then
  echo "check.sh: run as root (it installs packages)" >&2
  exit 2
fi

deb="${1:-}"
if [ -z "$deb" ]; then
  # shellcheck disable=SC2012 # names are skydial_VERSION_ARCH.deb
  deb="$(ls -t "${CARGO_TARGET_DIR:-target}"/debian/skydial_*.deb 2>/dev/null | head -n 1)"
fi
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  echo "FAIL find the package: no ${deb:-${CARGO_TARGET_DIR:-target}/debian/skydial_*.deb} (run bash packaging/deb first)"
  exit 1
fi
case "$deb" in /*) ;; *) deb="./$deb" ;; esac

export DEBIAN_FRONTEND=noninteractive
if ! apt_log="$(apt-get update -qq 2>&1)"; then
  echo "FAIL apt-get update: $(echo "$apt_log" | tail -n 5 | tr '\n' ' ')"
  exit 1
fi

# 1. The package installs and its Depends resolve: before anything else is
# installed, so that the libraries checked next come from its Depends alone.
if apt_log="$(apt-get install -y -qq "$deb" 2>&1)"; then
  ok "apt-get install $deb"
else
  fail "apt-get install $deb" "$(echo "$apt_log" | tail -n 5 | tr '\n' ' ')"
  echo "1 check(s) failed"
  exit 1
fi
status="$(dpkg-query -W -f='${Status}' skydial 2>/dev/null)"
if [ "$status" = "install ok installed" ]; then ok "dpkg: skydial is installed"; else fail "dpkg: skydial is installed" "status '$status'"; fi

# 2. Every library the binary opens with dlopen is there (no tool can see
# these in the binary, so Depends names them by hand).
# Read whole first: `ldconfig -p | grep -q` under pipefail fails whenever grep
# stops at its match before ldconfig has written the rest (SIGPIPE).
linker_cache="$(ldconfig -p)"
for soname in libX11.so.6 libX11-xcb.so.1 libXcursor.so.1 libXi.so.6 libxcb.so.1 \
  libxkbcommon.so.0 libxkbcommon-x11.so.0 libwayland-client.so.0 libEGL.so.1 libGL.so.1 \
  libwayland-egl.so.1; do
  if grep -q "^[[:space:]]*$soname " <<<"$linker_cache"; then
    ok "runtime library $soname"
  else
    fail "runtime library $soname" "not in the linker cache"
  fi
done
linked="$(ldd /usr/bin/skydial 2>&1)"
if missing="$(grep 'not found' <<<"$linked")"; then
  fail "ldd /usr/bin/skydial" "$missing"
else
  ok "ldd /usr/bin/skydial: every linked library found"
fi

TOOLS=(desktop-file-utils appstream xdg-utils xvfb xauth dbus-daemon procps gzip)
if ! apt_log="$(apt-get install -y -qq "${TOOLS[@]}" 2>&1)"; then
  fail "install the test tools (${TOOLS[*]})" "$(echo "$apt_log" | tail -n 5 | tr '\n' ' ')"
  echo "$failures check(s) failed"
  exit 1
fi

# 3. The installed files.
BIN=/usr/bin/skydial
DESKTOP=/usr/share/applications/$APP_ID.desktop
METAINFO=/usr/share/metainfo/$APP_ID.metainfo.xml
MAN=/usr/share/man/man1/skydial.1.gz
if [ -x "$BIN" ]; then ok "installed $BIN (executable)"; else fail "installed $BIN" "missing or not executable"; fi
check_file "$DESKTOP"
check_file "$METAINFO"
for size in 16 24 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
  if [ -s "$icon" ] && [ "$(od -An -tx1 -j16 -N8 "$icon" | tr -d ' \n')" = "$(printf '%08x%08x' "$size" "$size")" ]; then
    ok "installed $icon (${size}x${size} PNG)"
  else
    fail "installed $icon" "missing, or not a ${size}x${size} PNG"
  fi
done
check_file /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg
check_file "$MAN"
check_file /usr/share/bash-completion/completions/skydial
check_file /usr/share/zsh/vendor-completions/_skydial
check_file /usr/share/fish/vendor_completions.d/skydial.fish
check_file /usr/share/doc/skydial/copyright

# 4. The installed desktop entry and metainfo validate.
if out="$(desktop-file-validate "$DESKTOP" 2>&1)" && ! grep -qE '(error|warning):' <<<"$out"; then
  ok "desktop-file-validate $DESKTOP"
else
  fail "desktop-file-validate $DESKTOP" "$(echo "$out" | tr '\n' ' ')"
fi
if out="$(appstreamcli validate --no-net "$METAINFO" 2>&1)"; then
  ok "appstreamcli validate --no-net $METAINFO"
else
  fail "appstreamcli validate --no-net $METAINFO" "$(echo "$out" | grep -E '^[EW]:' | tr '\n' ' ')"
fi
if grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO"; then
  ok "metainfo launches $APP_ID.desktop"
else
  fail "metainfo launches $APP_ID.desktop" "no such launchable"
fi
icon_key="$(sed -n 's/^Icon=//p' "$DESKTOP")"
if [ "$icon_key" = "$APP_ID" ]; then ok "desktop entry Icon=$APP_ID"; else fail "desktop entry Icon=$APP_ID" "Icon=$icon_key"; fi

# 5. tel: and callto: links open skydial.
mime="$(sed -n 's/^MimeType=//p' "$DESKTOP")"
for scheme in tel callto; do
  if grep -q ";x-scheme-handler/$scheme;" <<<";$mime"; then
    ok "desktop entry MimeType has x-scheme-handler/$scheme"
  else
    fail "desktop entry MimeType has x-scheme-handler/$scheme" "MimeType=$mime"
  fi
done
exec_key="$(sed -n 's/^Exec=//p' "$DESKTOP")"
if [ "$exec_key" = "skydial -- %u" ]; then ok "desktop entry Exec=skydial -- %u"; else fail "desktop entry Exec=skydial -- %u" "Exec=$exec_key"; fi
if update-desktop-database /usr/share/applications 2>/dev/null; then
  ok "update-desktop-database"
else
  fail "update-desktop-database" "exit status $?"
fi
for scheme in tel callto; do
  line="$(grep "^x-scheme-handler/$scheme=" /usr/share/applications/mimeinfo.cache 2>/dev/null)"
  if grep -q "$APP_ID.desktop" <<<"$line"; then
    ok "mimeinfo.cache maps x-scheme-handler/$scheme to $APP_ID.desktop"
  else
    fail "mimeinfo.cache maps x-scheme-handler/$scheme to $APP_ID.desktop" "found '${line:-nothing}'"
  fi
done
xdg_home="$(mktemp -d)"
for scheme in tel callto; do
  # A clean XDG_CONFIG_HOME: the machine-wide associations alone decide.
  default="$(HOME="$xdg_home" XDG_CONFIG_HOME="$xdg_home/.config" XDG_CURRENT_DESKTOP="" \
    xdg-mime query default "x-scheme-handler/$scheme" 2>&1)"
  if [ "$default" = "$APP_ID.desktop" ]; then
    ok "xdg-mime query default x-scheme-handler/$scheme is $APP_ID.desktop"
  else
    fail "xdg-mime query default x-scheme-handler/$scheme is $APP_ID.desktop" "got '$default'"
  fi
done
rm -rf "$xdg_home"

# 6. The man page.
if page="$(zcat "$MAN" 2>&1)" && grep -q '^\.TH' <<<"$page" && grep -qi 'dial' <<<"$page"; then
  ok "man page $MAN is troff (.TH) and mentions dial"
else
  fail "man page $MAN is troff (.TH) and mentions dial" "$(echo "$page" | head -c 200)"
fi

# 7. The installed app paints its first frame under Xvfb.
work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
# Ends the process group PGID (TERM, then KILL after 5 s) and reaps its leader.
stop_session() {
  kill -- "-$1" 2>/dev/null
  for _ in $(seq 1 50); do
    kill -0 -- "-$1" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$1" 2>/dev/null
  wait "$1" 2>/dev/null
}
cleanup() {
  if [ -n "$app_pid" ]; then stop_session "$app_pid"; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; fi
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
# -displayfd: Xvfb picks a free display and writes its number when ready.
exec 9>"$work/display"
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 9>&-
display=""
for _ in $(seq 1 100); do
  display="$(tr -d '\n' <"$work/display")"
  [ -n "$display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$display" ]; then
  fail "Xvfb starts" "$(tr '\n' ' ' <"$work/xvfb.log")"
else
  ok "Xvfb on :$display"
  mkdir -p "$work/data" "$work/config" "$work/runtime"
  chmod 700 "$work/runtime"
  # Its own session (setsid) so the app, its session bus and anything they
  # start are ended together.
  DISPLAY=":$display" WAYLAND_DISPLAY="" XDG_RUNTIME_DIR="$work/runtime" \
    SKYDIAL_LOG=info SKYDIAL_DATA_DIR="$work/data" SKYDIAL_CONFIG_DIR="$work/config" SKYDIAL_LANG=en \
    setsid dbus-run-session -- "$BIN" --demo >"$work/app.log" 2>&1 </dev/null &
  app_pid=$!
  started=$(date +%s)
  result=""
  while [ -z "$result" ]; do
    if grep -qs 'first frame' "$work/app.log"; then
      result="ok"
    elif ! kill -0 "$app_pid" 2>/dev/null; then
      result="exited before its first frame"
    elif [ $(($(date +%s) - started)) -ge 60 ]; then
      result="no first frame within 60 s"
    else
      sleep 0.2
    fi
  done
  if [ "$result" = ok ]; then
    ok "$BIN --demo paints its first frame under Xvfb ($(($(date +%s) - started)) s)"
  else
    fail "$BIN --demo paints its first frame under Xvfb" "$result; log: $(tail -n 15 "$work/app.log" | tr '\n' ' ')"
  fi
  stop_session "$app_pid"
  app_pid=""
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all package checks passed"
