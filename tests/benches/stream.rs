//! Throughput of the receive path on a realistic event stream.
//!
//! - `framer+parser`: bytes of a subscription stream (one document per state
//!   change, a few `listCalls` answers), cut into uneven chunks, through the
//!   framer and the response parser. Reported in MB/s (target: over 100 MB/s).
//! - `parse+store+history`: a burst of 10,000 events through the parser, the
//!   call store and the SQLite history (one transaction per burst, as the
//!   engine writes). Reported in events/s (target: over 20,000/s).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use skydial::engine::CallStore;
use skydial::history::History;
use skydial::protocol::{Call, CallId, CallState, Framer, Response, ResultValue};
use std::hint::black_box;

fn call(id: u64, state: CallState, inbound: bool) -> Call {
    Call {
        id: CallId::new(id.to_string()),
        state,
        ani: format!("1212555{:04}", id % 10_000),
        clid: inbound.then(|| "6465551000".to_string()),
        did: "6465551000".into(),
        duration: id % 300,
        endpoint: "0010492e1234".into(),
        originated: !inbound,
    }
}

/// Documents as the server sends them: each call rings (or is dialled), is
/// answered, maybe held, and ends; every 50th document is a listCalls answer.
fn event_documents(events: usize) -> Vec<String> {
    let mut docs = Vec::with_capacity(events);
    let mut id = 66_000u64;
    while docs.len() < events {
        id += 1;
        let inbound = !id.is_multiple_of(3);
        let first = if inbound {
            CallState::Ringing
        } else {
            CallState::Pending
        };
        let path: &[CallState] = if id.is_multiple_of(4) {
            &[
                CallState::Connected,
                CallState::Holding,
                CallState::Connected,
                CallState::Deleted,
            ]
        } else if id.is_multiple_of(5) {
            &[CallState::Deleted]
        } else {
            &[CallState::Connected, CallState::Deleted]
        };
        for state in std::iter::once(&first).chain(path.iter()) {
            docs.push(Response::calls(Some("1".into()), vec![call(id, *state, inbound)]).to_xml());
        }
        if docs.len() % 50 == 0 {
            let listed = (0..3)
                .map(|k| call(id + k, CallState::Connected, true))
                .collect();
            docs.push(Response::calls(Some("7".into()), listed).to_xml());
        }
    }
    docs.truncate(events);
    docs
}

/// Cuts the stream into chunks of uneven sizes (512 B to 16 KiB), as a socket delivers it.
fn chunks(stream: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut size = 512usize;
    while at < stream.len() {
        let end = (at + size).min(stream.len());
        out.push(&stream[at..end]);
        at = end;
        size = 512 + (size * 7919) % (16 * 1024);
    }
    out
}

fn framer_and_parser(c: &mut Criterion) {
    let docs = event_documents(10_000);
    let stream: String = docs.join("\n");
    let pieces = chunks(stream.as_bytes());
    let mut group = c.benchmark_group("receive");
    group.throughput(Throughput::Bytes(stream.len() as u64));
    group.bench_function("framer+parser", |b| {
        b.iter(|| {
            let mut framer = Framer::new();
            let mut calls = 0usize;
            for piece in &pieces {
                framer.push(piece).unwrap();
                while let Some(doc) = framer.next_document().unwrap() {
                    if let Some(ResultValue::Calls(c)) = Response::parse(&doc).unwrap().result {
                        calls += c.len();
                    }
                }
            }
            black_box(calls)
        })
    });
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let docs = event_documents(10_000);
    let stream: String = docs.join("\n");
    let pieces = chunks(stream.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("engine");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.sample_size(20);
    let mut run = 0;
    group.bench_function("parse+store+history (10,000-event burst)", |b| {
        b.iter(|| {
            run += 1;
            let mut history = History::open(&dir.path().join(format!("h{run}.sqlite3"))).unwrap();
            let mut store = CallStore::new();
            let mut framer = Framer::new();
            let now = tokio::time::Instant::now();
            let mut changes = Vec::new();
            let mut seq = 0;
            for piece in &pieces {
                framer.push(piece).unwrap();
                while let Some(doc) = framer.next_document().unwrap() {
                    seq += 1;
                    if let Some(ResultValue::Calls(calls)) = Response::parse(&doc).unwrap().result {
                        for call in calls {
                            changes.extend(store.apply(call, seq, now, |c| {
                                history.lookup_name(&c.ani).ok().flatten()
                            }));
                        }
                    }
                }
            }
            let ms = skydial::history::now_ms();
            history
                .batch(|b| {
                    for change in &changes {
                        match change {
                            skydial::engine::Change::Ended { call, missed } => b
                                .end("6465551000", &call.call, None, *missed, ms)
                                .map(|_| ())?,
                            other => b.record("6465551000", &other.call().call, None, ms)?,
                        }
                    }
                    Ok(())
                })
                .unwrap();
            black_box(changes.len())
        })
    });
    group.finish();
}

criterion_group!(benches, framer_and_parser, pipeline);
criterion_main!(benches);
