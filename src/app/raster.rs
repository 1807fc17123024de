//! A small CPU rasteriser for egui's triangle meshes.
//!
//! skydial's window is a few hundred thousand pixels of flat panels, text and
//! buttons, repainted only when something changes. Drawing it on the CPU into
//! a `softbuffer` surface keeps OpenGL (and with it Mesa's LLVM, 40+ MB of
//! memory under a software GL) out of the process entirely.
//!
//! It draws what egui's glow painter draws: premultiplied-alpha vertex colours
//! times premultiplied texels, blended `src + dst * (1 - src.a)` in gamma
//! space, with egui's feathered edges providing the anti-aliasing. Shared
//! triangle edges are filled once (a consistent tie rule), so translucent
//! quads show no seams. Broken input (an index past the vertices, a NaN
//! position, a texture that was never set) skips that triangle; nothing here
//! can panic on what egui hands it.

use egui::epaint::{ClippedPrimitive, Primitive, Vertex};
use egui::{Color32, Rect, TextureFilter, TextureId, TextureOptions, TextureWrapMode};
use std::collections::HashMap;

/// The largest texture side accepted (egui is told this).
pub const MAX_TEXTURE_SIDE: usize = 8192;

struct Texture {
    width: usize,
    height: usize,
    /// Premultiplied RGBA, row major.
    pixels: Vec<[u8; 4]>,
    options: TextureOptions,
}

/// Textures and the drawing of frames into a `0RGB` pixel buffer (softbuffer's format).
#[derive(Default)]
pub struct Raster {
    textures: HashMap<TextureId, Texture>,
}

impl Raster {
    /// Applies (and takes) texture uploads: call before [`Raster::paint`].
    pub fn set_textures(&mut self, delta: &mut egui::TexturesDelta) {
        let set: Vec<_> = delta.set.drain().collect();
        for (id, image_delta) in set
            .iter()
            .flat_map(|(id, d)| d.iter().map(move |d| (id, d)))
        {
            let egui::ImageData::Color(image) = &image_delta.image;
            let [w, h] = image.size;
            if w > MAX_TEXTURE_SIDE || h > MAX_TEXTURE_SIDE || image.pixels.len() != w * h {
                tracing::warn!(?id, w, h, "texture ignored: bad size");
                continue;
            }
            let pixels = image.pixels.iter().map(|c| c.to_array());
            match image_delta.pos {
                None => {
                    self.textures.insert(
                        *id,
                        Texture {
                            width: w,
                            height: h,
                            pixels: pixels.collect(),
                            options: image_delta.options,
                        },
                    );
                }
                Some([x0, y0]) => {
                    let Some(tex) = self.textures.get_mut(id) else {
                        tracing::warn!(?id, "texture patch for a texture never set");
                        continue;
                    };
                    if x0 + w > tex.width || y0 + h > tex.height {
                        tracing::warn!(?id, "texture patch outside the texture");
                        continue;
                    }
                    tex.options = image_delta.options;
                    for (row, chunk) in image.pixels.chunks(w.max(1)).enumerate() {
                        let start = (y0 + row) * tex.width + x0;
                        for (dst, src) in tex.pixels[start..start + w].iter_mut().zip(chunk) {
                            *dst = src.to_array();
                        }
                    }
                }
            }
        }
    }

    /// Frees (and takes) the textures egui no longer needs: call after [`Raster::paint`].
    pub fn free_textures(&mut self, delta: &mut egui::TexturesDelta) {
        for id in delta.free.drain() {
            self.textures.remove(&id);
        }
    }

    /// How many textures are held (for tests and the log).
    pub fn texture_count(&self) -> usize {
        self.textures.len()
    }

