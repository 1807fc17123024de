//! The catalogue checked: every language file parses, has exactly English's
//! messages with the same variables, renders without errors, and its plural
//! forms read right; every `t!` in the code names a message that exists,
//! with exactly its variables, and every message is used.

use super::language::{CATALOGS, Language, Locale};
use super::{FluentArgs, FluentValue, scoped};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Variables = BTreeSet<String>;

/// A file's messages, each with the variables it uses.
fn messages(code: &str, source: &str) -> BTreeMap<String, Variables> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{code}.ftl does not parse: {errors:#?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut vars = Variables::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut vars);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut vars);
                }
                let id = message.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{code}.ftl: {id} twice"
                );
            }
            ast::Entry::Term(term) => panic!("{code}.ftl: terms are not used ({})", term.id.name),
            ast::Entry::Junk { content } => panic!("{code}.ftl: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, vars: &mut Variables) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut Variables) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut Variables) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, vars);
            }
            for arg in &arguments.named {
                inline_variables(&arg.value, vars);
            }
        }
        _ => {}
    }
}

fn english() -> BTreeMap<String, Variables> {
    messages("en", CATALOGS[0].source)
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let english = english();
    assert!(english.len() > 100, "{} messages", english.len());
    for catalog in &CATALOGS[1..] {
        let theirs = messages(catalog.code, catalog.source);
        let mut problems = Vec::new();
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{id} uses {v:?}, English uses {vars:?}"));
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{id} is not an English message"));
        }
        assert!(problems.is_empty(), "{}.ftl: {problems:#?}", catalog.code);
    }
}

#[test]
fn every_ftl_file_is_a_shipped_language_and_every_language_has_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    files.sort();
    let mut codes: Vec<String> = CATALOGS.iter().map(|c| format!("{}.ftl", c.code)).collect();
    codes.sort();
    assert_eq!(files, codes, "assets/i18n and CATALOGS in language.rs");
    for catalog in &CATALOGS {
        let on_disk = std::fs::read_to_string(dir.join(format!("{}.ftl", catalog.code))).unwrap();
        assert_eq!(
            on_disk, catalog.source,
            "{} embedded as on disk",
            catalog.code
        );
    }
}

