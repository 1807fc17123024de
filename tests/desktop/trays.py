#!/usr/bin/env python3
"""The tray icon on real tray hosts: xfce4-panel's systray and gtk-sni-tray.

Starts, all private to this run: Xvfb, a session bus, the tray host that
SKYDIAL_TRAY names (xfce4-panel, the default, with xfconfd and a panel of one
systray plugin; or gtk-sni-tray-standalone with status-notifier-watcher),
both along the bottom of the screen, the test's notification server
(e2e.Notifications: the pops are pops.py's business), `skydial sim` and the
real skydial (the CPU shell). The icon is read back from screenshots of the
panel; clicks are xdotool's, on the panel. Then:

  1. the item registers with the host's watcher and the panel draws the
     idle icon;
  2. a ringing call turns it orange (and the tooltip names the caller);
  3. the call missed, it is the idle colour again with the red missed dot;
  4. a left click shows the window hidden in the tray; a left click while
     it is shown and focused hides it again;
  5. a right click opens the host's menu; a click on "Call Front desk"
     dials the favourite;
  6. "Do not disturb" in it turns do not disturb on (the menu's check mark
     and the tooltip say so);
  7. "Show window" shows the window hidden in the tray;
  8. "Quit" ends skydial with status 0.

Menu entries are clicked where the host draws them: the menu window's
geometry and the item's layout (dbusmenu-gtk's GTK menu: 4 px of padding,
25 px per item, 1 px per separator, checked against the window's height).

Usage: trays.py PATH/TO/skydial. Prints "N passed, N failed".
"""

import os
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
from e2e import (DID, IDLE, MISSED, NOTIFY_IFACE, RINGING, Checks, Notifications, TrayItem,  # noqa: E402
                 centre, http, map_state, private_bus, send_close_request, sim_commands, start_app,
                 start_simulator, stop_all, virtual_display, wait_for, x_screenshot)

HOST = os.environ.get("SKYDIAL_TRAY", "xfce4-panel")
CHECKS = 8
XFCONFD = "/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd"
# The panel: 32 pixels along the bottom of the 1280x800 screen, clear of the window (640x480 at 0,0).
PANEL = (0, 760, 1280, 40)
MENU_PADDING, MENU_ITEM, MENU_SEPARATOR = 4, 25, 1

PANEL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=10;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="32"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
"""


def start_host(work, start, env):
    log = open(os.path.join(work, "host.log"), "w")
    if HOST == "xfce4-panel":
        channels = os.path.join(env["XDG_CONFIG_HOME"], "xfce4", "xfconf", "xfce-perchannel-xml")
        os.makedirs(channels)
        with open(os.path.join(channels, "xfce4-panel.xml"), "w") as f:
            f.write(PANEL_XML)
        start([XFCONFD], env=env, stdout=log, stderr=subprocess.STDOUT)
        start(["xfce4-panel", "--disable-wm-check"], env=env, stdout=log, stderr=subprocess.STDOUT)
    else:
        start(["status-notifier-watcher"], env=env, stdout=log, stderr=subprocess.STDOUT)
        start(["gtk-sni-tray-standalone", "--bottom", "--beginning", "--size", "32"], env=env, stdout=log,
              stderr=subprocess.STDOUT)


def top_windows(display):
    """The root's children that are mapped: {id: (width, height, x, y)}."""
    out = subprocess.run(["xwininfo", "-root", "-children", "-display", display], capture_output=True,
                         text=True).stdout
    windows = {}
    for line in out.splitlines():
        parts = line.split()
        if not parts or not parts[0].startswith("0x"):
            continue
        geometry = next((p for p in parts if "x" in p and "+" in p and not p.startswith("0x")), None)
        if geometry and map_state(display, int(parts[0], 16)) == "IsViewable":
            size, x, y = geometry.split("+")[:3]
            width, height = size.split("x")
            windows[parts[0]] = (int(width), int(height), int(x), int(y))
    return windows


