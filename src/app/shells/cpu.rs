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
//!
//! Started hidden, the app runs [`run_windowless`] first: its logic alone,
//! woken by egui's repaint requests, with no window, no event loop and no
//! connection to the display (none of their code runs, none of their memory
//! is taken) until something shows the window.
//!
//! On Wayland a window can be neither hidden, nor unminimised, nor raised in
//! place (see `messages::activation`): there hiding lets the window go
//! (logic runs on without one) and showing a window that does not have the
//! keyboard focus makes it anew, with the latest activation token.

use super::ShellError;
use super::raster::{MAX_TEXTURE_SIDE, Raster};
use crate::app::screens::App;
use egui::{ViewportBuilder, ViewportCommand, ViewportId, ViewportInfo};
use egui_winit::accesskit_winit;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, mpsc};
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

/// Fails at once, with what to do, when there is no display to open a window on.
pub fn check_display() -> Result<(), ShellError> {
    if cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
        && std::env::var_os("WAYLAND_SOCKET").is_none()
    {
        return Err(ShellError::NoDisplay);
    }
    Ok(())
}

/// A window-system error for the user (winit's text carries a source location: dropped).
fn window_error(e: &dyn std::fmt::Display) -> ShellError {
    let text = e.to_string();
    let text = match text.split_once(": ") {
        Some((head, rest)) if head.contains(".rs:") => rest.to_string(),
        _ => text,
    };
    ShellError::Window {
        why: text.trim_end_matches('.').to_string(),
        display: std::env::var("WAYLAND_DISPLAY")
            .or_else(|_| std::env::var("DISPLAY"))
            .unwrap_or_default(),
    }
}

/// Windows: the title bar's icon and the taskbar's (and Alt+Tab's), each
/// drawn for its size from the program's icon resource (packaging/build.rs); egui's
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
pub fn event_loop() -> Result<EventLoop<UserEvent>, ShellError> {
    EventLoop::<UserEvent>::with_user_event()
        .build()
        .map_err(|e| window_error(&e))
}

/// How a windowless run ended.
pub enum Windowless {
    /// The app quit (Quit in the tray) before its window was ever shown.
    Quit,
    /// Something showed the window; these commands came with that (focus,
    /// attention), for the window once it is open.
    Show(Vec<ViewportCommand>),
}

/// One pass of the app's logic with no window: `info` (a Close asked for)
/// in, whether a close was asked for and the commands for the window out.
fn logic_without_window(
    ctx: &egui::Context,
    app: &mut App,
    info: &mut ViewportInfo,
) -> (bool, Vec<ViewportCommand>) {
    let raw = egui::RawInput {
        viewports: std::iter::once((ViewportId::ROOT, info.clone())).collect(),
        ..Default::default()
    };
    let close_requested = raw.viewport().close_requested();
    info.events.clear();
    // Its platform output (a cursor, copied text) needs a window: there is none.
    let output = ctx.run_logic(&raw, |ctx| app.logic(ctx));
    let commands = output
        .viewport_commands
        .get(&ViewportId::ROOT)
        .cloned()
        .unwrap_or_default();
    (close_requested, commands)
}

/// Started hidden: runs the app's logic with no window until something
/// shows it or the app quits. A pass runs when egui asks for a repaint (an
/// engine change, a desk reply, a tray click), as in the window's loop.
pub fn run_windowless(ctx: &egui::Context, app: &mut App) -> Windowless {
    let (wake, woken) = mpsc::channel::<Instant>();
    let wake = Mutex::new(wake);
    ctx.set_request_repaint_callback(move |info| {
        if let Ok(wake) = wake.lock() {
            let _ = wake.send(Instant::now() + info.delay);
        }
    });
    // What the app's logic is told about the window: a Close asked for (Quit).
    let mut info = ViewportInfo::default();
    let mut due = Some(Instant::now());
    loop {
        let now = Instant::now();
        match due {
            Some(t) if t <= now => due = None,
            Some(t) => {
                if let Ok(when) = woken.recv_timeout(t - now) {
                    due = Some(t.min(when));
                }
                continue;
            }
            None => {
                // The context holds the sender: this waits for a repaint request.
                due = Some(woken.recv().unwrap_or(now));
                continue;
            }
        }
        let (close_requested, commands) = logic_without_window(ctx, app, &mut info);
        if close_requested && !commands.contains(&ViewportCommand::CancelClose) {
            return Windowless::Quit;
        }
        if commands.contains(&ViewportCommand::Visible(true)) {
            return Windowless::Show(
                commands
                    .into_iter()
                    .filter(|c| !matches!(c, ViewportCommand::Visible(_)))
                    .collect(),
            );
        }
        if commands.contains(&ViewportCommand::Close) {
            info.events.push(egui::ViewportEvent::Close);
            due = Some(Instant::now());
        }
    }
}

