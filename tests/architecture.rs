//! The map is checked: `src/ARCHITECTURE.md`'s table says which part may
//! use which; this reads it, and every `crate::`, `super::`, `self::` (and,
//! in the binary, `skydial::`) path of `src/`, and fails on a use the table
//! forbids, on a module no row names (or a row naming no module), and on any
//! circle among modules or among parts. A module using its own parent or
//! child is not a circle: that is how a part's files share its types.
//!
//! The table is the one source: change it in the same change as the code.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A row of the table: the modules it names, and what they may use
/// (`None`: anything).
#[derive(Debug)]
struct Part {
    modules: Vec<String>,
    may_use: Option<Vec<String>>,
}

/// The words between backquotes in a table cell.
fn quoted(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|s| s.trim_end_matches('/').trim_end_matches(".rs").to_string())
        .collect()
}

/// The table whose header starts `| part |` and ends `may use |`.
fn read_table(markdown: &str) -> Vec<Part> {
    let mut lines = markdown.lines().skip_while(|l| {
        !(l.trim_start().starts_with("| part |") && l.trim_end().ends_with("may use |"))
    });
    assert!(
        lines.next().is_some(),
        "ARCHITECTURE.md has no `| part | … | may use |` table"
    );
    lines
        .skip(1) // | --- | --- |
        .take_while(|l| l.trim_start().starts_with('|'))
        .map(|row| {
            let cells: Vec<&str> = row.trim().trim_matches('|').split('|').collect();
            let (first, last) = (cells[0], cells[cells.len() - 1]);
            let may_use = if last.contains("anything") {
                None
            } else {
                Some(quoted(last))
            };
            Part {
                modules: quoted(first),
                may_use,
            }
        })
        .collect()
}

/// A source file: its module path (`app::desk::ring`), whether it is in the
/// binary (`src/main.rs`, `src/cli/`), and its text.
struct Source {
    module: String,
    binary: bool,
    text: String,
}

fn sources(src: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let rel: PathBuf = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            // The crate roots only declare modules.
            if parts == ["lib"] || parts == ["main"] {
                return None;
            }
            let binary = parts.first().is_some_and(|p| p == "cli");
            Some(Source {
                module: parts.join("::"),
                binary,
                text: std::fs::read_to_string(&path).unwrap(),
            })
        })
        .collect()
}

/// `text` without comments, string and character literals, and the test
/// module at its end (tests may reach further than the code they test).
fn code_only(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && matches!(next, Some('"' | '#')) && (i == 0 || !is_ident(chars[i - 1]))
        {
            // A raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                j += 1;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                out.push_str("\"\"");
                i = j;
            } else {
                out.push(c);
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal ('x', '\n', '\u{1b}'), not a lifetime.
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path that starts with one of `roots` (`crate`, `super`, …) in
/// `code`, use trees expanded: `crate::{a::{b, c}, d}` is `crate::a::b`,
/// `crate::a::c` and `crate::d`.
fn paths(code: &str, roots: &[&str]) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_ident(chars[i]) || (i > 0 && (is_ident(chars[i - 1]) || chars[i - 1] == ':')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_ident(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if roots.contains(&word.as_str())
            && chars.get(i) == Some(&':')
            && chars.get(i + 1) == Some(&':')
        {
            let (tails, end) = tree(&chars, i + 2);
            found.extend(prefixed(&word, tails));
            i = end;
        }
    }
    found
}

/// The paths a use tree starting at `i` spells (after a `::`), and where it ends.
fn tree(chars: &[char], mut i: usize) -> (Vec<Vec<String>>, usize) {
    if chars.get(i) == Some(&'{') {
        let mut all = Vec::new();
        i += 1;
        loop {
            while chars.get(i).is_some_and(|c| c.is_whitespace() || *c == ',') {
                i += 1;
            }
            match chars.get(i) {
                None => return (all, i),
                Some('}') => return (all, i + 1),
                _ => {}
            }
            let start = i;
            while chars.get(i).is_some_and(|c| is_ident(*c) || *c == '*') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if word.is_empty() {
                i += 1; // anything else in a tree (`as`, spaces) is passed over
                continue;
            }
            if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
                let (tails, end) = tree(chars, i + 2);
                all.extend(prefixed(&word, tails));
                i = end;
            } else if word == "self" {
                all.push(Vec::new());
            } else if word != "as" {
                all.push(vec![word]);
            }
            // `as name`: the name is local.
            while chars.get(i).is_some_and(|c| *c != ',' && *c != '}') {
                i += 1;
            }
        }
    }
    let start = i;
    while chars.get(i).is_some_and(|c| is_ident(*c) || *c == '*') {
        i += 1;
    }
    let word: String = chars[start..i].iter().collect();
    if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
        let (tails, end) = tree(chars, i + 2);
        return (prefixed(&word, tails).collect(), end);
    }
    (vec![vec![word]], i)
}

