//! The GPU shell: eframe with glow (OpenGL) around the same `screens::App` the
//! CPU shell draws. It runs on the event loop the caller owns, so that when
//! it cannot start (no OpenGL, or only a software one under `auto`) the CPU
//! shell can take over on the same loop (winit allows one per process).

use crate::app::screens;
use eframe::UserEvent;
use std::cell::RefCell;
use std::rc::Rc;
use winit::event_loop::EventLoop;
use winit::platform::run_on_demand::EventLoopExtRunOnDemand;

/// How a run of the GPU shell went.
pub enum Outcome<F> {
    /// The window ran and closed.
    Ran,
    /// It did not start; what makes the app is handed back for the CPU shell.
    Unavailable { why: String, make: Box<F> },
}

/// The app in eframe's shell: eframe calls `logic` every pass (also while
/// the window is hidden) and `ui` when it is shown, as the CPU shell does.
struct GpuShell {
    app: screens::App,
    first_frame: bool,
    /// Said that on Wayland this shell cannot bring its window forward.
    told_cannot_show: bool,
}

/// What the GPU shell logs when it was asked to show its window on Wayland
/// (the window says it in the user's language: `window-gpu-cannot-show`).
pub const CANNOT_SHOW: &str = "On Wayland the GPU shell cannot bring its window forward by itself: the desktop was asked to (GNOME says that skydial is ready; click that, or skydial in the dock or the task bar). The CPU shell (--renderer cpu) brings it back itself.";

impl eframe::App for GpuShell {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.app.logic(ctx);
        // eframe keeps its one window: on Wayland it cannot be shown again
        // (see `activation`). The desktop is asked for attention instead.
        if crate::app::messages::activation::take_showing()
            && crate::app::messages::activation::wayland()
        {
            let _ = crate::app::messages::activation::take();
            if !self.told_cannot_show {
                self.told_cannot_show = true;
                tracing::warn!("window: {CANNOT_SHOW}");
                self.app.say(&crate::t!("window-gpu-cannot-show"));
            }
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        if self.first_frame {
            self.first_frame = false;
            tracing::info!(ms = super::started_ms(), "first frame");
        }
    }
}

/// Runs the GPU shell until the window closes; `make` makes the app once
/// the window's egui context exists.
pub fn run<F>(
    event_loop: &mut EventLoop<UserEvent>,
    make: F,
    viewport: egui::ViewportBuilder,
    visible: bool,
) -> Result<Outcome<F>, super::ShellError>
where
    F: FnOnce(&egui::Context) -> screens::App + 'static,
{
    let slot = Rc::new(RefCell::new(Some(make)));
    let refused: Rc<RefCell<Option<String>>> = Rc::default();
    let creator_slot = slot.clone();
    let creator_refused = refused.clone();
    let creator: eframe::AppCreator<'_> = Box::new(move |cc| {
        if cc.gl.is_none() {
            let why = "eframe started without an OpenGL context".to_string();
            *creator_refused.borrow_mut() = Some(why.clone());
            return Err(why.into());
        }
        let make = creator_slot
            .borrow_mut()
            .take()
            .ok_or("the window was already started")?;
        Ok(Box::new(GpuShell {
            app: make(&cc.egui_ctx),
            first_frame: true,
            told_cannot_show: false,
        }))
    });
    let options = eframe::NativeOptions {
        viewport: viewport.with_visible(visible),
        renderer: eframe::Renderer::Glow,
        run_and_return: true,
        ..eframe::NativeOptions::default()
    };
    let mut app = eframe::create_native("skydial", options, creator, event_loop);
    let ran = event_loop.run_app_on_demand(&mut app);
    drop(app);
    // `make` is still here only if the app was never made.
    if let Some(make) = slot.borrow_mut().take() {
        let why = refused
            .borrow_mut()
            .take()
            .or_else(|| ran.err().map(|e| e.to_string()))
            .unwrap_or_else(|| "OpenGL could not be set up".into());
        return Ok(Outcome::Unavailable {
            why,
            make: Box::new(make),
        });
    }
    ran.map(|()| Outcome::Ran)
        .map_err(|e| super::ShellError::EventLoop(e.to_string()))
}
