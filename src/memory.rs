//! Hidden in the tray, skydial gives back the memory it is not using: once
//! the window is hidden and nothing has happened for [`QUIET`], the pages
//! of code and read-only data it ran to start, to draw the window or to
//! handle the last call are handed back to the system. The next call maps
//! again those it needs.
//!
//! On Linux: `MADV_PAGEOUT` over the binary's and the libraries' read-only
//! file mappings (the kernel reclaims only pages no other process maps, and
//! keeps their contents), then the same pages read back into the system's
//! file cache (`POSIX_FADV_WILLNEED`), which the kernel counts as available
//! memory: a page touched later is mapped again without waiting for the disk.
//! On Windows: `EmptyWorkingSet` (the pages go to the standby list, from
//! where a touch brings them back without reading the disk). Quiet with the
//! window shown, only glibc's free heap pages go (`malloc_trim`): code the
//! window runs stays where it is.

use std::time::Duration;
use tokio::sync::Notify;

/// How long the hidden app must have been quiet before it trims.
const QUIET: Duration = Duration::from_secs(10);

/// Something happened (a call, a request, the window hidden).
static STIRRED: Notify = Notify::const_new();

/// Says that something happened: the trim waits for [`QUIET`] from now.
pub fn stir() {
    STIRRED.notify_one();
}

/// Trims whenever the app has been quiet for [`QUIET`] after something
/// happened: the allocator's free pages go back to the system, and with the
/// window hidden (`shown` says whether it is) the code and read-only pages
/// too. Waits on nothing else: no timer runs while nothing happens.
pub async fn run(shown: impl Fn() -> bool) {
    loop {
        STIRRED.notified().await;
        while tokio::time::timeout(QUIET, STIRRED.notified())
            .await
            .is_ok()
        {}
        let hidden = !shown();
        if let Ok(what) = tokio::task::spawn_blocking(move || give_back(hidden)).await {
            let how = if hidden { "hidden and quiet" } else { "quiet" };
            tracing::info!("{how}: gave back {what}");
        }
    }
}

/// Gives back the allocator's free pages, and when `hidden` the pages of
/// code and read-only data; says what went.
fn give_back(hidden: bool) -> String {
    let mut given = Vec::new();
    if release_free_heap() {
        given.push("the allocator's free pages".to_string());
    }
    if hidden {
        match give_back_pages() {
            Ok(what) => given.push(what),
            Err(e) => tracing::debug!("could not give code pages back: {e}"),
        }
    }
    if given.is_empty() {
        "nothing".to_string()
    } else {
        given.join(" and ")
    }
}

/// glibc keeps what was freed in its heaps for later (after the history's
/// first load, or a window's pass, about 0.4 MB): `malloc_trim` hands the
/// whole free pages back. Says whether any went.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(unsafe_code, reason = "glibc's malloc_trim is declared here")]
fn release_free_heap() -> bool {
    unsafe extern "C" {
        /// glibc: returns the free memory at the top of each heap and the
        /// whole free pages inside them to the system; takes no pointer.
        safe fn malloc_trim(pad: usize) -> core::ffi::c_int;
    }
    malloc_trim(0) == 1
}

/// Other C libraries give free memory back by themselves.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_free_heap() -> bool {
    false
}

/// A mapping of a file, read-only, as `/proc/self/maps` lists it.
#[cfg(any(target_os = "linux", test))]
#[derive(Debug, PartialEq)]
struct FileMapping {
    start: usize,
    end: usize,
    /// Where in the file the mapping begins.
    offset: u64,
    path: String,
}

