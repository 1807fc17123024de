//! A shortest edit script between two frames' items (Myers' algorithm).

/// A shortest edit script turning a sequence of `n` items into one of `m` (`eq(i, j)`
/// when the first's `i` and the second's `j` are the same), by Myers' algorithm: the
/// indices of the first it removes, and of the second it inserts. Past `max_edits`
/// edits, everything between the common ends.
pub(super) fn diff(
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

pub(super) const UNREACHED: isize = -1;

#[derive(Clone, Copy)]
pub(super) enum Move {
    /// Insert the second sequence's next item (y + 1), from diagonal k + 1.
    Down,
    /// Remove the first sequence's next item (x + 1), from diagonal k - 1.
    Right,
}

/// Where round `d`'s path on diagonal `k` starts its run of matches: one move from the
/// furthest points of round `d - 1` (in `v`), the one reaching further within the grid.
/// Round 0 starts at x = 0 with no move.
pub(super) fn myers_step(
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
