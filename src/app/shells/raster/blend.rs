//! Colour: premultiplied vertex colours times texels (sampled nearest or
//! bilinear), blended over what is there.

use super::Texture;
use egui::{TextureFilter, TextureWrapMode};

/// Premultiplied colour times premultiplied texel, both 0..=255.
#[inline]
pub(super) fn modulate(color: [f32; 4], texel: [f32; 4]) -> [u8; 4] {
    std::array::from_fn(|i| (color[i] * texel[i] / 255.0).round().clamp(0.0, 255.0) as u8)
}

/// `src + dst * (1 - src.a)` on a `0RGB` pixel.
#[inline]
pub(super) fn blend(src: [u8; 4], dst: u32) -> u32 {
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
pub(super) fn pack(c: [u8; 4]) -> u32 {
    ((c[0] as u32) << 16) | ((c[1] as u32) << 8) | c[2] as u32
}

pub(super) struct Sampler<'a> {
    pub(super) tex: &'a Texture,
    pub(super) linear: bool,
}

impl<'a> Sampler<'a> {
    pub(super) fn new(tex: &'a Texture) -> Self {
        Self {
            tex,
            linear: tex.options.magnification == TextureFilter::Linear
                || tex.options.minification == TextureFilter::Linear,
        }
    }

    pub(super) fn coord(&self, v: i64, size: usize) -> usize {
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

    pub(super) fn texel(&self, x: i64, y: i64) -> [f32; 4] {
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
    pub(super) fn sample(&self, u: f32, v: f32) -> [f32; 4] {
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
