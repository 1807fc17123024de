#!/usr/bin/env python3
"""The Contacts screen's *Choose a file…* against the real desktop portal.

Starts, all private to this run: Xvfb, a session D-Bus that starts services
on demand as a desktop's does, the real xdg-desktop-portal with only its GTK
backend (xdg-desktop-portal-gtk, whose file chooser is GTK's own dialog),
the accessibility bus, `skydial sim`, and `skydial --server URL --user DID`
in the shell SKYDIAL_RENDERER names. Checks:

  1. *Choose a file…* (pressed over AT-SPI) opens the portal's file chooser,
     titled "Import contacts", while the window keeps drawing (it answers
     AT-SPI);
  2. a vCard file chosen in it (its path typed into GTK's dialog with
     xdotool, then Enter) is imported: its contact is listed on the screen;
  3. a chooser cancelled (Escape) imports nothing and says nothing;
  4. *Choose where…* of the history's export opens the portal's Save
     dialog; the history is written to the file named there;
  5. with no desktop portal on the bus, the window says that no file chooser
     can be opened and that a path can be typed; a typed path still imports.

Usage: chooser.py PATH/TO/skydial. Prints "N passed, N failed". About 35 s.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import (AT_SPI_BUS, Checks, a11y, private_bus, start_app, start_simulator, stop_all,  # noqa: E402
                 virtual_display, wait_for)

RENDERER = os.environ.get("SKYDIAL_RENDERER", "cpu")
TITLE = "Import contacts"
CHOOSE = "Choose a file…"
TITLE_EXPORT = "Export the call history"
CHOOSE_WHERE = "Choose where…"


def windows_named(env, name):
    out = subprocess.run(["xdotool", "search", "--name", f"^{name}$"], env=env, capture_output=True, text=True)
    return [w for w in out.stdout.split() if w.strip()]


def dialogs_shown(env, title=TITLE):
    """GTK's file choosers on screen (mapped): their window ids."""
    shown = []
    for w in windows_named(env, title):
        out = subprocess.run(["xwininfo", "-id", w], env=env, capture_output=True, text=True).stdout
        if "IsViewable" in out:
            shown.append(w)
    return shown


def visible_dialog(env, title=TITLE):
    """GTK's file chooser, once mapped: its window id."""
    return wait_for("the portal's file chooser", lambda: (dialogs_shown(env, title) or [None])[0], timeout=60)


def keys(env, window, *args):
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=10)
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)


