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
//!
//! [`Raster::paint_damaged`] repaints only what changed (a call's duration
//! ticking is a glyph or two): it cuts each mesh into items (egui appends one
//! shape after another to the mesh of their clip rectangle; a glyph is an
//! item), hashes each, diffs the items with the last frame's (a shortest edit
//! script, so a shape added or removed does not shift everything after it),
//! and repaints the bounds of those that appeared or disappeared, in both
//! frames, drawing there every item in order as a full paint would. A pixel's
//! colour depends only on the items covering it, never on the rectangle being
//! repainted, so the result is the full paint's, pixel for pixel.

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
    /// Bumped by every texture upload: pixels drawn with the old texels may be stale.
    texture_generation: u64,
    /// What [`Raster::paint_damaged`] last painted, to diff the next frame against.
    last: Option<LastFrame>,
    /// The current frame's items (a field only to reuse the allocation).
    items: Vec<Item>,
}

/// A rectangle of pixels (`x`, `y` its top left corner; never empty when returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

/// What [`Raster::paint_damaged`] repainted, and so what to present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repainted {
    /// The whole buffer.
    All,
    /// Only these rectangles (disjoint; none when nothing changed): the rest of the
    /// buffer was left as it was, and already shows this frame.
    Rects(Vec<PixelRect>),
}

/// At most this many damaged rectangles per frame (more are merged: few present calls).
pub const MAX_DAMAGE_RECTS: usize = 8;
/// Damaged rectangles this close (in pixels) are merged into one.
const NEAR: usize = 16;
/// Beyond this many edits between two frames' items, the frames are just different.
const MAX_EDITS: usize = 256;
/// Damage of this many past frames is kept, for buffers older than the last frame
/// (double or triple buffering, as on Wayland).
const HISTORY: usize = 3;

/// A run of one mesh's triangles (in egui's meshes, one shape or a piece of one, such
/// as a glyph), the unit compared between frames.
struct Item {
    /// Everything that decides its pixels: its clip rectangle, texture and triangles.
    hash: u64,
    /// The pixels it may touch: its triangles' bounds within its clip rectangle.
    bounds: Clip,
    clip: Clip,
    /// Its primitive, and its triangles' range in that mesh's indices (in triangles).
    prim: usize,
    tri_start: usize,
    tri_end: usize,
}

