#!/usr/bin/env python3
"""The Windows skydial.exe under Wine, used as a person would, on a private Xvfb.

Starts, all private to this run: Xvfb, trayer (an XEmbed tray: Wine docks
Windows tray icons there), `skydial.exe sim` (the Windows build's own
simulator), then `skydial.exe` in a Wine prefix of its own (tests/windows/run
makes it), and checks, through xdotool, screenshots and the simulator's
control interface:

  1. the window opens (auto on Windows: the CPU shell) and is painted;
  2. sign-in: the PIN typed into the sign-in screen signs in to the simulator,
     and the tray icon turns from grey to skydial's teal;
  3. a ringing call turns the tray icon orange; a click on Answer in the
     window has the simulator report the call CONNECTED; the notice that no
     notification service exists says why in plain words;
  4. Dial from the keyboard: Tab to the Dial tab, type a number, Enter;
     then the Contacts tab's *Choose a file…* (from the keyboard) opens
     Wine's common file dialog (IFileOpenDialog), titled "Import contacts";
     a vCard's path typed into it, Enter, imports its contact;
  5. the hotkey (Ctrl+Alt+D pressed into the window: Wine sees only keys
     pressed into its own windows) opens the quick-dial prompt with the
     clipboard's number (xclip), which dials only when Enter is pressed;
  6. a second start hands over over the named pipe: `skydial.exe dial N`
     dials through the running app, `skydial.exe` says it runs, and there is
     still one window and one subscription;
  7. closing the window (WM_DELETE_WINDOW) keeps skydial running in the tray;
     a second start shows the window again, painted;
  8. restarted with --minimised --autostart (the start-at-login command) and
     no PIN given, skydial signs in by itself with the PIN the sign-in left
     in Credential Manager, and stays hidden; a second start shows it (the
     CPU shell: auto takes it for a hidden start on Windows), with skydial's
     icon in the title bar and the taskbar sizes;
  9. a command started from a console (tests/windows/console.c: a console
     process that hands the GUI program no standard handles) prints in that
     console and exits with its status;
 10. the end of the session (`wineboot --end-session`: Wine sends
     WM_QUERYENDSESSION and WM_ENDSESSION to every top-level window, then
     ends the process, as Windows does) quits the running skydial as Quit
     does: its log says why, then that it closed its screen pops, before it
     answered WM_ENDSESSION; it is gone within seconds, status 0.

Not provable here (see README, Windows): WinRT toasts (Wine has none), the
tray menu (Wine 8's Shell_NotifyIconGetRect is a stub: tray-icon drops the
click), a hotkey pressed outside Wine's windows.

Usage: gui.py SKYDIAL.EXE CONSOLE.EXE [SCREENSHOT.png], with WINEPREFIX set.
Prints "N passed, N failed".
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "desktop"))
from e2e import http, map_state, send_close_request, stop_all, virtual_display, wait_for  # noqa: E402

DID, PIN = "6465551000", "12345"
CHECKS = 11
# The light theme's colours (settings.json forces it).
PANEL = (0xF8, 0xF8, 0xF8)
BUTTON = (0xE6, 0xE6, 0xE6)
FIELD = (0xFF, 0xFF, 0xFF)
RINGING = (0xE6, 0x7E, 0x22)
# The window's Ringing chip and its green Answer (src/app/screens/theme.rs).
CHIP_RINGING = (0xB3, 0x59, 0x00)
GO = (0x15, 0x80, 0x3D)
TEAL = (0x1F, 0x8A, 0x70)
GREY = (0x7F, 0x8C, 0x8D)


def winpath(path):
    return "Z:" + path.replace("/", "\\")


class Screen:
    """A screenshot of the whole display, as RGB pixels."""

    def __init__(self, display, save=None):
        # xwd failed once (status 1) while Wine was mapping its first window:
        # a second try a moment later reads the screen.
        for _ in range(3):
            xwd = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True)
            if xwd.returncode == 0:
                break
            time.sleep(0.5)
        else:
            raise AssertionError(f"xwd could not read the screen: {xwd.stderr.decode(errors='replace').strip()}")
        if save:
            subprocess.run(["convert", "xwd:-", save], input=xwd.stdout, check=True)
        ppm = subprocess.run(["convert", "xwd:-", "-depth", "8", "ppm:-"], input=xwd.stdout,
                             capture_output=True, check=True).stdout
        # The header: P6, width, height, maxval, with # comments between.
        fields, at = [], 0
        while len(fields) < 4:
            while ppm[at:at + 1].isspace():
                at += 1
            if ppm[at:at + 1] == b"#":
                at = ppm.index(b"\n", at) + 1
                continue
            end = at
            while not ppm[end:end + 1].isspace():
                end += 1
            fields.append(ppm[at:end])
            at = end
        assert fields[0] == b"P6", fields
        self.w, self.h = int(fields[1]), int(fields[2])
        self.data = ppm[at + 1:]

    def px(self, x, y):
        i = (y * self.w + x) * 3
        return tuple(self.data[i:i + 3])

    def colours(self, box):
        x0, y0, x1, y1 = box
        return len({self.px(x, y) for y in range(y0, y1, 2) for x in range(x0, x1, 2)})

    def find(self, colour, box):
        """The bounding box of the pixels of `colour` in `box`, or None."""
        x0, y0, x1, y1 = box
        hits = [(x, y) for y in range(y0, y1) for x in range(x0, x1) if self.px(x, y) == colour]
        if not hits:
            return None
        xs, ys = [h[0] for h in hits], [h[1] for h in hits]
        return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def xdotool(env, *args):
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30).stdout.split()


def window_box(env, window):
    out = subprocess.run(["xwininfo", "-id", str(window)], env=env, capture_output=True, text=True).stdout
    v = {k.strip(): int(val) for k, val in re.findall(r"(Absolute upper-left X|Absolute upper-left Y|Width|Height):\s+(-?\d+)", out)}
    x, y = v["Absolute upper-left X"], v["Absolute upper-left Y"]
    return x, y, x + v["Width"], y + v["Height"]


def answer_button(screen, box):
    """Where Answer is on a ringing call's row: the row's Ringing chip, then
    the green button on that row (the actions are in fixed places right of
    the chip: Answer green, Decline red)."""
    chip = screen.find(CHIP_RINGING, box)
    assert chip, "no ringing call in the window"
    y = (chip[1] + chip[3]) // 2
    xs = [x for x in range(box[0], box[2]) if screen.px(x, y) == GO]
    assert len(xs) > 20, f"no green Answer button on the ringing call's row (y {y})"
    return (xs[0] + xs[-1]) // 2, y


def text_fields(screen, box, x):
    """The text fields a column crosses, top to bottom, as (top, bottom)."""
    fields, top = [], None
    for y in range(box[1], box[3]):
        white = screen.px(x, y) == FIELD
        if white and top is None:
            top = y
        elif not white and top is not None:
            if y - top >= 8:
                fields.append((top, y))
            top = None
    return fields


def net_wm_icons(env, window):
    """_NET_WM_ICON's images as (width, height, centre ARGB)."""
    out = subprocess.run(["xprop", "-notype", "-id", str(window), "32c", "_NET_WM_ICON"], env=env,
                         capture_output=True, text=True).stdout
    if "=" not in out:
        return []
    nums = [int(v, 0) for v in re.findall(r"0x[0-9a-fA-F]+|\d+", out.split("=", 1)[1])]
    icons, i = [], 0
    while i + 2 <= len(nums):
        w, h = nums[i], nums[i + 1]
        pixels = nums[i + 2:i + 2 + w * h]
        if len(pixels) < w * h or w == 0:
            break
        icons.append((w, h, pixels[(h // 4) * w + w // 2]))
        i += 2 + w * h
    return icons


def main():
    exe, console_exe = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    shot = sys.argv[3] if len(sys.argv) > 3 else None
    assert os.environ.get("WINEPREFIX"), "WINEPREFIX is not set: run tests/windows/run"
    work = tempfile.mkdtemp(prefix="skydial-wine-")
    procs = []
    passed, failed = 0, 0

    def start(args, **kw):
        p = subprocess.Popen(args, **kw)
        procs.append(p)
        return p

    try:
        display = virtual_display(start)
        env = dict(os.environ, DISPLAY=display)
        for var in ["SKYDIAL_PIN", "SKYDIAL_SERVER", "SKYDIAL_USER", "SKYDIAL_RENDERER", "WAYLAND_DISPLAY"]:
            env.pop(var, None)
        for name in ["config", "data", "state"]:
            os.makedirs(os.path.join(work, name))
            env[f"SKYDIAL_{name.upper()}_DIR"] = winpath(os.path.join(work, name))
        log_path = os.path.join(work, "state", "skydial.log")
        # The tray Wine docks its icons in (top right).
        start(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"],
              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        sim_out = open(os.path.join(work, "sim.out"), "w+")
        start(["wine", exe, "sim", "--port", "0"], env=env, stdout=sim_out, stderr=subprocess.STDOUT)

        def sim_url():
            sim_out.seek(0)
            line = sim_out.readline().strip()
            return line if line.startswith("http://") else None

        url = wait_for("the simulator's address", sim_url, timeout=60)
        with open(os.path.join(work, "config", "settings.json"), "w") as f:
            json.dump({"server": url, "user": DID, "theme": "light"}, f)

        def commands(method):
            return [c for c in http(f"{url}/control/commands") if c["name"].endswith("." + method)]

        def dialled():
            return [c["args"][0] for c in commands("dial")]

        def run(*args, timeout=60):
            return subprocess.run(["wine", exe, *args], env=env, capture_output=True, text=True,
                                  stdin=subprocess.DEVNULL, timeout=timeout)

        def the_window(visible=True):
            found = xdotool(env, "search", *(["--onlyvisible"] if visible else []), "--name", "^skydial$")
            return int(found[0]) if found else None

        def painted(window):
            return Screen(display).colours(window_box(env, window)) > 20

        def tray_icon(colour):
            screen = Screen(display)
            return screen.find(colour, (screen.w - 200, 0, screen.w, 24)) is not None

        def check(name, fn):
            nonlocal passed, failed
            began = time.monotonic()
            try:
                fn()
                passed += 1
                print(f"ok   {name} ({time.monotonic() - began:.1f} s)")
            except Exception as e:  # noqa: BLE001 - every failure is reported
                failed += 1
                print(f"FAIL {name}: {e}")

        app = start(["wine", exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        window = None
        # The app running now (check 8 starts it again).
        running = {"app": app}

        def window_opens_painted():
            nonlocal window
            window = wait_for("the window", the_window, timeout=90)
            path = shot or os.path.join(work, "window.png")
            wait_for("the window to be painted", lambda: painted(window), timeout=30)
            Screen(display, save=path)
            log = open(log_path, encoding="utf-8", errors="replace").read()
            assert "the CPU shell" in log, log[-2000:]
            print(f"     screenshot: {path}")

        check("the window opens (auto on Windows: the CPU shell) and is painted", window_opens_painted)

        def sign_in():
            box = window_box(env, window)
            # A column through the fields' right ends, past their text.
            column = box[0] + 430
            fields = wait_for("the sign-in screen's fields",
                              lambda: len(text_fields(Screen(display), box, column)) >= 4 and
                              text_fields(Screen(display), box, column), timeout=20)
            top, bottom = fields[2]  # server, DID, PIN, CA file
            xdotool(env, "mousemove", str(column), str((top + bottom) // 2), "click", "1")
            time.sleep(0.3)
            xdotool(env, "type", "--delay", "60", PIN)
            xdotool(env, "key", "Return")
            wait_for("the app to subscribe", lambda: commands("subscribe"), timeout=30)
            wait_for("the tray icon to turn teal", lambda: tray_icon(TEAL), timeout=20)

        check("sign-in: the PIN typed in the sign-in screen signs in; the tray icon turns from grey to teal",
              sign_in)

        def answer_click_connects():
            call = http(f"{url}/control/incoming?user={DID}&from=12125550142", "POST")["call"]
            wait_for("the tray icon to turn orange", lambda: tray_icon(RINGING), timeout=20)
            box = window_box(env, window)
            x, y = wait_for("the ringing call in the window",
                            lambda: Screen(display).find(CHIP_RINGING, box) and answer_button(Screen(display), box),
                            timeout=20)
            # A button that has just appeared ignores clicks for half a second (the
            # double-click guard): click as a person would, a moment after it shows.
            time.sleep(0.8)
            xdotool(env, "mousemove", str(x), str(y), "click", "1")
            wait_for("the call to be connected", lambda: any(
                c["id"] == call and c["state"] == "CONNECTED" for c in http(f"{url}/control/calls?user={DID}")),
                timeout=20)
            log = open(log_path, encoding="utf-8", errors="replace").read()
            assert "this Windows has no toast notifications" in log, log[-2000:]
            assert "( (" not in log, log[-2000:]
            http(f"{url}/control/remote-hangup?user={DID}", "POST")
            wait_for("the call to end in the window", lambda: not Screen(display).find(CHIP_RINGING, box), timeout=20)

        check("a ringing call turns the tray icon orange; a click on Answer connects it at the simulator; "
              "the no-toasts notice is plain", answer_click_connects)

        def dial_from_the_keyboard():
            box = window_box(env, window)
            # An empty part of the calls screen: the window gets the keyboard, no widget does.
            xdotool(env, "mousemove", str((box[0] + box[2]) // 2), str((box[1] + box[3]) // 2), "click", "1")
            time.sleep(0.3)
            for key in ["Tab", "Tab", "space"]:  # the Calls tab, the Dial tab, choose it
                xdotool(env, "key", key)
                time.sleep(0.3)
            xdotool(env, "type", "--delay", "60", "212-555-0199")
            xdotool(env, "key", "Return")
            wait_for("the dial", lambda: "2125550199" in dialled(), timeout=20)

        check("Dial from the keyboard: Tab to the Dial tab, type the number, Enter", dial_from_the_keyboard)

        def contacts_from_the_file_dialog():
            card = os.path.join(work, "Grace Hopper.vcf")
            with open(card, "w") as f:
                f.write("BEGIN:VCARD\nVERSION:3.0\nFN:Grace Hopper\nTEL:+1 212 555 0177\nEND:VCARD\n")
            box = window_box(env, window)
            # The status line: the window gets the keyboard, no widget does.
            xdotool(env, "mousemove", str(box[2] - 40), str(box[3] - 8), "click", "1")
            time.sleep(0.3)
            # Calls, Dial, History, Contacts: choose it (the search field then
            # has the keyboard); New contact, Import file, Choose a file…: press it.
            for key in ["Tab"] * 4 + ["space"] + ["Tab"] * 3 + ["space"]:
                xdotool(env, "key", key)
                time.sleep(0.3)
            dialog = wait_for("Wine's file dialog", lambda: xdotool(
                env, "search", "--onlyvisible", "--name", "^Import contacts$"), timeout=30)[0]
            xdotool(env, "windowfocus", "--sync", dialog)
            xdotool(env, "type", "--delay", "40", winpath(card))
            xdotool(env, "key", "Return")
            wait_for("the dialog to close", lambda: not xdotool(
                env, "search", "--onlyvisible", "--name", "^Import contacts$"), timeout=20)
            found = wait_for("the contact imported", lambda: "Grace Hopper" in run(
                "contacts", "search", "Grace").stdout, timeout=30)
            assert found

        check("Choose a file… opens Wine's common file dialog; a vCard's path typed there imports its contact",
              contacts_from_the_file_dialog)

        def hotkey_prompt():
            subprocess.run(["xclip", "-selection", "clipboard"], input="+1 (718) 555-0123", text=True, env=env,
                           check=True, timeout=10)
            xdotool(env, "key", "ctrl+alt+d")
            time.sleep(2)
            assert "7185550123" not in dialled(), "dialled without the prompt's Enter"
            xdotool(env, "key", "Return")
            wait_for("the prompt's dial", lambda: "7185550123" in dialled(), timeout=20)

        check("the hotkey (Ctrl+Alt+D into a Wine window) opens the quick-dial prompt with the clipboard's number; "
              "Enter dials it", hotkey_prompt)

        def second_start_hands_over():
            subscribes = len(commands("subscribe"))
            out = run("dial", "312-555-0100")
            assert out.returncode == 0, (out.returncode, out.stdout, out.stderr)
            assert out.stdout.strip() == "Dialling (312) 555-0100", out.stdout
            wait_for("the handed-over dial", lambda: "3125550100" in dialled(), timeout=20)
            out = run()
            assert out.returncode == 0 and "already running" in out.stdout, (out.returncode, out.stdout, out.stderr)
            assert len(commands("subscribe")) == subscribes, "a second subscription"
            assert len(xdotool(env, "search", "--name", "^skydial$")) == 1, "a second window"

        check("a second start hands over over the named pipe: dial goes through the running app; one window, "
              "one subscription", second_start_hands_over)

        def close_keeps_running():
            send_close_request(display, window)
            wait_for("the window to hide", lambda: map_state(display, window) == "IsUnMapped", timeout=20)
            time.sleep(2)
            assert running["app"].poll() is None, "closing the window quit skydial"
            out = run()
            assert out.returncode == 0, (out.returncode, out.stdout, out.stderr)
            wait_for("the window to show", lambda: map_state(display, window) == "IsViewable", timeout=20)
            wait_for("the shown window to be painted", lambda: painted(window), timeout=20)

        check("closing the window keeps skydial running in the tray; a second start shows it painted",
              close_keeps_running)

        def restart_hidden_with_the_stored_pin():
            running["app"].kill()
            running["app"].wait(timeout=30)
            wait_for("the window to go", lambda: not xdotool(env, "search", "--name", "^skydial$"), timeout=30)
            subscribes = len(commands("subscribe"))
            again = start(["wine", exe, "--minimised", "--autostart"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
            running["app"] = again
            wait_for("the app to sign in by itself", lambda: len(commands("subscribe")) > subscribes, timeout=60)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                assert the_window() is None, "--minimised --autostart showed the window"
                assert again.poll() is None, "the hidden app ended"
                time.sleep(0.5)
            out = run()
            assert out.returncode == 0, (out.returncode, out.stdout, out.stderr)
            shown = wait_for("the window to show", the_window, timeout=20)
            wait_for("the shown window to be painted", lambda: painted(shown), timeout=20)
            log = open(log_path, encoding="utf-8", errors="replace").read()
            assert "auto: on Windows the CPU shell" in log, log[-2000:]
            icons = net_wm_icons(env, shown)
            assert icons and max(w for w, _, _ in icons) >= 32, icons
            for w, h, centre in icons:
                rgb = ((centre >> 16) & 0xFF, (centre >> 8) & 0xFF, centre & 0xFF)
                assert rgb == TEAL, f"the {w}x{h} window icon is not skydial's: {rgb}"

        check("restarted with --minimised --autostart it signs in by itself (the PIN from Credential Manager) "
              "and stays hidden; shown, it is the CPU shell with skydial's icons", restart_hidden_with_the_stored_pin)

        def commands_print_in_the_console():
            for args, status, said in [(["--version"], 0, "skydial "), (["dial"], 2, "<NUMBER>")]:
                out_file = os.path.join(work, "console.txt")
                ran = subprocess.run(["wine", console_exe, winpath(out_file), exe, *args], env=env,
                                     capture_output=True, text=True, timeout=90)
                assert ran.returncode == 0, (ran.returncode, ran.stdout, ran.stderr)
                text = open(out_file, encoding="utf-8").read()
                assert said in text, text
                assert f"exit status {status}" in text, text

        check("a command started from a console prints there and exits with its status", commands_print_in_the_console)

        def the_session_ends():
            the_app = running["app"]
            assert the_app.poll() is None, f"skydial is not running (status {the_app.returncode})"
            began = time.monotonic()
            ending = start(["wine", "wineboot", "--end-session"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            try:
                status = the_app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                raise AssertionError("skydial still runs 10 s after the end of the session") from None
            took = time.monotonic() - began
            assert status == 0, f"skydial exited with status {status}"
            # Windows (and Wine) end a program once it has answered WM_ENDSESSION, with status 0:
            # what shows that skydial quit as Quit does is its log, in this order.
            log = open(log_path, encoding="utf-8", errors="replace").read()
            at = 0
            for line in ["the Windows session is ending: quitting", "open screen pop(s)",
                         "the screen pops are closed: Windows may end skydial now"]:
                at = log.find(line, at)
                assert at != -1, f"the log does not say {line!r} (in this order): {log[-2000:]}"
            print(f"     exited with status 0 {took:.2f} s after `wineboot --end-session` started")
            ending.wait(timeout=30)

        check("the end of the session quits skydial as Quit does: status 0 within seconds, the log says why",
              the_session_ends)
    finally:
        stop_all(procs)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed == CHECKS else 1


if __name__ == "__main__":
    sys.exit(main())
