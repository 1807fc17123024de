//! A frame cut into items (a glyph, a button's frame: one shape, or a piece
//! of one), each hashed, so that two frames can be compared item by item.

use super::canvas::P;
use super::clip::{Clip, pixel_clip};
use egui::TextureId;
use egui::epaint::{ClippedPrimitive, Primitive, Vertex};

/// A run of one mesh's triangles (in egui's meshes, one shape or a piece of one, such
/// as a glyph), the unit compared between frames.
pub(super) struct Item {
    /// Everything that decides its pixels: its clip rectangle, texture and triangles.
    pub(super) hash: u64,
    /// The pixels it may touch: its triangles' bounds within its clip rectangle.
    pub(super) bounds: Clip,
    pub(super) clip: Clip,
    /// Its primitive, and its triangles' range in that mesh's indices (in triangles).
    pub(super) prim: usize,
    pub(super) tri_start: usize,
    pub(super) tri_end: usize,
}

/// A 64-bit hash of words. Each step is a bijection of the state, so inputs that differ
/// in one word never collide.
pub(super) struct Hasher(u64);

impl Hasher {
    #[inline]
    pub(super) fn add(&mut self, word: u64) {
        let h = (self.0 ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }

    pub(super) fn finish(&self) -> u64 {
        // MurmurHash3's finaliser.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[inline]
pub(super) fn pair(a: f32, b: f32) -> u64 {
    u64::from(a.to_bits()) | (u64::from(b.to_bits()) << 32)
}

/// Cuts every mesh of `primitives` into items: a new item starts at each triangle that
/// uses only vertices no earlier triangle of the mesh used. egui appends each shape's
/// vertices and indices to its clip rectangle's mesh, so a shape (a glyph, a button's
/// frame) starts an item wherever it lands in the mesh, whatever came before it.
pub(super) fn build_items(
    primitives: &[ClippedPrimitive],
    ppp: f32,
    width: usize,
    height: usize,
    out: &mut Vec<Item>,
) {
    out.clear();
    for (prim, primitive) in primitives.iter().enumerate() {
        let Primitive::Mesh(mesh) = &primitive.primitive else {
            continue;
        };
        let Some(clip) = pixel_clip(primitive.clip_rect, ppp, width, height) else {
            continue;
        };
        let mut seed = Hasher(0x243f_6a88_85a3_08d3);
        seed.add(clip.x0 as u64 | (clip.y0 as u64) << 32);
        seed.add(clip.x1 as u64 | (clip.y1 as u64) << 32);
        match mesh.texture_id {
            TextureId::Managed(id) => {
                seed.add(1);
                seed.add(id);
            }
            TextureId::User(id) => {
                seed.add(2);
                seed.add(id);
            }
        }
        let mut item = ItemBuilder::new(&seed, 0);
        let mut highest: Option<u32> = None;
        let mut count = 0;
        for (t, tri) in mesh.indices.chunks_exact(3).enumerate() {
            count = t + 1;
            let (lo, hi) = (
                tri[0].min(tri[1]).min(tri[2]),
                tri[0].max(tri[1]).max(tri[2]),
            );
            if highest.is_some_and(|h| lo > h) {
                item.finish(prim, t, clip, out);
                item = ItemBuilder::new(&seed, t);
            }
            highest = Some(highest.map_or(hi, |h| h.max(hi)));
            let (Some(a), Some(b), Some(c)) = (
                mesh.vertices.get(tri[0] as usize),
                mesh.vertices.get(tri[1] as usize),
                mesh.vertices.get(tri[2] as usize),
            ) else {
                continue; // not drawn
            };
            item.triangle([a, b, c], ppp);
        }
        item.finish(prim, count, clip, out);
    }
}

pub(super) struct ItemBuilder {
    pub(super) hash: Hasher,
    pub(super) start: usize,
    pub(super) min: P,
    pub(super) max: P,
}

impl ItemBuilder {
    pub(super) fn new(seed: &Hasher, start: usize) -> Self {
        Self {
            hash: Hasher(seed.0),
            start,
            min: P {
                x: f32::INFINITY,
                y: f32::INFINITY,
            },
            max: P {
                x: f32::NEG_INFINITY,
                y: f32::NEG_INFINITY,
            },
        }
    }

    #[inline]
    pub(super) fn triangle(&mut self, v: [&Vertex; 3], ppp: f32) {
        let mut finite = true;
        for v in v {
            self.hash.add(pair(v.pos.x, v.pos.y));
            self.hash.add(pair(v.uv.x, v.uv.y));
            self.hash
                .add(u64::from(u32::from_le_bytes(v.color.to_array())));
            finite &= (v.pos.x * ppp).is_finite() && (v.pos.y * ppp).is_finite();
        }
        if finite {
            // The same pixel positions Canvas::triangle computes (it skips the others).
            for v in v {
                let (x, y) = (v.pos.x * ppp, v.pos.y * ppp);
                self.min.x = self.min.x.min(x);
                self.min.y = self.min.y.min(y);
                self.max.x = self.max.x.max(x);
                self.max.y = self.max.y.max(y);
            }
        }
    }

    pub(super) fn finish(mut self, prim: usize, end: usize, clip: Clip, out: &mut Vec<Item>) {
        if end == self.start || self.min.x > self.max.x {
            return; // nothing it could draw
        }
        self.hash.add((end - self.start) as u64);
        // Pixels whose centres the triangles may cover, and 1 more each side.
        let span = |lo: f32, hi: f32, c0: usize, c1: usize| {
            let (c0, c1) = (c0 as f32, c1 as f32);
            (
                (lo.floor() - 1.0).clamp(c0, c1) as usize,
                (hi.ceil() + 1.0).clamp(c0, c1) as usize,
            )
        };
        let (x0, x1) = span(self.min.x, self.max.x, clip.x0, clip.x1);
        let (y0, y1) = span(self.min.y, self.max.y, clip.y0, clip.y1);
        if x0 >= x1 || y0 >= y1 {
            return; // wholly outside its clip rectangle
        }
        out.push(Item {
            hash: self.hash.finish(),
            bounds: Clip { x0, y0, x1, y1 },
            clip,
            prim,
            tri_start: self.start,
            tri_end: end,
        });
    }
}
