#!/usr/bin/env python3
"""The real binary on sway, with waybar's tray and mako's pops.

Starts, all private to this run: a session bus, and headless sway (wlroots'
headless backend, pixman renderer, no input devices: what a machine with no
GPU and no seat gets) as an unprivileged user (sway refuses root), with
waybar (its tray module hosts the StatusNotifierItem) and mako (the
notification server); a virtual pointer (zwlr_virtual_pointer_v1, created by
this script) so that `swaymsg seat - cursor` can click; the accessibility
bus; `skydial sim` and the real skydial in the shell SKYDIAL_RENDERER names
(cpu, the default, or gpu). Screenshots are grim's. Then:

  1. the window maps in that shell; waybar's tray draws the idle icon;
  2. a call rings: mako shows a pop naming the caller, the window shows the
     call ringing and the icon turns orange;
  3. the call ends: the window and the icon follow (the CPU shell used to
     freeze from the frame that showed the first ringing call on), and keep
     following a second call; each leaves a missed-call notification in mako;
  4. Answer invoked through mako (its InvokeAction, what `makoctl invoke`
     calls) answers the call; the pop closes; the caller had called before,
     so skydial withdraws that missed-call notification (not the other);
     Call back in the other dials that number;
  5. a click on the pop (mako's default action) shows the call: the window
     switches to its Calls list; the caller hangs up, and Remind me in the
     missed-call notification closes it;
  6. a left click on the tray icon in waybar reaches skydial (this seat has no
     keyboard, so the window never has the focus: it is shown and raised),
     and the window goes on updating;
  7. SIGTERM closes the pop of a ringing call; skydial exits with status 0.

Usage: sway.py PATH/TO/skydial. Prints "N passed, N failed".
"""

import json
import os
import pwd
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

import dbus
from gi.repository import GLib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import (AT_SPI_BUS, CHIP_RINGING, DID, IDLE, MISSED, RINGING, Checks, NotifyMonitor, Picture, a11y,  # noqa: E402
                 as_user, centre, http, private_bus, shell_in_log, sim_commands, start_app, start_simulator,
                 stop_all, wait_for)

RENDERER = os.environ.get("SKYDIAL_RENDERER", "cpu")
CHECKS = 7
USER = "nobody"
APP_ID = "io.github.skydial.Skydial"
BAR = (0, 0, 1280, 30)
# The pops' background in this run's mako config (mako's default is sway's title bar colour).
MAKO = (0x6a, 0x1b, 0x9a)


def wayland_message(obj, opcode, payload=b""):
    return struct.pack("<II", obj, ((8 + len(payload)) << 16) | opcode) + payload


def wayland_string(text):
    data = text.encode() + b"\0"
    return struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)


