//! Damage tracking's tests: a damaged repaint equals a full paint, pixel for
//! pixel; the diff is a shortest edit script; damage stays a few rectangles.

use super::clip::Clip;
use super::damage::MAX_EDITS;
use super::damage::merge_rect;
use super::diff::diff;
use super::painting_tests::{BLACK, H, W, at, prim, texture, textured_quad};
use super::*;
use egui::epaint::{ImageDelta, Mesh};
use egui::{ColorImage, Pos2, Rect, TextureFilter, TexturesDelta, pos2, vec2};

// --- Damage tracking: a damaged repaint must equal a full paint, pixel for pixel. ---

/// A repaint of `prims` into `buf` (holding an earlier frame, or not, per `age`) with
/// damage tracking, checked against a full paint of the same frame; and every pixel
/// that changed since `before` (the frame the buffer held) must be in what was
/// reported repainted, or presenting only that would leave it stale on screen.
#[expect(clippy::too_many_arguments)]
fn damaged_matches_full(
    raster: &mut Raster,
    buf: &mut [u32],
    w: usize,
    h: usize,
    ppp: f32,
    prims: &[ClippedPrimitive],
    age: u8,
    what: &str,
) -> Repainted {
    let before = buf.to_vec();
    let repainted = raster.paint_damaged(buf, w, h, ppp, BLACK, prims, age);
    let mut full = vec![0x00ab_cdef_u32; w * h];
    raster.paint(&mut full, w, h, ppp, BLACK, prims);
    if let Some(i) = (0..w * h).find(|&i| buf[i] != full[i]) {
        panic!(
            "{what}: pixel ({}, {}) is {:06x} after the damaged repaint, {:06x} after a full one ({repainted:?})",
            i % w,
            i / w,
            buf[i],
            full[i]
        );
    }
    if let Repainted::Rects(rects) = &repainted {
        let inside = |x: usize, y: usize| {
            rects
                .iter()
                .any(|r| x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height)
        };
        for i in 0..w * h {
            if age > 0 && before[i] != full[i] {
                assert!(
                    inside(i % w, i / w),
                    "{what}: changed pixel ({}, {}) not presented",
                    i % w,
                    i / w
                );
            }
        }
        assert!(rects.len() <= MAX_DAMAGE_RECTS);
    }
    repainted
}

fn repainted_area(r: &Repainted, w: usize, h: usize) -> usize {
    match r {
        Repainted::All => w * h,
        Repainted::Rects(rects) => rects.iter().map(|r| r.width * r.height).sum(),
    }
}

/// A screen like the window's Calls screen: a call's duration, a marker that moves,
/// a badge only frame A has.
fn calls_screen(
    ctx: &egui::Context,
    size: egui::Vec2,
    ppp: f32,
    duration: &str,
    marker_x: f32,
    badge: bool,
) -> egui::FullOutput {
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(ppp);
    ctx.run_ui(input, |ui| {
        egui::Panel::top("tabs").show(ui, |ui| {
            ui.horizontal(|ui| {
                for tab in ["Calls (1)", "Dial", "History"] {
                    let _ = ui.selectable_label(tab == "Calls (1)", tab);
                }
            });
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label("Connected as (646) 555-1000");
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::Grid::new("calls")
                .num_columns(4)
                .striped(true)
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.strong("Ada Lovelace");
                        ui.label("(212) 555-0100");
                    });
                    ui.label("Connected");
                    ui.monospace(duration);
                    ui.horizontal(|ui| {
                        let _ = ui.button("Hold");
                        let _ = ui.button("Hang up");
                    });
                    ui.end_row();
                });
            let painter = ui.painter();
            painter.circle_filled(pos2(marker_x, 120.0), 6.0, Color32::from_rgb(200, 80, 40));
            if badge {
                painter.rect_filled(
                    Rect::from_min_size(pos2(150.0, 150.0), vec2(30.0, 14.0)),
                    4.0,
                    Color32::from_rgba_premultiplied(0, 90, 0, 160),
                );
            }
            ui.label("Will dial 16465551234");
        });
    })
}

