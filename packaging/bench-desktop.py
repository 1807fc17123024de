#!/usr/bin/env python3
"""Desktop figures for skydial, by hand (not in CI): run on an otherwise idle machine.

    /usr/bin/python3 packaging/bench-desktop.py [target/release/skydial]

Under a private Xvfb and session bus (with a recording notification server and
a tray host), for each window shell (CPU, then GPU: Mesa's llvmpipe under
Xvfb), it prints:
  - for `skydial --demo`: time from process start until the first frame (the
    app logs it), PSS with the window open and after closing it to the tray;
  - against `skydial sim` on loopback (no demo calls ringing by themselves):
    PSS with the window open (with a breakdown: the binary's own pages, heap
    and anonymous memory, shared libraries), after closing it to the tray,
    and when started hidden (--minimised); over 60 s idle (window open, and
    hidden): CPU used as a share of one core and the wake-ups (context
    switches of all its threads); and (CPU shell) the delay from an injected
    RINGING call to the Notify call (median, p99 of 50).
Targets (CPU shell): first frame < 150 ms, PSS < 24 MB open and < 16 MB
hidden in the tray, idle CPU < 0.1 %, at most 2 wake-ups in 60 s idle.

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
from e2e import (DID, PIN, Notifications, Watcher, http, map_state, send_close_request, stop_all,  # noqa: E402
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


def switches(pid):
    """Context switches so far, per thread id (with the thread's name): each
    one is a wake-up."""
    counts = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            total = 0
            for line in open(f"/proc/{pid}/task/{task}/status"):
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
            name = open(f"/proc/{pid}/task/{task}/comm").read().strip()
            counts[task] = (total, name)
        except OSError:
            pass
    return counts


def wakeups_between(before, after):
    """Wake-ups from `before` to `after` (two `switches` readings): those of
    the threads alive at both ends, plus every switch of a thread started in
    between; a thread that ended in between is counted as a started and
    ended one (its last switches are not visible once it is gone). Also
    returns the wake-ups per thread name."""
    by_name = {}
    for t, (count, name) in after.items():
        woke = count - before[t][0] if t in before else count
        if woke:
            by_name[name] = by_name.get(name, 0) + woke
    ended = sum(1 for t in before if t not in after)
    return sum(by_name.values()), ended, by_name


def wakeups_text(before, after):
    count, ended, by_name = wakeups_between(before, after)
    text = f"{count} wake-ups"
    if by_name:
        text += " (" + ", ".join(f"{name}: {n}" for name, n in sorted(by_name.items())) + ")"
    return text + (f", {ended} idle thread(s) ended" if ended else "")


def breakdown(pid, binary):
    """PSS by kind: the binary's own pages, heap and anonymous memory, shared libraries, other."""
    kinds = {"binary": 0, "heap+anon": 0, "libraries": 0, "other": 0}
    kind = "other"
    for line in open(f"/proc/{pid}/smaps"):
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            parts = line.split()
            name = parts[5] if len(parts) > 5 else ""
            if name == binary:
                kind = "binary"
            elif name in ("", "[heap]", "[stack]") or name.startswith("[anon"):
                kind = "heap+anon"
            elif ".so" in name:
                kind = "libraries"
            else:
                kind = "other"
        elif line.startswith("Pss:"):
            kinds[kind] += int(line.split()[1])
    return ", ".join(f"{k} {v / 1024:.1f}" for k, v in kinds.items())


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
        base_env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, SKYDIAL_PIN=PIN,
                        SKYDIAL_LOG="info", SKYDIAL_DATA_DIR=os.path.join(work, "data"),
                        SKYDIAL_CONFIG_DIR=os.path.join(work, "cfg"))
        conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        notes = Notifications(conn)
        Watcher(conn)
        names = [dbus.service.BusName("org.freedesktop.Notifications", conn),
                 dbus.service.BusName("org.kde.StatusNotifierWatcher", conn)]
        threading.Thread(target=GLib.MainLoop().run, daemon=True).start()
        sim = subprocess.Popen([binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True,
                               env=base_env)
        procs.append(sim)
        url = sim.stdout.readline().strip()
        lines = []

        def close_to_tray(env):
            window = int(subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                        text=True, check=True).stdout.split()[0])
            send_close_request(display, window)
            wait_for("the window to close to the tray", lambda: map_state(display, window) == "IsUnMapped")
            time.sleep(2)

        for shell in ["cpu", "gpu"]:
            env = dict(base_env, SKYDIAL_RENDERER=shell)

            def launch(extra, log_name):
                log = open(os.path.join(work, f"{shell}-{log_name}"), "w")
                seq = max([c["seq"] for c in http(f"{url}/control/commands")] or [0])
                app = subprocess.Popen([binary, "--server", url, "--user", DID, *extra], env=env, stdout=log,
                                       stderr=subprocess.STDOUT)
                procs.append(app)
                wait_for("the subscription", lambda: any(c["name"].endswith(".subscribe")
                                                         for c in http(f"{url}/control/commands?since={seq}")))
                return app

            # The demo, as a user first meets it.
            demo_log = os.path.join(work, f"{shell}-demo.log")
            demo = start_demo(binary, env, demo_log, procs)
            time.sleep(3)
            first = re.search(r"first frame ms=(\d+)", open(demo_log).read())
            demo_open = pss_mb(demo.pid)
            close_to_tray(env)
            demo_closed = pss_mb(demo.pid)
            demo.terminate()
            demo.wait()

            app = launch([], "open.log")
            time.sleep(3)
            open_pss = pss_mb(app.pid)
            open_kinds = breakdown(app.pid, binary)
            before_cpu, before_switches = cpu_seconds(app.pid), switches(app.pid)
            time.sleep(60)
            idle_cpu = (cpu_seconds(app.pid) - before_cpu) / 60 * 100
            idle_wakeups = wakeups_text(before_switches, switches(app.pid))
            close_to_tray(env)
            closed_pss = pss_mb(app.pid)
            closed_kinds = breakdown(app.pid, binary)
            delays = []
            if shell == "cpu":
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
            before_switches = switches(hidden.pid)
            time.sleep(60)
            hidden_wakeups = wakeups_text(before_switches, switches(hidden.pid))
            hidden.terminate()
            hidden.wait()
            name = shell.upper()
            lines += [
                f"{name} shell, --demo first frame:       {first.group(1) if first else '?'} ms after process start",
                f"{name} shell, --demo PSS open / closed to tray: {demo_open:.1f} / {demo_closed:.1f} MB",
                f"{name} shell, PSS window open:          {open_pss:.1f} MB ({open_kinds})",
                f"{name} shell, PSS closed to tray:       {closed_pss:.1f} MB ({closed_kinds})",
                f"{name} shell, PSS started hidden:       {hidden_pss:.1f} MB",
                f"{name} shell, idle 60 s, window open:   {idle_cpu:.3f} % of one core, {idle_wakeups}",
                f"{name} shell, idle 60 s, hidden:        {hidden_wakeups}",
            ]
            if delays:
                delays.sort()
                lines.append(f"{name} shell, RINGING -> Notify:         median {statistics.median(delays):.1f} ms, "
                             f"p99 {delays[int(len(delays) * 0.99) - 1]:.1f} ms (n={len(delays)})")
        print("\n".join(lines))
        del names
    finally:
        stop_all(procs)


if __name__ == "__main__":
    main()
