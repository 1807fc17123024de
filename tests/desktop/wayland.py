#!/usr/bin/env python3
"""End-to-end test of the real skydial binary on Wayland, with no X server.

Starts, all private to this run: Weston with its headless backend (a real
Wayland compositor; no DISPLAY is set, so nothing can fall back to X11), a
session D-Bus, the accessibility bus, a notification server, and a test XDG
desktop portal on that bus (org.freedesktop.portal.Desktop) serving
GlobalShortcuts (records BindShortcuts, emits Activated and
ShortcutsChanged) and Settings (color-scheme, changed on request). Then
runs `skydial sim` and `skydial --server URL --user DID` and checks:

  1. the window maps on Wayland and a screen reader reads it (AT-SPI);
  2. a dial through AT-SPI (the dial pad, then Dial) reaches the simulator;
  3. the app binds its shortcut through the portal (id, description,
     preferred trigger CTRL+ALT+d), and Settings shows the trigger the
     desktop chose;
  4. the portal's Activated opens the quick-dial prompt (the compositor
     shares no clipboard in the background, so the prompt takes typing);
     what is typed is shown as it will be dialled and Dial reaches the
     simulator's `dial`;
  5. a rebinding in the desktop (ShortcutsChanged) shows in Settings;
  6. the window is light from its first frame (the portal says no
     preference), and a color-scheme change announced by the portal
     switches it to dark, then to light, without a restart;
  7. a hotkey changed in Settings closes the old portal session (the
     desktop frees the keys) and binds the new keys in a new one.

The window runs in the shell SKYDIAL_RENDERER names (cpu or gpu; default
cpu); check 1 also reads in the app's log that this shell runs (the GPU
shell draws with OpenGL through EGL on Wayland; Mesa's llvmpipe serves it).

Usage: wayland.py PATH/TO/skydial. Prints "N passed, N failed".
"""

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import AT_SPI_BUS, NOTIFY_IFACE, Notifications, a11y, http, shell_in_log, stop_all, wait_for  # noqa: E402

DID, PIN = "6465551000", "12345"
CHECKS = 7
RENDERER = os.environ.get("SKYDIAL_RENDERER", "cpu")
PORTAL_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
SETTINGS = "org.freedesktop.portal.Settings"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
APPEARANCE = "org.freedesktop.appearance"


def escaped(sender):
    """A unique bus name as the portal spec puts it in object paths."""
    return sender.lstrip(":").replace(".", "_")


class Responder(dbus.service.Object):
    """A portal Request object: emits its Response once, then goes."""

    @dbus.service.signal(REQUEST, signature="ua{sv}")
    def Response(self, code, results):
        pass


class Session(dbus.service.Object):
    def __init__(self, conn, path, closed):
        super().__init__(conn, path)
        self.path = path
        self.closed = closed

    @dbus.service.method(SESSION)
    def Close(self):
        self.closed.put(self.path)
        self.remove_from_connection()


class Portal(dbus.service.Object):
    """The parts of xdg-desktop-portal skydial uses: GlobalShortcuts and Settings."""

    def __init__(self, conn):
        super().__init__(conn, PORTAL_PATH)
        self.conn = conn
        self.bound = queue.Queue()
        self.closed = queue.Queue()
        self.sessions = []
        self.scheme = 0
        self.keep = []

    def respond(self, sender, token, results):
        path = f"{PORTAL_PATH}/request/{escaped(sender)}/{token}"

        def emit():
            responder = Responder(self.conn, path)
            responder.Response(dbus.UInt32(0), results)
            responder.remove_from_connection()
            return False

        # After the method's reply: the client listens on this path by then.
        GLib.timeout_add(50, emit)
        return dbus.ObjectPath(path)

    @dbus.service.method(SHORTCUTS, in_signature="a{sv}", out_signature="o", sender_keyword="sender")
    def CreateSession(self, options, sender=None):
        path = f"{PORTAL_PATH}/session/{escaped(sender)}/{options['session_handle_token']}"
        self.keep.append(Session(self.conn, path, self.closed))
        self.sessions.append(path)
        return self.respond(sender, str(options["handle_token"]), {"session_handle": dbus.String(path)})

    @dbus.service.method(SHORTCUTS, in_signature="oa(sa{sv})sa{sv}", out_signature="o", sender_keyword="sender")
    def BindShortcuts(self, session, shortcuts, parent_window, options, sender=None):
        asked = [(str(sid), {str(k): str(v) for k, v in props.items()}) for sid, props in shortcuts]
        self.bound.put(asked)
        result = dbus.Array([
            dbus.Struct((sid, dbus.Dictionary({"description": props["description"],
                                               "trigger_description": "Ctrl+Alt+D"}, signature="sv")))
            for sid, props in asked], signature="(sa{sv})")
        return self.respond(sender, str(options["handle_token"]), {"shortcuts": result})

    @dbus.service.signal(SHORTCUTS, signature="osta{sv}")
    def Activated(self, session, shortcut_id, timestamp, options):
        pass

    @dbus.service.signal(SHORTCUTS, signature="oa(sa{sv})")
    def ShortcutsChanged(self, session, shortcuts):
        pass

    def setting(self, namespace, key):
        if namespace == APPEARANCE and key == "color-scheme":
            return dbus.UInt32(self.scheme)
        raise dbus.exceptions.DBusException("Requested setting not found",
                                            name="org.freedesktop.portal.Error.NotFound")

    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def Read(self, namespace, key):
        return self.setting(namespace, key)

    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def ReadOne(self, namespace, key):
        return self.setting(namespace, key)

    @dbus.service.method(SETTINGS, in_signature="as", out_signature="a{sa{sv}}")
    def ReadAll(self, namespaces):
        return {APPEARANCE: dbus.Dictionary({"color-scheme": dbus.UInt32(self.scheme)}, signature="sv")}

    @dbus.service.signal(SETTINGS, signature="ssv")
    def SettingChanged(self, namespace, key, value):
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, iface, prop):
        return self.GetAll(iface)[prop]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, iface):
        return {"version": dbus.UInt32(2 if iface == SETTINGS else 1)}