def vcard(path, name, number):
    with open(path, "w") as f:
        f.write(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL:{number}\nEND:VCARD\n")


def until_closed(env, window, key, title=TITLE):
    """Presses `key` in the chooser until it has gone (GTK may still be
    completing the typed path at the first press, as it would for a person)."""
    for _ in range(5):
        keys(env, window, "key", key)
        try:
            return wait_for("the chooser gone", lambda: not dialogs_shown(env, title), timeout=3)
        except AssertionError:
            continue
    raise AssertionError(f"the chooser stayed open after {key}")


def contacts_tab(env):
    a11y(env, "press|toggle button|Contacts", f"find|push button|{CHOOSE}")


def main():
    binary = os.path.abspath(sys.argv[1])
    for tool in ["Xvfb", "dbus-daemon", "xdotool", "xwininfo", AT_SPI_BUS, "/usr/libexec/xdg-desktop-portal",
                 "/usr/libexec/xdg-desktop-portal-gtk"]:
        if not shutil.which(tool):
            print(f"chooser: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    work = tempfile.mkdtemp(prefix="skydial-chooser-")
    procs = []
    checks = Checks(5)

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        display = virtual_display(start)
        # Only the GTK backend: the portal reads its backends from here.
        portals = os.path.join(work, "portals")
        os.makedirs(portals)
        shutil.copy("/usr/share/xdg-desktop-portal/portals/gtk.portal", portals)
        runtime = os.path.join(work, "runtime")
        os.makedirs(runtime, mode=0o700)
        env = dict(os.environ, DISPLAY=display, SKYDIAL_DATA_DIR=os.path.join(work, "data"),
                   SKYDIAL_CONFIG_DIR=os.path.join(work, "config"), XDG_CONFIG_HOME=os.path.join(work, "xdg-config"),
                   XDG_RUNTIME_DIR=runtime, HOME=os.path.join(work, "home"), SKYDIAL_LOG="info",
                   SKYDIAL_RENDERER=RENDERER, XDG_CURRENT_DESKTOP="GNOME", XDG_DESKTOP_PORTAL_DIR=portals,
                   GDK_BACKEND="x11", GTK_USE_PORTAL="0", NO_AT_BRIDGE="1")
        os.makedirs(env["HOME"])
        for var in ["WAYLAND_DISPLAY", "SKYDIAL_PIN", "SKYDIAL_USER", "SKYDIAL_SERVER", "DBUS_SESSION_BUS_ADDRESS"]:
            env.pop(var, None)
        # A session bus that starts the portal and its backend on demand
        # (they get this environment: the display, the backends' folder).
        bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                    stderr=open(os.path.join(work, "bus.log"), "w"), text=True, env=env)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        url = start_simulator(binary, start, env)
        app = start_app(binary, start, env, url)
        log_path = os.path.join(work, "app.log")

        def log():
            return open(log_path, errors="replace").read()

        contacts_tab(env)

        chosen = os.path.join(work, "files", "Grace Hopper's card.vcf")
        os.makedirs(os.path.dirname(chosen))
        vcard(chosen, "Grace Hopper", "+1 212 555 0199")

        opened = []

        def the_chooser_opens_and_the_window_keeps_answering():
            a11y(env, f"press|push button|{CHOOSE}")
            opened.append(visible_dialog(env))
            # The UI thread is not waiting on the chooser: the window still
            # answers (AT-SPI reads its tree from the running UI).
            a11y(env, "find|toggle button|Contacts", f"find|push button|{CHOOSE}")

        checks.run("Choose a file… opens the real portal's file chooser (GTK), titled Import contacts; "
                   "the window keeps answering", the_chooser_opens_and_the_window_keeps_answering)
        if not opened:
            raise AssertionError("no file chooser: the checks after it need one")
        dialog = opened[0]

        def a_file_chosen_is_imported():
            # GTK's chooser: Ctrl+L opens the location field; the path, then Enter.
            keys(env, dialog, "key", "--clearmodifiers", "ctrl+l")
            keys(env, dialog, "type", "--delay", "20", chosen)
            if os.environ.get("SKYDIAL_DESK_KEEP"):
                subprocess.run(["import", "-window", "root", os.path.join(work, "typed.png")], env=env)
            until_closed(env, dialog, "Return")
            a11y(env, "find|label|Grace Hopper~")
            assert "file chosen:" in log(), log()[-2000:]

        checks.run("a vCard chosen in the chooser (path typed, Enter) is imported and listed",
                     a_file_chosen_is_imported)

        def a_cancelled_chooser_does_nothing():
            before = log().count("file chosen:")
            a11y(env, f"press|push button|{CHOOSE}")
            window = visible_dialog(env)
            until_closed(env, window, "Escape")
            wait_for("the cancel heard", lambda: "the file chooser was cancelled" in log(), timeout=10)
            assert log().count("file chosen:") == before, log()[-2000:]
            out = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                               "a11y.py"), "find|label|No file chooser~"],
                                 env=env, capture_output=True, text=True, timeout=60)
            assert out.returncode != 0, "a notice was shown for a cancelled chooser"

        checks.run("a cancelled chooser (Escape) imports nothing and says nothing", a_cancelled_chooser_does_nothing)

        def the_history_is_exported_where_the_save_dialog_says():
            target = os.path.join(work, "files", "exported calls.csv")
            a11y(env, "press|toggle button|History~", f"press|push button|{CHOOSE_WHERE}")
            window = visible_dialog(env, TITLE_EXPORT)
            # GTK's Save dialog: the name field has the keyboard, "calls.csv" selected.
            keys(env, window, "key", "--clearmodifiers", "ctrl+a")
            keys(env, window, "type", "--delay", "20", target)
            until_closed(env, window, "Return", TITLE_EXPORT)
            wait_for("the exported file", lambda: os.path.exists(target), timeout=15)
            with open(target) as f:
                assert f.readline().strip(), "the export has no header line"
            assert f"file chosen: {target}" in log(), log()[-2000:]

        checks.run("Choose where… opens the portal's Save dialog; the history is exported to the file named there",
                   the_history_is_exported_where_the_save_dialog_says)

        # The same app on a bus with no portal (nothing starts on demand).
        app.terminate()
        code = app.wait(timeout=15)
        # Ended by SIGTERM (a logout) after using the keyring: cleanly, with
        # nothing panicking on the way out.
        assert code == 0 and "panicked" not in log(), f"exit status {code}: {log()[-3000:]}"
        env["DBUS_SESSION_BUS_ADDRESS"] = private_bus(work, start)
        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        start_app(binary, start, env, url)
        typed = os.path.join(work, "files", "typed.vcf")
        vcard(typed, "Katherine Johnson", "+1 212 555 0123")

        def without_a_portal_it_says_so_and_a_typed_path_works():
            contacts_tab(env)
            a11y(env, f"press|push button|{CHOOSE}", "find|label|No file chooser can be opened here~",
                 "find|label|Type the file's path in Import file~")
            a11y(env, f"set|entry|Import file|{typed}", "press|push button|Import",
                 "find|label|Katherine Johnson~")

        checks.run("with no desktop portal the window says so, and a typed path still imports",
                     without_a_portal_it_says_so_and_a_typed_path_works)
    except Exception as e:  # a step the others needed failed: report what ran
        checks.failed += 1
        print(f"FAIL chooser: stopped: {e}", flush=True)
    finally:
        stop_all(procs)
        if os.environ.get("SKYDIAL_DESK_KEEP"):
            print(f"     kept the work directory {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return checks.done()


if __name__ == "__main__":
    sys.exit(main())
