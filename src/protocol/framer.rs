//! Turns the bytes of a response stream into whole XML documents.
//!
//! The server writes one document per response or event, but HTTP chunks are not
//! document boundaries: a document may be split across reads and one read may hold
//! several. The framer follows just enough XML (tags, quotes, comments, CDATA,
//! processing instructions) to find where each root element ends, in one pass
//! over the bytes. It is bounded: see [`MAX_DOCUMENT_BYTES`] and [`MAX_PENDING_BYTES`].

use memchr::{memchr, memchr3};

/// The largest single document accepted: 1 MiB. A `listCalls` result with a
/// thousand calls is about 300 KiB.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// The most bytes the framer holds at once (undelivered documents plus the
/// partial one): 4 MiB. Callers take documents out after every push.
pub const MAX_PENDING_BYTES: usize = 4 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    #[error("a document from the server is larger than {MAX_DOCUMENT_BYTES} bytes")]
    DocumentTooLarge,
    #[error("the server sent more than {MAX_PENDING_BYTES} bytes without completing a document")]
    PendingTooLarge,
    #[error("the server sent text outside any XML document: {}", super::text::quoted(.0))]
    UnexpectedText(String),
    #[error("the server sent a closing tag that closes nothing")]
    UnbalancedEndTag,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// Between tags.
    Text,
    /// Inside `<name ...>`; `quote` is the open quote character, or 0.
    StartTag { quote: u8 },
    /// Inside `</name>`.
    EndTag,
    /// Inside `<? ... ?>`.
    Pi,
    /// Inside `<!-- ... -->`.
    Comment,
    /// Inside `<![CDATA[ ... ]]>`.
    CData,
    /// Inside `<!DOCTYPE ...>` or similar.
    Decl { quote: u8 },
}

/// Incremental document splitter. Push bytes, then take documents until `None`.
/// After an error the stream cannot be trusted; every later call returns it again.
#[derive(Debug)]
pub struct Framer {
    buf: Vec<u8>,
    /// Bytes before this offset are delivered or skipped.
    start: usize,
    /// Next byte to scan.
    pos: usize,
    /// Where the document being scanned began (its first `<`).
    doc_start: Option<usize>,
    /// Where the construct being scanned (tag, comment, ...) began.
    tag_start: usize,
    depth: u32,
    scan: Scan,
    failed: Option<FrameError>,
}

impl Default for Framer {
    fn default() -> Self {
        Self::new()
    }
}

impl Framer {
    pub fn new() -> Self {
        Self {
            buf: Vec::with_capacity(8192),
            start: 0,
            pos: 0,
            doc_start: None,
            tag_start: 0,
            depth: 0,
            scan: Scan::Text,
            failed: None,
        }
    }

    /// Bytes held that are not yet delivered as documents.
    pub fn pending(&self) -> usize {
        self.buf.len() - self.start
    }

    /// True when no partial document is held (only whitespace, if anything).
    pub fn is_idle(&self) -> bool {
        self.doc_start.is_none() && self.scan == Scan::Text
    }

    fn fail(&mut self, err: FrameError) -> FrameError {
        self.failed = Some(err.clone());
        err
    }