/// Hands the resident read-only file pages of this process back to the
/// kernel, and has the kernel read the same pages into its file cache again,
/// so that a page touched later comes back without waiting for the disk.
#[cfg(target_os = "linux")]
fn give_back_pages() -> std::io::Result<String> {
    use std::os::unix::fs::FileExt;
    let mappings = read_only_file_mappings(std::io::BufReader::new(std::fs::File::open(
        "/proc/self/maps",
    )?))?;
    let pagemap = std::fs::File::open("/proc/self/pagemap")?;
    let page = rustix::param::page_size();
    let (mut given, mut refused) = (0usize, 0usize);
    let mut entries = Vec::new();
    for mapping in &mappings {
        let pages = (mapping.end - mapping.start) / page;
        entries.resize(pages * 8, 0u8);
        pagemap.read_exact_at(&mut entries, (mapping.start / page * 8) as u64)?;
        let resident = resident_runs(&entries);
        if resident.is_empty() {
            continue;
        }
        if page_out(mapping.start, mapping.end - mapping.start).is_err() {
            refused += 1;
            continue;
        }
        given += resident.iter().map(|(_, count)| count).sum::<usize>() * page;
        // The same pages back into the file cache (not into this process):
        // what the kernel reclaimed costs a disk read no more.
        if let Ok(file) = std::fs::File::open(&mapping.path) {
            for (first, count) in resident {
                let _ = rustix::fs::fadvise(
                    &file,
                    mapping.offset + (first * page) as u64,
                    std::num::NonZeroU64::new((count * page) as u64),
                    rustix::fs::Advice::WillNeed,
                );
            }
        }
    }
    Ok(format!(
        "{} KiB of code and read-only data ({} file mappings; {refused} refused)",
        given / 1024,
        mappings.len()
    ))
}

/// The runs of resident pages (first page, how many) in `entries`, a
/// range's entries of `/proc/self/pagemap` (8 bytes a page; bit 63: in
/// memory).
#[cfg(any(target_os = "linux", test))]
fn resident_runs(entries: &[u8]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (index, entry) in entries.chunks_exact(8).enumerate() {
        let Ok(bytes) = <[u8; 8]>::try_from(entry) else {
            continue;
        };
        if u64::from_ne_bytes(bytes) >> 63 == 0 {
            continue;
        }
        match runs.last_mut() {
            Some((first, count)) if *first + *count == index => *count += 1,
            _ => runs.push((index, 1)),
        }
    }
    runs
}

/// `MADV_PAGEOUT` over `len` bytes at `start`.
#[cfg(target_os = "linux")]
#[expect(
    unsafe_code,
    reason = "madvise takes a raw address range; PAGEOUT keeps every page's contents"
)]
fn page_out(start: usize, len: usize) -> std::io::Result<()> {
    let addr = std::ptr::without_provenance_mut::<core::ffi::c_void>(start);
    // SAFETY: MADV_PAGEOUT only asks the kernel to reclaim the pages of the
    // range; their contents stay what they were (a file page is read again
    // from its file when next touched), so no memory this program can see
    // changes. The range is a mapping of this process as /proc/self/maps
    // listed it; had it gone since, the call fails with ENOMEM.
    unsafe { rustix::mm::madvise(addr, len, rustix::mm::Advice::LinuxPageOut) }
        .map_err(std::io::Error::from)
}

