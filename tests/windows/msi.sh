#!/usr/bin/env bash
# The Windows installer under Wine: `bash packaging/msi` builds it (and, as an
# older version, once more), then Wine's msiexec installs the older one
# and the newer one over it, as a user would (/qn: no questions), and this
# checks what they left: one product, the files under
# %LOCALAPPDATA%\Programs\skydial, the Start-menu shortcut (and the
# MsiShortcutProperty row that gives it the toasts' AppUserModelID: Wine
# writes no shortcut properties, so only the package is checked), the
# tel:/callto: handlers with their Capabilities and RegisteredApplications,
# the toasts' name. It runs the installed skydial.exe, then uninstalls (/x)
# and checks that nothing is left, the start-at-login Run value included.
# Needs WINEPREFIX (tests/windows/run makes it).
# Usage: bash tests/windows/msi.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${WINEPREFIX:?run tests/windows/run, which makes the Wine prefix}"
checks=0
fail() { echo "msi: FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); echo "msi: ok   $*"; }
winreg() { wine reg "$@" 2>/dev/null | tr -d '\r'; }
RUN='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'

old_msi="$(SKYDIAL_MSI_VERSION=0.0.1 bash packaging/msi | tail -n 1)"
msi="$(bash packaging/msi | tail -n 1)"
version="$(sed -n 's/^version = "\([0-9.]*\).*"/\1/p' Cargo.toml | head -n 1)"
echo "msi: $msi, $(stat -c %s "$msi") bytes"

table="$(msiinfo export "$msi" MsiShortcutProperty | tr -d '\r')"
# The AppUserModelID the toasts use: APP_ID in the file that shows them.
toasts="$(grep -rl 'ToastNotificationManager' src | head -n 1)"
toast_id="$(sed -n 's/^ *const APP_ID: &str = "\(.*\)";/\1/p' "$toasts" | head -n 1)"
[ -n "$toast_id" ] || fail "cannot find the toasts' APP_ID in ${toasts:-src}"
grep -qP "^AppUserModelID\tStartMenu\tSystem\.AppUserModel\.ID\t\Q$toast_id\E$" <<<"$table" ||
  fail "the Start-menu shortcut does not carry the toasts' AppUserModelID ($toast_id): $table"
ok "the package gives the Start-menu shortcut the toasts' AppUserModelID ($toast_id)"

local_dir="$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")"
roaming_dir="$(winepath -u "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')")"
program_dir="$local_dir/Programs/skydial"
shortcut="$roaming_dir/Microsoft/Windows/Start Menu/Programs/skydial.lnk"
# An install an interrupted earlier run left in this prefix goes first.
for code in $(winreg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s |
  awk '/^HKEY/ { key = $0 } /DisplayName +REG_SZ +skydial$/ { n = split(key, p, "\\"); print p[n] }'); do
  echo "msi: removing an earlier run's install $code"
  wine msiexec /x "$code" /qn || true
done
[ ! -e "$program_dir" ] && [ ! -e "$shortcut" ] || fail "skydial is installed already in $WINEPREFIX"

products() {
  winreg query 'HKCU\Software\Microsoft\Installer\Products' /s | grep -c 'ProductName *REG_SZ *skydial$' || true
}
display_version() {
  for root in HKCU HKLM; do
    winreg query "$root\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /s |
      awk '/^HKEY/ { key = $0 } /DisplayName +REG_SZ +skydial$/ { found = key } END { print found }' |
      while read -r key; do
        [ -n "$key" ] && winreg query "$key" /v DisplayVersion | awk '/DisplayVersion/ { print $3 }'
      done
  done | head -n 1
}

wine msiexec /i "$(winepath -w "$old_msi")" /qn || fail "installing $old_msi failed ($?)"
[ "$(products)" = 1 ] || fail "the older version is not registered once: $(products)"
wine msiexec /i "$(winepath -w "$msi")" /qn || fail "installing $msi over $old_msi failed ($?)"
[ "$(products)" = 1 ] || fail "after the upgrade $(products) skydial products are registered, not 1"
[ "$(display_version)" = "$version" ] || fail "the installed version is $(display_version), not $version"
ok "version $version replaced 0.0.1 in place (one product)"
# (Windows keeps the start-at-login value across an upgrade: the older
# version's removal skips it when UPGRADINGPRODUCTCODE is set, which Wine's
# msiexec does not pass on. Not provable here.)