    /// Adds bytes read from the stream.
    pub fn push(&mut self, data: &[u8]) -> Result<(), FrameError> {
        if let Some(err) = &self.failed {
            return Err(err.clone());
        }
        if self.start > 0 && (self.start >= self.buf.len() / 2 || self.start > 1 << 16) {
            self.compact();
        }
        if self.pending() + data.len() > MAX_PENDING_BYTES {
            return Err(self.fail(FrameError::PendingTooLarge));
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }

    fn compact(&mut self) {
        let shift = self.start;
        self.buf.drain(..shift);
        self.start = 0;
        self.pos -= shift;
        self.tag_start = self.tag_start.saturating_sub(shift);
        if let Some(d) = self.doc_start.as_mut() {
            *d -= shift;
        }
    }

    /// The next whole document, if one is complete.
    pub fn next_document(&mut self) -> Result<Option<Vec<u8>>, FrameError> {
        if let Some(err) = &self.failed {
            return Err(err.clone());
        }
        match self.scan_to_document_end() {
            Ok(Some(end)) => {
                let begin = self.doc_start.take().unwrap_or(self.start);
                let doc = self.buf[begin..end].to_vec();
                self.start = end;
                Ok(Some(doc))
            }
            Ok(None) => {
                if let Some(begin) = self.doc_start {
                    if self.buf.len() - begin > MAX_DOCUMENT_BYTES {
                        return Err(self.fail(FrameError::DocumentTooLarge));
                    }
                } else if self.scan == Scan::Text {
                    // Only whitespace so far: nothing worth keeping.
                    self.start = self.pos;
                }
                Ok(None)
            }
            Err(err) => Err(self.fail(err)),
        }
    }

    /// Scans forward; returns the end offset (exclusive) of a completed document.
    #[expect(
        clippy::too_many_lines,
        reason = "one state machine over the bytes; split, its states would be spread over functions"
    )]
    fn scan_to_document_end(&mut self) -> Result<Option<usize>, FrameError> {
        let len = self.buf.len();
        while self.pos < len {
            match self.scan {
                Scan::Text => {
                    if self.depth == 0 {
                        // Outside any root: only whitespace (or a BOM) may come before `<`.
                        let b = self.buf[self.pos];
                        if b.is_ascii_whitespace() {
                            self.pos += 1;
                            continue;
                        }
                        if self.buf[self.pos..].starts_with(b"\xEF\xBB\xBF") {
                            self.pos += 3;
                            continue;
                        }
                        if b != b'<' {
                            let end = (self.pos + 40).min(len);
                            let text = String::from_utf8_lossy(&self.buf[self.pos..end]);
                            return Err(FrameError::UnexpectedText(text.into_owned()));
                        }
                        if self.doc_start.is_none() {
                            self.doc_start = Some(self.pos);
                        }
                    } else {
                        match memchr(b'<', &self.buf[self.pos..]) {
                            Some(i) => self.pos += i,
                            None => {
                                self.pos = len;
                                break;
                            }
                        }
                    }
                    // At a `<`: decide what it opens.
                    let rest = &self.buf[self.pos..];
                    if rest.len() < 2 {
                        break;
                    }
                    self.tag_start = self.pos;
                    match rest[1] {
                        b'?' => {
                            self.scan = Scan::Pi;
                            self.pos += 2;
                        }
                        b'/' => {
                            self.scan = Scan::EndTag;
                            self.pos += 2;
                        }
                        b'!' => {
                            if rest.starts_with(b"<!--") {
                                self.scan = Scan::Comment;
                                self.pos += 4;
                            } else if rest.starts_with(b"<![CDATA[") {
                                self.scan = Scan::CData;
                                self.pos += 9;
                            } else if rest.len() < 9
                                && (b"<!--".starts_with(rest) || b"<![CDATA[".starts_with(rest))
                            {
                                break; // not enough bytes to tell yet
                            } else {
                                self.scan = Scan::Decl { quote: 0 };
                                self.pos += 2;
                            }
                        }
                        _ => {
                            self.scan = Scan::StartTag { quote: 0 };
                            self.pos += 1;
                        }
                    }
                }
                Scan::StartTag { quote } | Scan::Decl { quote } => {
                    let in_start_tag = matches!(self.scan, Scan::StartTag { .. });
                    let set_quote = |q: u8| {
                        if in_start_tag {
                            Scan::StartTag { quote: q }
                        } else {
                            Scan::Decl { quote: q }
                        }
                    };
                    if quote != 0 {
                        match memchr(quote, &self.buf[self.pos..]) {
                            Some(i) => {
                                self.pos += i + 1;
                                self.scan = set_quote(0);
                            }
                            None => {
                                self.pos = len;
                                break;
                            }
                        }
                        continue;
                    }
                    let Some(i) = memchr3(b'"', b'\'', b'>', &self.buf[self.pos..]) else {
                        self.pos = len;
                        break;
                    };
                    let at = self.pos + i;
                    let b = self.buf[at];
                    self.pos = at + 1;
                    if b != b'>' {
                        self.scan = set_quote(b);
                        continue;
                    }
                    self.scan = Scan::Text;
                    if in_start_tag {
                        let self_closing = at > self.tag_start + 1 && self.buf[at - 1] == b'/';
                        if !self_closing {
                            self.depth += 1;
                        } else if self.depth == 0 {
                            return Ok(Some(self.pos));
                        }
                    }
                }
                Scan::EndTag => {
                    let Some(i) = memchr(b'>', &self.buf[self.pos..]) else {
                        self.pos = len;
                        break;
                    };
                    self.pos += i + 1;
                    self.scan = Scan::Text;
                    if self.depth == 0 {
                        return Err(FrameError::UnbalancedEndTag);
                    }
                    self.depth -= 1;
                    if self.depth == 0 {
                        return Ok(Some(self.pos));
                    }
                }
                Scan::Pi => {
                    if self.find_terminator(b"?>", 2) {
                        self.scan = Scan::Text;
                    } else {
                        break;
                    }
                }
                Scan::Comment => {
                    if self.find_terminator(b"-->", 4) {
                        self.scan = Scan::Text;
                    } else {
                        break;
                    }
                }
                Scan::CData => {
                    if self.find_terminator(b"]]>", 9) {
                        self.scan = Scan::Text;
                    } else {
                        break;
                    }
                }
            }
        }
        Ok(None)
    }

    /// Moves past `term` (which ends in `>`), not counting bytes of the opener
    /// (`opener_len` bytes from `tag_start`). False when it is not in the buffer yet.
    fn find_terminator(&mut self, term: &[u8], opener_len: usize) -> bool {
        let body_start = self.tag_start + opener_len;
        loop {
            let Some(i) = memchr(b'>', &self.buf[self.pos..]) else {
                self.pos = self.buf.len();
                return false;
            };
            let end = self.pos + i + 1;
            self.pos = end;
            if end >= body_start + term.len() && self.buf[..end].ends_with(term) {
                return true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(framer: &mut Framer) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(doc) = framer.next_document().unwrap() {
            out.push(String::from_utf8(doc).unwrap());
        }
        out
    }

    #[test]
    fn splits_two_documents_in_one_read() {
        let mut f = Framer::new();
        f.push(b"<?xml version=\"1.0\"?>\n<a><b>1</b></a>\n<?xml version=\"1.0\"?><a x='>'/>")
            .unwrap();
        assert_eq!(
            all(&mut f),
            vec![
                "<?xml version=\"1.0\"?>\n<a><b>1</b></a>",
                "<?xml version=\"1.0\"?><a x='>'/>"
            ]
        );
        assert!(f.is_idle());
    }

    #[test]
    fn waits_for_the_rest_of_a_split_document() {
        let mut f = Framer::new();
        f.push(b"<a><!-- </a> --><![CDATA[</a>]]>").unwrap();
        assert!(all(&mut f).is_empty());
        f.push(b"</a>").unwrap();
        assert_eq!(all(&mut f), vec!["<a><!-- </a> --><![CDATA[</a>]]></a>"]);
    }

    #[test]
    fn comment_terminator_must_not_overlap_its_opener() {
        let mut f = Framer::new();
        f.push(b"<a><!--></a>").unwrap();
        assert!(all(&mut f).is_empty(), "<!--> does not close the comment");
        f.push(b"--></a>").unwrap();
        assert_eq!(all(&mut f), vec!["<a><!--></a>--></a>"]);
    }

    #[test]
    fn text_between_documents_is_an_error() {
        let mut f = Framer::new();
        f.push(b"<a/>junk").unwrap();
        assert_eq!(f.next_document().unwrap().unwrap(), b"<a/>");
        assert!(matches!(
            f.next_document(),
            Err(FrameError::UnexpectedText(_))
        ));
        // poisoned from then on
        assert!(f.push(b"<a/>").is_err());
    }

    #[test]
    fn stray_end_tag_is_an_error() {
        let mut f = Framer::new();
        f.push(b"</a>").unwrap();
        assert_eq!(f.next_document(), Err(FrameError::UnbalancedEndTag));
    }

    #[test]
    fn oversized_document_is_refused() {
        let mut f = Framer::new();
        f.push(b"<a>").unwrap();
        let filler = vec![b'x'; 64 * 1024];
        let mut result = Ok(None);
        for _ in 0..(MAX_DOCUMENT_BYTES / filler.len() + 2) {
            if let Err(e) = f.push(&filler) {
                result = Err(e);
                break;
            }
            result = f.next_document();
            if result.is_err() {
                break;
            }
        }
        assert_eq!(result, Err(FrameError::DocumentTooLarge));
        assert!(f.pending() <= MAX_DOCUMENT_BYTES + filler.len() + 3);
    }

    #[test]
    fn pending_limit_is_enforced_on_push() {
        let mut f = Framer::new();
        let big = vec![b' '; MAX_PENDING_BYTES + 1];
        assert_eq!(f.push(&big), Err(FrameError::PendingTooLarge));
    }

    #[test]
    fn whitespace_between_documents_is_not_kept() {
        let mut f = Framer::new();
        for _ in 0..100 {
            f.push(&[b'\n'; 1000]).unwrap();
            assert!(f.next_document().unwrap().is_none());
        }
        assert!(f.pending() == 0);
    }
}
