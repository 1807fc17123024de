//! Which window shell draws the app. Two shells wrap the same `screens::App`:
//!
//! - **GPU**: eframe with glow (OpenGL), the standard egui shell, with
//!   everything eframe does for each platform.
//! - **CPU**: winit with skydial's own CPU painter and softbuffer: no GL
//!   driver in the process, the same over remote desktop, in VDI sessions and
//!   under Xvfb, and small.
//!
//! `auto` picks the GPU shell where a hardware GPU is likely (a DRI render
//! node on Linux; always on Windows and macOS), the session is local and no
//! software OpenGL is forced, and the CPU shell otherwise; the GPU shell also
//! gives way to the CPU shell when it cannot start.

pub mod cpu;
pub mod gpu;
pub mod raster;

use crate::app::screens::App;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the process start (for the first-frame figure in the log).
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// Milliseconds since [`mark_start`].
pub fn started_ms() -> u128 {
    STARTED.get().map(|s| s.elapsed().as_millis()).unwrap_or(0)
}

/// Why the window could not open or run, with what to do (in the user's
/// language; a log line shows it through `i18n::English`).
#[derive(Debug)]
pub enum ShellError {
    NoDisplay,
    Window { why: String, display: String },
    Draw(String),
    EventLoop(String),
}

impl std::fmt::Display for ShellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoDisplay => crate::t!("window-no-display"),
            Self::Window { why, display } => crate::t!(
                "window-cannot-open",
                why = why.as_str(),
                display = display.as_str()
            ),
            Self::Draw(e) => crate::t!("window-cannot-draw", error = e.as_str()),
            Self::EventLoop(e) => crate::t!("window-event-loop-failed", error = e.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ShellError {}

/// Runs the window in the shell `requested` picks: the GPU shell, or the
/// CPU shell, which also takes over when the GPU one cannot start. The log
/// says which runs and why. `make` makes the app once the window's egui
/// context exists.
pub fn run<F>(
    requested: Renderer,
    make: F,
    viewport: egui::ViewportBuilder,
    visible: bool,
) -> Result<(), ShellError>
where
    F: FnOnce(&egui::Context) -> App + 'static,
{
    let mut choice = choose(requested, &Environment::detect());
    if cfg!(windows) && choice.gpu && requested == Renderer::Auto {
        // eframe shows its window after the first paint, which Windows asks
        // for even while the window is hidden; and where OpenGL offers no
        // pixel format, eframe's event loop did not return (seen under Wine),
        // so the CPU shell could not take over. The GPU shell on request.
        choice = Choice {
            gpu: false,
            why: "auto: on Windows the CPU shell (the GPU shell on request: --renderer gpu)".into(),
        };
    }
    let mut event_loop = None;
    let make = if choice.gpu {
        tracing::info!("window: the GPU shell (eframe, OpenGL): {}", choice.why);
        let event_loop = event_loop.insert(cpu::event_loop()?);
        match gpu::run(event_loop, make, viewport.clone(), visible)? {
            gpu::Outcome::Ran => return Ok(()),
            gpu::Outcome::Unavailable { why, make } => {
                tracing::warn!(
                    "window: the GPU shell could not start ({why}); using the CPU shell"
                );
                *make
            }
        }
    } else {
        tracing::info!("window: the CPU shell (no GPU needed): {}", choice.why);
        make
    };
    let ctx = egui::Context::default();
    let mut app = make(&ctx);
    let mut shown_with = Vec::new();
    if !visible {
        // Started hidden: no window and no event loop until something shows it.
        match cpu::run_windowless(&ctx, &mut app) {
            cpu::Windowless::Quit => return Ok(()),
            cpu::Windowless::Show(commands) => shown_with = commands,
        }
    }
    let mut event_loop = match event_loop {
        Some(event_loop) => event_loop,
        None => cpu::event_loop()?,
    };
    cpu::run(&mut event_loop, ctx, app, viewport, shown_with)
}

/// What the user asked for (`--renderer`, `SKYDIAL_RENDERER`, the setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Renderer {
    #[default]
    Auto,
    Cpu,
    Gpu,
}

impl Renderer {
    /// Reads the setting's text (`auto`, `cpu`, `gpu`); anything else is `auto`.
    pub fn from_setting(text: &str) -> Self {
        match text.trim().to_ascii_lowercase().as_str() {
            "cpu" => Self::Cpu,
            "gpu" => Self::Gpu,
            _ => Self::Auto,
        }
    }
}

/// The shell to start with, and why (for the log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub gpu: bool,
    pub why: String,
}

/// What the environment says, read once (tests pass their own).
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// A DRI render node (`/dev/dri/renderD*`) can be opened.
    pub render_node: bool,
    /// The session is remote: SSH with X forwarding, xrdp, a display on another host.
    pub remote: Option<String>,
    /// Not Linux or the BSDs (Windows, macOS): a GPU is assumed.
    pub other_os: bool,
    /// Mesa is told to render in software (`LIBGL_ALWAYS_SOFTWARE`,
    /// `GALLIUM_DRIVER=llvmpipe`...).
    pub software_gl: Option<String>,
    /// A Wayland session, where only the CPU shell can hide its window to
    /// the tray and bring a minimised one back (see `activation`).
    pub wayland: bool,
}

impl Environment {
    pub fn detect() -> Self {
        Self {
            render_node: render_node(Path::new("/dev/dri")),
            remote: remote_session(|k| std::env::var(k).ok()),
            other_os: cfg!(any(target_os = "windows", target_os = "macos")),
            software_gl: software_gl_forced(|k| std::env::var(k).ok()),
            wayland: crate::app::messages::activation::wayland(),
        }
    }
}