def virtual_pointer(path):
    """A pointer device for the seat (zwlr_virtual_pointer_v1), so that sway's
    `seat - cursor` commands reach clients: a headless sway has no input
    devices. Speaks the Wayland wire protocol itself (no Python bindings in
    Debian); the device lives as long as the returned socket."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(path)
    # wl_display.get_registry (new id 2), then wl_display.sync (new id 3) to know when the globals are all in.
    sock.sendall(wayland_message(1, 1, struct.pack("<I", 2)) + wayland_message(1, 0, struct.pack("<I", 3)))
    found, buffer, done = {}, b"", False
    sock.settimeout(10)
    while not done:
        chunk = sock.recv(65536)
        assert chunk, "sway closed the connection"
        buffer += chunk
        while len(buffer) >= 8:
            obj, word = struct.unpack_from("<II", buffer)
            size, opcode = word >> 16, word & 0xFFFF
            if len(buffer) < size:
                break
            body, buffer = buffer[8:size], buffer[size:]
            if obj == 2 and opcode == 0:  # wl_registry.global(name, interface, version)
                name, length = struct.unpack_from("<II", body)
                found[body[8:8 + length - 1].decode()] = name
            elif obj == 3 and opcode == 0:  # wl_callback.done
                done = True
            elif obj == 1 and opcode == 0:  # wl_display.error
                raise AssertionError(f"Wayland error {body!r}")
    manager = "zwlr_virtual_pointer_manager_v1"
    assert manager in found, f"sway offers no {manager}"
    # wl_registry.bind(name, interface, version 1, new id 4); create_virtual_pointer(seat: null, new id 5).
    sock.sendall(wayland_message(2, 0, struct.pack("<I", found[manager]) + wayland_string(manager)
                                 + struct.pack("<II", 1, 4))
                 + wayland_message(4, 0, struct.pack("<II", 0, 5)))
    return sock


def main():
    binary = os.path.abspath(sys.argv[1])
    for tool in ["sway", "swaymsg", "waybar", "mako", "grim", "dbus-daemon", "setpriv", AT_SPI_BUS]:
        if not shutil.which(tool):
            print(f"sway: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    work = tempfile.mkdtemp(prefix="skydial-sway-")
    procs = []
    checks = Checks(CHECKS)

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        # sway and its clients run as USER, in a home and runtime directory of their own.
        desk, runtime = os.path.join(work, "desk"), os.path.join(work, "desk", "run")
        os.makedirs(runtime, mode=0o700)
        os.chmod(desk, 0o700)
        if os.geteuid() == 0:
            os.chmod(work, 0o711)
            user = pwd.getpwnam(USER)
            for path in [desk, runtime]:
                os.chown(path, user.pw_uid, user.pw_gid)
        address = private_bus(desk, start, user=USER)
        with open(os.path.join(work, "waybar.json"), "w") as f:
            json.dump({"layer": "top", "position": "top", "height": BAR[3], "modules-left": ["sway/workspaces"],
                       "modules-right": ["tray"], "tray": {"icon-size": 22, "spacing": 4}}, f)
        with open(os.path.join(work, "sway.conf"), "w") as f:
            f.write("output HEADLESS-1 resolution 1280x800 bg #303030 solid_color\nxwayland disable\n"
                    f"exec waybar -c {work}/waybar.json\nexec mako -c {work}/mako.conf\n")
        with open(os.path.join(work, "mako.conf"), "w") as f:
            f.write("background-color=#6a1b9a\n")
        for name in ["waybar.json", "sway.conf", "mako.conf"]:
            os.chmod(os.path.join(work, name), 0o644)
        sway_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": desk, "XDG_RUNTIME_DIR": runtime,
                    "DBUS_SESSION_BUS_ADDRESS": address, "XDG_CONFIG_HOME": os.path.join(desk, "config"),
                    "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
        sway_log = open(os.path.join(work, "sway.log"), "w")
        sway = start(as_user(USER) + ["sway", "-c", os.path.join(work, "sway.conf")], env=sway_env,
                     stdout=sway_log, stderr=subprocess.STDOUT)

        def sockets():
            names = os.listdir(runtime)
            display = [n for n in names if n.startswith("wayland-") and not n.endswith(".lock")]
            ipc = [n for n in names if n.startswith("sway-ipc.")]
            return (display[0], ipc[0]) if display and ipc else None

        display, ipc = wait_for("sway's sockets", lambda: sway.poll() is not None or sockets(), timeout=20)
        assert sway.poll() is None, "sway exited: " + open(os.path.join(work, "sway.log")).read()[-2000:]
        wayland = os.path.join(runtime, display)
        ipc = os.path.join(runtime, ipc)
        pointer = virtual_pointer(wayland)

        app_runtime = os.path.join(work, "app-run")
        os.makedirs(app_runtime, mode=0o700)
        env = dict(os.environ, WAYLAND_DISPLAY=wayland, XDG_RUNTIME_DIR=app_runtime, DBUS_SESSION_BUS_ADDRESS=address,
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "config"),
                   SKYDIAL_STATE_DIR=os.path.join(work, "state"), XDG_CONFIG_HOME=os.path.join(work, "xdg"),
                   HOME=work, SKYDIAL_LOG="info", SKYDIAL_RENDERER=RENDERER, XDG_SESSION_TYPE="wayland")
        for var in ["DISPLAY", "SKYDIAL_PIN", "SKYDIAL_USER", "SKYDIAL_SERVER"]:
            env.pop(var, None)

        def swaymsg(*args):
            out = subprocess.run(["swaymsg", "-s", ipc, *args], capture_output=True, text=True, timeout=20)
            assert out.returncode == 0, f"swaymsg {' '.join(args)}: {out.stdout}{out.stderr}"
            return out.stdout

        def click(x, y):
            for command in [f"cursor set {x} {y}", "cursor press button1", "cursor release button1"]:
                swaymsg(f"seat - {command}")

        def shot(name):
            path = os.path.join(work, f"{name}.png")
            subprocess.run(["grim", path], env=env, check=True, timeout=20)
            return Picture(path)

        def mako_pops():
            return [{"id": int(n["id"]), "summary": str(n["summary"])} for n in mako.ListNotifications()]

        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        # As in a session that has come up: waybar's tray and mako are there before skydial.
        bus = dbus.bus.BusConnection(address)
        for name in ["org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"]:
            wait_for(f"{name} on the bus", lambda: bus.name_has_owner(name), timeout=20)
        # mako's own interface, the one makoctl calls (makoctl needs busctl, from systemd).
        mako = dbus.Interface(bus.get_object("org.freedesktop.Notifications", "/fr/emersion/Mako",
                                             introspect=False), "fr.emersion.Mako")
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()
        monitor = NotifyMonitor(address)
        url = start_simulator(binary, start, env)
        state = {"app": start_app(binary, start, env, url)}
        log_path = os.path.join(work, "app.log")
        wait_for("skydial to subscribe", lambda: sim_commands(url, "subscribe"), timeout=30)
        seen = {}

        def window_rect():
            def find(node):
                if node.get("app_id") == APP_ID:
                    return node
                for child in node.get("nodes", []) + node.get("floating_nodes", []):
                    found = find(child)
                    if found:
                        return found
                return None
            node = find(json.loads(swaymsg("-t", "get_tree")))
            if node is None:
                return None
            r = node["rect"]
            return (r["x"], r["y"], r["width"], r["height"])

        def window_maps_and_icon_drawn():
            seen["window"] = wait_for("skydial's window in sway's tree", window_rect, timeout=20)
            wait_for("the shell in the log", lambda: "window: the" in open(log_path).read(), timeout=10)
            print(f"     {shell_in_log(open(log_path).read(), RENDERER)}; window at {seen['window']}")

            def drawn():
                points = shot("idle").near(IDLE, BAR)
                return points if len(points) > 40 else None

            seen["icon"] = centre(wait_for("waybar's tray to draw the idle icon", drawn, timeout=20))

        checks.run(f"the window maps on sway in the {RENDERER.upper()} shell; waybar's tray draws the idle icon",
                   window_maps_and_icon_drawn)

        def near_icon():
            x, y = seen["icon"]
            return (x - 16, max(0, y - 16), 32, 32)

        def ringing_in(picture):
            # The calls list's first rows (the state chips), below mako's pops.
            x, y, width, height = seen["window"]
            return len(picture.near(CHIP_RINGING, (x, y, width, min(height, 220)), tolerance=10))

        def ring(number):
            # No call left over from a check that failed: one pop at a time, clear of the window's calls.
            for left in http(f"{url}/control/calls?user={DID}"):
                http(f"{url}/control/remote-hangup?user={DID}&call={left['id']}", "POST")
            wait_for("no ringing call's pop left on screen",
                     lambda: not [p for p in mako_pops() if p["summary"].endswith("is calling")], timeout=10)
            call = http(f"{url}/control/incoming?user={DID}&from={number}", "POST")["call"]
            return call, monitor.next_pop()

        def shows_ringing():
            picture = shot("ringing")
            return ringing_in(picture) > 100 and len(picture.near(RINGING, near_icon())) > 40

        def call_rings_everywhere():
            seen["call"], pop = ring("2125550142")
            wait_for("mako's pop", lambda: any(p["id"] == pop["id"] for p in mako_pops()), timeout=10)
            summary = next(p["summary"] for p in mako_pops() if p["id"] == pop["id"])
            assert summary == "(212) 555-0142 is calling", summary
            wait_for("the window and the tray icon to show the call ringing", shows_ringing, timeout=10)

        checks.run("a call rings: mako shows a pop naming the caller; the window shows it ringing; the icon is orange",
                   call_rings_everywhere)

        def follows_the_end():
            picture = shot("ended")
            return (ringing_in(picture) == 0 and len(picture.near(MISSED, near_icon())) > 10
                    and not picture.near(RINGING, near_icon(), tolerance=10))

        def missed_in_mako(number):
            note = monitor.next_pop()
            want = f"Missed call from ({number[-10:-7]}) {number[-7:-4]}-{number[-4:]}"
            assert note["summary"] == want and {"call-back", "remind"} <= set(note["actions"]), note
            wait_for("mako showing it", lambda: any(p["id"] == note["id"] for p in mako_pops()), timeout=10)
            # As for a pop: skydial listens for its actions just after showing it.
            time.sleep(0.5)
            return note

        def window_and_icon_keep_following():
            http(f"{url}/control/remote-hangup?user={DID}&call={seen['call']}", "POST")
            seen["missed-0142"] = missed_in_mako("2125550142")
            wait_for("the window and the icon to show the call ended (missed)", follows_the_end, timeout=10)
            call, pop = ring("2125550143")
            wait_for("the window and the icon to show the second call ringing", shows_ringing, timeout=10)
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")
            monitor.wait_closed(pop["id"], "the caller hung up")
            seen["missed-0143"] = missed_in_mako("2125550143")
            wait_for("the window and the icon to show it ended", follows_the_end, timeout=10)

        checks.run("the call ends: the window and the icon follow, and follow a second call (no freeze); each "
                   "leaves a missed-call notification in mako", window_and_icon_keep_following)

        def answer_through_mako():
            # The first caller again, the number written +1 ...
            call, pop = ring("12125550142")
            wait_for("mako's pop", lambda: any(p["id"] == pop["id"] for p in mako_pops()), timeout=10)
            before = len(sim_commands(url, "answer"))
            # As a user would, not within milliseconds of the pop: skydial (notify-rust) starts
            # listening for the pop's actions on a connection of its own just after showing it.
            time.sleep(0.5)
            mako.InvokeAction(dbus.UInt32(pop["id"]), "answer")
            answered = wait_for("answer at the simulator", lambda: sim_commands(url, "answer")[before:])
            assert answered[0]["args"] == [call, ""], answered
            monitor.wait_closed(pop["id"], "answered", by_skydial=False)
            monitor.wait_closed(seen["missed-0142"]["id"], "the number was reached")
            assert monitor.closed(seen["missed-0143"]["id"]) is None, "the other missed call's notification closed"
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")
            before = len(sim_commands(url, "dial"))
            mako.InvokeAction(dbus.UInt32(seen["missed-0143"]["id"]), "call-back")
            dials = wait_for("dial at the simulator", lambda: sim_commands(url, "dial")[before:])
            assert dials[0]["args"][0] == "2125550143", dials
            monitor.wait_closed(seen["missed-0143"]["id"], "Call back was used", by_skydial=False)
            http(f"{url}/control/remote-answer?user={DID}", "POST")
            wait_for("mako's pops gone", lambda: not mako_pops(), timeout=10)
            for left in http(f"{url}/control/calls?user={DID}"):
                http(f"{url}/control/remote-hangup?user={DID}&call={left['id']}", "POST")

        checks.run("Answer invoked through mako (InvokeAction, as makoctl invoke does) answers the call; the pop closes; "
                   "the caller's earlier missed-call notification is withdrawn; Call back in the other dials",
                   answer_through_mako)

        def click_on_the_pop_shows_the_call():
            a11y(env, "press|toggle button|Dial", "checked|toggle button|Dial")
            call, pop = ring("2125550145")
            wait_for("mako's pop", lambda: any(p["id"] == pop["id"] for p in mako_pops()), timeout=10)
            points = wait_for("mako's pop on screen", lambda: shot("pop").near(MAKO, tolerance=8), timeout=10)
            x, y = centre(points)
            click(x, y)
            monitor.wait_closed(pop["id"], "clicked", by_skydial=False)
            a11y(env, "checked|toggle button|Calls~", "find|label|(212) 555-0145")
            assert "screen pop action \"default\"" in open(log_path).read()
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")
            note = missed_in_mako("2125550145")
            mako.InvokeAction(dbus.UInt32(note["id"]), "remind")
            monitor.wait_closed(note["id"], "Remind me was used", by_skydial=False)
            wait_for("mako's pops gone", lambda: not mako_pops(), timeout=10)

        checks.run("a click on mako's pop (its default action) shows the call: the window switches to its calls",
                   click_on_the_pop_shows_the_call)

        def tray_click_reaches_skydial():
            a11y(env, "press|toggle button|Calls~")  # where the ringing call shows
            x, y = seen["icon"]
            click(x, y)
            wait_for("the click in skydial's log",
                     lambda: "tray icon clicked: showing the window" in open(log_path).read(), timeout=10)
            call, pop = ring("2125550146")
            wait_for("the window to go on updating (the call ringing)", shows_ringing, timeout=10)
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")
            monitor.wait_closed(pop["id"], "the caller hung up")
            missed_in_mako("2125550146")  # closed when skydial quits, below
            wait_for("the window and the icon to show it ended", follows_the_end, timeout=10)

        checks.run("a left click on the tray icon in waybar reaches skydial, which shows its window, still updating",
                   tray_click_reaches_skydial)

        def sigterm_closes_the_pop():
            call, pop = ring("2125550147")
            wait_for("mako's pop", lambda: any(p["id"] == pop["id"] for p in mako_pops()), timeout=10)
            state["app"].send_signal(signal.SIGTERM)
            code = state["app"].wait(timeout=15)
            assert code == 0, f"exit status {code}"
            monitor.wait_closed(pop["id"], "skydial quit")
            # The missed call's notification too: its buttons would reach nobody.
            wait_for("mako's pops gone", lambda: not mako_pops(), timeout=10)
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")

        checks.run("SIGTERM closes mako's pop of a ringing call; skydial exits with status 0", sigterm_closes_the_pop)
        pointer.close()
        loop.quit()
    except Exception as e:
        checks.failed += 1
        print(f"FAIL setting up: {e}")
    finally:
        for name in ["app.log", "sway.log"]:
            path = os.path.join(work, name)
            if checks.failed and os.path.exists(path):
                print(f"---- {name} (last 3000 characters) ----")
                print(open(path).read()[-3000:])
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)
    return checks.done()


if __name__ == "__main__":
    sys.exit(main())
