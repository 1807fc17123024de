//! `Framer`: the input is pushed in up to four pieces, split at points taken
//! from its first bytes; after each push, documents are taken until `None`.
//! Nothing may panic, and every document is a contiguous slice of what was
//! pushed, in order, starting at a `<` and ending at a `>`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::protocol::Framer;

fuzz_target!(|data: &[u8]| {
    let Some((&control, rest)) = data.split_first() else {
        return;
    };
    // Low two bits: how many cut points (0..=3); each cut takes one more byte.
    let cuts = usize::from(control & 3);
    if rest.len() < cuts {
        return;
    }
    let (cut_bytes, stream) = rest.split_at(cuts);
    let mut points: Vec<usize> = cut_bytes
        .iter()
        .map(|&b| usize::from(b) * (stream.len() + 1) / 256)
        .collect();
    points.sort_unstable();
    points.push(stream.len());

    let mut framer = Framer::new();
    let mut pushed: Vec<u8> = Vec::with_capacity(stream.len());
    // Where the previous document ended in `pushed`: the next one starts at or after it.
    let mut cursor = 0usize;
    let mut from = 0usize;
    for &to in &points {
        let piece = &stream[from..to];
        from = to;
        if let Err(err) = framer.push(piece) {
            // A failed framer stays failed.
            assert_eq!(framer.push(b"<a/>"), Err(err.clone()));
            assert_eq!(framer.next_document(), Err(err));
            return;
        }
        pushed.extend_from_slice(piece);
        loop {
            match framer.next_document() {
                Ok(Some(doc)) => {
                    assert!(!doc.is_empty(), "an empty document");
                    assert_eq!(doc[0], b'<', "a document that does not start at '<'");
                    assert_eq!(
                        doc[doc.len() - 1],
                        b'>',
                        "a document that does not end at '>'"
                    );
                    let at = find(&pushed[cursor..], &doc).unwrap_or_else(|| {
                        panic!(
                            "document {:?} is not a slice of the pushed bytes after offset {cursor}",
                            String::from_utf8_lossy(&doc)
                        )
                    });
                    cursor += at + doc.len();
                }
                Ok(None) => break,
                Err(err) => {
                    assert_eq!(framer.next_document(), Err(err.clone()));
                    assert_eq!(framer.push(b"<a/>"), Err(err));
                    return;
                }
            }
        }
    }
});

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
