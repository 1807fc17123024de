//! skydial's icon, drawn in code: a handset on a coloured disc. The tray uses
//! the colour for state (calm teal, orange while ringing) and a red dot for
//! unseen missed calls.

/// The icon's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IconState {
    Idle,
    Ringing,
    Offline,
}

pub const SIZE: u32 = 64;

fn blend(px: &mut [u8], rgb: [u8; 3], alpha: f32) {
    let a = alpha.clamp(0.0, 1.0);
    for i in 0..3 {
        px[i] = (px[i] as f32 * (1.0 - a) + rgb[i] as f32 * a) as u8;
    }
    px[3] = px[3].max((a * 255.0) as u8);
}

/// Coverage of a disc of radius `r` at distance `d` (anti-aliased edge).
fn disc(d: f32, r: f32) -> f32 {
    (r - d + 0.5).clamp(0.0, 1.0)
}

/// RGBA pixels, `SIZE` x `SIZE`.
pub fn rgba(state: IconState, missed_badge: bool) -> Vec<u8> {
    let n = SIZE as usize;
    let mut out = vec![0u8; n * n * 4];
    let color = match state {
        IconState::Idle => [0x1f, 0x8a, 0x70],
        IconState::Ringing => [0xe6, 0x7e, 0x22],
        IconState::Offline => [0x7f, 0x8c, 0x8d],
    };
    let c = (n as f32 - 1.0) / 2.0;
    for y in 0..n {
        for x in 0..n {
            let (fx, fy) = (x as f32, y as f32);
            let px = &mut out[(y * n + x) * 4..(y * n + x) * 4 + 4];
            let d = ((fx - c).powi(2) + (fy - c).powi(2)).sqrt();
            blend(px, color, disc(d, c - 1.0));
            // The handset: two ear/mouth pieces joined by an arc, in white.
            let u = (fx - c) / c;
            let v = (fy - c) / c;
            let ear = disc(
                (((u + 0.42).powi(2) + (v + 0.42).powi(2)).sqrt()) * c,
                0.17 * c,
            );
            let mouth = disc(
                (((u - 0.42).powi(2) + (v - 0.42).powi(2)).sqrt()) * c,
                0.17 * c,
            );
            let r = ((u + 0.55).powi(2) + (v - 0.55).powi(2)).sqrt();
            let arc = if u < 0.5 && v > -0.5 {
                disc((r - 0.78).abs() * c, 0.09 * c)
            } else {
                0.0
            };
            let white = ear.max(mouth).max(arc) * disc(d, c - 1.0);
            blend(px, [0xff, 0xff, 0xff], white);
            if missed_badge {
                let bd = ((fx - n as f32 * 0.8).powi(2) + (fy - n as f32 * 0.2).powi(2)).sqrt();
                blend(px, [0xff, 0xff, 0xff], disc(bd, n as f32 * 0.2));
                blend(px, [0xd6, 0x30, 0x31], disc(bd, n as f32 * 0.16));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_differ_by_state_and_are_not_blank() {
        let idle = rgba(IconState::Idle, false);
        assert_eq!(idle.len(), (SIZE * SIZE * 4) as usize);
        assert!(idle.chunks(4).filter(|p| p[3] > 0).count() > (SIZE * SIZE / 2) as usize);
        assert!(
            idle.chunks(4).any(|p| p[..3] == [0xff, 0xff, 0xff]),
            "a white handset"
        );
        assert_ne!(idle, rgba(IconState::Ringing, false));
        assert_ne!(idle, rgba(IconState::Idle, true));
    }
}
