//! The CPU painter: one full 640x480 frame of a window like skydial's (a tab
//! bar, three call rows with buttons, a text field, a status line), first
//! with the font atlas upload (the first frame), then steady state (a
//! repaint); and the same window maximised on a 4K screen at 2x (3840x2160
//! pixels), the worst case for a CPU painter.
//!
//! Then the 1 Hz duration tick: a frame like the window's Calls screen with a
//! connected call whose duration goes from 0:41 to 0:42, repainted with damage
//! tracking (only what changed; each iteration ticks, alternating 0:41 and
//! 0:42) next to a full repaint of the same frame, at 3840x2160 (2x) and at
//! 640x480; paint alone, and with the ui pass and tessellation. A summary of
//! the tick figures is printed at the end.
//! Run with `cargo bench --bench raster`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use criterion::{Criterion, criterion_group, criterion_main};
use skydial::app::shells::raster::{Raster, Repainted};
use std::time::{Duration, Instant};

const W: usize = 640;
const H: usize = 480;

fn frame(ctx: &egui::Context, text: &mut String) -> egui::FullOutput {
    frame_sized(ctx, text, W as f32, H as f32, 1.0)
}

fn frame_sized(
    ctx: &egui::Context,
    text: &mut String,
    width: f32,
    height: f32,
    pixels_per_point: f32,
) -> egui::FullOutput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(pixels_per_point);
    ctx.run_ui(input, |ui| {
        egui::Panel::top("tabs").show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in ["Calls (3)", "Dial", "History", "Contacts", "Settings"] {
                    let _ = ui.selectable_label(tab == "Calls (3)", tab);
                }
            });
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label("Connected as (646) 555-1000");
        });
        egui::CentralPanel::default().show(ui, |ui| {
            for (who, state) in [
                ("Ada Lovelace (212) 555-0100", "Ringing 0:04"),
                ("(415) 555-0199", "Connected 12:31"),
                ("Front desk 1234", "Held 1:02"),
            ] {
                ui.horizontal(|ui| {
                    ui.strong(who);
                    ui.label(state);
                    let _ = ui.button("Answer");
                    let _ = ui.button("Hang up");
                });
                ui.separator();
            }
            ui.add(egui::TextEdit::singleline(text).hint_text("Number"));
            ui.label("Will dial 16465551234");
        });
    })
}

fn bench(c: &mut Criterion) {
    let mut buffer = vec![0u32; W * H];
    let mut text = String::from("+1 (646) 555-1234");
    let clear = egui::Color32::from_gray(27);

    c.bench_function(
        "first frame: atlas upload + tessellate + paint 640x480",
        |b| {
            b.iter(|| {
                let ctx = egui::Context::default();
                let mut raster = Raster::default();
                let mut out = frame(&ctx, &mut text);
                let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
                raster.set_textures(&mut out.textures_delta);
                raster.paint(&mut buffer, W, H, out.pixels_per_point, clear, &prims);
                raster.free_textures(&mut out.textures_delta);
            })
        },
    );

    let ctx = egui::Context::default();
    let mut raster = Raster::default();
    for _ in 0..3 {
        let mut out = frame(&ctx, &mut text);
        raster.set_textures(&mut out.textures_delta);
        raster.free_textures(&mut out.textures_delta);
    }
    let mut out = frame(&ctx, &mut text);
    raster.set_textures(&mut out.textures_delta);
    let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
    c.bench_function("repaint: paint 640x480", |b| {
        b.iter(|| raster.paint(&mut buffer, W, H, 1.0, clear, &prims))
    });
    c.bench_function("repaint: ui pass + tessellate + paint 640x480", |b| {
        b.iter(|| {
            let mut out = frame(&ctx, &mut text);
            let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
            raster.set_textures(&mut out.textures_delta);
            raster.paint(&mut buffer, W, H, out.pixels_per_point, clear, &prims);
            raster.free_textures(&mut out.textures_delta);
        })
    });
}

