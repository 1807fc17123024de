//! The clipboard hotkey through KDE's KGlobalAccel (`org.kde.kglobalaccel`
//! on the session bus), as KDE's own apps register their global shortcuts.
//!
//! Plasma 5.27's desktop portal binds nothing for an app without a Flatpak
//! app id: its BindShortcuts answers an empty list (and opens System
//! Settings' Shortcuts page). So in a KDE session the hotkey is registered
//! here first, and elsewhere here too when the portal gives nothing. It then
//! shows in System Settings → Shortcuts under skydial, and follows the
//! user's rebinding there: KDE's choice is kept at the next start, unless
//! skydial's own setting changed since (then skydial's wins).
//!
//! The calls are those KF5's `KGlobalAccel` class makes: `doRegister`, then
//! `setShortcut` with the default keys (`IsDefault`) and again for the
//! active keys (`SetPresent`, which loads the user's choice), and the
//! component's `globalShortcutPressed` signal.

use super::KeySpec;
use crate::app::desktop::portal::{self, ShortcutError, ShortcutNews, Via};
use futures_util::StreamExt;

const SERVICE: &str = "org.kde.kglobalaccel";

/// skydial's component and its one action, as System Settings lists them:
/// [component id, action id, component name, action name] (the names in
/// the user's language; KDE knows the action by its ids).
const COMPONENT: &str = "skydial";
const ACTION: &str = "dial-clipboard";

/// The action's name in System Settings, in the user's language.
fn action_name() -> String {
    crate::t!("hotkey-shortcut-name")
}

/// `KGlobalAccel::SetShortcutFlag`.
const SET_PRESENT: u32 = 2;
const NO_AUTOLOADING: u32 = 4;
const IS_DEFAULT: u32 = 8;

/// Qt's modifier bits and keys (a key code is their sum).
const QT_SHIFT: i32 = 0x0200_0000;
const QT_CTRL: i32 = 0x0400_0000;
const QT_ALT: i32 = 0x0800_0000;
const QT_META: i32 = 0x1000_0000;
const QT_MODIFIERS: i32 = QT_SHIFT | QT_CTRL | QT_ALT | QT_META;
const QT_KEY_SPACE: i32 = 0x20;
const QT_KEY_F1: i32 = 0x0100_0030;

/// A key sequence as KGlobalAccel sends it (Qt's `QKeySequence` over D-Bus:
/// up to four key codes).
type KeySequence = (Vec<i32>,);

#[zbus::proxy(
    interface = "org.kde.KGlobalAccel",
    default_service = "org.kde.kglobalaccel",
    default_path = "/kglobalaccel",
    gen_blocking = false
)]
trait KGlobalAccel {
    #[zbus(name = "doRegister")]
    fn do_register(&self, action_id: &[&str]) -> zbus::Result<()>;

    #[zbus(name = "defaultShortcut")]
    fn default_shortcut(&self, action_id: &[&str]) -> zbus::Result<Vec<i32>>;

    #[zbus(name = "defaultShortcutKeys")]
    fn default_shortcut_keys(&self, action_id: &[&str]) -> zbus::Result<Vec<KeySequence>>;

    /// The key codes alone: Plasma 5.27's KWin aborts on a `setShortcutKeys`
    /// whose sequence is not four codes long, so this is tried first.
    #[zbus(name = "setShortcut")]
    fn set_shortcut(&self, action_id: &[&str], keys: &[i32], flags: u32) -> zbus::Result<Vec<i32>>;

    /// For a KGlobalAccel without `setShortcut` (KDE Frameworks 6).
    #[zbus(name = "setShortcutKeys")]
    fn set_shortcut_keys(
        &self,
        action_id: &[&str],
        keys: &[KeySequence],
        flags: u32,
    ) -> zbus::Result<Vec<KeySequence>>;

    #[zbus(name = "getComponent")]
    fn get_component(
        &self,
        component_unique: &str,
    ) -> zbus::Result<zbus::zvariant::OwnedObjectPath>;

    #[zbus(signal, name = "yourShortcutsChanged")]
    fn your_shortcuts_changed(
        &self,
        action_id: Vec<String>,
        new_keys: Vec<KeySequence>,
    ) -> zbus::Result<()>;
}

#[zbus::proxy(
    interface = "org.kde.kglobalaccel.Component",
    default_service = "org.kde.kglobalaccel",
    gen_blocking = false
)]
trait Component {
    #[zbus(signal, name = "globalShortcutPressed")]
    fn global_shortcut_pressed(
        &self,
        component_unique: String,
        action_unique: String,
        timestamp: i64,
    ) -> zbus::Result<()>;
}

/// `spec` as a Qt key code (modifiers plus key).
pub fn qt_key(spec: &KeySpec) -> i32 {
    let mut code = match spec.key.as_str() {
        "space" => QT_KEY_SPACE,
        key if key.len() == 1 => i32::from(key.as_bytes()[0].to_ascii_uppercase()),
        key => QT_KEY_F1 + key[1..].parse::<i32>().unwrap_or(1) - 1,
    };
    for (on, bit) in [
        (spec.ctrl, QT_CTRL),
        (spec.alt, QT_ALT),
        (spec.shift, QT_SHIFT),
        (spec.super_key, QT_META),
    ] {
        if on {
            code |= bit;
        }
    }
    code
}

