//! The CPU painter: one full 640x480 frame of a window like skydial's (a tab
//! bar, three call rows with buttons, a text field, a status line), first
//! with the font atlas upload (the first frame), then steady state (a
//! repaint, e.g. a ticking call duration); and the same window maximised on a
//! 4K screen at 2x (3840x2160 pixels), the worst case for a CPU painter.
//! Run with `cargo bench --bench raster`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use criterion::{Criterion, criterion_group, criterion_main};
use skydial::app::raster::Raster;

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

criterion_group!(benches, bench, bench_4k);
criterion_main!(benches);