/// Each of `tails` after `head`.
fn prefixed(head: &str, tails: Vec<Vec<String>>) -> impl Iterator<Item = Vec<String>> + '_ {
    tails.into_iter().map(move |tail| {
        let mut path = vec![head.to_string()];
        path.extend(tail);
        path
    })
}

/// Whether `a` is `b` or one of its ancestors (or the other way round).
fn related(a: &str, b: &str) -> bool {
    a == b || b.starts_with(&format!("{a}::")) || a.starts_with(&format!("{b}::"))
}

fn under(module: &str, prefix: &str) -> bool {
    module == prefix || module.starts_with(&format!("{prefix}::"))
}

/// The longest module in `known` that `path` starts with.
fn resolve(path: &[String], known: &BTreeSet<String>) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| known.contains(m))
}

/// Who uses whom: an edge per module to each module its paths reach (not
/// its own parent or child).
fn uses(sources: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<String> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for source in sources {
        let code = code_only(&source.text);
        let here: Vec<String> = source.module.split("::").map(str::to_string).collect();
        let roots: &[&str] = if source.binary {
            &["crate", "super", "self", "skydial"]
        } else {
            &["crate", "super", "self"]
        };
        let targets = edges.entry(source.module.clone()).or_default();
        for path in paths(&code, roots) {
            let mut base: Vec<String> = match path[0].as_str() {
                // The binary's root holds `cli`; the library's, every other module.
                "crate" | "skydial" => Vec::new(),
                "self" => here.clone(),
                _ => here[..here.len() - 1].to_vec(),
            };
            let mut rest = &path[1..];
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            if let Some(target) = resolve(&base, &known)
                && !related(&target, &source.module)
            {
                targets.insert(target);
            }
        }
    }
    edges
}

/// The circles of a graph (Tarjan's strongly connected components).
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.edges.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

/// What the map and the code disagree on (nothing when they agree).
fn disagreements(table: &[Part], sources: &[Source]) -> Vec<String> {
    let mut wrong = Vec::new();
    let known: BTreeSet<&str> = sources.iter().map(|s| s.module.as_str()).collect();
    for part in table {
        for m in &part.modules {
            if !known.contains(m.as_str()) {
                wrong.push(format!("the table names `{m}`, which is no module of src/"));
            }
        }
    }
    // The row of a module: the one naming the longest prefix of it.
    let row_of = |module: &str| {
        table
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.modules.iter().map(move |m| (i, m)))
            .filter(|(_, m)| under(module, m))
            .max_by_key(|(_, m)| m.len())
            .map(|(i, _)| i)
    };
    let edges = uses(sources);
    let mut part_edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, targets) in &edges {
        let Some(row) = row_of(from) else {
            wrong.push(format!(
                "`{from}` is in no row of ARCHITECTURE.md's table: add it to the part it belongs to"
            ));
            continue;
        };
        for to in targets {
            let Some(to_row) = row_of(to) else { continue };
            if to_row == row {
                continue;
            }
            part_edges
                .entry(table[row].modules[0].clone())
                .or_default()
                .insert(table[to_row].modules[0].clone());
            if let Some(allowed) = &table[row].may_use
                && !allowed.iter().any(|a| under(to, a))
            {
                wrong.push(format!(
                    "`{from}` uses `{to}`, which its part ({}) may not use",
                    table[row].modules.join(", ")
                ));
            }
        }
    }
    for circle in circles(&edges) {
        wrong.push(format!(
            "modules use each other in a circle: {}",
            circle.join(" ⇄ ")
        ));
    }
    for circle in circles(&part_edges) {
        wrong.push(format!(
            "parts use each other in a circle: {}",
            circle.join(" ⇄ ")
        ));
    }
    wrong
}

