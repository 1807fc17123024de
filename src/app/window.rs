//! The native window: winit for the window and its events, egui-winit for
//! input, AccessKit and the clipboard, [`super::raster`] to draw egui's
//! meshes on the CPU and softbuffer to put the pixels on screen.
//!
//! No OpenGL: a GL context (even an idle one) loads the system's GL driver,
//! which under a software GL is Mesa llvmpipe with its LLVM, about 43 MB of
//! resident memory for a window that is mostly flat panels and text.
//!
//! The loop sleeps until something happens: a window event, a repaint egui
//! asked for (from any thread, through the event loop proxy), or an AccessKit
//! request. A hidden window runs only the app's logic (tray, replies, close
//! handling), never a ui pass or a paint.

use super::raster::{MAX_TEXTURE_SIDE, Raster};
use super::ui::App;
use egui::{ViewportBuilder, ViewportCommand, ViewportId, ViewportInfo};
use egui_winit::accesskit_winit;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop, EventLoopProxy};
use winit::platform::run_on_demand::EventLoopExtRunOnDemand;
use winit::window::{Window, WindowId};

/// Wake-ups from other threads: eframe's event type, because the two shells
/// share one event loop (winit allows one per process), so that the CPU shell
/// can take over when the GPU shell cannot start.
pub use eframe::UserEvent;

const NO_DISPLAY: &str = "cannot open the window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start skydial from your desktop session, or use its command line (skydial --help).";

/// Fails at once, with what to do, when there is no display to open a window on.
pub fn check_display() -> Result<(), String> {
    if cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
        && std::env::var_os("WAYLAND_SOCKET").is_none()
    {
        return Err(NO_DISPLAY.into());
    }
    Ok(())
}

/// A window-system error for the user (winit's text carries a source location: dropped).
fn window_error(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    let text = match text.split_once(": ") {
        Some((head, rest)) if head.contains(".rs:") => rest.to_string(),
        _ => text,
    };
    let text = text.trim_end_matches('.');
    format!(
        "cannot open the window: {text}. Is the display ({}) reachable from this session?",
        std::env::var("WAYLAND_DISPLAY")
            .or_else(|_| std::env::var("DISPLAY"))
            .unwrap_or_default()
    )
}

/// Windows: the title bar's icon and the taskbar's (and Alt+Tab's), each
/// drawn for its size from the program's icon resource (build.rs); egui's
/// icon would only set the title bar's. Without the resource (a test
/// executable) egui's stays.
#[cfg(windows)]
fn windows_icons(attributes: winit::window::WindowAttributes) -> winit::window::WindowAttributes {
    use winit::platform::windows::{IconExtWindows, WindowAttributesExtWindows};
    use winit::window::Icon;
    let small = Icon::from_resource(1, Some(winit::dpi::PhysicalSize::new(16, 16)));
    let big = Icon::from_resource(1, None);
    match (small, big) {
        (Ok(small), Ok(big)) => attributes
            .with_window_icon(Some(small))
            .with_taskbar_icon(Some(big)),
        (Err(e), _) | (_, Err(e)) => {
            tracing::debug!("no icon resource in this program: {e}");
            attributes
        }
    }
}

/// The event loop both shells run on. Errors are for the user.
pub fn event_loop() -> Result<EventLoop<UserEvent>, String> {
    EventLoop::<UserEvent>::with_user_event()
        .build()
        .map_err(|e| window_error(&e))
}

/// Opens the window on `event_loop` and runs until the app closes it. Errors
/// are for the user.
pub fn run(
    event_loop: &mut EventLoop<UserEvent>,
    ctx: egui::Context,
    app: App,
    viewport: ViewportBuilder,
    visible: bool,
) -> Result<(), String> {
    let proxy = event_loop.create_proxy();
    let repaint_proxy = Mutex::new(proxy.clone());
    ctx.set_request_repaint_callback(move |info| {
        let when = Instant::now() + info.delay;
        if let Ok(proxy) = repaint_proxy.lock() {
            let _ = proxy.send_event(UserEvent::RequestRepaint {
                viewport_id: ViewportId::ROOT,
                when,
                cumulative_pass_nr: info.current_cumulative_pass_nr,
            });
        }
    });
    let mut runner = Runner {
        ctx,
        app,
        proxy,
        viewport,
        start_visible: visible,
        win: None,
        raster: Raster::default(),
        repaint_at: None,
        error: None,
        presented: false,
        paint_error_logged: false,
    };
    let result = event_loop.run_app_on_demand(&mut runner);
    if let Some(e) = runner.error {
        return Err(e);
    }
    result.map_err(|e| format!("the window's event loop failed: {e}"))
}

struct Shown {
    // Field order is drop order: the surface goes before its window.
    /// Only while the window is shown: hidden in the tray, its pixels are let go.
    surface: Option<softbuffer::Surface<Arc<Window>, Arc<Window>>>,
    context: softbuffer::Context<Arc<Window>>,
    state: egui_winit::State,
    info: ViewportInfo,
    visible: bool,
    /// The window system asked for a redraw (X11's Expose: what was shown may be lost),
    /// so the next paint presents the whole buffer, not only what changed.
    exposed: bool,
    window: Arc<Window>,
}