fn egui_frame(
    ctx: &egui::Context,
    raster: &mut Raster,
    size: egui::Vec2,
    ppp: f32,
    duration: &str,
    marker_x: f32,
    badge: bool,
) -> Vec<ClippedPrimitive> {
    let mut out = calls_screen(ctx, size, ppp, duration, marker_x, badge);
    raster.set_textures(&mut out.textures_delta);
    raster.free_textures(&mut out.textures_delta);
    ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point)
}

#[test]
fn a_ticking_label_and_a_moved_and_a_removed_shape_repaint_as_a_full_paint() {
    for ppp in [1.0, 2.0, 1.5] {
        let size = vec2(400.0, 240.0);
        let (w, h) = ((400.0 * ppp) as usize, (240.0 * ppp) as usize);
        let ctx = egui::Context::default();
        let mut raster = Raster::default();
        // Warm up: layout settles and every glyph is in the font atlas.
        for d in ["0:41", "0:42", "0:43", "0:41"] {
            egui_frame(&ctx, &mut raster, size, ppp, d, 60.0, true);
        }
        let a = egui_frame(&ctx, &mut raster, size, ppp, "0:41", 60.0, true);
        let mut buf = vec![0x0012_3456_u32; w * h];
        let r = damaged_matches_full(
            &mut raster,
            &mut buf,
            w,
            h,
            ppp,
            &a,
            0,
            "frame A, unknown buffer",
        );
        assert_eq!(r, Repainted::All);

        // B: the label ticks, nothing else.
        let b = egui_frame(&ctx, &mut raster, size, ppp, "0:42", 60.0, true);
        let r = damaged_matches_full(&mut raster, &mut buf, w, h, ppp, &b, 1, "the tick");
        let area = repainted_area(&r, w, h);
        assert!(
            matches!(r, Repainted::Rects(ref v) if v.len() == 1),
            "{r:?}"
        );
        assert!(
            area * 100 < w * h,
            "the tick repainted {area} of {} pixels: {r:?}",
            w * h
        );

        // C: also the marker moves and the badge goes.
        let c = egui_frame(&ctx, &mut raster, size, ppp, "0:43", 90.0, false);
        let r = damaged_matches_full(
            &mut raster,
            &mut buf,
            w,
            h,
            ppp,
            &c,
            1,
            "tick, move, removal",
        );
        let area = repainted_area(&r, w, h);
        assert!(
            matches!(r, Repainted::Rects(ref v) if !v.is_empty()),
            "{r:?}"
        );
        assert!(
            area * 10 < w * h,
            "repainted {area} of {} pixels: {r:?}",
            w * h
        );

        // The same frame again: nothing to repaint.
        let again = egui_frame(&ctx, &mut raster, size, ppp, "0:43", 90.0, false);
        let r = damaged_matches_full(&mut raster, &mut buf, w, h, ppp, &again, 1, "unchanged");
        assert_eq!(r, Repainted::Rects(Vec::new()));

        // A buffer of unknown contents, or another scale: everything.
        let r = damaged_matches_full(&mut raster, &mut buf, w, h, ppp, &again, 0, "age 0");
        assert_eq!(r, Repainted::All);
        let mut other = vec![0; w * h];
        let r = raster.paint_damaged(&mut other, w, h, ppp * 0.5, BLACK, &again, 1);
        assert_eq!(r, Repainted::All);
    }
}