/// A Qt key code in words, as KDE writes it (`Meta+Ctrl+Alt+Shift+D`).
pub fn describe(code: i32) -> String {
    let mut parts: Vec<String> = [
        (QT_META, "Meta"),
        (QT_CTRL, "Ctrl"),
        (QT_ALT, "Alt"),
        (QT_SHIFT, "Shift"),
    ]
    .iter()
    .filter(|(bit, _)| code & bit != 0)
    .map(|(_, name)| (*name).to_string())
    .collect();
    let key = code & !QT_MODIFIERS;
    parts.push(match key {
        QT_KEY_SPACE => "Space".into(),
        k if (QT_KEY_F1..QT_KEY_F1 + 35).contains(&k) => format!("F{}", k - QT_KEY_F1 + 1),
        k if (0x21..0x7f).contains(&k) => char::from(k as u8).to_string(),
        k => format!("key {k:#x}"),
    });
    parts.join("+")
}

/// The first key of the first sequence KGlobalAccel names, in words.
fn first_keys(keys: &[KeySequence]) -> Option<String> {
    keys.iter()
        .flat_map(|(codes,)| codes.iter())
        .find(|&&code| code != 0)
        .map(|&code| describe(code))
}

/// Whether this is a KDE session (its own apps register with KGlobalAccel).
pub fn kde_session() -> bool {
    std::env::var("XDG_CURRENT_DESKTOP")
        .is_ok_and(|d| d.split(':').any(|d| d.eq_ignore_ascii_case("KDE")))
}

/// Binds the hotkey where the desktop offers global shortcuts: in a KDE
/// session KGlobalAccel, then the portal if KGlobalAccel is not there;
/// elsewhere the portal, then KGlobalAccel if the portal gives nothing.
/// Reports like [`portal::run_shortcut`], until the returned sender
/// is dropped.
pub fn bind_shortcut(
    runtime: &tokio::runtime::Handle,
    spec: &KeySpec,
    news: impl Fn(ShortcutNews) + Send + Sync + 'static,
) -> tokio::sync::oneshot::Sender<()> {
    let (keep, mut stop) = tokio::sync::oneshot::channel();
    let spec = spec.clone();
    runtime.spawn(async move {
        let trigger = spec.portal_trigger();
        let result = if kde_session() {
            match run(&spec, &news, &mut stop, true).await {
                Err(kde) if !kde.registered => {
                    tracing::info!(
                        "KDE's KGlobalAccel is not there ({}); asking the desktop portal",
                        crate::i18n::English(&kde.text)
                    );
                    portal::run_shortcut(&trigger, &news, &mut stop).await
                }
                other => other.map_err(|e| ShortcutError::KGlobalAccel(e.text.to_string())),
            }
        } else {
            match portal::run_shortcut(&trigger, &news, &mut stop).await {
                Err(portal) => match run(&spec, &news, &mut stop, false).await {
                    Err(kde) if !kde.registered => Err(portal),
                    other => other.map_err(|e| ShortcutError::KGlobalAccel(e.text.to_string())),
                },
                ok => ok,
            }
        };
        if let Err(why) = result {
            news(ShortcutNews::Failed(why));
        }
    });
    keep
}

/// Sets skydial's keys (`flags`: [`IS_DEFAULT`], [`SET_PRESENT`]...); the
/// keys KDE says are active.
async fn set(
    accel: &KGlobalAccelProxy<'_>,
    action_id: &[&str],
    code: i32,
    flags: u32,
) -> zbus::Result<Vec<KeySequence>> {
    match accel.set_shortcut(action_id, &[code], flags).await {
        Ok(codes) => Ok(vec![(codes,)]),
        Err(zbus::Error::MethodError(name, _, _))
            if name.as_str() == "org.freedesktop.DBus.Error.UnknownMethod" =>
        {
            // A sequence is four codes (Qt's QKeySequence), padded with 0.
            accel
                .set_shortcut_keys(action_id, &[(vec![code, 0, 0, 0],)], flags)
                .await
        }
        Err(e) => Err(e),
    }
}

/// Why KGlobalAccel gave no shortcut; `registered`: it was reached (so its
/// answer stands, rather than trying another way).
struct Refused {
    text: Said,
    registered: bool,
}

/// What KGlobalAccel's refusal says: D-Bus's words, or ours in the user's
/// language when shown (a log line shows it through `English`).
enum Said {
    Bus(zbus::Error),
    NotRunning,
    NoKeys,
    Gone,
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bus(e) => e.fmt(f),
            Self::NotRunning => f.write_str(&crate::t!("hotkey-why-kde-not-running")),
            Self::NoKeys => f.write_str(&crate::t!("hotkey-why-kde-no-keys")),
            Self::Gone => f.write_str(&crate::t!("hotkey-why-kde-gone")),
        }
    }
}