struct Runner {
    ctx: egui::Context,
    app: App,
    proxy: EventLoopProxy<UserEvent>,
    viewport: ViewportBuilder,
    start_visible: bool,
    win: Option<Shown>,
    raster: Raster,
    /// When the next pass is due (None: sleep until an event).
    repaint_at: Option<Instant>,
    error: Option<String>,
    presented: bool,
    paint_error_logged: bool,
}

impl Runner {
    fn repaint_now(&mut self) {
        self.repaint_at = Some(Instant::now());
    }

    fn open(&mut self, event_loop: &ActiveEventLoop) -> Result<(), String> {
        // AccessKit's adapter must exist before the window is first shown.
        let hidden = self.viewport.clone().with_visible(false);
        let attributes = egui_winit::create_winit_window_attributes(&self.ctx, hidden.clone());
        #[cfg(windows)]
        let attributes = windows_icons(attributes);
        let window = Arc::new(
            event_loop
                .create_window(attributes)
                .map_err(|e| window_error(&e))?,
        );
        egui_winit::apply_viewport_builder_to_window(&self.ctx, &window, &hidden);
        let context = softbuffer::Context::new(window.clone())
            .map_err(|e| format!("cannot draw into the window: {e}"))?;
        let mut state = egui_winit::State::new(
            self.ctx.clone(),
            ViewportId::ROOT,
            event_loop,
            Some(window.scale_factor() as f32),
            event_loop.system_theme(),
            Some(MAX_TEXTURE_SIDE),
        );
        state.init_accesskit(event_loop, &window, self.proxy.clone());
        let mut info = ViewportInfo::default();
        egui_winit::update_viewport_info(&mut info, &self.ctx, &window, true);
        if self.start_visible {
            window.set_visible(true);
        }
        self.win = Some(Shown {
            surface: None,
            context,
            state,
            info,
            visible: self.start_visible,
            exposed: true,
            window,
        });
        self.repaint_now();
        Ok(())
    }

    /// One egui pass (a full one when visible, the app's logic only when hidden),
    /// its commands, and a paint.
    fn pass(&mut self, event_loop: &ActiveEventLoop) {
        let Self {
            ctx,
            app,
            win: Some(win),
            raster,
            ..
        } = self
        else {
            return;
        };
        egui_winit::update_viewport_info(&mut win.info, ctx, &win.window, false);
        let mut raw = win.state.take_egui_input(&win.window);
        raw.viewports = std::iter::once((ViewportId::ROOT, win.info.clone())).collect();
        let close_requested = raw.viewport().close_requested();
        win.info.events.clear();

        let (platform_output, commands, painted) = if win.visible {
            let mut output = ctx.run_ui(raw, |ui| {
                app.logic(ui.ctx());
                app.ui(ui);
            });
            let commands = output
                .viewport_output
                .get(&ViewportId::ROOT)
                .map(|v| v.commands.clone())
                .unwrap_or_default();
            let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
            raster.set_textures(&mut output.textures_delta);
            let painted = paint(win, raster, ctx, output.pixels_per_point, &primitives);
            raster.free_textures(&mut output.textures_delta);
            (output.platform_output, commands, Some(painted))
        } else {
            let output = ctx.run_logic(&raw, |ctx| app.logic(ctx));
            let commands = output
                .viewport_commands
                .get(&ViewportId::ROOT)
                .cloned()
                .unwrap_or_default();
            (output.platform_output, commands, None)
        };
        win.state
            .handle_platform_output_with_event_loop(&win.window, event_loop, platform_output);

        let cancelled = commands.contains(&ViewportCommand::CancelClose);
        let was_visible = win.visible;
        for command in &commands {
            if let ViewportCommand::Visible(visible) = command {
                win.visible = *visible;
            }
        }
        if was_visible && !win.visible {
            // Hidden in the tray: let go of what only a shown window needs (its
            // pixels, the painter's copy of the glyph atlas).
            win.surface = None;
            raster.release();
        } else if !was_visible && win.visible && raster.is_empty() {
            // Shown again: egui rebuilds its fonts and sends the whole atlas
            // at the next pass, which paints the window in full.
            ctx.set_font_providers(Vec::new());
        }
        let mut actions = Vec::new();
        egui_winit::process_viewport_commands(
            ctx,
            &mut win.info,
            commands,
            &win.window,
            &mut actions,
        );
        // Clipboard requests (e.g. from a screen reader's menu) become input for the next pass.
        let mut again = !win.info.events.is_empty();
        for action in actions {
            let event = match action {
                egui_winit::ActionRequested::Cut => Some(egui::Event::Cut),
                egui_winit::ActionRequested::Copy => Some(egui::Event::Copy),
                egui_winit::ActionRequested::Paste => {
                    win.state.clipboard_text().map(egui::Event::Paste)
                }
                // Nothing here asks for screenshots or painting while hidden.
                _ => None,
            };
            if let Some(event) = event {
                win.state.egui_input_mut().events.push(event);
                again = true;
            }
        }

        match painted {
            Some(Ok(())) if !self.presented => {
                self.presented = true;
                tracing::info!(ms = super::started_ms(), "first frame");
            }
            Some(Err(e)) if !self.paint_error_logged => {
                self.paint_error_logged = true;
                tracing::warn!("cannot draw the window: {e}");
            }
            _ => {}
        }
        if close_requested && !cancelled {
            event_loop.exit();
        } else if again {
            // A command queued an event (Close from Quit): run it in the next pass.
            self.repaint_now();
        }
    }
}

