//! The code's shape stays readable: no Rust file over 600 lines, no `.slint` file over
//! 250, no function over 80 lines unless a `// long:` comment above it says why.
//! Tests (`tests.rs` files, `#[cfg(test)] mod tests` blocks) and generated code aside.
//! Run alone with `cargo test --test code_shape`; it lists every offender at once.

use std::path::{Path, PathBuf};

const MAX_RUST_LINES: usize = 600;
const MAX_SLINT_LINES: usize = 250;
const MAX_FN_LINES: usize = 80;

fn root() -> PathBuf {
    PathBuf::from(option_env!("CARGO_MANIFEST_DIR").unwrap_or("."))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

fn indent(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// The lines of a Rust file that are not test code: `#[cfg(test)]` items are cut out
/// (rustfmt closes an item with a brace at the item's own indentation).
fn non_test_lines(text: &str) -> Vec<(usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == "#[cfg(test)]" {
            let item = i + 1;
            let ind = indent(lines.get(item).copied().unwrap_or_default()).to_string();
            let close = format!("{ind}}}");
            let mut j = item;
            if lines.get(item).is_some_and(|l| l.trim_end().ends_with('{')) {
                while j < lines.len() && lines[j].trim_end() != close {
                    j += 1;
                }
            }
            i = j + 1;
            continue;
        }
        kept.push((i + 1, lines[i]));
        i += 1;
    }
    kept
}

fn is_fn_start(line: &str) -> bool {
    let t = line.trim_start();
    let t = t
        .strip_prefix("pub(crate) ")
        .or_else(|| t.strip_prefix("pub(super) "))
        .or_else(|| t.strip_prefix("pub "))
        .unwrap_or(t);
    let t = t.strip_prefix("const ").unwrap_or(t);
    let t = t.strip_prefix("async ").unwrap_or(t);
    let t = t.strip_prefix("unsafe ").unwrap_or(t);
    t.starts_with("fn ")
}

/// Whether the comments and attributes just above line `at` give a reason (`// long:`).
fn has_reason(lines: &[(usize, &str)], at: usize) -> bool {
    lines[..at]
        .iter()
        .rev()
        .map(|(_, l)| l.trim())
        .take_while(|l| l.starts_with("//") || l.starts_with("#["))
        .any(|l| l.to_lowercase().starts_with("// long:"))
}

/// Functions longer than the limit, as `(first line, length)`.
fn long_functions(lines: &[(usize, &str)]) -> Vec<(usize, String, usize)> {
    let mut found = Vec::new();
    for (k, (no, line)) in lines.iter().enumerate() {
        if !is_fn_start(line) {
            continue;
        }
        let close = format!("{}}}", indent(line));
        let Some(end) = lines[k..]
            .iter()
            .find(|(_, l)| l.trim_end() == close || (l.trim_end().ends_with('}') && *l == *line))
            .map(|(n, _)| *n)
        else {
            continue;
        };
        let len = end + 1 - no;
        if len > MAX_FN_LINES && !has_reason(lines, k) {
            let name = line.trim().split('(').next().unwrap_or_default().to_string();
            found.push((*no, name, len));
        }
    }
    found
}

#[test]
fn files_and_functions_stay_small() {
    let root = root();
    let mut problems = Vec::new();
    let mut rust = Vec::new();
    files(&root.join("src"), "rs", &mut rust);
    for f in &rust {
        if f.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(f).expect("read");
        let lines = non_test_lines(&text);
        let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        if lines.len() > MAX_RUST_LINES {
            problems.push(format!("{name}: {} lines (limit {MAX_RUST_LINES})", lines.len()));
        }
        for (no, fname, len) in long_functions(&lines) {
            problems.push(format!(
                "{name}:{no}: {fname} is {len} lines (limit {MAX_FN_LINES}; or say why with `// long:`)"
            ));
        }
    }
    let mut slint = Vec::new();
    files(&root.join("ui"), "slint", &mut slint);
    for f in &slint {
        let n = std::fs::read_to_string(f).expect("read").lines().count();
        if n > MAX_SLINT_LINES {
            let name = f.strip_prefix(&root).unwrap_or(f).display();
            problems.push(format!("{name}: {n} lines (limit {MAX_SLINT_LINES})"));
        }
    }
    assert!(rust.len() > 20 && slint.len() > 10, "the source folders were not found");
    assert!(problems.is_empty(), "too big:\n{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_long_functions_and_test_blocks() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let text = format!(
        "fn short() {{ 1 }}\npub fn long() {{\n{body}}}\n// long: a table\nfn excused() {{\n{body}}}\n#[cfg(test)]\nmod tests {{\n    fn t() {{\n{body}    }}\n}}\n"
    );
    let lines = non_test_lines(&text);
    let long = long_functions(&lines);
    assert_eq!(long.len(), 1, "{long:?}");
    assert_eq!(long[0].0, 2);
    assert_eq!(long[0].2, MAX_FN_LINES + 2);
    assert!(lines.iter().all(|(_, l)| !l.contains("mod tests")));
}