def main():
    binary = os.path.abspath(sys.argv[1])
    tools = ["Xvfb", "dbus-daemon", "xdotool", "xwininfo", "xwd", "convert"]
    tools += ["xfce4-panel", XFCONFD] if HOST == "xfce4-panel" else ["status-notifier-watcher",
                                                                      "gtk-sni-tray-standalone"]
    for tool in tools:
        if not shutil.which(tool):
            print(f"trays: {tool} is missing: run `bash tests/run`, which installs it", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    work = tempfile.mkdtemp(prefix="skydial-trays-")
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
        server_conn = dbus.bus.BusConnection(address, mainloop=DBusGMainLoop())
        Notifications(server_conn)
        name = dbus.service.BusName(NOTIFY_IFACE, server_conn)
        loop = GLib.MainLoop()
        threading.Thread(target=loop.run, daemon=True).start()
        client = dbus.bus.BusConnection(address)
        start_host(work, start, env)
        watcher_name = "org.kde.StatusNotifierWatcher"
        wait_for(f"{HOST}'s watcher on the bus", lambda: client.name_has_owner(watcher_name))
        watcher = dbus.Interface(client.get_object(watcher_name, "/StatusNotifierWatcher"), dbus.PROPERTIES_IFACE)
        url = start_simulator(binary, start, env)
        app = start_app(binary, start, env, url, {"favourites": [{"name": "Front desk", "number": "1234"}]})
        wait_for("skydial to subscribe", lambda: sim_commands(url, "subscribe"), timeout=30)
        icon = {}

        def registered():
            items = [str(i) for i in watcher.Get(watcher_name, "RegisteredStatusNotifierItems")]
            return next((i for i in items if "StatusNotifierItem" in i), None)

        def panel_shot(name):
            return x_screenshot(display, os.path.join(work, f"{name}.png"))

        def item_registers_and_is_drawn():
            found = wait_for(f"skydial's item registered with {HOST}", registered)
            service = found.partition("/")[0]
            icon["item"] = TrayItem(client, service, service)

            def drawn():
                points = panel_shot("idle").near(IDLE, PANEL)
                # The first icon from the left (a host may show an item twice while it re-registers).
                first = [p for p in points if p[0] < min(x for x, _ in points) + 32] if points else []
                return first if len(first) > 40 else None

            points = wait_for(f"the idle icon drawn on {HOST}", drawn)
            icon["at"] = centre(points)
            print(f"     {found}; icon drawn at {icon['at']} ({len(points)} idle-coloured pixels)")

        checks.run(f"the item registers with {HOST}'s watcher; the panel draws the idle icon",
                   item_registers_and_is_drawn)

        def near_icon():
            x, y = icon["at"]
            return (x - 20, y - 20, 40, 40)

        def ringing_turns_it_orange():
            icon["call"] = http(f"{url}/control/incoming?user={DID}&from=2125550142", "POST")["call"]
            wait_for("the ringing icon", lambda: len(panel_shot("ringing").near(RINGING, near_icon())) > 40)
            tip = icon["item"].get("ToolTip")
            assert "(212) 555-0142 is calling" in str(tip[3]), tip

        checks.run("a ringing call turns the icon orange; the tooltip names the caller", ringing_turns_it_orange)

        def missed_shows_the_dot():
            http(f"{url}/control/remote-hangup?user={DID}&call={icon['call']}", "POST")

            def drawn():
                shot = panel_shot("missed")
                return len(shot.near(IDLE, near_icon())) > 40 and len(shot.near(MISSED, near_icon())) > 10

            wait_for("the idle icon with the red missed-call dot", drawn)
            assert not panel_shot("missed").near(RINGING, near_icon(), tolerance=12), "still orange"

        checks.run("the call missed: the icon is the idle colour again, with the red missed-call dot",
                   missed_shows_the_dot)

        def window():
            found = subprocess.run(["xdotool", "search", "--name", "^skydial$"], env=env, capture_output=True,
                                   text=True).stdout.split()
            assert found, "no window named skydial"
            return int(found[0])

        def shown(state):
            wanted = "IsViewable" if state else "IsUnMapped"
            wait_for(f"the window {'shown' if state else 'hidden'}", lambda: map_state(display, window()) == wanted,
                     timeout=10)

        def click_icon(button):
            x, y = icon["at"]
            subprocess.run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.1", "click", str(button)], env=env,
                           check=True)

        def left_click_toggles():
            send_close_request(display, window())
            shown(False)
            click_icon(1)
            shown(True)
            # A window manager gives a window it maps the focus; Xvfb has none.
            subprocess.run(["xdotool", "windowfocus", "--sync", str(window())], env=env, check=True)
            time.sleep(0.3)
            click_icon(1)
            shown(False)

        checks.run(f"a left click on the icon in {HOST} shows the window hidden in the tray; "
                   "shown and focused, a left click hides it", left_click_toggles)

        def open_menu():
            before = top_windows(display)
            click_icon(3)

            def menu():
                new = [g for w, g in top_windows(display).items() if w not in before and g[0] > 60 and g[1] > 60]
                return new[0] if new else None

            return wait_for(f"{HOST}'s menu", menu, timeout=10)

        def menu_click(label):
            """Clicks `label` in the host's menu, where the host drew it."""
            width, height, mx, my = open_menu()
            entries = icon["item"].entries()
            kinds = [kind for _, _, kind in entries]
            separators = kinds.count("separator")
            items = len(kinds) - separators
            expected = 2 * MENU_PADDING + items * MENU_ITEM + separators * MENU_SEPARATOR
            assert height == expected, (f"the menu is {height} px high, not {expected} ({items} items, "
                                        f"{separators} separators): the host lays it out differently")
            y = my + MENU_PADDING
            for _, text, kind in entries:
                step = MENU_SEPARATOR if kind == "separator" else MENU_ITEM
                if text == label:
                    subprocess.run(["xdotool", "mousemove", str(mx + width // 2), str(y + step // 2), "sleep", "0.1",
                                    "click", "1"], env=env, check=True)
                    return
                y += step
            raise AssertionError(f"no entry {label!r} in {[e[1] for e in entries]}")

        def menu_dials_a_favourite():
            before = len(sim_commands(url, "dial"))
            menu_click("Call Front desk")
            dials = wait_for("the menu's dial at the simulator", lambda: sim_commands(url, "dial")[before:])
            assert dials[0]["args"] == ["1234", ""], dials

        checks.run(f"a right click opens {HOST}'s menu; a click on Call Front desk dials it", menu_dials_a_favourite)

        def menu_turns_on_do_not_disturb():
            menu_click("Do not disturb")

            def on():
                _, layout = icon["item"].menu.GetLayout(0, -1, [])
                entry = next(props for _, props, _ in layout[2] if str(props.get("label", "")) == "Do not disturb")
                return int(entry.get("toggle-state", 0)) == 1 and "do not disturb" in str(icon["item"].get("ToolTip")[3])

            wait_for("do not disturb on", on, timeout=10)
            menu_click("Do not disturb")

        checks.run("its Do not disturb turns do not disturb on (the check mark and the tooltip say so)",
                   menu_turns_on_do_not_disturb)

        def menu_shows_the_window():
            if map_state(display, window()) == "IsViewable":
                send_close_request(display, window())
                shown(False)
            menu_click("Show window")
            shown(True)

        checks.run("its Show window shows the window hidden in the tray", menu_shows_the_window)

        def menu_quits():
            menu_click("Quit")
            code = app.wait(timeout=15)
            assert code == 0, f"exit status {code}"

        checks.run("its Quit ends skydial with status 0", menu_quits)
        del name
        loop.quit()
    except Exception as e:
        checks.failed += 1
        print(f"FAIL setting up: {e}")
    finally:
        for log in ["app.log", "host.log"]:
            path = os.path.join(work, log)
            if checks.failed and os.path.exists(path):
                print(f"---- {log} (last 3000 characters) ----")
                print(open(path).read()[-3000:])
        stop_all(procs)
        shutil.rmtree(work, ignore_errors=True)
    return checks.done()


if __name__ == "__main__":
    sys.exit(main())