/// The mappings in `maps` (the format of `/proc/PID/maps`) of a file,
/// private and without write access: code and read-only data, whose pages
/// the kernel can always read again. Anonymous memory (the heap, stacks),
/// writable or shared mappings and deleted files are left alone.
#[cfg(any(target_os = "linux", test))]
fn read_only_file_mappings(maps: impl std::io::BufRead) -> std::io::Result<Vec<FileMapping>> {
    let mut mappings = Vec::new();
    for line in maps.lines() {
        let line = line?;
        let mut fields = line.split_ascii_whitespace();
        let (Some(range), Some(perms), Some(offset)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        // The device and the inode, then the path (which may hold spaces).
        let path = fields.skip(2).collect::<Vec<_>>().join(" ");
        let perms = perms.as_bytes();
        if !path.starts_with('/')
            || path.ends_with("(deleted)")
            || perms.get(1) != Some(&b'-')
            || perms.get(3) != Some(&b'p')
        {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        if let (Ok(start), Ok(end), Ok(offset)) = (
            usize::from_str_radix(start, 16),
            usize::from_str_radix(end, 16),
            u64::from_str_radix(offset, 16),
        ) && end > start
        {
            mappings.push(FileMapping {
                start,
                end,
                offset,
                path,
            });
        }
    }
    Ok(mappings)
}

/// Empties this process's working set: the pages go to the standby list.
#[cfg(windows)]
fn give_back_pages() -> std::io::Result<String> {
    winsafe::HPROCESS::GetCurrentProcess()
        .EmptyWorkingSet()
        .map_err(|e| std::io::Error::from_raw_os_error(e.raw() as i32))?;
    Ok("its working set (EmptyWorkingSet)".to_string())
}

#[cfg(not(any(target_os = "linux", windows)))]
fn give_back_pages() -> std::io::Result<String> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_read_only_file_mappings_are_given_back() {
        let maps = "\
55d0c0000000-55d0c0200000 r--p 00000000 08:01 1234 /usr/bin/skydial
55d0c0200000-55d0c0900000 r-xp 00200000 08:01 1234 /usr/bin/skydial
55d0c0900000-55d0c0a00000 rw-p 00900000 08:01 1234 /usr/bin/skydial
55d0c1000000-55d0c1400000 rw-p 00000000 00:00 0 [heap]
7f0000000000-7f0000100000 r--p 00000000 08:01 99 /usr/lib/x86_64-linux-gnu/libc.so.6
7f0000100000-7f0000200000 ---p 00000000 00:00 0
7f0000200000-7f0000201000 r--s 00000000 00:05 7 /memfd:wayland-shm (deleted)
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0 [stack]
7ffd00100000-7ffd00102000 r-xp 00000000 00:00 0 [vdso]
garbage line
ffff-0000 r--p 00000000 08:01 1 /backwards
";
        let found = read_only_file_mappings(maps.as_bytes()).unwrap();
        let ranges: Vec<_> = found.iter().map(|m| (m.start, m.end, m.offset)).collect();
        assert_eq!(
            ranges,
            vec![
                (0x55d0c0000000, 0x55d0c0200000, 0),
                (0x55d0c0200000, 0x55d0c0900000, 0x200000),
                (0x7f0000000000, 0x7f0000100000, 0),
            ]
        );
        assert_eq!(found[2].path, "/usr/lib/x86_64-linux-gnu/libc.so.6");
        let spaced = "1000-2000 r--p 00000000 08:01 5 /opt/My Apps/lib.so\n";
        assert_eq!(
            read_only_file_mappings(spaced.as_bytes()).unwrap()[0].path,
            "/opt/My Apps/lib.so"
        );
    }

    #[test]
    fn resident_pages_are_found_in_runs() {
        let entry = |present: bool| (u64::from(present) << 63 | 0x1234).to_ne_bytes();
        let entries: Vec<u8> = [true, true, false, true, false, false, true, true, true]
            .into_iter()
            .flat_map(entry)
            .collect();
        assert_eq!(resident_runs(&entries), vec![(0, 2), (3, 1), (6, 3)]);
        assert_eq!(resident_runs(&[]), vec![]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_gives_back_its_code_and_still_runs() {
        let said = give_back_pages().unwrap();
        assert!(said.contains("; 0 refused"), "{said}");
        let given: usize = said.split(' ').next().unwrap().parse().unwrap();
        assert!(given > 0, "{said}");
        // The code and data paged out come back when used.
        let text = format!("{:?}", (1..=10).collect::<Vec<u64>>());
        assert_eq!(text, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn freed_heap_pages_go_back_and_live_memory_stays() {
        let blocks: Vec<Vec<u8>> = (0..64u8).map(|i| vec![i | 1; 64 * 1024]).collect();
        let kept = vec![7u8; 1024];
        drop(blocks);
        assert!(release_free_heap(), "4 MiB freed, nothing given back");
        assert!(kept.iter().all(|b| *b == 7));
    }

    #[cfg(windows)]
    #[test]
    fn this_process_empties_its_working_set() {
        let said = give_back_pages().unwrap();
        assert!(said.contains("EmptyWorkingSet"), "{said}");
    }
}