/// Opens the window on `event_loop`, shown, with `shown_with` (what came
/// with the request that showed it), and runs until the app closes it.
/// Errors are for the user.
pub fn run(
    event_loop: &mut EventLoop<UserEvent>,
    ctx: egui::Context,
    app: App,
    viewport: ViewportBuilder,
    shown_with: Vec<ViewportCommand>,
) -> Result<(), ShellError> {
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
        shown_with,
        win: None,
        raster: Raster::default(),
        repaint_at: None,
        error: None,
        presented: false,
        paint_error_logged: false,
        remake: crate::app::messages::activation::wayland(),
        windowless: ViewportInfo::default(),
        focus_check: None,
    };
    let result = event_loop.run_app_on_demand(&mut runner);
    if let Some(e) = runner.error {
        return Err(e);
    }
    result.map_err(|e| ShellError::EventLoop(e.to_string()))
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
    /// Wayland: each paint goes into new buffers (see [`paint`]).
    new_buffers: bool,
    window: Arc<Window>,
}

struct Runner {
    ctx: egui::Context,
    app: App,
    proxy: EventLoopProxy<UserEvent>,
    viewport: ViewportBuilder,
    /// Commands for the window once it is open (see [`Windowless::Show`]).
    shown_with: Vec<ViewportCommand>,
    win: Option<Shown>,
    raster: Raster,
    /// When the next pass is due (None: sleep until an event).
    repaint_at: Option<Instant>,
    error: Option<ShellError>,
    presented: bool,
    paint_error_logged: bool,
    /// Wayland: hiding lets the window go, showing makes it anew.
    remake: bool,
    /// While there is no window (hidden on Wayland): its events (a Close).
    windowless: ViewportInfo,
    /// When to check that a window made with an activation token got the focus.
    focus_check: Option<Instant>,
}

/// How long the desktop may take to focus a window made with a token.
const FOCUS_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

impl Runner {
    fn repaint_now(&mut self) {
        self.repaint_at = Some(Instant::now());
    }

    /// Makes the window, shown, activated with `token` (the compositor
    /// then gives it the focus).
    fn open(
        &mut self,
        event_loop: &ActiveEventLoop,
        token: Option<String>,
    ) -> Result<(), ShellError> {
        // AccessKit's adapter must exist before the window is first shown.
        let hidden = self.viewport.clone().with_visible(false);
        #[cfg_attr(not(target_os = "linux"), expect(unused_mut))]
        let mut attributes = egui_winit::create_winit_window_attributes(&self.ctx, hidden.clone());
        #[cfg(target_os = "linux")]
        if let Some(token) = token {
            use winit::platform::startup_notify::WindowAttributesExtStartupNotify;
            tracing::info!("window: made with the desktop's activation token");
            attributes =
                attributes.with_activation_token(winit::window::ActivationToken::from_raw(token));
        }
        #[cfg(not(target_os = "linux"))]
        let _ = token;
        #[cfg(windows)]
        let attributes = windows_icons(attributes);
        let window = Arc::new(
            event_loop
                .create_window(attributes)
                .map_err(|e| window_error(&e))?,
        );
        egui_winit::apply_viewport_builder_to_window(&self.ctx, &window, &hidden);
        let context = softbuffer::Context::new(window.clone())
            .map_err(|e| ShellError::Draw(e.to_string()))?;
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
        window.set_visible(true);
        egui_winit::process_viewport_commands(
            &self.ctx,
            &mut info,
            std::mem::take(&mut self.shown_with),
            &window,
            &mut Vec::new(),
        );
        self.win = Some(Shown {
            surface: None,
            context,
            state,
            info,
            visible: true,
            exposed: true,
            new_buffers: self.remake,
            window,
        });
        self.repaint_now();
        Ok(())
    }

    /// Wayland: lets the window go (`hide`) or makes it anew.
    fn rewindow(&mut self, event_loop: &ActiveEventLoop, hide: bool) {
        if hide {
            self.let_go();
        } else {
            self.remake(event_loop);
        }
    }

    /// Wayland: lets the window go (the compositor unmaps it); the app's
    /// logic runs on without it until it is shown again.
    fn let_go(&mut self) {
        if let Some(win) = self.win.take() {
            let size = win
                .window
                .inner_size()
                .to_logical::<f32>(win.window.scale_factor());
            self.viewport = self
                .viewport
                .clone()
                .with_inner_size([size.width, size.height]);
        }
        self.raster.release();
        self.windowless = ViewportInfo::default();
    }