    /// Clears `target` (`width` x `height`, `0RGB`) to `clear` and draws `primitives`,
    /// whose coordinates are in points (`pixels_per_point` pixels each).
    pub fn paint(
        &self,
        target: &mut [u32],
        width: usize,
        height: usize,
        pixels_per_point: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
    ) {
        let Some(len) = width.checked_mul(height) else {
            return;
        };
        if target.len() < len || len == 0 {
            return;
        }
        let target = &mut target[..len];
        target.fill(pack(clear.to_array()));
        let ppp = if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
            pixels_per_point
        } else {
            1.0
        };
        let mut canvas = Canvas {
            pixels: target,
            width,
            height,
        };
        for prim in primitives {
            let Primitive::Mesh(mesh) = &prim.primitive else {
                continue; // paint callbacks need a GPU; skydial draws none
            };
            let Some(clip) = pixel_clip(prim.clip_rect, ppp, width, height) else {
                continue;
            };
            let texture = self.textures.get(&mesh.texture_id);
            for tri in mesh.indices.chunks_exact(3) {
                let (Some(a), Some(b), Some(c)) = (
                    mesh.vertices.get(tri[0] as usize),
                    mesh.vertices.get(tri[1] as usize),
                    mesh.vertices.get(tri[2] as usize),
                ) else {
                    continue;
                };
                canvas.triangle([a, b, c], ppp, clip, texture);
            }
        }
    }
}

/// Pixel bounds `[x0, y0, x1, y1)` of a clip rectangle.
#[derive(Clone, Copy)]
struct Clip {
    x0: usize,
    y0: usize,
    x1: usize,
    y1: usize,
}

fn pixel_clip(rect: Rect, ppp: f32, width: usize, height: usize) -> Option<Clip> {
    let to_px = |v: f32, max: usize| -> usize {
        if v.is_nan() {
            0
        } else {
            (v * ppp).round().clamp(0.0, max as f32) as usize
        }
    };
    let clip = Clip {
        x0: to_px(rect.min.x, width),
        y0: to_px(rect.min.y, height),
        x1: to_px(rect.max.x, width),
        y1: to_px(rect.max.y, height),
    };
    (clip.x0 < clip.x1 && clip.y0 < clip.y1).then_some(clip)
}

struct Canvas<'a> {
    pixels: &'a mut [u32],
    width: usize,
    height: usize,
}

#[derive(Clone, Copy)]
struct P {
    x: f32,
    y: f32,
}

/// Twice the signed area of (a, b, p): positive when p is left of a->b (y down).
#[inline]
fn edge(a: P, b: P, p: P) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

/// Whether points exactly on edge a->b belong to this triangle. Two triangles
/// sharing an edge walk it in opposite directions, so exactly one owns it.
#[inline]
fn owns_edge(a: P, b: P) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    dy > 0.0 || (dy == 0.0 && dx < 0.0)
}

#[inline]
fn inside(w: f32, owned: bool) -> bool {
    w > 0.0 || (w == 0.0 && owned)
}

