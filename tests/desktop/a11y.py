#!/usr/bin/env python3
"""Drives skydial's window the way a screen reader does: over AT-SPI.

Run by e2e.py in a process of its own (libatspi shares GLib state that the
test's D-Bus servers use on another thread), with DISPLAY and
DBUS_SESSION_BUS_ADDRESS of the test's session. Each argument is one step,
fields separated by "|"; each is retried for up to 20 s, because a tree being
rebuilt can hand out nodes that are already gone:

  app|NAME                      the steps after it look in application NAME
                                (default: skydial) instead
  name|TEXT                     the window is named TEXT
  find|ROLE|NAME                a node with this role and name exists
  find|ROLE|NAME~               ... whose name contains NAME
  press|ROLE|NAME               run its first action (a click)
  enabled|ROLE|NAME             it can be used (a new question's Dial waits a moment)
  set|ROLE|NAME|TEXT            replace its text (EditableText)
  text|ROLE|NAME|TEXT           its text is TEXT
  checked|ROLE|NAME             it is checked or pressed (a selected tab)
  where|ROLE|NAME               print its centre on the screen ("X Y"), for a
                                click where the application shows no actions

Exits 0 when every step held; otherwise prints the failing step and exits 1.
"""

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

STEP_TIMEOUT = 20.0
APP = ["skydial"]


def app():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        node = desktop.get_child_at_index(i)
        if node is not None and node.get_name() == APP[0] and node.get_child_count():
            return node
    return None


def frame():
    node = app()
    return node.get_child_at_index(0) if node is not None else None


def find(role, name):
    contains = name.endswith("~")
    name = name.rstrip("~")
    stack = [app()]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            node_name = node.get_name() or ""
            if node.get_role_name() == role and (name in node_name if contains else node_name == name):
                return node
            stack.extend(node.get_child_at_index(i) for i in range(node.get_child_count()))
        except GLib.Error:
            continue  # a node removed while we walked: skip it
    return None


def run(step):
    kind, *args = step.split("|")
    if kind == "app":
        APP[0] = args[0]
        return True
    if kind == "name":
        node = frame()
        return node is not None and node.get_name() == args[0]
    node = find(args[0], args[1])
    if node is None:
        return False
    if kind == "find":
        return True
    if kind == "press":
        return node.do_action(0)
    if kind == "set":
        return Atspi.EditableText.set_text_contents(node, args[2])
    if kind == "text":
        return Atspi.Text.get_text(node, 0, -1) == args[2]
    if kind == "enabled":
        return node.get_state_set().contains(Atspi.StateType.SENSITIVE)
    if kind == "checked":
        states = node.get_state_set()
        return states.contains(Atspi.StateType.CHECKED) or states.contains(Atspi.StateType.PRESSED)
    if kind == "where":
        box = node.get_extents(Atspi.CoordType.SCREEN)
        if box.width <= 0 or box.height <= 0:
            return False
        print(box.x + box.width // 2, box.y + box.height // 2)
        return True
    raise SystemExit(f"a11y: unknown step {step!r}")


def main():
    Atspi.init()
    for step in sys.argv[1:]:
        deadline = time.monotonic() + STEP_TIMEOUT
        last = "not found"
        while True:
            try:
                if run(step):
                    break
            except GLib.Error as e:
                last = str(e)
            if time.monotonic() > deadline:
                print(f"a11y: step {step!r} did not hold within {STEP_TIMEOUT:.0f} s ({last})")
                return 1
            time.sleep(0.1)
        if step.startswith(("press|", "set|")):
            time.sleep(0.15)  # let the app take it in before the next step
    return 0


if __name__ == "__main__":
    sys.exit(main())
