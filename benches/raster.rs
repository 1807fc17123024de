//! The CPU painter: one full 640x480 frame of a window like skydial's (a tab
//! bar, three call rows with buttons, a text field, a status line), first
//! with the font atlas upload (the first frame), then steady state (a
//! repaint, e.g. a ticking call duration). Run with `cargo bench --bench raster`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use criterion::{Criterion, criterion_group, criterion_main};
use skydial::app::raster::Raster;

const W: usize = 640;
const H: usize = 480;

fn frame(ctx: &egui::Context, text: &mut String) -> egui::FullOutput {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(W as f32, H as f32),
        )),
        ..Default::default()
    };
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

criterion_group!(benches, bench);
criterion_main!(benches);