fn bench_4k(c: &mut Criterion) {
    let (w, h) = (3840, 2160);
    let mut buffer = vec![0u32; w * h];
    let mut text = String::from("+1 (646) 555-1234");
    let ctx = egui::Context::default();
    let mut raster = Raster::default();
    for _ in 0..3 {
        let mut out = frame_sized(&ctx, &mut text, 1920.0, 1080.0, 2.0);
        raster.set_textures(&mut out.textures_delta);
        raster.free_textures(&mut out.textures_delta);
    }
    let mut out = frame_sized(&ctx, &mut text, 1920.0, 1080.0, 2.0);
    raster.set_textures(&mut out.textures_delta);
    assert_eq!(out.pixels_per_point, 2.0);
    let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
    c.bench_function(
        "repaint: paint 3840x2160 (maximised on a 4K screen at 2x)",
        |b| b.iter(|| raster.paint(&mut buffer, w, h, 2.0, egui::Color32::from_gray(27), &prims)),
    );
}

/// The window's Calls screen (as `ui::calls::calls_ui` lays it out) with one connected call.
fn calls_frame(
    ctx: &egui::Context,
    width: f32,
    height: f32,
    pixels_per_point: f32,
    duration: &str,
) -> egui::FullOutput {
    use egui::{Align, Color32, Layout, RichText};
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(pixels_per_point);
    ctx.run_ui(input, |ui| {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in ["Calls (1)", "Dial", "History (2)", "Contacts", "Settings"] {
                    let _ = ui.selectable_label(tab == "Calls (1)", tab);
                }
            });
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label("Connected as (646) 555-1000");
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let row = egui::vec2(ui.available_width(), 44.0);
                    ui.allocate_ui_with_layout(row, Layout::right_to_left(Align::Center), |ui| {
                        let _ = ui.button("Hang up");
                        let _ = ui.button("Hold");
                        ui.monospace(duration);
                        // The state chip: a pill with its words.
                        let galley = ui.painter().layout_no_wrap(
                            "Connected".into(),
                            egui::FontId::proportional(13.0),
                            Color32::WHITE,
                        );
                        let size = galley.size() + egui::vec2(16.0, 6.0);
                        let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                        ui.painter().rect_filled(
                            rect,
                            size.y / 2.0,
                            Color32::from_rgb(0x1f, 0x8a, 0x70),
                        );
                        ui.painter().galley(
                            rect.center() - galley.size() / 2.0,
                            galley,
                            Color32::WHITE,
                        );
                        ui.with_layout(Layout::top_down(Align::Min), |ui| {
                            ui.add(
                                egui::Label::new(RichText::new("Ada Lovelace").size(18.0).strong())
                                    .truncate(),
                            );
                            ui.add(
                                egui::Label::new(
                                    RichText::new("(212) 555-0100 · to (646) 555-1000 · incoming")
                                        .small(),
                                )
                                .truncate(),
                            );
                        });
                    });
                });
                ui.add_space(4.0);
            });
        });
    })
}

/// One tick: the ui pass and tessellation of the Calls screen showing `duration`.
fn tick_prims(
    ctx: &egui::Context,
    raster: &mut Raster,
    size: (usize, usize),
    ppp: f32,
    duration: &str,
) -> Vec<egui::ClippedPrimitive> {
    let (w, h) = (size.0 as f32 / ppp, size.1 as f32 / ppp);
    let mut out = calls_frame(ctx, w, h, ppp, duration);
    raster.set_textures(&mut out.textures_delta);
    raster.free_textures(&mut out.textures_delta);
    ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point)
}

const CLEAR: egui::Color32 = egui::Color32::from_gray(27);
const TICK: [&str; 2] = ["0:41", "0:42"];

