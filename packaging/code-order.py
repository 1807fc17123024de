#!/usr/bin/env python3
"""Writes packaging/code-order.txt: the order the linker lays out skydial's
functions in a release build, so that the code a running app uses sits
together. By hand (not in CI), as root, with valgrind installed:

    cargo rustc --release --bin skydial -- -C strip=none
    /usr/bin/python3 packaging/code-order.py target/release/skydial

Why: the kernel maps a program's code 64 KiB at a time around each page it
runs (fault-around), so a few functions scattered over the binary keep most of
its code resident. With the order file, the functions the app runs in the tray
come first, then those the window runs; the rest (other commands, error
paths, the simulator) after them.

How: under a private Xvfb and session bus (a tray host and a notification
server, as bench-desktop.py makes them), the unstripped release binary runs
under valgrind's callgrind twice, signed in to a simulator (from a copy of
the binary) with a full history: started hidden, through three ringing calls
and the tray's menu; then with the window open, closed to the tray and
shown again. Every function of the binary that ran is listed, the tray's
first, each group in the binary's present order (which keeps related code
together). Symbol names (mangled) stay the same across builds while the
code they name does: after large changes, or a new Rust, run this again; a
name no longer in the binary is skipped by the linker.

packaging/build.rs hands the file to the linker (lld's --symbol-ordering-file) for
release builds on x86_64 Linux; SKYDIAL_CODE_ORDER=off builds without it.
"""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "desktop"))
import dbus  # noqa: E402
import dbus.service  # noqa: E402
from dbus.mainloop.glib import DBusGMainLoop  # noqa: E402
from gi.repository import GLib  # noqa: E402
from e2e import (DID, PIN, Notifications, Watcher, http, map_state, send_close_request, stop_all,  # noqa: E402
                 virtual_display, wait_for)

