// skydial's desktop test (tests/desktop/gnome.py) reads the shell's state
// through org.gnome.Shell.Eval and takes screenshots, which GNOME Shell only
// allows in unsafe mode. Never install this outside a test session.
class Extension {
    enable() {
        global.context.unsafe_mode = true;
    }

    disable() {
        global.context.unsafe_mode = false;
    }
}

function init() {
    return new Extension();
}
