#!/usr/bin/env python3
"""Screenshots of every screen, from the real binary, for the README.

    /usr/bin/python3 packaging/screenshots.py [target/release/skydial] [assets/screenshots]

Under a private Xvfb and session bus (with the test's notification server and
tray host, so no "no tray" notice shows), against `skydial sim` with a few
calls and contacts: the sign-in screen, then signed in, the Calls, Dial,
History, Contacts and Settings screens, switched to through AT-SPI as a screen
reader would. Each window is captured alone (xwd -id) and written as PNG.
Needs what `bash tests/run` installs.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "desktop"))
import dbus  # noqa: E402
import dbus.service  # noqa: E402
from dbus.mainloop.glib import DBusGMainLoop  # noqa: E402
from gi.repository import GLib  # noqa: E402
from e2e import AT_SPI_BUS, DID, PIN, Notifications, Watcher, http, stop_all, virtual_display, wait_for  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
A11Y = os.path.join(HERE, "..", "tests", "desktop", "a11y.py")


def window_id(env):
    found = subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True, text=True)
    ids = found.stdout.split()
    return ids[0] if ids else None


def capture(env, path):
    wid = wait_for("the skydial window", lambda: window_id(env))
    time.sleep(0.8)  # let a just-switched screen settle and repaint
    xwd = subprocess.run(["xwd", "-id", wid, "-silent", "-display", env["DISPLAY"]], capture_output=True, check=True)
    subprocess.run(["convert", "xwd:-", path], input=xwd.stdout, check=True)
    print(f"wrote {path}")


def a11y(env, *steps):
    out = subprocess.run([sys.executable, A11Y, *steps], env=env, capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"screenshots: {out.stdout}{out.stderr}")


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/skydial")
    outdir = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "assets", "screenshots"))
    os.makedirs(outdir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="skydial-shots-")
    procs = []

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        display = virtual_display(start)
        bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address,
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "config"),
                   XDG_RUNTIME_DIR=work, SKYDIAL_RENDERER=os.environ.get("SKYDIAL_RENDERER", "cpu"),
                   SKYDIAL_LANG=os.environ.get("SKYDIAL_LANG", "en"))
        for var in ["WAYLAND_DISPLAY", "SKYDIAL_PIN", "SKYDIAL_USER", "SKYDIAL_SERVER"]:
            env.pop(var, None)
        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        keep = [Notifications(conn), Watcher(conn), dbus.service.BusName("org.freedesktop.Notifications", conn),
                dbus.service.BusName("org.kde.StatusNotifierWatcher", conn)]
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()

        sim = start([binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True, env=env)
        url = sim.stdout.readline().strip()
        os.makedirs(env["SKYDIAL_CONFIG_DIR"])
        with open(os.path.join(env["SKYDIAL_CONFIG_DIR"], "settings.json"), "w") as f:
            json.dump({"server": url, "user": DID, "remember_pin": False,
                       "favourites": [{"name": "Front desk", "number": "1234"},
                                      {"name": "Grace (mobile)", "number": "4155550199"}]}, f)
        vcf = os.path.join(work, "contacts.vcf")
        with open(vcf, "w") as f:
            for name, number in [("Ada Lovelace", "+1 212 555 0142"), ("Grace Hopper", "+1 415 555 0199"),
                                 ("Alan Turing", "+44 20 7946 0958"), ("Katherine Johnson", "757 555 0123")]:
                f.write(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL:{number}\nEND:VCARD\n")
        subprocess.run([binary, "contacts", "import", vcf], env=env, check=True, capture_output=True)

        # The sign-in screen (no PIN anywhere).
        app = start([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        a11y(env, "find|push button|Sign in")
        capture(env, os.path.join(outdir, "sign-in.png"))
        app.terminate()
        app.wait(timeout=10)

        # Some history first: a missed call and a finished one.
        http(f"{url}/control/incoming?user={DID}&from=7575550123", "POST")
        app = start([binary, "--server", url, "--user", DID], env=dict(env, SKYDIAL_PIN=PIN),
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for("skydial to subscribe", lambda: any(c["name"].endswith(".subscribe") for c in http(f"{url}/control/commands")))
        time.sleep(1)
        http(f"{url}/control/remote-hangup?user={DID}", "POST")
        subprocess.run([binary, "--server", url, "--user", DID, "dial", "4155550199"], env=dict(env, SKYDIAL_PIN=PIN),
                       check=True, capture_output=True)
        http(f"{url}/control/remote-answer?user={DID}", "POST")
        time.sleep(1.5)
        # Now: one call connected (from above), one ringing in.
        http(f"{url}/control/incoming?user={DID}&from=12125550142", "POST")
        a11y(env, "find|push button|Answer")
        capture(env, os.path.join(outdir, "calls.png"))
        for tab, name in [("Dial", "dial"), ("History~", "history"), ("Contacts", "contacts"), ("Settings", "settings")]:
            a11y(env, f"press|toggle button|{tab}")
            if name == "contacts":
                a11y(env, "set|entry|Search contacts|a")
            capture(env, os.path.join(outdir, f"{name}.png"))
        del keep
        loop.quit()
    finally:
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
