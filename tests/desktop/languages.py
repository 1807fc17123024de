#!/usr/bin/env python3
"""The real skydial in German and in French, read as a screen reader reads it.

For each language (SKYDIAL_LANG=de, then fr) starts, all private to the run:
Xvfb, a session bus, the accessibility bus (as when a screen reader runs), a
notification server that records each Notify (e2e.Notifications), `skydial
sim`, and the real skydial (the CPU shell). Then checks, with the expected
words read from assets/i18n/LANG.ftl (never copies of them):

  1. the window's Calls tab is named in the language (AT-SPI);
  2. the tray's menu and tooltip are in the language (as a tray host reads
     them over D-Bus: e2e.Watcher, e2e.TrayItem);
  3. a ringing call's screen pop: its title and its Answer, Decline and
     "show the call" actions are in the language (as the notification server
     is sent them);
  4. the call's Answer button in the window is named in the language (AT-SPI);
  5. Settings' Language choice and the clipboard hotkey's status are in the
     language (AT-SPI).

Usage: languages.py PATH/TO/skydial. Prints "N passed, N failed".
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import (AT_SPI_BUS, DID, NOTIFY_IFACE, WATCHER_IFACE, Checks, Notifications, TrayItem, Watcher,  # noqa: E402
                 a11y, http, private_bus, sim_commands, start_app, start_simulator, stop_all, virtual_display,
                 wait_for)

LANGUAGES = ["de", "fr"]
CHECKS_PER_LANGUAGE = 5
FTL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "i18n")


def messages(code):
    """The single-line messages of assets/i18n/CODE.ftl: id -> pattern."""
    out = {}
    with open(os.path.join(FTL, f"{code}.ftl"), encoding="utf-8") as f:
        for line in f:
            found = re.match(r"^([a-z][a-z0-9-]*) = (.*\S)\s*$", line)
            if found and not found.group(2).endswith("->"):
                out[found.group(1)] = found.group(2)
    return out


def say(catalog, code, msg_id, **args):
    """The message as skydial shows it: its variables filled in."""
    if msg_id not in catalog:
        raise AssertionError(f"{code}.ftl has no message {msg_id} (not converted yet?)")
    text = catalog[msg_id]
    for name, value in args.items():
        text = text.replace("{ $" + name + " }", value)
    assert "{" not in text, f"{msg_id}: {text} has variables this test does not fill"
    return text


def run_language(binary, code, checks):
    catalog = messages(code)
    work = tempfile.mkdtemp(prefix=f"skydial-lang-{code}-")
    procs = []

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    loop = None
    try:
        display = virtual_display(start)
        address = private_bus(work, start)
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=work,
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "config"),
                   SKYDIAL_STATE_DIR=os.path.join(work, "state"), XDG_CONFIG_HOME=os.path.join(work, "xdg"),
                   HOME=work, SKYDIAL_LOG="info", SKYDIAL_RENDERER="cpu", SKYDIAL_LANG=code)
        for var in ["WAYLAND_DISPLAY", "SKYDIAL_PIN", "SKYDIAL_USER", "SKYDIAL_SERVER", "LANGUAGE", "LC_ALL",
                    "LC_MESSAGES", "LANG"]:
            env.pop(var, None)
        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()
        server_conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        notifications = Notifications(server_conn)
        watcher = Watcher(server_conn)
        names = [dbus.service.BusName(NOTIFY_IFACE, server_conn), dbus.service.BusName(WATCHER_IFACE, server_conn)]
        client = dbus.bus.BusConnection(address)
        # The simulator's URL; a contact names the caller.
        url = start_simulator(binary, start, dict(env, SKYDIAL_LANG="en"))
        vcf = os.path.join(work, "contacts.vcf")
        with open(vcf, "w") as f:
            f.write("BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nTEL:+1 212 555 0142\nEND:VCARD\n")
        subprocess.run([binary, "contacts", "import", vcf], env=env, check=True, capture_output=True)
        start_app(binary, start, env, url, {"hotkey": "ctrl+alt+d"})
        wait_for("skydial to subscribe", lambda: sim_commands(url, "subscribe"), timeout=30)

        checks.run(f"{code}: the Calls tab is named in the language",
                   lambda: a11y(env, f"find|toggle button|{say(catalog, code, 'tab-calls')}"))

        def tray():
            item = TrayItem(client, *watcher.items.get(timeout=20))
            want = [say(catalog, code, i) for i in ["tray-no-recent", "tray-dial-clipboard", "tray-dnd",
                                                     "tray-dnd-hour", "tray-dnd-tomorrow", "tray-show-window",
                                                     "tray-quit"]]
            wait_for("the tray menu in the language",
                     lambda: [text for _, text, kind in item.entries() if kind != "separator"] == want)
            connected = say(catalog, code, "tray-tooltip-connected")
            wait_for(f"the tooltip {connected!r}", lambda: connected in str(item.get("ToolTip")[2]))

        checks.run(f"{code}: the tray's menu and tooltip, in the language", tray)

        def screen_pop():
            http(f"{url}/control/incoming?user={DID}&from=12125550142", "POST")
            pop = notifications.calls.get(timeout=20)
            assert pop["summary"] == say(catalog, code, "pop-calling", caller="Ada Lovelace"), pop
            actions = dict(zip(pop["actions"][::2], pop["actions"][1::2]))
            assert actions == {
                "default": say(catalog, code, "pop-show-call"),
                "answer": say(catalog, code, "pop-answer"),
                "ignore": say(catalog, code, "pop-ignore"),
            }, pop

        checks.run(f"{code}: a ringing call's screen pop, its title and actions, in the language", screen_pop)
        checks.run(f"{code}: the ringing call's Answer button is named in the language",
                   lambda: a11y(env, f"find|push button|{say(catalog, code, 'call-action-answer')}"))

        def settings():
            registered = say(catalog, code, "hotkey-status-registered", keys="ctrl+alt+d")
            a11y(env, f"press|toggle button|{say(catalog, code, 'tab-settings')}",
                 f"find|label|{say(catalog, code, 'settings-language')}", f"find|label|{registered}~")

        checks.run(f"{code}: Settings' Language choice and the hotkey's status, in the language", settings)
        del names
    except Exception as e:
        checks.failed += 1
        print(f"FAIL {code}: setting up: {e}")
    finally:
        if loop is not None:
            loop.quit()
        log = os.path.join(work, "app.log")
        if checks.failed and os.path.exists(log):
            print(f"---- {code}: app.log (last 3000 characters) ----")
            print(open(log).read()[-3000:])
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)


def main():
    binary = os.path.abspath(sys.argv[1])
    for tool in ["Xvfb", "dbus-daemon", AT_SPI_BUS]:
        if not shutil.which(tool):
            print(f"languages: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    checks = Checks(CHECKS_PER_LANGUAGE * len(LANGUAGES))
    for code in LANGUAGES:
        run_language(binary, code, checks)
    return checks.done()


if __name__ == "__main__":
    sys.exit(main())
