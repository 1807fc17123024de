#!/usr/bin/env python3
"""Screen pops on real notification servers: dunst and xfce4-notifyd.

Starts, all private to this run: Xvfb, a session bus, the accessibility bus,
the notification server SKYDIAL_POPS names (dunst, the default, or
xfce4-notifyd), the test's tray host (e2e.Watcher, for the tray's Quit and
for closing the window to the tray), `skydial sim`, and the real skydial
(the CPU shell). A bus monitor sees each Notify skydial sends and the
server's NotificationClosed. Then:

  1. two calls ring: one pop each, on screen, naming its caller; each closes
     when its caller hangs up, and a notification that the call was missed
     (naming the caller, with Call back and Remind me) takes its place;
  2. a later call from the first number (written +1 ...) answered: skydial
     withdraws that number's missed-call notification, not the other;
  3. Call back in the other missed call's notification (invoked through the
     server as below) dials the number; the call connects and resolves it;
  4. Answer, invoked through the server (dunst: its context menu, `dunstctl
     context`, with a dmenu that picks the entry; xfce4-notifyd: a click on
     the button in its window), answers that call; the pop closes;
  5. Decline, the same way, ignores that call; no missed-call notification;
  6. the pop's default action (dunst: `dunstctl action`, what a click does
     with its usual mouse bindings; xfce4-notifyd: its "Show the call"
     button) shows the window, hidden in the tray until then; the caller
     hangs up, and Remind me in the missed call's notification sets a
     reminder 15 minutes ahead;
  6b. Done in the window's list of missed calls (pressed over AT-SPI)
     withdraws that call's missed-call notification;
  6c. a caller who is not a contact gets Save as contact, which opens the
     window's contact form with the number; saved, the caller's next pop
     names them and offers it no more;
  6d. the server crashes (SIGKILL) and is started again while a call
     rings and an earlier one from the number is missed: skydial shows the
     pop and the missed-call notification again on the new server, asks it
     to close none of the old ids (they may be another's there), and the new
     pop's Answer answers the call, which withdraws the new missed-call
     notification;
  7. Quit in the tray menu closes the pop of a call still ringing;
  8. SIGTERM (a logout, `kill`) closes it, skydial exits with status 0;
  9. SIGINT with the window hidden in the tray does the same.

Usage: pops.py PATH/TO/skydial. Prints "N passed, N failed".
"""

import os
import shutil
import signal
import sqlite3
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
from e2e import (AT_SPI_BUS, DID, WATCHER_IFACE, Checks, NotifyMonitor, TrayItem, Watcher, a11y, http,  # noqa: E402
                 map_state, private_bus, send_close_request, sim_commands, start_app, start_simulator, stop_all,
                 virtual_display, wait_for)

DAEMON = os.environ.get("SKYDIAL_POPS", "dunst")
CHECKS = 12
NOTIFYD = "/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd"


class Dunst:
    """dunst, driven as its users do: its context menu (through dmenu) for a
    pop's actions, `dunstctl action` for its default action."""

    how_default = "dunstctl action"

    def __init__(self, work, start, env):
        self.env, self.want = env, os.path.join(work, "dmenu-wants")
        script = os.path.join(work, "dmenu")
        with open(script, "w") as f:
            # dunst hands dmenu one line per action ("#Answer (summary) [ID,answer]"); pick the wanted one.
            f.write(f"#!/bin/sh\nexec grep -F -m 1 -- \"$(cat '{self.want}')\"\n")
        os.chmod(script, 0o755)
        config = os.path.join(work, "dunstrc")
        with open(config, "w") as f:
            f.write(f"[global]\n    dmenu = {script}\n    font = Monospace 9\n")
        self.args, self.log, self.start = ["dunst", "-config", config], os.path.join(work, "daemon.log"), start
        self.proc = start(self.args, env=env, stdout=open(self.log, "w"), stderr=subprocess.STDOUT)

    def crash_and_restart(self):
        """The server dies (SIGKILL) and a new one starts, as a session restarts a crashed one."""
        self.proc.kill()
        self.proc.wait()
        self.proc = self.start(self.args, env=self.env, stdout=open(self.log, "a"), stderr=subprocess.STDOUT)

    def ctl(self, *args):
        out = subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=20)
        assert out.returncode == 0, f"dunstctl {' '.join(args)}: {out.stderr.strip()}"
        return out.stdout.strip()

    def on_screen(self):
        return int(self.ctl("count", "displayed"))

    def invoke(self, pop, action):
        if action == "default":
            self.ctl("action", "0")
        else:
            with open(self.want, "w") as f:
                f.write(f"[{pop['id']},{action}]")
            self.ctl("context")