/// Registers the hotkey with KGlobalAccel and reports until `stop`. Outside
/// KDE (`start` false) only a KGlobalAccel already running is used: D-Bus
/// would otherwise start KDE's daemon on another desktop.
async fn run(
    spec: &KeySpec,
    news: &(impl Fn(ShortcutNews) + Send + Sync),
    stop: &mut tokio::sync::oneshot::Receiver<()>,
    start: bool,
) -> Result<(), Refused> {
    let unreachable = |e: zbus::Error| Refused {
        text: Said::Bus(e),
        registered: false,
    };
    let conn = zbus::Connection::session().await.map_err(unreachable)?;
    if !start {
        let bus = zbus::fdo::DBusProxy::new(&conn)
            .await
            .map_err(unreachable)?;
        let name = zbus::names::WellKnownName::from_static_str_unchecked(SERVICE);
        if !bus.name_has_owner(name.into()).await.unwrap_or(false) {
            return Err(Refused {
                text: Said::NotRunning,
                registered: false,
            });
        }
    }
    let accel = KGlobalAccelProxy::new(&conn).await.map_err(unreachable)?;
    let name = action_name();
    let action_id = [COMPONENT, ACTION, "skydial", name.as_str()];
    accel.do_register(&action_id).await.map_err(unreachable)?;
    let refused = |e: zbus::Error| Refused {
        text: Said::Bus(e),
        registered: true,
    };
    // Listen before the keys are set: an early press is not lost.
    let component = accel.get_component(COMPONENT).await.map_err(refused)?;
    let component = ComponentProxy::builder(&conn)
        .path(component)
        .map_err(refused)?
        .build()
        .await
        .map_err(refused)?;
    let mut pressed = component
        .receive_global_shortcut_pressed()
        .await
        .map_err(refused)?;
    let mut changed = accel
        .receive_your_shortcuts_changed()
        .await
        .map_err(refused)?;
    let wanted = qt_key(spec);
    // KDE keeps the user's rebinding (autoloading), unless skydial's own
    // setting changed since KDE last saw it (its default differs): then
    // skydial's keys are set.
    let known = match accel.default_shortcut(&action_id).await {
        Ok(codes) => codes,
        Err(_) => accel
            .default_shortcut_keys(&action_id)
            .await
            .unwrap_or_default()
            .into_iter()
            .flat_map(|(codes,)| codes)
            .collect(),
    };
    let flags = if known.contains(&wanted) {
        SET_PRESENT
    } else {
        SET_PRESENT | NO_AUTOLOADING
    };
    set(&accel, &action_id, wanted, IS_DEFAULT)
        .await
        .map_err(refused)?;
    let active = set(&accel, &action_id, wanted, flags)
        .await
        .map_err(refused)?;
    let Some(keys) = first_keys(&active) else {
        return Err(Refused {
            text: Said::NoKeys,
            registered: true,
        });
    };
    news(ShortcutNews::Bound(keys, Via::KGlobalAccel));
    loop {
        tokio::select! {
            // Released (another hotkey, or quitting). The action stays in
            // KDE's list with its keys, as KDE's own apps leave theirs.
            _ = &mut *stop => return Ok(()),
            press = pressed.next() => match press {
                Some(press) => {
                    if press.args().is_ok_and(|a| a.component_unique == COMPONENT && a.action_unique == ACTION) {
                        news(ShortcutNews::Activated);
                    }
                }
                None => return Err(Refused { text: Said::Gone, registered: true }),
            },
            change = changed.next() => match change {
                Some(change) => {
                    if let Ok(args) = change.args()
                        && args.action_id.first().map(String::as_str) == Some(COMPONENT)
                        && args.action_id.get(1).map(String::as_str) == Some(ACTION)
                    {
                        let keys = first_keys(&args.new_keys).unwrap_or_else(|| crate::t!("hotkey-no-key"));
                        news(ShortcutNews::Changed(keys, Via::KGlobalAccel));
                    }
                }
                None => return Err(Refused { text: Said::Gone, registered: true }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::desktop::hotkey::parse_spec;

    #[test]
    fn hotkeys_as_qt_key_codes_and_back() {
        let code = |s: &str| qt_key(&parse_spec(s).unwrap());
        assert_eq!(code("ctrl+alt+d"), 0x0C00_0044);
        assert_eq!(describe(code("ctrl+alt+d")), "Ctrl+Alt+D");
        assert_eq!(describe(code("super+shift+f5")), "Meta+Shift+F5");
        assert_eq!(describe(code("ctrl+space")), "Ctrl+Space");
        assert_eq!(describe(code("alt+7")), "Alt+7");
        assert_eq!(describe(QT_CTRL | 0x0100_0009), "Ctrl+key 0x1000009");
        assert_eq!(
            first_keys(&[(vec![0, code("ctrl+alt+k")],)]),
            Some("Ctrl+Alt+K".into())
        );
        assert_eq!(first_keys(&[(vec![],)]), None);
    }
}
