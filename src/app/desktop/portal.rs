//! The XDG desktop portal (Linux, through ashpd): the clipboard shortcut
//! where there is no X11 key grab (Wayland: GNOME 48+, KDE Plasma 5.27+),
//! and the desktop's light or dark preference and text size, followed as
//! they change.

use futures_util::StreamExt;

/// The shortcut's id in the portal session.
pub const SHORTCUT_ID: &str = "dial-clipboard";

/// Why the portal gave no shortcut, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ShortcutError {
    #[error(transparent)]
    Portal(#[from] ashpd::Error),
    #[error("{}", crate::t!("hotkey-why-not-bound"))]
    NotBound,
    #[error("{}", crate::t!("hotkey-why-portal-gone"))]
    Gone,
    /// KDE's KGlobalAccel refused or failed (its words).
    #[error("{0}")]
    KGlobalAccel(String),
}

/// Which way the desktop gave the shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The XDG desktop portal's GlobalShortcuts.
    Portal,
    /// KDE's KGlobalAccel (`kglobalaccel.rs`).
    KGlobalAccel,
}

/// What happens with the desktop's shortcut.
pub enum ShortcutNews {
    /// Bound: what the desktop says triggers it (it may differ from what
    /// was asked: the user decides in the desktop's settings).
    Bound(String, Via),
    /// The user changed it in the desktop's settings.
    Changed(String, Via),
    /// Pressed.
    Activated,
    /// The portal cannot bind it (none running, too old, refused).
    Failed(ShortcutError),
}

/// Binds the shortcut through the portal and reports what happens, until
/// `stop`: then the session is closed, which releases the shortcut. An
/// error: the portal cannot bind it (none running, too old, refused, or it
/// bound nothing).
pub async fn run_shortcut(
    preferred: &str,
    news: &(impl Fn(ShortcutNews) + Send + Sync),
    stop: &mut tokio::sync::oneshot::Receiver<()>,
) -> Result<(), ShortcutError> {
    use ashpd::desktop::global_shortcuts::{GlobalShortcuts, NewShortcut};
    let portal = GlobalShortcuts::new().await?;
    let session = portal.create_session(Default::default()).await?;
    // Listen before binding: an early press is not lost.
    let mut activated = portal.receive_activated().await?;
    let mut changed = portal.receive_shortcuts_changed().await?;
    let description = crate::t!("hotkey-portal-description");
    let shortcut = NewShortcut::new(SHORTCUT_ID, description.as_str()).preferred_trigger(preferred);
    let bound = portal
        .bind_shortcuts(&session, &[shortcut], None, Default::default())
        .await?
        .response()?;
    let description = bound
        .shortcuts()
        .iter()
        .find(|s| s.id() == SHORTCUT_ID)
        .map(|s| s.trigger_description().to_string())
        .ok_or(ShortcutError::NotBound)?;
    news(ShortcutNews::Bound(description, Via::Portal));
    // One session, one shortcut: its id tells its events apart.
    loop {
        tokio::select! {
            _ = &mut *stop => {
                // Released (another shortcut, or quitting): the desktop frees the keys.
                if let Err(e) = session.close().await {
                    tracing::info!("the desktop portal did not close the shortcut session: {e}");
                }
                return Ok(());
            }
            event = activated.next() => match event {
                Some(event) if event.shortcut_id() == SHORTCUT_ID => {
                    news(ShortcutNews::Activated);
                }
                Some(_) => {}
                None => return Err(ShortcutError::Gone),
            },
            event = changed.next() => match event {
                Some(event) => {
                    if let Some(s) = event.shortcuts().iter().find(|s| s.id() == SHORTCUT_ID) {
                        news(ShortcutNews::Changed(s.trigger_description().to_string(), Via::Portal));
                    }
                }
                None => return Err(ShortcutError::Gone),
            },
        }
    }
}

use crate::app::messages::Appearance;

fn dark(scheme: ashpd::desktop::settings::ColorScheme) -> Option<bool> {
    use ashpd::desktop::settings::ColorScheme;
    match scheme {
        ColorScheme::PreferDark => Some(true),
        ColorScheme::PreferLight => Some(false),
        ColorScheme::NoPreference => None,
    }
}

/// Reads the desktop's appearance, then reports each change, for as long as
/// the runtime runs. No portal: one report that nothing is known (so that
/// the first frame waits no longer).
pub fn follow_appearance(
    runtime: &tokio::runtime::Handle,
    news: impl Fn(Appearance) + Send + Sync + 'static,
) {
    runtime.spawn(async move {
        if let Err(e) = run_appearance(&news).await {
            tracing::info!("the desktop's light/dark preference is not available: {e}");
        }
    });
}

async fn run_appearance(news: &(impl Fn(Appearance) + Send + Sync)) -> Result<(), ashpd::Error> {
    use ashpd::desktop::settings::Settings;
    if !portal_running().await {
        // D-Bus starts it for the read below, which takes a while (its
        // backends start too): the window does not wait for that.
        news(Appearance::default());
    }
    let settings = match Settings::new().await {
        Ok(settings) => settings,
        Err(e) => {
            news(Appearance::default());
            return Err(e);
        }
    };
    let (scheme, scale) = tokio::join!(settings.color_scheme(), text_scale(&settings));
    // A refusal here once went unnoticed (the portal refused every call):
    // say it, since the window then cannot follow the desktop.
    let scheme = scheme
        .inspect(|scheme| tracing::info!("the desktop portal says color-scheme {scheme:?}"))
        .inspect_err(|e| tracing::info!("the desktop portal did not say light or dark: {e}"))
        .ok();
    let mut now = Appearance {
        dark: scheme.and_then(dark),
        text_scale: scale,
    };
    news(now);
    let mut schemes = settings.receive_color_scheme_changed().await?;
    let mut all = settings.receive_setting_changed().await?;
    loop {
        tokio::select! {
            scheme = schemes.next() => match scheme {
                Some(scheme) => now.dark = dark(scheme),
                None => return Ok(()),
            },
            setting = all.next() => match setting {
                Some(s) if s.namespace() == GNOME_INTERFACE && s.key() == TEXT_SCALING => {
                    now.text_scale = text_scale(&settings).await;
                }
                Some(_) => continue,
                None => return Ok(()),
            },
        }
        news(now);
    }
}

/// Whether the desktop portal runs already (a desktop session starts it;
/// without one, a read starts it).
async fn portal_running() -> bool {
    let Ok(conn) = zbus::Connection::session().await else {
        return false;
    };
    let Ok(bus) = zbus::fdo::DBusProxy::new(&conn).await else {
        return false;
    };
    let name =
        zbus::names::WellKnownName::from_static_str_unchecked("org.freedesktop.portal.Desktop");
    bus.name_has_owner(name.into()).await.unwrap_or(false)
}

const GNOME_INTERFACE: &str = "org.gnome.desktop.interface";
const TEXT_SCALING: &str = "text-scaling-factor";

async fn text_scale(settings: &ashpd::desktop::settings::Settings) -> Option<f32> {
    let factor = settings
        .read::<f64>(GNOME_INTERFACE, TEXT_SCALING)
        .await
        .ok()?;
    // Out of any sane range (a broken setting): ignore it.
    (0.5..=3.0).contains(&factor).then_some(factor as f32)
}