/// The tick at `size` (pixels) and `ppp`: full and damaged repaints, paint alone and
/// with the ui pass and tessellation.
fn bench_tick(c: &mut Criterion, size: (usize, usize), ppp: f32, name: &str) {
    let (w, h) = size;
    let mut buffer = vec![0u32; w * h];
    let ctx = egui::Context::default();
    let mut raster = Raster::default();
    for i in 0..6 {
        tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]); // layout and font atlas settle
    }
    let frames = TICK.map(|d| tick_prims(&ctx, &mut raster, size, ppp, d));
    raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &frames[0], 0);
    let tick = raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &frames[1], 1);
    let Repainted::Rects(rects) = &tick else {
        panic!("the tick repainted everything");
    };
    assert!(!rects.is_empty(), "the tick changed nothing");
    let area: usize = rects.iter().map(|r| r.width * r.height).sum();
    println!("{name}: the tick repaints {area} pixels in {rects:?}");

    c.bench_function(&format!("tick {name}: full paint"), |b| {
        b.iter(|| raster.paint(&mut buffer, w, h, ppp, CLEAR, &frames[1]))
    });
    let mut i = 0;
    c.bench_function(&format!("tick {name}: damaged paint"), |b| {
        b.iter(|| {
            i += 1;
            raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &frames[i % 2], 1)
        })
    });
    c.bench_function(
        &format!("tick {name}: ui pass + tessellate + full paint"),
        |b| {
            b.iter(|| {
                i += 1;
                let prims = tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]);
                raster.paint(&mut buffer, w, h, ppp, CLEAR, &prims);
            })
        },
    );
    raster.forget_frame();
    c.bench_function(
        &format!("tick {name}: ui pass + tessellate + damaged paint"),
        |b| {
            b.iter(|| {
                i += 1;
                let prims = tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]);
                raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &prims, 1)
            })
        },
    );
}

fn bench_ticks(c: &mut Criterion) {
    bench_tick(c, (3840, 2160), 2.0, "3840x2160 2x");
    bench_tick(c, (640, 480), 1.0, "640x480");
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// The tick's figures side by side (medians, measured here again).
fn summary(_: &mut Criterion) {
    println!();
    println!("The 1 Hz duration tick (0:41 -> 0:42), median per frame:");
    println!(
        "{:<14} {:>12} {:>14} {:>22} {:>24}",
        "", "full paint", "damaged paint", "ui+tess+full paint", "ui+tess+damaged paint"
    );
    for (size, ppp, name) in [
        ((3840, 2160), 2.0, "3840x2160 2x"),
        ((640, 480), 1.0, "640x480"),
    ] {
        let (w, h) = size;
        let mut buffer = vec![0u32; w * h];
        let ctx = egui::Context::default();
        let mut raster = Raster::default();
        for i in 0..6 {
            tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]);
        }
        let frames = TICK.map(|d| tick_prims(&ctx, &mut raster, size, ppp, d));
        let runs = 101;
        let full = median(runs, || {
            raster.paint(&mut buffer, w, h, ppp, CLEAR, &frames[1])
        });
        raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &frames[1], 0);
        let mut i = 0;
        let damaged = median(runs, || {
            i += 1;
            raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &frames[i % 2], 1);
        });
        let ui_full = median(runs, || {
            i += 1;
            let prims = tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]);
            raster.paint(&mut buffer, w, h, ppp, CLEAR, &prims);
        });
        raster.forget_frame();
        let ui_damaged = median(runs, || {
            i += 1;
            let prims = tick_prims(&ctx, &mut raster, size, ppp, TICK[i % 2]);
            raster.paint_damaged(&mut buffer, w, h, ppp, CLEAR, &prims, 1);
        });
        let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1e3);
        println!(
            "{:<14} {:>12} {:>14} {:>22} {:>24}",
            name,
            ms(full),
            ms(damaged),
            ms(ui_full),
            ms(ui_damaged)
        );
    }
}

criterion_group!(benches, bench, bench_4k, bench_ticks, summary);
criterion_main!(benches);