impl Canvas<'_> {
    fn triangle(&mut self, v: [&Vertex; 3], ppp: f32, clip: Clip, texture: Option<&Texture>) {
        let mut p = v.map(|v| P {
            x: v.pos.x * ppp,
            y: v.pos.y * ppp,
        });
        if p.iter().any(|p| !p.x.is_finite() || !p.y.is_finite()) {
            return;
        }
        let mut v = v;
        let mut area = edge(p[0], p[1], p[2]);
        if area == 0.0 || !area.is_finite() {
            return;
        }
        if area < 0.0 {
            p.swap(1, 2);
            v.swap(1, 2);
            area = -area;
        }
        let min_x = p[0].x.min(p[1].x).min(p[2].x);
        let max_x = p[0].x.max(p[1].x).max(p[2].x);
        let min_y = p[0].y.min(p[1].y).min(p[2].y);
        let max_y = p[0].y.max(p[1].y).max(p[2].y);
        // Pixels whose centre (x + 0.5) may lie inside, within the clip.
        let x0 = ((min_x - 0.5).ceil().max(clip.x0 as f32)) as usize;
        let y0 = ((min_y - 0.5).ceil().max(clip.y0 as f32)) as usize;
        let x1 = ((max_x - 0.5).floor() + 1.0).clamp(0.0, clip.x1.min(self.width) as f32) as usize;
        let y1 = ((max_y - 0.5).floor() + 1.0).clamp(0.0, clip.y1.min(self.height) as f32) as usize;
        if x0 >= x1 || y0 >= y1 {
            return;
        }

        let own = [
            owns_edge(p[1], p[2]),
            owns_edge(p[2], p[0]),
            owns_edge(p[0], p[1]),
        ];
        let colors = v.map(|v| v.color.to_array().map(f32::from));
        let flat_color = v[0].color == v[1].color && v[1].color == v[2].color;
        let uvs = v.map(|v| v.uv);
        let flat_uv = uvs[0] == uvs[1] && uvs[1] == uvs[2];
        // A missing texture draws as white, like egui_glow's fallback.
        let sampler = texture.map(Sampler::new);
        // Untextured shapes (one uv for all corners) need one texel for the whole triangle.
        let flat_texel = match (&sampler, flat_uv) {
            (Some(s), true) => Some(s.sample(uvs[0].x, uvs[0].y)),
            (None, _) => Some([255.0; 4]),
            (Some(_), false) => None,
        };
        // One source colour for the whole triangle: most of the window (fills, rules).
        let flat_src = match (flat_color, flat_texel) {
            (true, Some(texel)) => Some(modulate(colors[0], texel)),
            _ => None,
        };
        if flat_src == Some([0; 4]) {
            return; // fully transparent (egui's feathering edges are often this)
        }
        let inv_area = 1.0 / area;
        let edges = [(p[1], p[2]), (p[2], p[0]), (p[0], p[1])];
        let covered = |x: usize, py: f32| {
            let q = P {
                x: x as f32 + 0.5,
                y: py,
            };
            (0..3).all(|i| inside(edge(edges[i].0, edges[i].1, q), own[i]))
        };

        for y in y0..y1 {
            let py = y as f32 + 0.5;
            // The covered pixels of a row are one run. Estimate its ends from the
            // edge equations (w = k * x + c, with pixel centre x + 0.5), widened,
            // then settle each end with the exact test, so the tie rule holds.
            let (mut lo, mut hi) = (x0 as f32, x1 as f32);
            for (a, b) in edges {
                let k = -(b.y - a.y);
                let c = (b.x - a.x) * (py - a.y) - (b.y - a.y) * (0.5 - a.x);
                if k > 0.0 {
                    lo = lo.max((-c / k).floor() - 1.0);
                } else if k < 0.0 {
                    hi = hi.min((-c / k).ceil() + 2.0);
                } else if c < 0.0 {
                    hi = lo; // a horizontal edge with the row outside it
                }
            }
            if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) {
                continue; // empty, or NaN from extreme coordinates
            }
            let mut xl = (lo.max(x0 as f32) as usize).min(x1);
            let mut xr = (hi.min(x1 as f32) as usize).max(xl);
            while xl < xr && !covered(xl, py) {
                xl += 1;
            }
            while xr > xl && !covered(xr - 1, py) {
                xr -= 1;
            }
            if xl == xr {
                continue;
            }
            let row = &mut self.pixels[y * self.width + xl..y * self.width + xr];
            if let Some(src) = flat_src {
                if src[3] == 255 {
                    row.fill(pack(src));
                } else {
                    for dst in row.iter_mut() {
                        *dst = blend(src, *dst);
                    }
                }
                continue;
            }
            // Barycentric weights at the run's first pixel, then stepped along it.
            let q = P {
                x: xl as f32 + 0.5,
                y: py,
            };
            let mut w = [0, 1, 2].map(|i| edge(edges[i].0, edges[i].1, q) * inv_area);
            let step = [0, 1, 2].map(|i| -(edges[i].1.y - edges[i].0.y) * inv_area);
            for dst in row.iter_mut() {
                let [l0, l1, l2] = w;
                let color = if flat_color {
                    colors[0]
                } else {
                    std::array::from_fn(|i| {
                        l0 * colors[0][i] + l1 * colors[1][i] + l2 * colors[2][i]
                    })
                };
                let texel = match (flat_texel, &sampler) {
                    (Some(t), _) => t,
                    (None, Some(s)) => s.sample(
                        l0 * uvs[0].x + l1 * uvs[1].x + l2 * uvs[2].x,
                        l0 * uvs[0].y + l1 * uvs[1].y + l2 * uvs[2].y,
                    ),
                    (None, None) => [255.0; 4],
                };
                *dst = blend(modulate(color, texel), *dst);
                for i in 0..3 {
                    w[i] += step[i];
                }
            }
        }
    }
}

