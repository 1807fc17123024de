//! The painter's tests: fills, edges, blending, clipping, scaling, colours,
//! textures, and hostile meshes.

use super::canvas::{P, edge, inside, owns_edge};
use super::*;
use egui::epaint::ImageDelta;
use egui::epaint::Mesh;
use egui::epaint::Vertex;
use egui::{ColorImage, Pos2, TexturesDelta, pos2, vec2};
use egui::{Rect, TextureFilter};

pub(super) const W: usize = 16;
pub(super) const H: usize = 12;
pub(super) const BLACK: Color32 = Color32::BLACK;

pub(super) fn draw(raster: &Raster, prims: &[ClippedPrimitive]) -> Vec<u32> {
    let mut buf = vec![0xdead_beef_u32; W * H];
    raster.paint(&mut buf, W, H, 1.0, BLACK, prims);
    buf
}

pub(super) fn rect_mesh(rect: Rect, color: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    mesh.add_colored_rect(rect, color);
    mesh
}

pub(super) fn prim(mesh: Mesh) -> ClippedPrimitive {
    ClippedPrimitive {
        clip_rect: Rect::EVERYTHING,
        primitive: Primitive::Mesh(mesh),
    }
}

pub(super) fn at(buf: &[u32], x: usize, y: usize) -> u32 {
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

pub(super) fn texture(
    raster: &mut Raster,
    id: TextureId,
    image: ColorImage,
    filter: TextureFilter,
) {
    let mut delta = TexturesDelta::default();
    let options = TextureOptions {
        magnification: filter,
        minification: filter,
        ..TextureOptions::default()
    };
    delta.push(id, ImageDelta::full(image, options));
    raster.set_textures(&mut delta);
}

pub(super) fn textured_quad(id: TextureId) -> Mesh {
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
