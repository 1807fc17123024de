#!/usr/bin/env python3
"""Desktop figures for skydial, by hand (not in CI): run on an otherwise idle machine.

    /usr/bin/python3 packaging/bench-desktop.py [target/release/skydial]

Under a private Xvfb and session bus (with a recording notification server and
a tray host), it prints:
  - for `skydial --demo`: time from process start until the first frame (the
    app logs it), PSS with the window open and after closing it to the tray;
  - against `skydial sim` on loopback (no demo calls ringing by themselves):
    PSS with the window open and when started hidden (--minimised), CPU used
    over 60 s idle as a share of one core, and the delay from an injected
    RINGING call to the Notify call (median, p99 of 50).
Targets: first frame < 150 ms, window-open PSS < 60 MB, idle CPU < 0.1 %.

Run it as root: skydial makes itself non-dumpable while it holds a PIN, which
keeps other processes of the same user out of its /proc memory figures.
"""

import os
import re
import statistics
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
from e2e import (DID, PIN, Notifications, Watcher, http, map_state, send_close_request,  # noqa: E402
                 virtual_display, wait_for)

HZ = os.sysconf("SC_CLK_TCK")


def pss_mb(pid):
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / HZ


def start_demo(binary, env, log_path, procs):
    demo_env = dict(env)
    demo_env.pop("SKYDIAL_PIN", None)
    log = open(log_path, "w")
    demo = subprocess.Popen([binary, "--demo"], env=demo_env, stdout=log, stderr=subprocess.STDOUT)
    procs.append(demo)
    wait_for("the demo's first frame", lambda: "first frame" in open(log_path).read())
    return demo


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/skydial")
    work = tempfile.mkdtemp(prefix="skydial-bench-")
    procs = []
    try:
        def start(args, **kw):
            p = subprocess.Popen(args, **kw)
            procs.append(p)
            return p

        display = virtual_display(start)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
        procs.append(bus)
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, SKYDIAL_PIN=PIN, SKYDIAL_LOG="info",
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "cfg"))
        conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        notes = Notifications(conn)
        Watcher(conn)
        names = [dbus.service.BusName("org.freedesktop.Notifications", conn),
                 dbus.service.BusName("org.kde.StatusNotifierWatcher", conn)]
        threading.Thread(target=GLib.MainLoop().run, daemon=True).start()
        sim = subprocess.Popen([binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True, env=env)
        procs.append(sim)
        url = sim.stdout.readline().strip()

        def launch(extra, log_name):
            log = open(os.path.join(work, log_name), "w")
            app = subprocess.Popen([binary, "--server", url, "--user", DID, *extra], env=env, stdout=log, stderr=subprocess.STDOUT)
            procs.append(app)
            wait_for("the subscription", lambda: any(c["name"].endswith(".subscribe") for c in http(f"{url}/control/commands")))
            return app

        # The demo, as a user first meets it.
        demo_log = os.path.join(work, "demo.log")
        demo = start_demo(binary, env, demo_log, procs)
        time.sleep(3)
        first = re.search(r"first frame ms=(\d+)", open(demo_log).read())
        demo_open_pss = pss_mb(demo.pid)
        window = int(subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                    text=True, check=True).stdout.split()[0])
        send_close_request(display, window)
        wait_for("the demo window to close to the tray", lambda: map_state(display, window) == "IsUnMapped")
        time.sleep(2)
        demo_closed_pss = pss_mb(demo.pid)
        demo.terminate()
        demo.wait()

        app = launch([], "open.log")
        time.sleep(3)
        open_pss = pss_mb(app.pid)
        before = cpu_seconds(app.pid)
        time.sleep(60)
        idle_cpu = (cpu_seconds(app.pid) - before) / 60 * 100
        delays = []
        for _ in range(50):
            t0 = time.monotonic()
            http(f"{url}/control/incoming?user={DID}&from=2125550142", "POST")
            note = notes.calls.get(timeout=10)
            delays.append((note["at"] - t0) * 1000)
            http(f"{url}/control/remote-hangup?user={DID}", "POST")
            time.sleep(0.2)
        app.terminate()
        app.wait()
        hidden = launch(["--minimised"], "hidden.log")
        time.sleep(3)
        hidden_pss = pss_mb(hidden.pid)
        delays.sort()
        print(f"--demo first frame:          {first.group(1) if first else '?'} ms after process start")
        print(f"--demo PSS, window open:     {demo_open_pss:.1f} MB")
        print(f"--demo PSS, closed to tray:  {demo_closed_pss:.1f} MB")
        print(f"PSS, window open:            {open_pss:.1f} MB")
        print(f"PSS, started hidden in tray: {hidden_pss:.1f} MB")
        print(f"idle CPU over 60 s:          {idle_cpu:.3f} % of one core")
        print(f"RINGING -> Notify:           median {statistics.median(delays):.1f} ms, p99 {delays[int(len(delays) * 0.99) - 1]:.1f} ms (n={len(delays)})")
        del names
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=5)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    main()