spec = importlib.util.spec_from_file_location("bench", os.path.join(HERE, "bench-desktop.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

# Under valgrind everything is some 50 times slower.
SLOW = 180


def functions_run(callgrind_out, binary):
    """The (mangled) names of the functions of `binary` that ran, from a callgrind file."""
    names = {}
    objects = {}
    found = set()
    current_ob = None
    for line in open(callgrind_out, errors="replace"):
        m = re.match(r"^(c?ob)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if m:
            kind, oid, path = m.groups()
            if path is not None:
                objects[oid] = path
            if kind == "ob":
                current_ob = objects.get(oid)
            continue
        m = re.match(r"^(c?fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if m:
            kind, fid, name = m.groups()
            if name is not None:
                names[fid] = name
            # A callee's object is given by the cob= line before it; a function's by ob=.
            if kind == "fn" and current_ob == binary and fid in names:
                found.add(names[fid])
            continue
        if line.startswith("cob="):
            continue
    # Callees: a cfn= is also listed as fn= when it ran, so fn= alone is enough.
    return {n.split("'")[0] for n in found}


def addresses(binary):
    """Each function symbol's address in `binary` (from nm)."""
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    where = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            where.setdefault(parts[2], int(parts[0], 16))
    return where


def main():
    binary = os.path.realpath(sys.argv[1] if len(sys.argv) > 1 else "target/release/skydial")
    out_path = os.path.join(HERE, "code-order.txt")
    where = addresses(binary)
    if len(where) < 1000:
        sys.exit(f"{binary} has no symbols: build it with `cargo rustc --release --bin skydial -- -C strip=none`")
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    work = tempfile.mkdtemp(prefix="skydial-order-")
    procs = []
    try:
        def start(cmd, **kw):
            p = subprocess.Popen(cmd, **kw)
            procs.append(p)
            return p

        display = virtual_display(start)
        bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL, text=True)
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, SKYDIAL_PIN=PIN,
                   SKYDIAL_LOG="info", SKYDIAL_DATA_DIR=os.path.join(work, "data"),
                   SKYDIAL_CONFIG_DIR=os.path.join(work, "cfg"), SKYDIAL_RENDERER="cpu")
        conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        notes = Notifications(conn)
        watcher = Watcher(conn)
        names = [dbus.service.BusName("org.freedesktop.Notifications", conn),
                 dbus.service.BusName("org.kde.StatusNotifierWatcher", conn)]
        threading.Thread(target=GLib.MainLoop().run, daemon=True).start()
        sim_binary = os.path.join(work, "skydial-sim")
        shutil.copy2(binary, sim_binary)
        sim = start([sim_binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True,
                    env=env)
        url = sim.stdout.readline().strip()
        print(bench.fill_history(binary, env, work, 20000, 5000), flush=True)
        client = dbus.bus.BusConnection(address)

        def profiled(name, extra):
            out = os.path.join(work, f"{name}.callgrind")
            log = open(os.path.join(work, f"{name}.log"), "w")
            seq = max([c["seq"] for c in http(f"{url}/control/commands")] or [0])
            app = start(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={out}",
                         binary, "--server", url, "--user", DID, *extra], env=env, stdout=log,
                        stderr=subprocess.STDOUT)
            wait_for(f"{name}: the subscription", lambda: any(c["name"].endswith(".subscribe") for c in
                                                              http(f"{url}/control/commands?since={seq}")),
                     timeout=SLOW)
            return app, out

        def ring_three_calls():
            for _ in range(3):
                http(f"{url}/control/incoming?user={DID}&from=2125550142", "POST")
                notes.calls.get(timeout=SLOW)
                http(f"{url}/control/remote-hangup?user={DID}", "POST")
                time.sleep(3)

        def tray_menu():
            service, sender = watcher.items.get(timeout=SLOW)
            dest = service if not service.startswith("/") else sender
            path = service if service.startswith("/") else "/StatusNotifierItem"
            props = dbus.Interface(client.get_object(dest, path), dbus.PROPERTIES_IFACE)
            menu_path = props.Get("org.kde.StatusNotifierItem", "Menu", timeout=SLOW)
            menu = dbus.Interface(client.get_object(dest, menu_path), "com.canonical.dbusmenu")
            menu.GetLayout(0, -1, [], timeout=SLOW)

        def finish(app):
            app.terminate()
            app.wait(timeout=SLOW)

        # 1. In the tray: started hidden, signed in, calls ringing, the tray's menu.
        app, tray_out = profiled("tray", ["--minimised"])
        time.sleep(10)
        ring_three_calls()
        tray_menu()
        time.sleep(5)
        finish(app)

        # 2. The window: open, closed to the tray, calls ringing.
        app, window_out = profiled("window", [])
        wait_for("the first frame", lambda: "first frame" in open(os.path.join(work, "window.log")).read(),
                 timeout=SLOW)
        time.sleep(10)
        window = int(subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                    text=True, check=True).stdout.split()[0])
        send_close_request(display, window)
        wait_for("the window to close to the tray", lambda: map_state(display, window) == "IsUnMapped",
                 timeout=SLOW)
        ring_three_calls()
        time.sleep(5)
        finish(app)

        tray = functions_run(tray_out, binary)
        window_only = functions_run(window_out, binary) - tray
        lines = []
        for group in (tray, window_only):
            lines += sorted((n for n in group if n in where), key=lambda n: where[n])
        with open(out_path, "w") as f:
            f.write("\n".join(lines) + "\n")
        size = {}
        nm = subprocess.run(["nm", "-S", "--defined-only", binary], capture_output=True, text=True).stdout
        for line in nm.splitlines():
            parts = line.split()
            if len(parts) == 4:
                size.setdefault(parts[3], int(parts[1], 16))
        kib = [sum(size.get(n, 0) for n in g) / 1024 for g in (tray, window_only)]
        print(f"{out_path}: {len(tray)} functions in the tray ({kib[0]:.0f} KiB), then {len(window_only)} more "
              f"for the window ({kib[1]:.0f} KiB)")
        del names
    finally:
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