/// The invariant damage tracking rests on: a pixel comes out the same whatever
/// rectangle the repaint is clipped to (gradients and bilinear texels included, where
/// a colour stepped along a run would depend on where the run starts).
#[test]
fn a_pixel_does_not_depend_on_the_rectangle_repainted() {
    let (w, h) = (1500, 6);
    let mut raster = Raster::default();
    let id = TextureId::Managed(0);
    let texels = (0..256)
        .map(|i| Color32::from_rgba_premultiplied(i as u8, (i * 7) as u8, 255 - i as u8, 255))
        .collect();
    texture(
        &mut raster,
        id,
        ColorImage::new([256, 1], texels),
        TextureFilter::Linear,
    );
    let mut gradient = Mesh::default();
    for (pos, color) in [
        (pos2(-3.3, -0.7), Color32::from_rgb(3, 250, 17)),
        (pos2(1503.1, 0.2), Color32::from_rgb(251, 2, 130)),
        (
            pos2(700.7, 6.9),
            Color32::from_rgba_premultiplied(40, 60, 80, 128),
        ),
    ] {
        gradient.colored_vertex(pos, color);
    }
    gradient.add_triangle(0, 1, 2);
    let mut textured = Mesh::with_texture(id);
    textured.add_rect_with_uv(
        Rect::from_min_max(pos2(0.37, 1.1), pos2(1499.3, 5.2)),
        Rect::from_min_max(pos2(0.013, 0.0), pos2(0.991, 1.0)),
        Color32::from_rgba_premultiplied(200, 190, 180, 200),
    );
    let prims = [prim(gradient), prim(textured)];
    let mut full = vec![0; w * h];
    raster.paint(&mut full, w, h, 1.0, BLACK, &prims);
    let mut items = Vec::new();
    build_items(&prims, 1.0, w, h, &mut items);
    let mut rng = Rng(5);
    for _ in 0..300 {
        let mut buf = full.clone();
        let x0 = rng.below(w - 1);
        let rect = Clip {
            x0,
            y0: 0,
            x1: x0 + 1 + rng.below(w - x0 - 1),
            y1: h,
        };
        raster.paint_rect(&mut buf, w, h, 1.0, BLACK, &prims, &items, rect);
        if let Some(i) = (0..w * h).find(|&i| buf[i] != full[i]) {
            panic!(
                "pixel ({}, {}) repainted in {rect:?}: {:06x}, not {:06x}",
                i % w,
                i / w,
                buf[i],
                full[i]
            );
        }
    }
}

#[test]
fn new_texels_repaint_everything() {
    let mut raster = Raster::default();
    let id = TextureId::Managed(0);
    texture(
        &mut raster,
        id,
        ColorImage::new([2, 1], vec![Color32::RED, Color32::BLUE]),
        TextureFilter::Nearest,
    );
    let frame = [prim(textured_quad(id))];
    let mut buf = vec![0; W * H];
    damaged_matches_full(&mut raster, &mut buf, W, H, 1.0, &frame, 0, "first");
    let r = damaged_matches_full(&mut raster, &mut buf, W, H, 1.0, &frame, 1, "same");
    assert_eq!(r, Repainted::Rects(Vec::new()));
    let mut delta = TexturesDelta::default();
    delta.push(
        id,
        ImageDelta::partial(
            [1, 0],
            ColorImage::new([1, 1], vec![Color32::GREEN]),
            TextureOptions::NEAREST,
        ),
    );
    raster.set_textures(&mut delta);
    let r = damaged_matches_full(
        &mut raster,
        &mut buf,
        W,
        H,
        1.0,
        &frame,
        1,
        "patched texture",
    );
    assert_eq!(r, Repainted::All);
    assert_eq!(at(&buf, W - 2, 1), 0x00ff00);
}

/// A tiny xorshift generator: reproducible random frames.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn f(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (self.next() >> 40) as f32 / (1u64 << 24) as f32 * (hi - lo)
    }
    fn color(&mut self) -> Color32 {
        let a = [255, 255, 128, 40, 0][self.below(5)] as u8;
        let c = |r: &mut Self| (r.below(256) as u8).min(a);
        Color32::from_rgba_premultiplied(c(self), c(self), c(self), a)
    }
}

/// A shape as egui hands it to its tessellator: a clip rectangle, a texture, a mesh.
#[derive(Clone)]
struct Shape {
    clip: usize,
    mesh: Mesh,
}

const CLIPS: [Rect; 3] = [
    Rect::EVERYTHING,
    Rect {
        min: Pos2 { x: 3.0, y: 2.0 },
        max: Pos2 { x: 30.0, y: 20.0 },
    },
    Rect {
        min: Pos2 { x: 10.5, y: 6.25 },
        max: Pos2 { x: 22.0, y: 31.0 },
    },
];
const FW: f32 = 40.0;
const FH: f32 = 32.0;
const TEX: TextureId = TextureId::Managed(0);

