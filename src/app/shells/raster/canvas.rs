//! Painting: egui's triangles filled on the CPU, pixel centres inside,
//! shared edges owned by exactly one triangle.

use super::Texture;
use super::blend::{Sampler, blend, modulate, pack};
use super::clip::Clip;
use egui::epaint::Vertex;

pub(super) fn usable_ppp(pixels_per_point: f32) -> f32 {
    if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
        pixels_per_point
    } else {
        1.0
    }
}

pub(super) struct Canvas<'a> {
    pub(super) pixels: &'a mut [u32],
    pub(super) width: usize,
    pub(super) height: usize,
}

#[derive(Clone, Copy)]
pub(super) struct P {
    pub(super) x: f32,
    pub(super) y: f32,
}

/// Twice the signed area of (a, b, p): positive when p is left of a->b (y down).
#[inline]
pub(super) fn edge(a: P, b: P, p: P) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

/// Whether points exactly on edge a->b belong to this triangle. Two triangles
/// sharing an edge walk it in opposite directions, so exactly one owns it.
#[inline]
pub(super) fn owns_edge(a: P, b: P) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    dy > 0.0 || (dy == 0.0 && dx < 0.0)
}

#[inline]
pub(super) fn inside(w: f32, owned: bool) -> bool {
    w > 0.0 || (w == 0.0 && owned)
}

impl Canvas<'_> {
    /// Draws the triangles of `indices` (skipping those with a missing vertex).
    pub(super) fn triangles(
        &mut self,
        vertices: &[Vertex],
        indices: &[u32],
        ppp: f32,
        clip: Clip,
        texture: Option<&Texture>,
    ) {
        for tri in indices.chunks_exact(3) {
            let (Some(a), Some(b), Some(c)) = (
                vertices.get(tri[0] as usize),
                vertices.get(tri[1] as usize),
                vertices.get(tri[2] as usize),
            ) else {
                continue;
            };
            self.triangle([a, b, c], ppp, clip, texture);
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "the rasteriser's inner loop reads best in one piece"
    )]
    pub(super) fn triangle(
        &mut self,
        v: [&Vertex; 3],
        ppp: f32,
        clip: Clip,
        texture: Option<&Texture>,
    ) {
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
            // Barycentric weights, evaluated at each pixel rather than stepped along
            // the run: a pixel's colour must not depend on where its run starts,
            // or a repaint clipped to a damaged rectangle would differ from a full one.
            for (x, dst) in (xl..xr).zip(row.iter_mut()) {
                let q = P {
                    x: x as f32 + 0.5,
                    y: py,
                };
                let [l0, l1, l2] = [0, 1, 2].map(|i| edge(edges[i].0, edges[i].1, q) * inv_area);
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
            }
        }
    }
}