    /// Wayland: shows the window by making it anew (the only way to bring
    /// back a minimised one), with the latest activation token.
    fn remake(&mut self, event_loop: &ActiveEventLoop) {
        self.let_go();
        let token = crate::app::messages::activation::take();
        if token.is_none() {
            tracing::info!(
                "window: shown anew without an activation token; the desktop may leave it without the focus"
            );
        } else {
            // Whether the desktop took the token: see `about_to_wait`.
            let check = Instant::now() + FOCUS_WAIT;
            self.focus_check = Some(check);
            self.repaint_at = Some(self.repaint_at.map_or(check, |t| t.min(check)));
        }
        match self.open(event_loop, token) {
            // The painter let go of its atlas: egui sends it whole at the next pass.
            Ok(()) => self.ctx.set_font_providers(Vec::new()),
            Err(e) => {
                tracing::warn!("cannot show the window again: {e}");
                self.error = Some(e);
                event_loop.exit();
            }
        }
    }

    /// The app's logic while there is no window (hidden on Wayland): the
    /// tray, replies, and a request to show the window or to quit.
    fn windowless_pass(&mut self, event_loop: &ActiveEventLoop) {
        let (close_requested, commands) =
            logic_without_window(&self.ctx, &mut self.app, &mut self.windowless);
        if close_requested && !commands.contains(&ViewportCommand::CancelClose) {
            event_loop.exit();
        } else if commands.contains(&ViewportCommand::Close) {
            // Quit from the tray: the next pass sees the close request.
            self.windowless.events.push(egui::ViewportEvent::Close);
            self.repaint_now();
        } else if wants_shown(&commands) {
            self.remake(event_loop);
        }
    }

    /// One egui pass (a full one when visible, the app's logic only when hidden),
    /// its commands, and a paint.
    fn pass(&mut self, event_loop: &ActiveEventLoop) {
        let Self {
            ctx,
            app,
            win: Some(win),
            raster,
            remake,
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
        if *remake && let Some(hide) = remake_for(&commands, win.window.has_focus()) {
            return self.rewindow(event_loop, hide);
        }
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
///
/// Wayland (`new_buffers`): painted into new buffers each time. softbuffer draws into the
/// buffer the compositor gave back last, and waits until it has one; KWin
/// keeps the buffers of a window it does not paint (minimised, covered by
/// another window, on another virtual desktop), so that wait froze the whole
/// UI thread (tray, hotkey, a second start) until the user showed the
/// window again, and neither the keyboard focus nor a frame callback tells
/// reliably when it would. New buffers never wait; the cost is a full
/// repaint (2 to 4 ms for this window) instead of only what changed.
fn paint(
    win: &mut Shown,
    raster: &mut Raster,
    ctx: &egui::Context,
    pixels_per_point: f32,
    primitives: &[egui::ClippedPrimitive],
) -> Result<(), softbuffer::SoftBufferError> {
    let size = win.window.inner_size();
    let (Some(w), Some(h)) = (NonZeroU32::new(size.width), NonZeroU32::new(size.height)) else {
        return Ok(()); // minimised to nothing
    };
    if win.new_buffers {
        win.surface = None;
    }
    let surface = match &mut win.surface {
        Some(surface) => surface,
        None => win
            .surface
            .insert(softbuffer::Surface::new(&win.context, win.window.clone())?),
    };
    surface.resize(w, h)?;
    let mut buffer = surface.buffer_mut()?;
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
    presented
}

impl ApplicationHandler<UserEvent> for Runner {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        // The token handed with what showed the window (a tray click, a
        // second start), else the one this process was started with
        // (launched from the dock).
        let token = crate::app::messages::activation::take()
            .or_else(crate::app::messages::activation::token_from_env);
        if self.win.is_none()
            && !self.presented
            && let Err(e) = self.open(event_loop, token)
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
        if let Some(check) = self.focus_check
            && check <= Instant::now()
        {
            self.focus_check = None;
            if self.win.as_ref().is_some_and(|w| !w.window.has_focus()) {
                tracing::warn!(
                    "window: the desktop refused the activation token: the window is back but without the focus"
                );
            }
        }
        if self.repaint_at.is_some_and(|t| t <= Instant::now()) {
            self.repaint_at = None;
            if self.win.is_some() {
                self.pass(event_loop);
            } else {
                self.windowless_pass(event_loop);
            }
        }
        event_loop.set_control_flow(match self.repaint_at {
            Some(t) => ControlFlow::WaitUntil(t),
            None => ControlFlow::Wait,
        });
    }
}

/// Wayland: whether a pass's `commands` need the window let go (`true`:
/// hidden to the tray) or made anew (`false`: shown while it does not have
/// the focus, so it may be minimised or behind others).
fn remake_for(commands: &[ViewportCommand], focused: bool) -> Option<bool> {
    if commands.contains(&ViewportCommand::Visible(false)) {
        Some(true)
    } else if wants_shown(commands) && !focused {
        Some(false)
    } else {
        None
    }
}

/// Whether `commands` ask to show the window (the tray's Show window, a
/// second start, a link's question, a ring with no notification service).
fn wants_shown(commands: &[ViewportCommand]) -> bool {
    commands.iter().any(|c| {
        matches!(
            c,
            ViewportCommand::Visible(true)
                | ViewportCommand::Focus
                | ViewportCommand::Minimized(false)
        )
    })
}