fn random_shape(rng: &mut Rng) -> Shape {
    let mut mesh = Mesh::with_texture(TEX);
    let kind = rng.below(5);
    let corner = |rng: &mut Rng| pos2(rng.f(-4.0, FW + 4.0), rng.f(-4.0, FH + 4.0));
    match kind {
        0 => {
            // A filled rectangle (possibly translucent), like a panel or button.
            let min = corner(rng);
            let rect = Rect::from_min_size(min, vec2(rng.f(0.5, 20.0), rng.f(0.5, 12.0)));
            mesh.add_colored_rect(rect, rng.color());
        }
        1 => {
            // A feathered triangle: opaque inside, transparent outer vertices.
            let c = rng.color();
            for _ in 0..3 {
                let p = corner(rng);
                mesh.colored_vertex(p, c);
            }
            mesh.add_triangle(0, 1, 2);
        }
        2 => {
            // A gradient quad (interpolated colours).
            let (p, q) = (corner(rng), corner(rng));
            for (pos, color) in [
                (p, rng.color()),
                (pos2(q.x, p.y), rng.color()),
                (q, rng.color()),
                (pos2(p.x, q.y), rng.color()),
            ] {
                mesh.colored_vertex(pos, color);
            }
            mesh.add_triangle(0, 1, 2);
            mesh.add_triangle(0, 2, 3);
        }
        _ => {
            // A glyph-like textured quad, or a few of them.
            for _ in 0..1 + rng.below(3) {
                let min = corner(rng);
                let uv_min = pos2(rng.f(0.0, 0.9), rng.f(0.0, 0.9));
                mesh.add_rect_with_uv(
                    Rect::from_min_size(min, vec2(rng.f(1.0, 6.0), rng.f(1.0, 8.0))),
                    Rect::from_min_size(uv_min, vec2(0.1, 0.1)),
                    rng.color(),
                );
            }
        }
    }
    Shape {
        clip: if rng.below(3) == 0 {
            rng.below(CLIPS.len())
        } else {
            0
        },
        mesh,
    }
}

/// Consecutive shapes with the same clip rectangle share a mesh, as in egui.
fn tessellate(shapes: &[Shape]) -> Vec<ClippedPrimitive> {
    let mut out: Vec<ClippedPrimitive> = Vec::new();
    for shape in shapes {
        let clip_rect = CLIPS[shape.clip];
        match out.last_mut() {
            Some(ClippedPrimitive {
                clip_rect: c,
                primitive: Primitive::Mesh(mesh),
            }) if *c == clip_rect => {
                mesh.append(shape.mesh.clone());
            }
            _ => out.push(ClippedPrimitive {
                clip_rect,
                primitive: Primitive::Mesh(shape.mesh.clone()),
            }),
        }
    }
    out
}

fn mutate(rng: &mut Rng, shapes: &mut Vec<Shape>) {
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(shapes.len().max(1));
        match rng.below(7) {
            0 if !shapes.is_empty() => {
                shapes.remove(i);
            }
            1 => shapes.insert(i.min(shapes.len()), random_shape(rng)),
            2 if !shapes.is_empty() => {
                // Moved a little (a glyph shifted by a wider digit) or far.
                let d = if rng.below(2) == 0 {
                    vec2(rng.f(-1.0, 1.0), 0.0)
                } else {
                    vec2(rng.f(-20.0, 20.0), rng.f(-10.0, 10.0))
                };
                shapes[i].mesh.translate(d);
            }
            3 if !shapes.is_empty() => {
                let c = rng.color();
                let v = rng.below(shapes[i].mesh.vertices.len());
                shapes[i].mesh.vertices[v].color = c;
            }
            4 if !shapes.is_empty() => shapes[i].clip = rng.below(CLIPS.len()),
            5 if shapes.len() > 1 => {
                let j = (i + 1) % shapes.len();
                shapes.swap(i, j);
            }
            6 if !shapes.is_empty() => {
                // A label's text changed: one glyph's texels.
                let v = &mut shapes[i].mesh.vertices;
                let du = rng.f(-0.2, 0.2);
                for v in v.iter_mut() {
                    v.uv.x = (v.uv.x + du).clamp(0.0, 1.0);
                }
            }
            _ => {} // unchanged
        }
    }
}

fn random_texture(raster: &mut Raster, rng: &mut Rng) {
    let pixels = (0..64).map(|_| rng.color()).collect();
    let filter = if rng.below(2) == 0 {
        TextureFilter::Linear
    } else {
        TextureFilter::Nearest
    };
    texture(raster, TEX, ColorImage::new([8, 8], pixels), filter);
}