/// Draws `primitives` into the window's buffer and presents it: only what changed since
/// the frame the buffer holds, unless the window system lost what the window showed.
fn paint(
    win: &mut Shown,
    raster: &mut Raster,
    ctx: &egui::Context,
    pixels_per_point: f32,
    primitives: &[egui::ClippedPrimitive],
) -> Result<(), String> {
    let size = win.window.inner_size();
    let (Some(w), Some(h)) = (NonZeroU32::new(size.width), NonZeroU32::new(size.height)) else {
        return Ok(()); // minimised to nothing
    };
    let surface = match &mut win.surface {
        Some(surface) => surface,
        None => win.surface.insert(
            softbuffer::Surface::new(&win.context, win.window.clone())
                .map_err(|e| e.to_string())?,
        ),
    };
    surface.resize(w, h).map_err(|e| e.to_string())?;
    let mut buffer = surface.buffer_mut().map_err(|e| e.to_string())?;
    let clear = ctx.global_style().visuals.panel_fill;
    let age = buffer.age();
    let repainted = raster.paint_damaged(
        &mut buffer,
        size.width as usize,
        size.height as usize,
        pixels_per_point,
        clear,
        primitives,
        age,
    );
    let exposed = std::mem::take(&mut win.exposed);
    let damage: Option<Vec<softbuffer::Rect>> = match repainted {
        super::raster::Repainted::Rects(rects) if !exposed => rects
            .iter()
            .map(|r| {
                Some(softbuffer::Rect {
                    x: u32::try_from(r.x).ok()?,
                    y: u32::try_from(r.y).ok()?,
                    width: NonZeroU32::new(u32::try_from(r.width).ok()?)?,
                    height: NonZeroU32::new(u32::try_from(r.height).ok()?)?,
                })
            })
            .collect(),
        _ => None,
    };
    let presented = match damage {
        Some(rects) => buffer.present_with_damage(&rects),
        None => buffer.present(),
    };
    if presented.is_err() {
        raster.forget_frame(); // the buffer may not hold what was painted
    }
    presented.map_err(|e| e.to_string())
}

impl ApplicationHandler<UserEvent> for Runner {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.win.is_none()
            && let Err(e) = self.open(event_loop)
        {
            self.error = Some(e);
            event_loop.exit();
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, id: WindowId, event: WindowEvent) {
        let Some(win) = &mut self.win else {
            return;
        };
        if win.window.id() != id {
            return;
        }
        win.exposed |= matches!(event, WindowEvent::RedrawRequested);
        let mut repaint = match &event {
            WindowEvent::CloseRequested => {
                win.info.events.push(egui::ViewportEvent::Close);
                true
            }
            WindowEvent::Destroyed => {
                event_loop.exit();
                false
            }
            WindowEvent::RedrawRequested
            | WindowEvent::Resized(_)
            | WindowEvent::ScaleFactorChanged { .. } => true,
            _ => false,
        };
        repaint |= win.state.on_window_event(&win.window, &event).repaint;
        if repaint {
            self.repaint_now();
        }
    }

    fn user_event(&mut self, _event_loop: &ActiveEventLoop, event: UserEvent) {
        match event {
            UserEvent::RequestRepaint { when, .. } => {
                self.repaint_at = Some(self.repaint_at.map_or(when, |t| t.min(when)));
            }
            UserEvent::AccessKitActionRequest(event) => {
                let Some(win) = &mut self.win else {
                    return;
                };
                match event.window_event {
                    accesskit_winit::WindowEvent::InitialTreeRequested => {
                        self.ctx.enable_accesskit();
                        self.repaint_now();
                    }
                    accesskit_winit::WindowEvent::ActionRequested(request) => {
                        win.state.on_accesskit_action_request(request);
                        self.repaint_now();
                    }
                    accesskit_winit::WindowEvent::AccessibilityDeactivated => {
                        self.ctx.disable_accesskit();
                    }
                }
            }
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        if self.repaint_at.is_some_and(|t| t <= Instant::now()) {
            self.repaint_at = None;
            self.pass(event_loop);
        }
        event_loop.set_control_flow(match self.repaint_at {
            Some(t) => ControlFlow::WaitUntil(t),
            None => ControlFlow::Wait,
        });
    }
}