class Notifyd:
    """xfce4-notifyd: a window per pop, its buttons clicked with xdotool where
    the accessibility tree says they are."""

    how_default = 'its "Show the call" button'
    labels = {"answer": "Answer", "ignore": "Decline", "default": "Show the call", "call-back": "Call back",
              "remind": "Remind me in 15 minutes", "save-contact": "Save as contact"}

    def __init__(self, work, start, env):
        self.env = env
        self.args, self.log, self.start = [NOTIFYD], os.path.join(work, "daemon.log"), start
        self.proc = start(self.args, env=env, stdout=open(self.log, "w"), stderr=subprocess.STDOUT)

    crash_and_restart = Dunst.crash_and_restart

    def on_screen(self):
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "xfce4-notifyd"], env=self.env,
                               capture_output=True, text=True).stdout.split()
        sizes = [subprocess.run(["xdotool", "getwindowgeometry", w], env=self.env, capture_output=True,
                                text=True).stdout for w in found]
        # Its pops are windows of a few hundred pixels; it also keeps 1x1 and 10x10 helper windows.
        return sum(1 for text in sizes if "Geometry:" in text and
                   int(text.split("Geometry:")[1].split("x")[0]) > 100)

    def invoke(self, pop, action):
        where = a11y(self.env, "app|xfce4-notifyd", f"find|label|{pop['summary']}",
                     f"where|push button|{self.labels[action]}").split()
        x, y = where[-2], where[-1]
        subprocess.run(["xdotool", "mousemove", x, y, "sleep", "0.1", "click", "1"], env=self.env, check=True)


