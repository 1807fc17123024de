#!/usr/bin/env python3
"""What the GNOME and KDE tests (gnome.py, kde.py) share.

The real shells refuse root (GNOME Shell) or are built for a user session,
so a test started as root runs itself again as `nobody` in a work directory
of its own (with copies of the scripts and the binary, which may live where
`nobody` cannot read); as another user it runs as that user. Everything it
starts is its own: a private system bus (GNOME Shell asks logind there), a
private session bus, the shell, the desktop portal. The test is a child
subreaper, so that D-Bus-activated services (the portal's backends, which
outlive their bus) come back to it and are ended at the end.

To look at a run by hand: SKYDIAL_DESK_KEEP=1 keeps the work directory (the
logs, the screenshots), SKYDIAL_DESK_PAUSE=SECONDS leaves the desktop
running after the checks (the bus address is printed), and
SKYDIAL_DESK_MONITOR=1 (gnome.py) records the session bus in monitor.log.
"""

import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import dbus

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import http, stop_all, wait_for  # noqa: E402,F401

DID, PIN = "6465551000", "12345"
USER = "nobody"
APP_ID = "io.github.skydial.Skydial"
PR_SET_CHILD_SUBREAPER = 36


def unprivileged(script):
    """As root: runs `script` again as nobody (scripts and binary copied to a
    work directory nobody owns) and exits with its status. Otherwise returns
    the work directory to use (the test's own)."""
    if os.geteuid() != 0:
        work = os.environ.get("SKYDIAL_DESK_WORK") or tempfile.mkdtemp(prefix="skydial-desk-")
        return work
    import pwd
    user = pwd.getpwnam(USER)
    work = tempfile.mkdtemp(prefix="skydial-desk-")
    os.chmod(work, 0o755)
    here = os.path.dirname(os.path.abspath(script))
    scripts = os.path.join(work, "scripts")
    os.makedirs(scripts)
    for name in os.listdir(here):
        if name.endswith(".py") or name.endswith(".js") or name.endswith(".json"):
            shutil.copy(os.path.join(here, name), scripts)
    ext = os.path.join(here, "gnome-extension")
    if os.path.isdir(ext):
        shutil.copytree(ext, os.path.join(scripts, "gnome-extension"))
    binary = os.path.abspath(sys.argv[1])
    copy = os.path.join(work, "skydial")
    try:
        os.link(binary, copy)
    except OSError:
        shutil.copy(binary, copy)
    os.chmod(copy, 0o755)
    inner = os.path.join(work, "desk")
    os.makedirs(inner)
    for path, dirs, files in os.walk(work):
        for name in dirs + files:
            if os.path.join(path, name) != copy:
                os.chown(os.path.join(path, name), user.pw_uid, user.pw_gid, follow_symlinks=False)
    os.chown(work, user.pw_uid, user.pw_gid)
    env = dict(os.environ, HOME=os.path.join(inner, "home"), USER=USER, LOGNAME=USER,
               SKYDIAL_DESK_WORK=inner)
    args = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups",
            "/usr/bin/python3", os.path.join(scripts, os.path.basename(script)), copy, *sys.argv[2:]]
    try:
        code = subprocess.run(args, env=env, cwd=work).returncode
    finally:
        # The document portal's FUSE mount in the runtime directory, if it
        # was ended before it could unmount it.
        for line in open("/proc/self/mounts").read().splitlines():
            point = line.split()[1]
            if point.startswith(work + "/"):
                subprocess.run(["umount", "-l", point], check=False)
        if os.environ.get("SKYDIAL_DESK_KEEP"):
            print(f"     kept the work directory {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(code)


class Reaper:
    """Makes this process a child subreaper; `end()` stops every process
    left below it (politely, then for good), orphans included."""

    def __init__(self):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)

    @staticmethod
    def children():
        me = os.getpid()
        found = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                stat = open(f"/proc/{pid}/stat").read()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == me and fields[0] != "Z":
                found.append(int(pid))
        return found

    @staticmethod
    def reap():
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass

    def end(self):
        """Ends every process below this one, orphans included: politely,
        then for good after 3 s; done once none is left for a moment
        (a service whose bus ended comes back to us just after)."""
        started = time.monotonic()
        quiet = 0
        while time.monotonic() - started < 10 and quiet < 3:
            self.reap()
            pids = self.children()
            if not pids:
                quiet += 1
                time.sleep(0.1)
                continue
            quiet = 0
            sig = signal.SIGTERM if time.monotonic() - started < 3 else signal.SIGKILL
            for pid in pids:
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            time.sleep(0.2)
        self.reap()


SYSTEM_BUS_CONF = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def system_bus(work, start):
    """A private system bus (no logind, no polkit on it: the shells cope)."""
    path = os.path.join(work, "system_bus_socket")
    conf = os.path.join(work, "system-bus.conf")
    with open(conf, "w") as f:
        f.write(SYSTEM_BUS_CONF.format(path=path))
    start(["dbus-daemon", "--config-file", conf, "--nofork"], stdout=subprocess.DEVNULL)
    wait_for("the private system bus", lambda: os.path.exists(path), timeout=10)
    return f"unix:path={path}"


def session_bus(start, work, env):
    """A private session bus; the services it starts get `env` (and later
    updates), and what they say goes to bus.log."""
    bus = start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True,
                stderr=open(os.path.join(work, "bus.log"), "w"), env=env)
    return bus.stdout.readline().strip()


def update_activation_environment(address, values):
    """What D-Bus-activated services (the portal and its backends) see."""
    bus = dbus.bus.BusConnection(address)
    dbus.Interface(bus.get_object("org.freedesktop.DBus", "/org/freedesktop/DBus"),
                   "org.freedesktop.DBus").UpdateActivationEnvironment(
        dbus.Dictionary(values, signature="ss"))
    bus.close()