/// Premultiplied colour times premultiplied texel, both 0..=255.
#[inline]
fn modulate(color: [f32; 4], texel: [f32; 4]) -> [u8; 4] {
    std::array::from_fn(|i| (color[i] * texel[i] / 255.0).round().clamp(0.0, 255.0) as u8)
}

/// `src + dst * (1 - src.a)` on a `0RGB` pixel.
#[inline]
fn blend(src: [u8; 4], dst: u32) -> u32 {
    let a = src[3] as u32;
    if a == 255 {
        return pack(src);
    }
    let inv = 255 - a;
    let d = [(dst >> 16) & 0xff, (dst >> 8) & 0xff, dst & 0xff];
    let mix = |s: u8, d: u32| (s as u32 + (d * inv + 127) / 255).min(255);
    (mix(src[0], d[0]) << 16) | (mix(src[1], d[1]) << 8) | mix(src[2], d[2])
}

#[inline]
fn pack(c: [u8; 4]) -> u32 {
    ((c[0] as u32) << 16) | ((c[1] as u32) << 8) | c[2] as u32
}

struct Sampler<'a> {
    tex: &'a Texture,
    linear: bool,
}

impl<'a> Sampler<'a> {
    fn new(tex: &'a Texture) -> Self {
        Self {
            tex,
            linear: tex.options.magnification == TextureFilter::Linear
                || tex.options.minification == TextureFilter::Linear,
        }
    }

    fn coord(&self, v: i64, size: usize) -> usize {
        let n = size as i64;
        let i = match self.tex.options.wrap_mode {
            TextureWrapMode::ClampToEdge => v.clamp(0, n - 1),
            TextureWrapMode::Repeat => v.rem_euclid(n),
            TextureWrapMode::MirroredRepeat => {
                let m = v.rem_euclid(2 * n);
                if m < n { m } else { 2 * n - 1 - m }
            }
        };
        i as usize
    }

    fn texel(&self, x: i64, y: i64) -> [f32; 4] {
        let (w, h) = (self.tex.width, self.tex.height);
        if w == 0 || h == 0 {
            return [0.0; 4];
        }
        let (x, y) = (self.coord(x, w), self.coord(y, h));
        self.tex
            .pixels
            .get(y * w + x)
            .map_or([0.0; 4], |c| c.map(f32::from))
    }