def main():
    binary = os.path.abspath(sys.argv[1])
    tools = ["Xvfb", "dbus-daemon", "xdotool", AT_SPI_BUS] + (["dunst", "dunstctl"] if DAEMON == "dunst" else [NOTIFYD])
    for tool in tools:
        if not shutil.which(tool):
            print(f"pops: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    work = tempfile.mkdtemp(prefix="skydial-pops-")
    procs = []
    checks = Checks(CHECKS)

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        display = virtual_display(start)
        address = private_bus(work, start)
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=address, XDG_RUNTIME_DIR=work,
                   SKYDIAL_DATA_DIR=os.path.join(work, "data"), SKYDIAL_CONFIG_DIR=os.path.join(work, "config"),
                   SKYDIAL_STATE_DIR=os.path.join(work, "state"), XDG_CONFIG_HOME=os.path.join(work, "xdg"),
                   HOME=work, SKYDIAL_LOG="info", SKYDIAL_RENDERER="cpu")
        for var in ["WAYLAND_DISPLAY", "SKYDIAL_PIN", "SKYDIAL_USER", "SKYDIAL_SERVER"]:
            env.pop(var, None)
        # Before the server: GTK looks for the accessibility bus when it starts.
        start([AT_SPI_BUS, "--launch-immediately", "--a11y=1"], env=env, stdout=subprocess.DEVNULL,
              stderr=subprocess.DEVNULL)
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()
        monitor = NotifyMonitor(address)
        server_conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        watcher = Watcher(server_conn)
        name = dbus.service.BusName(WATCHER_IFACE, server_conn)
        client = dbus.bus.BusConnection(address)
        daemon = (Dunst if DAEMON == "dunst" else Notifyd)(work, start, env)
        wait_for(f"{DAEMON} on the bus", lambda: client.name_has_owner("org.freedesktop.Notifications"))
        url = start_simulator(binary, start, env)
        state = {"app": start_app(binary, start, env, url)}
        wait_for("skydial to subscribe", lambda: sim_commands(url, "subscribe"), timeout=30)
        tray = TrayItem(client, *watcher.items.get(timeout=20))

        def ring(number):
            call = http(f"{url}/control/incoming?user={DID}&from={number}", "POST")["call"]
            pop = monitor.next_pop()
            assert pop["summary"].startswith(f"({number[-10:-7]}) {number[-7:-4]}-{number[-4:]}"), pop
            return call, pop

        def ring_named(number, name):
            call = http(f"{url}/control/incoming?user={DID}&from={number}", "POST")["call"]
            pop = monitor.next_pop()
            assert pop["summary"] == f"{name} is calling", pop
            return call, pop

        def hang_up(call):
            http(f"{url}/control/remote-hangup?user={DID}&call={call}", "POST")

        def laid_out(number):
            return f"({number[-10:-7]}) {number[-7:-4]}-{number[-4:]}"

        def missed_note(number):
            """The notification that the call from `number` was missed, as skydial sent it."""
            note = monitor.next_pop()
            assert note["summary"] == f"Missed call from {laid_out(number)}", note
            assert {"call-back", "remind"} <= set(note["actions"]), note
            assert "answer" not in note["actions"], note
            return note

        def history(sql, *args):
            db = sqlite3.connect(f"file:{os.path.join(env['SKYDIAL_DATA_DIR'], 'history.sqlite3')}?mode=ro", uri=True)
            try:
                return db.execute(sql, args).fetchall()
            finally:
                db.close()

        def resolved_by(number):
            return [r[0] for r in history("SELECT resolved_by FROM missed WHERE match_key LIKE ? ORDER BY row",
                                          f"%{number[-10:]}")]

        def on_screen(count):
            wait_for(f"{count} pop(s) on screen", lambda: daemon.on_screen() == count, timeout=10)

        def clear():
            """No call left over from a check that failed: each check starts with none on screen."""
            for left in http(f"{url}/control/calls?user={DID}"):
                hang_up(left["id"])
            on_screen(0)

        def two_calls_two_pops():
            clear()
            (a, pop_a), (b, pop_b) = ring("2125550101"), ring("2125550102")
            assert pop_a["id"] != pop_b["id"], (pop_a, pop_b)
            for pop in (pop_a, pop_b):
                assert {"answer", "ignore"} <= set(pop["actions"]), pop
            on_screen(2)
            hang_up(a)
            monitor.wait_closed(pop_a["id"], "the first caller hung up")
            missed["a"] = missed_note("2125550101")
            assert monitor.closed(pop_b["id"]) is None, "the other call's pop closed too"
            on_screen(2)
            hang_up(b)
            monitor.wait_closed(pop_b["id"], "the second caller hung up")
            missed["b"] = missed_note("2125550102")
            on_screen(2)
            assert monitor.closed(missed["a"]["id"]) is None, "the first missed call's notification closed"

        missed = {}
        checks.run(f"two calls ring: a pop each on {DAEMON}, naming the caller; each closes when its caller hangs up, "
                   "and a notification that it was missed (Call back, Remind me) takes its place",
                   two_calls_two_pops)

        def reached_withdraws():
            call, pop = ring("12125550101")
            on_screen(3)
            before = len(sim_commands(url, "answer"))
            daemon.invoke(pop, "answer")
            wait_for("answer at the simulator", lambda: sim_commands(url, "answer")[before:])
            monitor.wait_closed(pop["id"], "answered", by_skydial=False)
            monitor.wait_closed(missed["a"]["id"], "the number was reached")
            assert monitor.closed(missed["b"]["id"]) is None, "the other number's notification was withdrawn too"
            assert resolved_by("2125550101") == ["call"], resolved_by("2125550101")
            hang_up(call)
            on_screen(1)
            time.sleep(0.5)
            assert monitor.pops.empty(), "an answered call was told missed"

        checks.run("the number reached (a later call from +1 212 555 0101, answered) withdraws its missed-call "
                   "notification, and no other", reached_withdraws)

        def call_back_dials():
            before = len(sim_commands(url, "dial"))
            daemon.invoke(missed["b"], "call-back")
            dials = wait_for("dial at the simulator", lambda: sim_commands(url, "dial")[before:])
            assert dials[0]["args"][0] == "2125550102", dials
            monitor.wait_closed(missed["b"]["id"], "Call back was used", by_skydial=False)
            on_screen(0)
            assert resolved_by("2125550102") == [None], "resolved before the call back connected"
            http(f"{url}/control/remote-answer?user={DID}", "POST")
            wait_for("the call back to resolve the entry", lambda: resolved_by("2125550102") == ["call"])
            for c in http(f"{url}/control/calls?user={DID}"):
                hang_up(c["id"])

        checks.run(f"Call back in a missed call's notification on {DAEMON} dials the number; once it connects the "
                   "entry is resolved", call_back_dials)

        def action_reaches_the_call(action):
            def check():
                clear()
                call, pop = ring("2125550103")
                on_screen(1)
                before = len(sim_commands(url, action))
                daemon.invoke(pop, action)
                done = wait_for(f"{action} at the simulator", lambda: sim_commands(url, action)[before:])
                assert done[0]["args"][0] == call, done
                monitor.wait_closed(pop["id"], f"{action} was used", by_skydial=False)
                on_screen(0)
                for c in http(f"{url}/control/calls?user={DID}"):
                    hang_up(c["id"])
            return check

        how = "its context menu (dunstctl context)" if DAEMON == "dunst" else "a click on the button in its window"
        checks.run(f"Answer, invoked through {DAEMON} ({how}), answers that call; the pop closes",
                   action_reaches_the_call("answer"))
        def decline_is_not_told_missed():
            action_reaches_the_call("ignore")()
            time.sleep(1.0)
            assert monitor.pops.empty(), "a declined call was told missed"
            on_screen(0)

        checks.run(f"Decline, invoked through {DAEMON}, ignores that call; the pop closes; no missed-call notification",
                   decline_is_not_told_missed)

        def window():
            found = subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                   text=True).stdout.split()
            assert found, "no window named skydial"
            return int(found[0])

        def hide_to_tray():
            send_close_request(display, window())
            wait_for("the window to hide in the tray", lambda: map_state(display, window()) == "IsUnMapped",
                     timeout=10)

        def default_action_shows_the_call():
            clear()
            hide_to_tray()
            call, pop = ring("2125550104")
            assert "default" in pop["actions"], f"the pop has no default action: {pop['actions']}"
            on_screen(1)
            assert map_state(display, window()) == "IsUnMapped", "a ringing call showed the window"
            answers = len(sim_commands(url, "answer"))
            daemon.invoke(pop, "default")
            wait_for("the window to show", lambda: map_state(display, window()) == "IsViewable", timeout=10)
            a11y(env, "find|label|(212) 555-0104")
            assert not sim_commands(url, "answer")[answers:], "the default action answered the call"
            hang_up(call)
            note = missed_note("2125550104")
            on_screen(1)
            daemon.invoke(note, "remind")
            monitor.wait_closed(note["id"], "Remind me was used", by_skydial=False)
            on_screen(0)
            due = wait_for("the reminder", lambda: history(
                "SELECT (due_at / 1000) - CAST(strftime('%s', 'now') AS INTEGER) FROM reminders WHERE number = ?",
                "2125550104"))
            assert len(due) == 1 and 14 * 60 <= due[0][0] <= 15 * 60, f"due in {due} s, not 15 minutes"

        checks.run(f"the pop's default action ({daemon.how_default}) shows the call in the window, hidden until then; "
                   "Remind me in the missed call's notification sets a reminder in 15 minutes",
                   default_action_shows_the_call)

        def done_withdraws():
            call, pop = ring("2125550106")
            hang_up(call)
            monitor.wait_closed(pop["id"], "the caller hung up")
            note = missed_note("2125550106")
            on_screen(1)
            done_before = [history("SELECT count(*) FROM missed WHERE resolved_by = 'done'")[0][0]]
            a11y(env, "press|toggle button|History~")
            # The list also holds calls missed above (their notifications gone): Done on the
            # first open entry each time, until this one is resolved.
            for _ in range(3):  # also open: the call declined above, and the one reminded of
                a11y(env, "press|push button|Done")
                wait_for("Done to take effect", lambda: history(
                    "SELECT count(*) FROM missed WHERE resolved_by = 'done'")[0][0] > done_before[0], timeout=10)
                if resolved_by("2125550106") == ["done"]:
                    break
                done_before[0] += 1
            assert resolved_by("2125550106") == ["done"], history("SELECT number, resolved_by FROM missed")
            monitor.wait_closed(note["id"], "Done in the window")
            on_screen(0)

        checks.run("Done in the window's missed calls (over AT-SPI) withdraws that call's missed-call notification",
                   done_withdraws)

        def save_as_contact():
            clear()
            hide_to_tray()
            call, pop = ring("2125550106")
            assert "save-contact" in pop["actions"], f"no Save as contact: {pop['actions']}"
            on_screen(1)
            daemon.invoke(pop, "save-contact")
            wait_for("the window to show", lambda: map_state(display, window()) == "IsViewable", timeout=10)
            a11y(env, "find|label|New contact", "text|entry|Number 1|2125550106", "set|entry|Name|Grace Hopper",
                 "press|push button|Save contact", "find|label|Saved Grace Hopper as a contact.")
            # Each call ends unanswered: its missed-call notification is put off
            # (Remind me), so that none is left on screen for the next check.
            def put_off(summary):
                note = monitor.next_pop()
                assert note["summary"] == summary, note
                daemon.invoke(note, "remind")
                monitor.wait_closed(note["id"], "Remind me was used", by_skydial=False)
                on_screen(0)

            hang_up(call)
            put_off(f"Missed call from {laid_out('2125550106')}")
            call, pop = ring_named("2125550106", "Grace Hopper")
            assert "save-contact" not in pop["actions"], f"Save as contact for a contact: {pop['actions']}"
            assert {"answer", "ignore"} <= set(pop["actions"]), pop
            hang_up(call)
            put_off("Missed call from Grace Hopper")

        checks.run(f"Save as contact, invoked through {DAEMON}, opens the contact form with the caller's number; "
                   "saved, the next pop names the caller and offers it no more", save_as_contact)

        def server_restarts():
            clear()
            a, pop_a = ring("2125550107")
            hang_up(a)
            monitor.wait_closed(pop_a["id"], "the caller hung up")
            note = missed_note("2125550107")
            b, pop_b = ring("2125550107")
            on_screen(2)
            daemon.crash_and_restart()
            monitor.new_server()
            again = {}
            for _ in range(2):
                shown = monitor.next_pop(timeout=15)
                again[shown["summary"]] = shown
            assert set(again) == {pop_b["summary"], note["summary"]}, (list(again), pop_b, note)
            assert {"answer", "ignore"} <= set(again[pop_b["summary"]]["actions"]), again
            on_screen(2)
            assert monitor.close_calls == [], f"skydial closed ids of the crashed server: {monitor.close_calls}"
            before = len(sim_commands(url, "answer"))
            daemon.invoke(again[pop_b["summary"]], "answer")
            done = wait_for("answer at the simulator", lambda: sim_commands(url, "answer")[before:])
            assert done[0]["args"][0] == b, done
            monitor.wait_closed(again[note["summary"]]["id"], "the number was reached")
            on_screen(0)
            hang_up(b)

        checks.run(f"{DAEMON} crashes and is started again while a call rings and an earlier one is missed: both "
                   "are shown again on the new server, no old id closed, and the new pop's Answer answers",
                   server_restarts)

        def quits_and_closes(how):
            def check():
                clear()
                call, pop = ring("2125550105")
                on_screen(1)
                how()
                code = state["app"].wait(timeout=15)
                assert code == 0, f"exit status {code}"
                # Nothing panics on the way out (ksni's thread did, on every quit).
                with open(os.path.join(os.path.dirname(env["SKYDIAL_CONFIG_DIR"]), "app.log")) as f:
                    said = f.read()
                assert "panicked" not in said, said[said.find("panicked") - 200:][:800]
                monitor.wait_closed(pop["id"], "skydial quit")
                on_screen(0)
                hang_up(call)
            return check

        checks.run("Quit in the tray menu closes the pop of a call still ringing",
                   quits_and_closes(lambda: tray.click("Quit")))

        def restart(hidden):
            state["app"] = start_app(binary, start, env, url, {"start_minimised": hidden})
            before = len(sim_commands(url, "subscribe"))
            wait_for("skydial to subscribe again", lambda: sim_commands(url, "subscribe")[before:], timeout=30)
            item = watcher.items.get(timeout=20)
            assert item, "no tray item"

        def sigterm():
            restart(False)
            quits_and_closes(lambda: state["app"].send_signal(signal.SIGTERM))()

        checks.run("SIGTERM (a logout, kill) closes the pop of a ringing call; skydial exits with status 0", sigterm)

        def sigint_hidden():
            restart(True)
            time.sleep(0.5)
            # Started hidden, the CPU shell makes no window until one is shown.
            found = subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                   text=True).stdout.split()
            assert not found or map_state(display, int(found[0])) != "IsViewable", "started shown"
            quits_and_closes(lambda: state["app"].send_signal(signal.SIGINT))()

        checks.run("SIGINT with the window hidden in the tray closes the pop; skydial exits with status 0",
                   sigint_hidden)
        del name
        loop.quit()
    except Exception as e:
        checks.failed += 1
        print(f"FAIL setting up: {e}")
    finally:
        for name in ["app.log", "daemon.log"]:
            log = os.path.join(work, name)
            if checks.failed and os.path.exists(log):
                print(f"---- {name} (last 4000 characters) ----")
                print(open(log).read()[-4000:])
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)
    return checks.done()


if __name__ == "__main__":
    sys.exit(main())