for f in skydial.exe skydial.ico; do
  [ -s "$program_dir/$f" ] || fail "no $program_dir/$f"
done
cmp -s "$program_dir/skydial.exe" "${CARGO_TARGET_DIR:-target}/x86_64-pc-windows-gnu/release/skydial.exe" ||
  fail "the installed skydial.exe is not the one built"
[ -s "$shortcut" ] || fail "no Start-menu shortcut ($shortcut)"
grep -qa 'AppData\\Local\\Programs\\skydial\\skydial.exe' "$shortcut" || fail "the shortcut does not point to skydial.exe"
ok "the program in %LOCALAPPDATA%\\Programs\\skydial, the Start-menu shortcut pointing to it"

exe_win="$(winepath -w "$program_dir/skydial.exe")"
for scheme in tel callto; do
  command="$(winreg query "HKCU\\Software\\Classes\\skydial.$scheme\\shell\\open\\command" /ve)"
  grep -qF "\"$exe_win\" -- \"%1\"" <<<"$command" || fail "the $scheme: handler runs: $command"
  winreg query 'HKCU\Software\skydial\Capabilities\URLAssociations' /v "$scheme" | grep -q "skydial\.$scheme$" ||
    fail "$scheme: is not among skydial's URL associations"
done
winreg query 'HKCU\Software\RegisteredApplications' /v skydial | grep -qF 'Software\skydial\Capabilities' ||
  fail "skydial is not in RegisteredApplications"
winreg query 'HKCU\Software\Classes\AppUserModelId\skydial' /v DisplayName | grep -q 'skydial$' ||
  fail "the toasts' AppUserModelID has no DisplayName"
ok "tel: and callto: run skydial.exe -- \"%1\" and are offered in Default apps (Capabilities, RegisteredApplications)"

said="$(wine "$program_dir/skydial.exe" --version | tr -d '\r')"
[ "$said" = "skydial $version" ] || fail "the installed skydial.exe said: $said"
# What a link handler given a link with quotes in it would run: the link
# stays one argument, and anything after it is refused, not run as a command.
set +e
said="$(wine "$program_dir/skydial.exe" -- 'tel:+16465551234' dial 19005550177 2>&1 | tr -d '\r')"
status=$?
set -e
[ "$status" = 2 ] && grep -q "unexpected argument" <<<"$said" || fail "a link followed by a command gave $status: $said"
ok "the installed skydial.exe runs; a link followed by a command is refused"

# Start at login turned on, as skydial's setting writes it.
wine reg add "$RUN" /v skydial /t REG_SZ /d "\"$exe_win\" --minimised --autostart" /f >/dev/null 2>&1
winreg query "$RUN" /v skydial | grep -q -- '--autostart' || fail "cannot write the start-at-login value"
wine msiexec /x "$(winepath -w "$msi")" /qn || fail "uninstalling failed ($?)"
left=()
[ -e "$program_dir" ] && left+=("$program_dir")
[ -e "$shortcut" ] && left+=("$shortcut")
for key in 'HKCU\Software\skydial' 'HKCU\Software\Classes\skydial.tel' 'HKCU\Software\Classes\skydial.callto' \
  'HKCU\Software\Classes\AppUserModelId\skydial'; do
  winreg query "$key" >/dev/null && left+=("$key")
done
winreg query 'HKCU\Software\RegisteredApplications' /v skydial >/dev/null && left+=("RegisteredApplications\\skydial")
winreg query "$RUN" /v skydial >/dev/null && left+=("$RUN\\skydial")
[ "$(products)" = 0 ] || left+=("the product registration")
[ "${#left[@]}" = 0 ] || fail "left after uninstalling: ${left[*]}"
ok "uninstalling removes all of it, the start-at-login value included"
echo "msi: $checks passed, 0 failed"