#[test]
fn random_frames_repainted_with_damage_equal_full_paints() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut partial = 0;
    for round in 0..400 {
        let mut raster = Raster::default();
        random_texture(&mut raster, &mut rng);
        let ppp = [1.0, 2.0, 1.5, 1.25][rng.below(4)];
        let (w, h) = ((FW * ppp) as usize, (FH * ppp) as usize);
        // One buffer (age 1), or two or three presented in turn (age 2, 3, as on Wayland).
        let buffers = 1 + rng.below(3);
        let mut bufs = vec![vec![0x00ff_00ff_u32; w * h]; buffers];
        let mut ages = vec![0u8; buffers];
        let mut shapes: Vec<Shape> = (0..rng.below(30)).map(|_| random_shape(&mut rng)).collect();
        for step in 0..12 {
            if step > 0 {
                mutate(&mut rng, &mut shapes);
            }
            if rng.below(40) == 0 {
                random_texture(&mut raster, &mut rng); // new texels: everything
            }
            let b = step % buffers;
            let prims = tessellate(&shapes);
            let what = format!("round {round} step {step} (ppp {ppp}, {buffers} buffers)");
            let r =
                damaged_matches_full(&mut raster, &mut bufs[b], w, h, ppp, &prims, ages[b], &what);
            if ages[b] > 0 && matches!(r, Repainted::Rects(_)) {
                partial += 1;
            }
            for age in ages.iter_mut().filter(|a| **a > 0) {
                *age = age.saturating_add(1);
            }
            ages[b] = 1;
        }
    }
    assert!(
        partial > 1000,
        "only {partial} frames were repainted in part"
    );
}

#[test]
fn diff_is_a_shortest_edit_script() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for round in 0..3000 {
        let len_a = rng.below(14);
        let a: Vec<u8> = (0..len_a).map(|_| rng.below(4) as u8).collect();
        let mut b = a.clone();
        for _ in 0..rng.below(5) {
            match rng.below(3) {
                0 if !b.is_empty() => {
                    b.remove(rng.below(b.len()));
                }
                1 => b.insert(rng.below(b.len() + 1), rng.below(4) as u8),
                _ if !b.is_empty() => {
                    let i = rng.below(b.len());
                    b[i] = rng.below(4) as u8;
                }
                _ => {}
            }
        }
        if round % 3 == 0 {
            b = (0..rng.below(14)).map(|_| rng.below(4) as u8).collect();
        }
        let max = if round % 5 == 0 {
            rng.below(6)
        } else {
            MAX_EDITS
        };
        let (removed, inserted) = diff(a.len(), b.len(), |i, j| a[i] == b[j], max);
        // What is kept of each is the same sequence.
        let kept_a: Vec<u8> = (0..a.len())
            .filter(|i| !removed.contains(i))
            .map(|i| a[i])
            .collect();
        let kept_b: Vec<u8> = (0..b.len())
            .filter(|j| !inserted.contains(j))
            .map(|j| b[j])
            .collect();
        assert_eq!(
            kept_a, kept_b,
            "{a:?} -> {b:?}: removed {removed:?}, inserted {inserted:?}"
        );
        // And it is the longest common subsequence, unless the edits ran out.
        let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                lcs[i][j] = if a[i] == b[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let edits = a.len() + b.len() - 2 * lcs[0][0];
        if edits <= max {
            assert_eq!(removed.len() + inserted.len(), edits, "{a:?} -> {b:?}");
        }
    }
}

#[test]
fn damage_rectangles_are_few_and_apart() {
    let mut rng = Rng(77);
    for _ in 0..500 {
        let mut rects = Vec::new();
        let mut inputs = Vec::new();
        for _ in 0..rng.below(40) {
            let (x0, y0) = (rng.below(1000), rng.below(1000));
            let r = Clip {
                x0,
                y0,
                x1: x0 + 1 + rng.below(60),
                y1: y0 + 1 + rng.below(60),
            };
            inputs.push(r);
            merge_rect(&mut rects, r);
        }
        assert!(rects.len() <= MAX_DAMAGE_RECTS);
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.near(*b), "{a:?} and {b:?} should have been merged");
            }
        }
        for r in inputs {
            assert!(
                rects.iter().any(|m| m.union(r) == *m),
                "{r:?} not covered by {rects:?}"
            );
        }
    }
}