def main():
    binary = os.path.abspath(sys.argv[1])
    for tool in ["weston", "dbus-daemon", AT_SPI_BUS]:
        if not shutil.which(tool):
            print(f"wayland: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    work = tempfile.mkdtemp(prefix="skydial-wayland-")
    runtime = os.path.join(work, "run")
    os.makedirs(runtime, mode=0o700)
    procs = []
    passed, failed = 0, 0

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
        address = bus.stdout.readline().strip()
        socket = f"skydial-e2e-{os.getpid()}"
        env = dict(os.environ, WAYLAND_DISPLAY=socket, XDG_RUNTIME_DIR=runtime, DBUS_SESSION_BUS_ADDRESS=address,
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "config"),
                   XDG_CONFIG_HOME=os.path.join(work, "xdg-config"), SKYDIAL_LOG="info",
                   SKYDIAL_RENDERER=RENDERER, XDG_SESSION_TYPE="wayland")
        for var in ["DISPLAY", "SKYDIAL_USER", "SKYDIAL_SERVER"]:
            env.pop(var, None)

        weston_log = open(os.path.join(work, "weston.log"), "w")
        weston = start(["weston", "--backend=headless-backend.so", f"--socket={socket}", "--width=1280",
                        "--height=800", "--idle-time=0"], env=env, stdout=weston_log, stderr=subprocess.STDOUT)
        try:
            wait_for("Weston's socket", lambda: weston.poll() is not None or os.path.exists(os.path.join(runtime, socket)),
                     timeout=20)
            assert weston.poll() is None, "weston exited: " + open(os.path.join(work, "weston.log")).read()[-2000:]
        except AssertionError:
            failed += 1
            raise

        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        server_conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        portal = Portal(server_conn)
        notifications = Notifications(server_conn)
        names = [dbus.service.BusName(PORTAL_NAME, server_conn), dbus.service.BusName(NOTIFY_IFACE, server_conn)]
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()

        sim = start([binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True, env=env)
        url = sim.stdout.readline().strip()
        os.makedirs(env["SKYDIAL_CONFIG_DIR"])
        with open(os.path.join(env["SKYDIAL_CONFIG_DIR"], "settings.json"), "w") as f:
            json.dump({"remember_pin": False}, f)
        log_path = os.path.join(work, "app.log")
        log = open(log_path, "w")
        app = start([binary, "--server", url, "--user", DID], env=dict(env, SKYDIAL_PIN=PIN), stdout=log,
                    stderr=subprocess.STDOUT)

        def commands(method):
            return [c for c in http(f"{url}/control/commands") if c["name"].endswith("." + method)]

        def app_log():
            return open(log_path).read()

        def check(name, fn):
            nonlocal passed, failed
            started = time.monotonic()
            try:
                fn()
                passed += 1
                print(f"ok   {name} ({time.monotonic() - started:.1f} s)")
            except Exception as e:  # report and go on to the next check
                failed += 1
                print(f"FAIL {name}: {e}")

        try:
            wait_for("skydial to subscribe", lambda: commands("subscribe"), timeout=30)
        except AssertionError:
            failed += 1
            raise

        def window_maps_on_wayland():
            assert "DISPLAY" not in env
            a11y(env, "name|skydial", "find|toggle button|Dial")
            assert app.poll() is None, "skydial exited"
            wait_for("the window in the log", lambda: "window: the" in app_log(), timeout=10)
            print(f"     {shell_in_log(app_log(), RENDERER)}")

        check(f"the window maps on Weston (no X server) in the {RENDERER.upper()} shell and a screen reader reads it",
              window_maps_on_wayland)

        def screen_reader_dials():
            a11y(env, "press|toggle button|Dial", "find|entry|Number",
                 *[f"press|push button|{digit}" for digit in "1234"], "text|entry|Number|1234")
            before = len(commands("dial"))
            a11y(env, "press|push button|Dial")
            dials = wait_for("the dial at the simulator", lambda: commands("dial")[before:])
            assert dials[0]["args"] == ["1234", ""], dials

        check("a dial through AT-SPI reaches the simulator", screen_reader_dials)

        def shortcut_bound_through_the_portal():
            asked = portal.bound.get(timeout=20)
            assert len(asked) == 1, asked
            sid, props = asked[0]
            assert sid == "dial-clipboard", asked
            assert "skydial" in props["description"], asked
            assert props.get("preferred_trigger") == "CTRL+ALT+d", asked
            a11y(env, "press|toggle button|Settings", "find|label|Ctrl+Alt+D dials the number on the clipboard~")

        check("the shortcut is bound through the portal's GlobalShortcuts; Settings shows the desktop's trigger",
              shortcut_bound_through_the_portal)

        def activated_opens_the_prompt_which_dials():
            before = len(commands("dial"))
            session = portal.sessions[-1]
            GLib.idle_add(lambda: portal.Activated(dbus.ObjectPath(session), "dial-clipboard", dbus.UInt64(0),
                                                   dbus.Dictionary({}, signature="sv")) and False)
            a11y(env, "find|label|Quick dial", "set|entry|Number, or text with a number in it:|Call Ada on 646 555 0100",
                 "find|label|Will dial (646) 555-0100", "press|push button|Dial")
            dials = wait_for("the prompt's dial at the simulator", lambda: commands("dial")[before:])
            assert dials[0]["args"] == ["6465550100", ""], dials

        check("the portal's Activated opens the quick-dial prompt; what it shows is what Dial sends",
              activated_opens_the_prompt_which_dials)

        def rebinding_in_the_desktop_shows():
            session = portal.sessions[-1]
            changed = dbus.Array([dbus.Struct(("dial-clipboard", dbus.Dictionary(
                {"description": "x", "trigger_description": "Super+D"}, signature="sv")))], signature="(sa{sv})")
            GLib.idle_add(lambda: portal.ShortcutsChanged(dbus.ObjectPath(session), changed) and False)
            a11y(env, "press|toggle button|Settings", "find|label|Super+D dials the number on the clipboard~")

        check("a rebinding in the desktop's settings (ShortcutsChanged) shows in Settings",
              rebinding_in_the_desktop_shows)

        def colour_scheme_followed_without_restart():
            # The portal says 0 (no preference): light, from the first frame on.
            text = wait_for("the first appearance", lambda: "appearance: " in app_log() and app_log(), timeout=10)
            first = text[text.index("appearance: "):].split("\n", 1)[0]
            assert first.startswith("appearance: light,"), first
            assert text.index("appearance: ") < text.index("INFO first frame ms="), "the look came after the first frame"
            for value, word in [(1, "dark"), (2, "light")]:
                portal.scheme = value
                GLib.idle_add(lambda v=value: portal.SettingChanged(APPEARANCE, "color-scheme",
                                                                    dbus.UInt32(v, variant_level=1)) and False)
                wait_for(f"appearance: {word}", lambda w=word: f"appearance: {w}," in app_log(), timeout=10)
            assert app.poll() is None, "restarted?"

        check("a color-scheme change from the portal turns the window dark, then light, without a restart",
              colour_scheme_followed_without_restart)
        def hotkey_change_rebinds():
            old = portal.sessions[-1]
            a11y(env, "press|toggle button|Settings", "set|entry|Clipboard hotkey|ctrl+alt+k")
            asked = portal.bound.get(timeout=20)
            assert asked[0][1].get("preferred_trigger") == "CTRL+ALT+k", asked
            assert portal.closed.get(timeout=20) == old, "the old session was not closed"
            assert portal.sessions[-1] != old, portal.sessions

        check("a hotkey changed in Settings closes the old portal session and binds the new keys",
              hotkey_change_rebinds)
        del names
        loop.quit()
    finally:
        if failed:
            for name in ["app.log", "weston.log"]:
                path = os.path.join(work, name)
                if os.path.exists(path):
                    print(f"---- {name} (last 3000 characters) ----")
                    print(open(path).read()[-3000:])
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed == CHECKS else 1


if __name__ == "__main__":
    sys.exit(main())