struct LastFrame {
    width: usize,
    height: usize,
    pixels_per_point: f32,
    clear: Color32,
    texture_generation: u64,
    items: Vec<Item>,
    /// What each of the last frames repainted, newest first (None: everything).
    history: Vec<Option<Vec<Clip>>>,
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
            self.texture_generation += 1;
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
        let ppp = usable_ppp(pixels_per_point);
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
            canvas.triangles(&mesh.vertices, &mesh.indices, ppp, clip, texture);
        }
    }

    /// Like [`Raster::paint`], into a buffer that may still hold a frame this method
    /// painted: `buffer_age` is how many frames ago `target` was last painted by it and
    /// presented (softbuffer's `Buffer::age`: 1 for the last frame, 0 when its contents are
    /// unknown). Repaints only the pixels of the shapes that appeared, disappeared or
    /// changed since that frame (and everything when it cannot tell, or when that would
    /// be most of the buffer), so that `target` ends up exactly as [`Raster::paint`]
    /// would leave it; and says what it repainted, for presenting only that.
    ///
    /// Texture uploads since the last frame, another size, scale or clear colour, or an
    /// unknown buffer repaint everything. After a frame was not presented (or failed to
    /// be), call [`Raster::forget_frame`].
    #[expect(clippy::too_many_arguments)]
    pub fn paint_damaged(
        &mut self,
        target: &mut [u32],
        width: usize,
        height: usize,
        pixels_per_point: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
        buffer_age: u8,
    ) -> Repainted {
        let len = width.checked_mul(height).unwrap_or(0);
        if target.len() < len || len == 0 {
            self.last = None;
            return Repainted::All; // nothing can be drawn: see Raster::paint
        }
        let ppp = usable_ppp(pixels_per_point);
        let mut items = std::mem::take(&mut self.items);
        build_items(primitives, ppp, width, height, &mut items);
        let changed = self.changed(&items, width, height, ppp, clear);
        let repaint = self.to_repaint(changed.as_deref(), width * height, buffer_age);
        match &repaint {
            None => self.paint(target, width, height, ppp, clear, primitives),
            Some(rects) => {
                for &rect in rects {
                    self.paint_rect(target, width, height, ppp, clear, primitives, &items, rect);
                }
            }
        }
        let (mut history, scratch) = match self.last.take() {
            Some(last) => (last.history, last.items),
            None => (Vec::new(), Vec::new()),
        };
        self.items = scratch;
        history.insert(0, changed);
        history.truncate(HISTORY);
        self.last = Some(LastFrame {
            width,
            height,
            pixels_per_point: ppp,
            clear,
            texture_generation: self.texture_generation,
            items,
            history,
        });
        match repaint {
            None => Repainted::All,
            Some(rects) => Repainted::Rects(
                rects
                    .iter()
                    .map(|r| PixelRect {
                        x: r.x0,
                        y: r.y0,
                        width: r.x1 - r.x0,
                        height: r.y1 - r.y0,
                    })
                    .collect(),
            ),
        }
    }

    /// Lets go of every texture and the last frame (the window is hidden):
    /// textures must be set again before the next paint.
    pub fn release(&mut self) {
        self.textures = HashMap::new();
        self.forget_frame();
        self.last = None;
    }

    /// Whether no texture is held (after [`Raster::release`]).
    pub fn is_empty(&self) -> bool {
        self.textures.is_empty()
    }

    /// Forgets the last painted frame: the next [`Raster::paint_damaged`] repaints everything.
    pub fn forget_frame(&mut self) {
        if let Some(last) = self.last.take() {
            self.items = last.items;
        }
    }

    /// Where the frame made of `items` differs from the last one (a few rectangles), or
    /// None when that cannot be told (the first frame, another size, new texels).
    fn changed(
        &self,
        items: &[Item],
        width: usize,
        height: usize,
        ppp: f32,
        clear: Color32,
    ) -> Option<Vec<Clip>> {
        let last = self.last.as_ref()?;
        if last.width != width
            || last.height != height
            || last.pixels_per_point != ppp
            || last.clear != clear
            || last.texture_generation != self.texture_generation
        {
            return None;
        }
        let old = &last.items;
        let (removed, inserted) = diff(
            old.len(),
            items.len(),
            |i, j| old[i].hash == items[j].hash,
            MAX_EDITS,
        );
        let mut rects = Vec::new();
        for rect in removed
            .iter()
            .map(|&i| old[i].bounds)
            .chain(inserted.iter().map(|&j| items[j].bounds))
        {
            merge_rect(&mut rects, rect);
        }
        Some(rects)
    }

    /// What to repaint in a buffer holding the frame `buffer_age` frames back, given
    /// what `changed` since the last frame: None for everything.
    fn to_repaint(
        &self,
        changed: Option<&[Clip]>,
        area: usize,
        buffer_age: u8,
    ) -> Option<Vec<Clip>> {
        let mut rects = changed?.to_vec();
        // An older buffer also misses what changed in the frames since it was painted.
        let history = &self.last.as_ref()?.history;
        for older in history.get(..usize::from(buffer_age).checked_sub(1)?)? {
            for &rect in older.as_ref()? {
                merge_rect(&mut rects, rect);
            }
        }
        let damaged: usize = rects.iter().map(Clip::area).sum();
        (damaged * 2 < area).then_some(rects)
    }

    /// Repaints `rect` of `target` as [`Raster::paint`] paints it.
    #[expect(clippy::too_many_arguments)]
    fn paint_rect(
        &self,
        target: &mut [u32],
        width: usize,
        height: usize,
        ppp: f32,
        clear: Color32,
        primitives: &[ClippedPrimitive],
        items: &[Item],
        rect: Clip,
    ) {
        let clear = pack(clear.to_array());
        for y in rect.y0..rect.y1 {
            if let Some(row) = target.get_mut(y * width + rect.x0..y * width + rect.x1) {
                row.fill(clear);
            }
        }
        let mut canvas = Canvas {
            pixels: target,
            width,
            height,
        };
        for item in items {
            if item.bounds.intersect(rect).is_none() {
                continue;
            }
            let Some(clip) = item.clip.intersect(rect) else {
                continue;
            };
            let Some(Primitive::Mesh(mesh)) = primitives.get(item.prim).map(|p| &p.primitive)
            else {
                continue;
            };
            let Some(indices) = mesh.indices.get(item.tri_start * 3..item.tri_end * 3) else {
                continue;
            };
            let texture = self.textures.get(&mesh.texture_id);
            canvas.triangles(&mesh.vertices, indices, ppp, clip, texture);
        }
    }
}

fn usable_ppp(pixels_per_point: f32) -> f32 {
    if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
        pixels_per_point
    } else {
        1.0
    }
}