def name_owned(address, name):
    bus = dbus.bus.BusConnection(address)
    try:
        return bool(bus.name_has_owner(name))
    finally:
        bus.close()


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, fn):
        started = time.monotonic()
        try:
            fn()
            self.passed += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f} s)", flush=True)
        except Exception as e:  # report and go on to the next check
            self.failed += 1
            print(f"FAIL {name}: {e}", flush=True)

    def must(self, what, fn):
        """A step the checks after it need: a failure ends the test."""
        try:
            return fn()
        except Exception:
            self.failed += 1
            print(f"FAIL {what}", flush=True)
            raise


class Sim:
    """`skydial sim` and its control interface."""

    def __init__(self, binary, env, start):
        proc = start([binary, "sim", "--port", "0", "--ring-timeout", "0"], stdout=subprocess.PIPE, text=True,
                     env=env)
        self.url = proc.stdout.readline().strip()

    def commands(self, method):
        return [c for c in http(f"{self.url}/control/commands") if c["name"].endswith("." + method)]

    def ring(self, caller):
        http(f"{self.url}/control/incoming?user={DID}&from={caller}", "POST")

    def hang_up(self):
        http(f"{self.url}/control/remote-hangup?user={DID}", "POST")


class AppLog:
    def __init__(self, path):
        self.path = path

    def text(self):
        try:
            return open(self.path, errors="replace").read()
        except OSError:
            return ""

    def appearances(self):
        """The themes the app logged it drew, in order, and whether the first
        came before its first frame."""
        text = self.text()
        looks = [line.split("appearance: ", 1)[1].split(",", 1)[0] for line in text.splitlines()
                 if "INFO appearance: " in line]
        first_look = text.find("INFO appearance: ")
        first_frame = text.find("INFO first frame ms=")
        return looks, 0 <= first_look < first_frame


def window_settings(env, extra=None):
    os.makedirs(env["SKYDIAL_CONFIG_DIR"], exist_ok=True)
    settings = {"remember_pin": False, "favourites": [{"name": "Front desk", "number": "1234"}]}
    settings.update(extra or {})
    with open(os.path.join(env["SKYDIAL_CONFIG_DIR"], "settings.json"), "w") as f:
        json.dump(settings, f)


def brightness(png, box):
    """The mean grey level (0 black .. 1 white) of `box` (x, y, w, h) in `png`."""
    x, y, w, h = (int(v) for v in box)
    out = subprocess.run(["convert", png, "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-colorspace", "Gray",
                          "-format", "%[fx:mean]", "info:"], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def first_look_of_a_demo(binary, env, start, work, seconds=20):
    """Starts `skydial --demo` (an instance of its own) and returns the
    themes it logged and whether the first came before its first frame."""
    log = AppLog(os.path.join(work, "demo.log"))
    demo_env = dict(env, SKYDIAL_DATA_DIR=os.path.join(work, "demo-data"),
                    SKYDIAL_CONFIG_DIR=os.path.join(work, "demo-config"))
    proc = start([binary, "--demo"], env=demo_env, stdout=open(log.path, "w"), stderr=subprocess.STDOUT)
    try:
        wait_for("the demo's first frame", lambda: "INFO first frame ms=" in log.text(), timeout=seconds)
        return log.appearances()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def background(target):
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    return thread


class NotificationWatch:
    """Watches the session bus as a monitor (org.freedesktop.DBus.Monitoring):
    each Notify skydial sends with the id the desktop's server answers, each
    CloseNotification, and the server's NotificationClosed and
    ActionInvoked. The real notification server (GNOME Shell, plasmashell)
    does the work; this only reads the traffic."""

    def __init__(self, address):
        from dbus.mainloop.glib import DBusGMainLoop
        from gi.repository import GLib
        self.lock = threading.Lock()
        self.notified = []  # (serial, summary, actions)
        self.ids = {}  # Notify's serial -> id
        self.closed_by_app = []
        self.closed = []  # (id, reason)
        self.loop = GLib.MainLoop()
        self.bus = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        rules = ["type='method_call',interface='org.freedesktop.Notifications'",
                 "type='method_return'",
                 "type='signal',interface='org.freedesktop.Notifications'"]
        self.bus.add_message_filter(self._seen)
        self.bus.call_blocking("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.Monitoring",
                               "BecomeMonitor", "asu", (rules, 0))
        background(self.loop.run)

    def _seen(self, bus, msg):
        with self.lock:
            kind, member = msg.get_type(), msg.get_member()
            if kind == 1 and member == "Notify":
                args = msg.get_args_list()
                self.notified.append((msg.get_serial(), msg.get_sender(), str(args[3]), [str(a) for a in args[5]]))
            elif kind == 2:
                waiting = {(serial, sender) for serial, sender, _, _ in self.notified}
                if (msg.get_reply_serial(), msg.get_destination()) in waiting:
                    args = msg.get_args_list()
                    if args:
                        self.ids[(msg.get_reply_serial(), msg.get_destination())] = int(args[0])
            elif kind == 1 and member == "CloseNotification":
                self.closed_by_app.append(int(msg.get_args_list()[0]))
            elif kind == 4 and member == "NotificationClosed":
                args = msg.get_args_list()
                self.closed.append((int(args[0]), int(args[1])))

    def pops(self, text):
        """The ids of the notifications whose summary holds `text`."""
        with self.lock:
            return [self.ids[(serial, sender)] for serial, sender, summary, _ in self.notified
                    if text in summary and (serial, sender) in self.ids]

    def withdrawn(self, nid):
        with self.lock:
            return nid in self.closed_by_app and any(i == nid for i, _ in self.closed)

    def stop(self):
        self.loop.quit()