fn render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            e.file_name().to_string_lossy().starts_with("renderD")
                && std::fs::File::open(e.path()).is_ok()
        })
    })
}

/// Why OpenGL would be software, if the environment says so.
fn software_gl_forced(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    if var("LIBGL_ALWAYS_SOFTWARE").is_some_and(|v| v != "0" && !v.is_empty()) {
        return Some("LIBGL_ALWAYS_SOFTWARE is set".into());
    }
    for key in ["GALLIUM_DRIVER", "MESA_LOADER_DRIVER_OVERRIDE"] {
        if let Some(v) = var(key).filter(|v| is_software_gl(v)) {
            return Some(format!("{key}={v} (software OpenGL)"));
        }
    }
    None
}

/// Why the session looks remote, if it does.
fn remote_session(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    if var("XRDP_SESSION").is_some() {
        return Some("an xrdp session".into());
    }
    let display = var("DISPLAY").unwrap_or_default();
    let host = display.split(':').next().unwrap_or("");
    if !host.is_empty() && var("WAYLAND_DISPLAY").is_none() {
        return Some(format!("the display {display} is on another host"));
    }
    if var("SSH_CONNECTION").is_some() && var("WAYLAND_DISPLAY").is_none() && !display.is_empty() {
        return Some("an SSH session".into());
    }
    None
}

pub fn choose(requested: Renderer, env: &Environment) -> Choice {
    match requested {
        Renderer::Cpu => Choice {
            gpu: false,
            why: "asked for the CPU renderer".into(),
        },
        Renderer::Gpu => Choice {
            gpu: true,
            why: "asked for the GPU renderer".into(),
        },
        Renderer::Auto => {
            let (gpu, why) = if let Some(remote) = &env.remote {
                (false, format!("auto: {remote}"))
            } else if let Some(software) = &env.software_gl {
                (false, format!("auto: {software}"))
            } else if env.wayland {
                (
                    false,
                    "auto: a Wayland session (only the CPU shell can hide to the tray and bring a minimised window back there)"
                        .into(),
                )
            } else if env.other_os {
                (true, "auto: this system has a GPU driver".into())
            } else if env.render_node {
                (true, "auto: a DRI render node is present".into())
            } else {
                (false, "auto: no DRI render node (no hardware GPU)".into())
            };
            Choice { gpu, why }
        }
    }
}

/// Whether an OpenGL renderer (or Mesa driver) name is a software rasteriser.
pub fn is_software_gl(renderer: &str) -> bool {
    let r = renderer.to_ascii_lowercase();
    [
        "llvmpipe",
        "softpipe",
        "swrast",
        "software rasterizer",
        "swiftshader",
        "gdi generic",
    ]
    .iter()
    .any(|s| r.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(render_node: bool, remote: Option<&str>) -> Environment {
        Environment {
            render_node,
            remote: remote.map(str::to_string),
            ..Environment::default()
        }
    }

    #[test]
    fn auto_takes_the_cpu_shell_on_wayland() {
        let wayland = Environment {
            render_node: true,
            wayland: true,
            ..Environment::default()
        };
        let choice = choose(Renderer::Auto, &wayland);
        assert!(!choice.gpu, "{}", choice.why);
        assert!(choose(Renderer::Gpu, &wayland).gpu, "asked for, it is used");
    }

    #[test]
    fn auto_picks_the_gpu_only_where_one_is_likely() {
        assert!(choose(Renderer::Auto, &env(true, None)).gpu);
        assert!(!choose(Renderer::Auto, &env(false, None)).gpu);
        assert!(!choose(Renderer::Auto, &env(true, Some("an SSH session"))).gpu);
        let other = Environment {
            other_os: true,
            ..Environment::default()
        };
        assert!(choose(Renderer::Auto, &other).gpu);
        let forced = Environment {
            render_node: true,
            software_gl: Some("LIBGL_ALWAYS_SOFTWARE is set".into()),
            ..Environment::default()
        };
        assert!(!choose(Renderer::Auto, &forced).gpu);
        assert!(choose(Renderer::Gpu, &env(false, None)).gpu);
        assert!(!choose(Renderer::Cpu, &env(true, None)).gpu);
    }

    #[test]
    fn remote_sessions_and_software_gl_are_recognised() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(remote_session(vars(&[("DISPLAY", ":0")])).is_none());
        assert!(remote_session(vars(&[("DISPLAY", "localhost:10.0")])).is_some());
        assert!(remote_session(vars(&[("DISPLAY", ":0"), ("XRDP_SESSION", "1")])).is_some());
        assert!(
            remote_session(vars(&[("DISPLAY", ":10"), ("SSH_CONNECTION", "a b c d")])).is_some()
        );
        assert!(
            remote_session(vars(&[
                ("WAYLAND_DISPLAY", "wayland-0"),
                ("SSH_CONNECTION", "x")
            ]))
            .is_none()
        );
        assert!(software_gl_forced(vars(&[("LIBGL_ALWAYS_SOFTWARE", "1")])).is_some());
        assert!(software_gl_forced(vars(&[("GALLIUM_DRIVER", "llvmpipe")])).is_some());
        assert!(software_gl_forced(vars(&[("GALLIUM_DRIVER", "iris")])).is_none());
        assert!(is_software_gl("llvmpipe (LLVM 15.0.6, 256 bits)"));
        assert!(!is_software_gl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
        assert_eq!(Renderer::from_setting("GPU"), Renderer::Gpu);
        assert_eq!(Renderer::from_setting("nonsense"), Renderer::Auto);
    }
}