#[test]
fn the_code_keeps_to_the_map() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("src/ARCHITECTURE.md")).unwrap();
    let table = read_table(&map);
    assert!(table.len() >= 10, "only {} rows read", table.len());
    let sources = sources(&root.join("src"));
    let wrong = disagreements(&table, &sources);
    assert!(
        wrong.is_empty(),
        "ARCHITECTURE.md and src/ disagree:\n{}",
        wrong.join("\n")
    );
}

/// A small tree made up here, so that each check is seen to fail.
fn made_up(files: &[(&str, bool, &str)]) -> Vec<Source> {
    files
        .iter()
        .map(|(module, binary, text)| Source {
            module: module.to_string(),
            binary: *binary,
            text: text.to_string(),
        })
        .collect()
}

#[test]
fn a_forbidden_use_a_circle_and_a_module_off_the_map_are_each_found() {
    let table = read_table(
        "| part | what | may use |\n| --- | --- | --- |\n\
         | `low` | pure | nothing |\n\
         | `mid`, `mid2` | uses low | `low` |\n\
         | `top` | the rest | anything |\n",
    );
    let fine = made_up(&[
        ("low", false, "pub struct A;"),
        (
            "low::inner",
            false,
            "use super::A; // a child uses its parent\n",
        ),
        (
            "mid",
            false,
            "use crate::low::{self, inner::B};\nfn f() { let s = \"crate::top\"; }",
        ),
        ("mid2", false, "use crate::low::A;"),
        ("top", false, "use crate::{mid::X, mid2::Y};"),
    ]);
    assert_eq!(disagreements(&table, &fine), Vec::<String>::new());

    let forbidden = made_up(&[
        ("low", false, "use crate::mid::X;"),
        ("mid", false, "pub struct X;"),
        ("mid2", false, ""),
        ("top", false, ""),
    ]);
    let said = disagreements(&table, &forbidden);
    assert!(
        said.iter().any(|w| w.contains("`low` uses `mid`")),
        "{said:?}"
    );

    let circle = made_up(&[
        ("low", false, ""),
        ("mid", false, "use crate::mid2::Y;"),
        ("mid2", false, "fn f() { crate::mid::g() }"),
        ("top", false, ""),
    ]);
    let said = disagreements(&table, &circle);
    assert!(said.iter().any(|w| w.contains("mid ⇄ mid2")), "{said:?}");

    let off_the_map = made_up(&[
        ("low", false, ""),
        ("mid", false, ""),
        ("mid2", false, ""),
        ("top", false, ""),
        ("stray", false, "use crate::low::A;"),
    ]);
    let said = disagreements(&table, &off_the_map);
    assert!(
        said.iter().any(|w| w.contains("`stray` is in no row")),
        "{said:?}"
    );
}

#[test]
fn use_trees_comments_and_strings_are_read_as_rust_reads_them() {
    let code = code_only(
        "use crate::{a::{b, c as d}, e};\n// use crate::commented;\n\
         let s = \"crate::in_a_string\"; let r = r#\"super::raw\"#; let c = '\"';\n\
         fn f<'a>(x: &'a str) { super::g::h(); self::k(); }\n",
    );
    let found: Vec<String> = paths(&code, &["crate", "super", "self"])
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        found,
        [
            "crate::a::b",
            "crate::a::c",
            "crate::e",
            "super::g::h",
            "self::k"
        ]
    );
}
