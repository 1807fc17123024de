//! Reading the generated data tables (`numbers.bin`, `places.bin`): little-
//! endian integers and slices, each read checked, so that a damaged table
//! gives "unknown", never a panic.

/// A cursor over a table.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Self { data, at: 0 }
    }

    /// A cursor at `at` in `data`.
    pub(crate) fn at(data: &'a [u8], at: usize) -> Self {
        Self { data, at }
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.data.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.bytes(N)?.try_into().ok()
    }

    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }

    pub(crate) fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.array()?))
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }

    pub(crate) fn i32(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.array()?))
    }

    /// A `u16`-length-prefixed slice.
    pub(crate) fn slice16(&mut self) -> Option<&'a [u8]> {
        let n = self.u16()?;
        self.bytes(usize::from(n))
    }
}

/// Whether the digit-prefix trie `node` accepts a prefix of `digits`.
///
/// A node is a `u16` mask of the digits that end an accepted prefix, a `u16`
/// mask of the digits with a child node, then each child in digit order as a
/// `u16` length and the child. An empty trie accepts everything.
pub(crate) fn trie_accepts(node: &[u8], digits: &[u8]) -> bool {
    if node.is_empty() {
        return true;
    }
    let mut node = node;
    for &d in digits {
        let Some(digit) = d.checked_sub(b'0').filter(|d| *d < 10) else {
            return false;
        };
        let mut r = Reader::new(node);
        let (Some(accept), Some(children)) = (r.u16(), r.u16()) else {
            return false;
        };
        if accept & (1 << digit) != 0 {
            return true;
        }
        if children & (1 << digit) == 0 {
            return false;
        }
        for before in 0..digit {
            if children & (1 << before) != 0 && r.slice16().is_none() {
                return false;
            }
        }
        match r.slice16() {
            Some(child) => node = child,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trie of {"2", "31", "35"}.
    fn sample() -> Vec<u8> {
        let child: Vec<u8> = [(1u16 << 1) | (1 << 5), 0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        let mut root: Vec<u8> = [1u16 << 2, 1 << 3]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        root.extend((child.len() as u16).to_le_bytes());
        root.extend(child);
        root
    }

    #[test]
    fn tries_match_prefixes() {
        let t = sample();
        assert!(trie_accepts(&t, b"2"));
        assert!(trie_accepts(&t, b"2999"));
        assert!(trie_accepts(&t, b"315"));
        assert!(trie_accepts(&t, b"35"));
        assert!(!trie_accepts(&t, b"3"));
        assert!(!trie_accepts(&t, b"32"));
        assert!(!trie_accepts(&t, b"4"));
        assert!(!trie_accepts(&t, b""));
        assert!(!trie_accepts(&t, b"x"));
        assert!(trie_accepts(&[], b"123"));
    }

    #[test]
    fn damaged_tables_read_as_nothing() {
        let t = sample();
        for cut in 0..t.len() {
            // No panic, whatever is cut off.
            let _ = trie_accepts(&t[..cut], b"35");
        }
        let mut r = Reader::new(&[1, 2, 3]);
        assert_eq!(r.u16(), Some(0x0201));
        assert_eq!(r.u16(), None);
        assert_eq!(r.u8(), Some(3));
        assert_eq!(r.u8(), None);
        assert_eq!(Reader::at(&[1], usize::MAX).bytes(2), None);
    }
}