    /// The texel at normalised (u, v), bilinear or nearest per the texture's options.
    fn sample(&self, u: f32, v: f32) -> [f32; 4] {
        let (u, v) = (
            if u.is_finite() { u } else { 0.0 },
            if v.is_finite() { v } else { 0.0 },
        );
        let fx = u * self.tex.width as f32 - 0.5;
        let fy = v * self.tex.height as f32 - 0.5;
        if !self.linear {
            return self.texel(fx.round() as i64, fy.round() as i64);
        }
        let (x0, y0) = (fx.floor(), fy.floor());
        let (tx, ty) = (fx - x0, fy - y0);
        let (x0, y0) = (x0 as i64, y0 as i64);
        let (a, b) = (self.texel(x0, y0), self.texel(x0 + 1, y0));
        let (c, d) = (self.texel(x0, y0 + 1), self.texel(x0 + 1, y0 + 1));
        std::array::from_fn(|i| {
            let top = a[i] + (b[i] - a[i]) * tx;
            let bottom = c[i] + (d[i] - c[i]) * tx;
            top + (bottom - top) * ty
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::ImageDelta;
    use egui::epaint::Mesh;
    use egui::{ColorImage, Pos2, TexturesDelta, pos2, vec2};

    const W: usize = 16;
    const H: usize = 12;
    const BLACK: Color32 = Color32::BLACK;

    fn draw(raster: &Raster, prims: &[ClippedPrimitive]) -> Vec<u32> {
        let mut buf = vec![0xdead_beef_u32; W * H];
        raster.paint(&mut buf, W, H, 1.0, BLACK, prims);
        buf
    }

    fn rect_mesh(rect: Rect, color: Color32) -> Mesh {
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(rect, color);
        mesh
    }

    fn prim(mesh: Mesh) -> ClippedPrimitive {
        ClippedPrimitive {
            clip_rect: Rect::EVERYTHING,
            primitive: Primitive::Mesh(mesh),
        }
    }

    fn at(buf: &[u32], x: usize, y: usize) -> u32 {
        buf[y * W + x]
    }

    #[test]
    fn clears_and_fills_exactly_the_rectangle() {
        let raster = Raster::default();
        let rect = Rect::from_min_max(pos2(2.0, 3.0), pos2(6.0, 5.0));
        let buf = draw(&raster, &[prim(rect_mesh(rect, Color32::RED))]);
        let red = buf.iter().filter(|&&p| p == 0xff0000).count();
        assert_eq!(red, 4 * 2, "a 4x2 rectangle covers 8 pixels");
        assert_eq!(at(&buf, 2, 3), 0xff0000);
        assert_eq!(at(&buf, 5, 4), 0xff0000);
        assert_eq!(at(&buf, 6, 4), 0, "right edge is exclusive");
        assert_eq!(at(&buf, 1, 3), 0);
        assert!(
            buf.iter().all(|&p| p == 0 || p == 0xff0000),
            "cleared to black"
        );
    }

    #[test]
    fn translucent_quads_have_no_seam_on_the_shared_diagonal() {
        let raster = Raster::default();
        let half = Color32::from_rgba_premultiplied(128, 0, 0, 128);
        let rect = Rect::from_min_max(pos2(0.0, 0.0), pos2(W as f32, H as f32));
        let buf = draw(&raster, &[prim(rect_mesh(rect, half))]);
        let first = buf[0];
        assert_eq!(first, 0x80_00_00, "128 red over black");
        assert!(buf.iter().all(|&p| p == first), "every pixel blended once");
    }

    #[test]
    fn blends_premultiplied_over_what_is_there() {
        let raster = Raster::default();
        let rect = Rect::from_min_max(pos2(0.0, 0.0), pos2(4.0, 4.0));
        let white = rect_mesh(rect, Color32::WHITE);
        let half_black = rect_mesh(rect, Color32::from_rgba_premultiplied(0, 0, 0, 128));
        let buf = draw(&raster, &[prim(white), prim(half_black)]);
        // 0 + 255 * (127/255) = 127
        assert_eq!(at(&buf, 1, 1), 0x7f7f7f);
    }

    #[test]
    fn clip_rectangle_limits_drawing() {
        let raster = Raster::default();
        let rect = Rect::from_min_max(pos2(0.0, 0.0), pos2(W as f32, H as f32));
        let clipped = ClippedPrimitive {
            clip_rect: Rect::from_min_max(pos2(4.0, 4.0), pos2(8.0, 6.0)),
            primitive: Primitive::Mesh(rect_mesh(rect, Color32::GREEN)),
        };
        let buf = draw(&raster, &[clipped]);
        assert_eq!(buf.iter().filter(|&&p| p == 0x00ff00).count(), 8);
        assert_eq!(at(&buf, 4, 4), 0x00ff00);
        assert_eq!(at(&buf, 8, 4), 0);
    }

    #[test]
    fn scales_by_pixels_per_point() {
        let raster = Raster::default();
        let rect = Rect::from_min_max(pos2(1.0, 1.0), pos2(3.0, 2.0));
        let mut buf = vec![0; W * H];
        raster.paint(
            &mut buf,
            W,
            H,
            2.0,
            BLACK,
            &[prim(rect_mesh(rect, Color32::BLUE))],
        );
        assert_eq!(buf.iter().filter(|&&p| p == 0x0000ff).count(), 4 * 2);
        assert_eq!(at(&buf, 2, 2), 0x0000ff);
    }

    #[test]
    fn interpolates_vertex_colours() {
        let raster = Raster::default();
        let mut mesh = Mesh::default();
        let corners = [
            (pos2(0.0, 0.0), Color32::BLACK),
            (pos2(W as f32, 0.0), Color32::WHITE),
            (pos2(W as f32, H as f32), Color32::WHITE),
            (pos2(0.0, H as f32), Color32::BLACK),
        ];
        for (pos, color) in corners {
            mesh.colored_vertex(pos, color);
        }
        mesh.add_triangle(0, 1, 2);
        mesh.add_triangle(0, 2, 3);
        let buf = draw(&raster, &[prim(mesh)]);
        let row: Vec<u32> = (0..W).map(|x| at(&buf, x, 5) & 0xff).collect();
        assert!(
            row.windows(2).all(|w| w[0] < w[1]),
            "a left-to-right ramp: {row:?}"
        );
    }

    fn texture(raster: &mut Raster, id: TextureId, image: ColorImage, filter: TextureFilter) {
        let mut delta = TexturesDelta::default();
        let options = TextureOptions {
            magnification: filter,
            minification: filter,
            ..TextureOptions::default()
        };
        delta.push(id, ImageDelta::full(image, options));
        raster.set_textures(&mut delta);
    }

    fn textured_quad(id: TextureId) -> Mesh {
        let mut mesh = Mesh::with_texture(id);
        mesh.add_rect_with_uv(
            Rect::from_min_size(Pos2::ZERO, vec2(W as f32, H as f32)),
            Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
            Color32::WHITE,
        );
        mesh
    }

    #[test]
    fn samples_textures_and_applies_patches() {
        let mut raster = Raster::default();
        let id = TextureId::Managed(7);
        // Left half red, right half blue, 2x1 texels, nearest.
        let image = ColorImage::new([2, 1], vec![Color32::RED, Color32::BLUE]);
        texture(&mut raster, id, image, TextureFilter::Nearest);
        let buf = draw(&raster, &[prim(textured_quad(id))]);
        assert_eq!(at(&buf, 1, 1), 0xff0000);
        assert_eq!(at(&buf, W - 2, 1), 0x0000ff);

        let mut delta = TexturesDelta::default();
        let patch = ColorImage::new([1, 1], vec![Color32::GREEN]);
        delta.push(
            id,
            ImageDelta::partial([1, 0], patch, TextureOptions::NEAREST),
        );
        raster.set_textures(&mut delta);
        let buf = draw(&raster, &[prim(textured_quad(id))]);
        assert_eq!(
            at(&buf, W - 2, 1),
            0x00ff00,
            "the patch replaced the blue texel"
        );

        let mut free = TexturesDelta::default();
        free.free.insert(id);
        raster.free_textures(&mut free);
        assert_eq!(raster.texture_count(), 0);
    }

    #[test]
    fn bilinear_sampling_blends_neighbours() {
        let mut raster = Raster::default();
        let id = TextureId::Managed(1);
        let image = ColorImage::new([2, 1], vec![Color32::BLACK, Color32::WHITE]);
        texture(&mut raster, id, image, TextureFilter::Linear);
        let buf = draw(&raster, &[prim(textured_quad(id))]);
        let mid = at(&buf, W / 2, 1) & 0xff;
        assert!(mid > 40 && mid < 215, "middle is grey, got {mid}");
        assert_eq!(at(&buf, 0, 1) & 0xff, 0, "clamped at the edge");
    }

    /// Coverage by testing every pixel centre, the definition the runs must match.
    fn reference_coverage(tri: [Pos2; 3]) -> Vec<bool> {
        let mut p = tri.map(|v| P { x: v.x, y: v.y });
        let area = edge(p[0], p[1], p[2]);
        if area < 0.0 {
            p.swap(1, 2);
        }
        let mut out = vec![false; W * H];
        if area == 0.0 {
            return out;
        }
        for y in 0..H {
            for x in 0..W {
                let q = P {
                    x: x as f32 + 0.5,
                    y: y as f32 + 0.5,
                };
                out[y * W + x] = inside(edge(p[1], p[2], q), owns_edge(p[1], p[2]))
                    && inside(edge(p[2], p[0], q), owns_edge(p[2], p[0]))
                    && inside(edge(p[0], p[1], q), owns_edge(p[0], p[1]));
            }
        }
        out
    }

    #[test]
    fn row_runs_cover_exactly_the_pixel_centres_inside() {
        // Random triangles, many with corners on the half-pixel grid (exact ties).
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |scale: f32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            ((seed >> 40) as f32 / (1u64 << 24) as f32) * scale - 2.0
        };
        let raster = Raster::default();
        for round in 0..3000 {
            let mut corner = || {
                let (x, y) = (next(W as f32 + 4.0), next(H as f32 + 4.0));
                if round % 2 == 0 {
                    pos2((x * 2.0).round() / 2.0, (y * 2.0).round() / 2.0)
                } else {
                    pos2(x, y)
                }
            };
            let tri = [corner(), corner(), corner()];
            let mut mesh = Mesh::default();
            for v in tri {
                mesh.colored_vertex(v, Color32::WHITE);
            }
            mesh.add_triangle(0, 1, 2);
            let buf = draw(&raster, &[prim(mesh)]);
            let got: Vec<bool> = buf.iter().map(|&p| p == 0xffffff).collect();
            assert_eq!(got, reference_coverage(tri), "triangle {tri:?}");
        }
    }

    #[test]
    fn hostile_meshes_are_skipped_without_panicking() {
        let mut raster = Raster::default();
        let mut mesh = rect_mesh(
            Rect::from_min_max(pos2(0.0, 0.0), pos2(4.0, 4.0)),
            Color32::RED,
        );
        mesh.indices.extend([0, 1, 99]); // past the vertices
        mesh.vertices.push(Vertex {
            pos: pos2(f32::NAN, 1.0),
            uv: Pos2::ZERO,
            color: Color32::RED,
        });
        let nan = (mesh.vertices.len() - 1) as u32;
        mesh.indices.extend([0, 1, nan]);
        mesh.vertices.push(Vertex {
            pos: pos2(1e30, -1e30),
            uv: pos2(f32::INFINITY, 0.0),
            color: Color32::RED,
        });
        let huge = (mesh.vertices.len() - 1) as u32;
        mesh.indices.extend([0, 1, huge]);
        let unknown = textured_quad(TextureId::Managed(404)); // never set: drawn white
        let buf = draw(&raster, &[prim(mesh), prim(unknown)]);
        assert!(buf.iter().all(|&p| p == 0xffffff));

        // Bad sizes and patches are refused, not trusted.
        let mut delta = TexturesDelta::default();
        let mut bad = ColorImage::new([2, 2], vec![Color32::RED; 4]);
        bad.pixels.truncate(3);
        delta.push(
            TextureId::Managed(2),
            ImageDelta::full(bad, TextureOptions::NEAREST),
        );
        let patch = ColorImage::new([1, 1], vec![Color32::RED]);
        delta.push(
            TextureId::Managed(3),
            ImageDelta::partial([5, 5], patch, TextureOptions::NEAREST),
        );
        raster.set_textures(&mut delta);
        assert_eq!(raster.texture_count(), 0);

        let mut tiny = vec![0u32; 3];
        raster.paint(&mut tiny, W, H, 1.0, BLACK, &[]); // buffer too small: nothing drawn
        assert_eq!(tiny, vec![0; 3]);
    }
}
