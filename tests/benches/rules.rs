//! The rules' cost per ringing call (the ring → pop path runs them once):
//! `Rules::decide` with a large spam list and VIP list, do not disturb on a
//! schedule, for a caller that matches nothing (every check runs) and for
//! a VIP. Run with `cargo bench --bench rules`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use criterion::{Criterion, criterion_group, criterion_main};
use skydial::settings::Settings;
use skydial::work::rules::{Ringing, Rules};
use std::hint::black_box;

fn rules() -> Rules {
    let mut s = Settings::default();
    s.rules.dnd_outside_working_hours = true;
    s.rules.working_hours.sat = "22:00-06:00".into();
    s.rules.vip = (0..50).map(|i| format!("+1 646 555 {i:04}")).collect();
    s.rules
        .vip
        .extend((0..50).map(|i| format!("VIP contact {i}")));
    s.rules.ignore_numbers = (0..500).map(|i| format!("900555{i:04}")).collect();
    s.rules
        .ignore_numbers
        .extend((0..50).map(|i| format!("1{:03}*", 200 + i)));
    let (rules, problems) = Rules::from_settings(&s);
    assert!(problems.is_empty(), "{problems:?}");
    rules
}

fn decide(c: &mut Criterion) {
    let rules = rules();
    // A Sunday afternoon: outside the working hours.
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-08T15:00:00-04:00").unwrap();
    let stranger = Ringing {
        number: "+1 (718) 555-0100",
        name: Some("Someone Unknown"),
    };
    let vip = Ringing {
        number: "16465550042",
        name: None,
    };
    c.bench_function("rules: decide, a stranger under DND", |b| {
        b.iter(|| rules.decide(black_box(stranger), black_box(&now)))
    });
    c.bench_function("rules: decide, a VIP under DND", |b| {
        b.iter(|| rules.decide(black_box(vip), black_box(&now)))
    });
    c.bench_function("rules: read from the settings", |b| {
        let mut s = Settings::default();
        s.rules.ignore_numbers = (0..500).map(|i| format!("900555{i:04}")).collect();
        b.iter(|| Rules::from_settings(black_box(&s)))
    });
}

criterion_group!(benches, decide);
criterion_main!(benches);