/// Every message in every language formats without an error from Fluent
/// (a reference to nothing, a bad selector) when given its variables.
#[test]
fn every_message_renders_cleanly_in_every_language() {
    let english = english();
    for language in Language::shipped().chain([Language::PSEUDO]) {
        let shared = super::bundle(language, super::Part::Shared);
        let command_line = super::bundle(language, super::Part::CommandLine);
        for (id, vars) in &english {
            let mut args = FluentArgs::new();
            for var in vars {
                args.set(var.as_str(), FluentValue::from(2));
            }
            let (bundle, message) = match shared.get_message(id) {
                Some(message) => (shared, message),
                None => (
                    command_line,
                    command_line
                        .get_message(id)
                        .unwrap_or_else(|| panic!("{id}")),
                ),
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {id}: {errors:?}", language.code());
            assert!(!text.trim().is_empty(), "{} {id} is empty", language.code());
            assert!(!text.contains('\u{2068}'), "no isolation marks");
        }
    }
}

#[test]
fn the_pseudo_locale_leaves_no_plain_text_and_is_longer() {
    let english = english();
    let (mut english_chars, mut pseudo_chars) = (0, 0);
    for (id, vars) in &english {
        let mut args = FluentArgs::new();
        for var in vars {
            args.set(var.as_str(), FluentValue::from(7));
        }
        let plain = super::message(id, Some(&args));
        let pseudo = scoped(Locale::PSEUDO, || super::message(id, Some(&args)));
        assert!(
            !pseudo.chars().any(|c| c.is_ascii_alphabetic()),
            "{id}: {pseudo}"
        );
        english_chars += plain.chars().count();
        // Without its brackets: those add 2 whatever the length.
        pseudo_chars += pseudo.chars().count() - 2;
    }
    let longer = pseudo_chars as f64 / english_chars as f64;
    assert!((1.3..1.5).contains(&longer), "{longer}");
}

#[test]
fn plural_forms_for_0_1_2_5_21_in_each_language() {
    let expected = [
        (
            "en",
            [
                "0 missed calls",
                "1 missed call",
                "2 missed calls",
                "5 missed calls",
                "21 missed calls",
            ],
        ),
        (
            "de",
            [
                "0 verpasste Anrufe",
                "1 verpasster Anruf",
                "2 verpasste Anrufe",
                "5 verpasste Anrufe",
                "21 verpasste Anrufe",
            ],
        ),
        (
            "fr",
            [
                "0 appel manqué",
                "1 appel manqué",
                "2 appels manqués",
                "5 appels manqués",
                "21 appels manqués",
            ],
        ),
        (
            "es",
            [
                "0 llamadas perdidas",
                "1 llamada perdida",
                "2 llamadas perdidas",
                "5 llamadas perdidas",
                "21 llamadas perdidas",
            ],
        ),
    ];
    for (code, texts) in expected {
        let locale = Locale::parse(code).unwrap();
        for (n, text) in [0u64, 1, 2, 5, 21].into_iter().zip(texts) {
            assert_eq!(
                scoped(locale, || super::missed_calls(n)),
                text,
                "{code} {n}"
            );
        }
    }
}

/// A `t!` call in the code: its id and its argument names.
#[derive(Debug)]
struct Use {
    at: String,
    id: String,
    args: Variables,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Finds `t!("id", name = value, ...)` in code (not in comments).
fn uses_in(path: &Path, text: &str) -> Vec<Use> {
    let code: String = text
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut uses = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(found) = code[from..].find("t!(") {
        let start = from + found;
        from = start + 3;
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
            continue;
        }
        let line = code[..start].matches('\n').count() + 1;
        let at = format!("{}:{line}", path.display());
        let rest = code[from..].trim_start();
        let Some(rest) = rest.strip_prefix('"') else {
            panic!("{at}: t! takes a literal id");
        };
        let end = rest.find('"').unwrap();
        let id = rest[..end].to_string();
        let args = top_level_args(&rest[end + 1..])
            .iter()
            .filter_map(|arg| arg.split_once('=').map(|(name, _)| name.trim().to_string()))
            .collect();
        uses.push(Use { at, id, args });
    }
    uses
}

/// The comma-separated pieces after the id, up to the `)` that closes `t!(`.
fn top_level_args(rest: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                current.push(c);
                while let Some(s) = chars.next() {
                    current.push(s);
                    if s == '\\' {
                        current.extend(chars.next());
                    } else if s == '"' {
                        break;
                    }
                }
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    pieces.push(current);
    pieces
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect()
}

#[test]
fn every_t_in_the_code_names_a_message_with_its_variables_and_every_message_is_used() {
    let english = english();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = BTreeSet::new();
    let mut problems = Vec::new();
    // This file holds `t!(` in its scanner's own test.
    for file in files.iter().filter(|f| !f.ends_with("i18n/catalog.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        for u in uses_in(file, &text) {
            match english.get(&u.id) {
                None => problems.push(format!("{}: no message {}", u.at, u.id)),
                Some(vars) if *vars != u.args => problems.push(format!(
                    "{}: {} takes {vars:?}, given {:?}",
                    u.at, u.id, u.args
                )),
                Some(_) => {}
            }
            used.insert(u.id);
        }
    }
    // `cli-…` messages are found by their names (`help.rs`), not by `t!`.
    for id in english
        .keys()
        .filter(|id| !used.contains(*id) && !id.starts_with("cli-"))
    {
        problems.push(format!("{id} is in en.ftl but no code uses it"));
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The ids below the split line of a language's file (the command line's
/// part, see `COMMAND_LINE_ONLY`).
fn command_line_part(code: &str, source: &str) -> BTreeSet<String> {
    let Some(at) = source.find(super::COMMAND_LINE_ONLY) else {
        panic!("{code}.ftl has no line {:?}", super::COMMAND_LINE_ONLY);
    };
    messages(code, &source[at..]).into_keys().collect()
}

/// The app never parses the command line's part of a file: a message below
/// the split line is used by `src/cli` (or `--help`, `cli-…`) and nothing
/// else, and every such message is below it, in every language alike.
#[test]
fn the_command_line_part_holds_exactly_the_messages_only_the_command_line_uses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    // Where each message is used, apart from the layer's own tests.
    let mut outside_cli: BTreeSet<String> = BTreeSet::new();
    let mut in_cli: BTreeSet<String> = BTreeSet::new();
    for file in files.iter().filter(|f| !f.starts_with(root.join("i18n"))) {
        let text = std::fs::read_to_string(file).unwrap();
        let cli = file.starts_with(root.join("cli"));
        for u in uses_in(file, &text) {
            if cli {
                in_cli.insert(u.id);
            } else {
                outside_cli.insert(u.id);
            }
        }
    }
    let english = &CATALOGS[0];
    let below = command_line_part("en", english.source);
    let mut problems = Vec::new();
    for id in english_ids() {
        let cli_only =
            id.starts_with("cli-") || (in_cli.contains(&id) && !outside_cli.contains(&id));
        match (cli_only, below.contains(&id)) {
            (true, false) => problems.push(format!(
                "{id}: only the command line uses it: move it below the split"
            )),
            (false, true) => problems.push(format!(
                "{id}: used outside src/cli: move it above the split"
            )),
            _ => {}
        }
    }
    for catalog in &CATALOGS[1..] {
        let theirs = command_line_part(catalog.code, catalog.source);
        if theirs != below {
            problems.push(format!(
                "{}.ftl splits differently from en.ftl: {:?}",
                catalog.code,
                theirs.symmetric_difference(&below).collect::<Vec<_>>()
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

fn english_ids() -> Vec<String> {
    english().into_keys().collect()
}

#[test]
fn the_scanner_reads_ids_and_argument_names() {
    let uses = uses_in(
        Path::new("x.rs"),
        "let a = t!(\"one\");\n// t!(\"in-a-comment\")\nlet b = crate::t!(\"two\", path = p.display().to_string(), n = f(a, (b, c)), s = \"x,)\");\nlet c = format!(\"{}\", 1);",
    );
    let got: Vec<_> = uses
        .iter()
        .map(|u| (u.id.as_str(), u.args.clone()))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], ("one", Variables::new()));
    assert_eq!(
        got[1],
        (
            "two",
            ["n", "path", "s"].map(String::from).into_iter().collect()
        )
    );
}