/// A 64-bit hash of words. Each step is a bijection of the state, so inputs that differ
/// in one word never collide.
struct Hasher(u64);

impl Hasher {
    #[inline]
    fn add(&mut self, word: u64) {
        let h = (self.0 ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }

    fn finish(&self) -> u64 {
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
fn pair(a: f32, b: f32) -> u64 {
    u64::from(a.to_bits()) | (u64::from(b.to_bits()) << 32)
}

/// Cuts every mesh of `primitives` into items: a new item starts at each triangle that
/// uses only vertices no earlier triangle of the mesh used. egui appends each shape's
/// vertices and indices to its clip rectangle's mesh, so a shape (a glyph, a button's
/// frame) starts an item wherever it lands in the mesh, whatever came before it.
fn build_items(
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

struct ItemBuilder {
    hash: Hasher,
    start: usize,
    min: P,
    max: P,
}

impl ItemBuilder {
    fn new(seed: &Hasher, start: usize) -> Self {
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
    fn triangle(&mut self, v: [&Vertex; 3], ppp: f32) {
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

    fn finish(mut self, prim: usize, end: usize, clip: Clip, out: &mut Vec<Item>) {
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

/// Adds `rect` to `rects`, merging it with those near it, and keeping at most
/// [`MAX_DAMAGE_RECTS`] (by merging the pair that grows least); the rectangles stay
/// apart from each other by more than [`NEAR`].
fn merge_rect(rects: &mut Vec<Clip>, rect: Clip) {
    let mut rect = rect;
    loop {
        while let Some(i) = rects.iter().position(|r| r.near(rect)) {
            rect = rect.union(rects.swap_remove(i));
        }
        if rects.len() < MAX_DAMAGE_RECTS {
            rects.push(rect);
            return;
        }
        // Too many: merge the cheapest pair (among the others and this one), then go on
        // with that union.
        rects.push(rect);
        let mut best = (usize::MAX, 0, 1);
        for i in 0..rects.len() {
            for j in i + 1..rects.len() {
                let grown = rects[i].union(rects[j]).area() - rects[i].area() - rects[j].area();
                if grown < best.0 {
                    best = (grown, i, j);
                }
            }
        }
        let (_, i, j) = best;
        let b = rects.swap_remove(j);
        let a = rects.swap_remove(i);
        rect = a.union(b);
    }
}

/// A shortest edit script turning a sequence of `n` items into one of `m` (`eq(i, j)`
/// when the first's `i` and the second's `j` are the same), by Myers' algorithm: the
/// indices of the first it removes, and of the second it inserts. Past `max_edits`
/// edits, everything between the common ends.
fn diff(
    n: usize,
    m: usize,
    eq: impl Fn(usize, usize) -> bool,
    max_edits: usize,
) -> (Vec<usize>, Vec<usize>) {
    // The common ends first: usually all but a few items.
    let mut start = 0;
    while start < n && start < m && eq(start, start) {
        start += 1;
    }
    let (mut end_a, mut end_b) = (n, m);
    while end_a > start && end_b > start && eq(end_a - 1, end_b - 1) {
        end_a -= 1;
        end_b -= 1;
    }
    let everything = || ((start..end_a).collect(), (start..end_b).collect());
    let (n, m) = (end_a - start, end_b - start);
    if n == 0 || m == 0 {
        return everything();
    }
    let eq = |x: isize, y: isize| eq(start + x as usize, start + y as usize);
    let max_d = (n + m).min(max_edits) as isize;
    let (n, m) = (n as isize, m as isize);
    // v[k + off]: the furthest x reached on diagonal k = x - y (UNREACHED: none).
    let off = max_d + 1;
    let width = (2 * max_d + 3) as usize;
    let mut v = vec![UNREACHED; width];
    // v after each round, for walking the path back.
    let mut trace: Vec<isize> = Vec::new();
    for d in 0..=max_d {
        for k in (-d..=d).step_by(2) {
            if k < -m || k > n {
                continue; // off the grid
            }
            let Some((mut x, _)) = myers_step(&v, k, d, n, m, off) else {
                v[(k + off) as usize] = UNREACHED;
                continue;
            };
            let mut y = x - k;
            while x < n && y < m && eq(x, y) {
                x += 1;
                y += 1;
            }
            v[(k + off) as usize] = x;
            if x == n && y == m {
                let (mut removed, mut inserted) = (Vec::new(), Vec::new());
                let mut k = k;
                for d in (1..=d).rev() {
                    let row = (d - 1) as usize * width;
                    let Some((x, mv)) = myers_step(&trace[row..row + width], k, d, n, m, off)
                    else {
                        return everything(); // cannot happen: round d reached this diagonal
                    };
                    match mv {
                        Move::Down => {
                            inserted.push(start + (x - k - 1) as usize);
                            k += 1;
                        }
                        Move::Right => {
                            removed.push(start + (x - 1) as usize);
                            k -= 1;
                        }
                    }
                }
                return (removed, inserted);
            }
        }
        trace.extend_from_slice(&v);
    }
    everything()
}

const UNREACHED: isize = -1;

#[derive(Clone, Copy)]
enum Move {
    /// Insert the second sequence's next item (y + 1), from diagonal k + 1.
    Down,
    /// Remove the first sequence's next item (x + 1), from diagonal k - 1.
    Right,
}

/// Where round `d`'s path on diagonal `k` starts its run of matches: one move from the
/// furthest points of round `d - 1` (in `v`), the one reaching further within the grid.
/// Round 0 starts at x = 0 with no move.
fn myers_step(
    v: &[isize],
    k: isize,
    d: isize,
    n: isize,
    m: isize,
    off: isize,
) -> Option<(isize, Move)> {
    if d == 0 {
        return (k == 0).then_some((0, Move::Down)); // the move is never looked at
    }
    let at = |k: isize| v[(k + off) as usize];
    let down = (k < d && k < n)
        .then(|| at(k + 1))
        .filter(|&x| x != UNREACHED && x - k <= m);
    let right = (k > -d && k > -m)
        .then(|| at(k - 1))
        .filter(|&x| x != UNREACHED && x < n)
        .map(|x| x + 1);
    match (down, right) {
        (Some(xd), Some(xr)) if xr > xd => Some((xr, Move::Right)),
        (Some(xd), _) => Some((xd, Move::Down)),
        (None, Some(xr)) => Some((xr, Move::Right)),
        (None, None) => None,
    }
}

/// Pixel bounds `[x0, y0, x1, y1)` of a clip rectangle (or of damage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Clip {
    x0: usize,
    y0: usize,
    x1: usize,
    y1: usize,
}

impl Clip {
    fn area(&self) -> usize {
        (self.x1 - self.x0) * (self.y1 - self.y0)
    }

    fn intersect(self, other: Self) -> Option<Self> {
        let c = Self {
            x0: self.x0.max(other.x0),
            y0: self.y0.max(other.y0),
            x1: self.x1.min(other.x1),
            y1: self.y1.min(other.y1),
        };
        (c.x0 < c.x1 && c.y0 < c.y1).then_some(c)
    }

    fn union(self, other: Self) -> Self {
        Self {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }

    /// Overlapping, or apart by at most [`NEAR`] pixels.
    fn near(self, other: Self) -> bool {
        self.x0 <= other.x1 + NEAR
            && other.x0 <= self.x1 + NEAR
            && self.y0 <= other.y1 + NEAR
            && other.y0 <= self.y1 + NEAR
    }
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
    /// Draws the triangles of `indices` (skipping those with a missing vertex).
    fn triangles(
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
        let hostile = [prim(mesh), prim(unknown)];
        let buf = draw(&raster, &hostile);
        assert!(buf.iter().all(|&p| p == 0xffffff));
        // And with damage tracking, changing what is around them.
        let mut tracked = vec![0u32; W * H];
        raster.paint_damaged(&mut tracked, W, H, 1.0, BLACK, &hostile, 0);
        let mut more = hostile.to_vec();
        more.insert(
            1,
            prim(rect_mesh(
                Rect::from_min_max(pos2(1.0, 1.0), pos2(3.0, 2.0)),
                Color32::RED,
            )),
        );
        raster.paint_damaged(&mut tracked, W, H, 1.0, BLACK, &more, 1);
        assert_eq!(tracked, buf, "the red rectangle is under the white quad");

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
        let r = raster.paint_damaged(&mut tiny, W, H, 1.0, BLACK, &[], 1);
        assert_eq!((r, &tiny), (Repainted::All, &vec![0; 3]));
        let r = raster.paint_damaged(&mut tiny, usize::MAX, 2, 1.0, BLACK, &[], 1);
        assert_eq!((r, &tiny), (Repainted::All, &vec![0; 3]));
    }

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
            let mut shapes: Vec<Shape> =
                (0..rng.below(30)).map(|_| random_shape(&mut rng)).collect();
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
                let r = damaged_matches_full(
                    &mut raster,
                    &mut bufs[b],
                    w,
                    h,
                    ppp,
                    &prims,
                    ages[b],
                    &what,
                );
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
}
