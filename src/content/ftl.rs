//! Reading Fluent files for checks: every message and attribute with its line and the
//! variables it uses. Fluent's AST carries no positions, so lines come from one scan of
//! the text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;

use super::diagnostic::line_of;

/// One message or attribute of a Fluent file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FtlEntry {
    pub line: usize,
    /// Variables referenced (`$count`), including inside selectors and variants.
    pub vars: BTreeSet<String>,
}

/// What a Fluent file defines, and its syntax errors (line, explanation).
#[derive(Debug, Clone, Default)]
pub struct FtlInfo {
    pub entries: BTreeMap<String, FtlEntry>,
    pub errors: Vec<(usize, String)>,
    /// Messages defined again: (id, line of the first definition, line of this one).
    pub duplicates: Vec<(String, usize, usize)>,
    /// Indented lines starting with `#`: in Fluent they are text of the value or
    /// attribute above (only a `#` at column 0 starts a comment). (line, its key).
    pub leaked_comments: Vec<(usize, String)>,
}

pub fn parse(text: &str) -> FtlInfo {
    let mut info = FtlInfo::default();
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                info.errors.push((line_of(text, e.pos.start), format!("{}", e.kind)));
            }
            r
        }
    };
    let lines = message_lines(text);
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let nth = seen.entry(m.id.name).or_insert(0);
            let all = lines.get(m.id.name).map(Vec::as_slice).unwrap_or_default();
            let line = all.get(*nth).or(all.first()).copied().unwrap_or(0);
            *nth += 1;
            if *nth > 1 {
                let first = all.first().copied().unwrap_or(0);
                info.duplicates.push((m.id.name.to_string(), first, line));
                // The first definition is the one Fluent keeps.
                continue;
            }
            if let Some(p) = &m.value {
                let mut vars = BTreeSet::new();
                pattern_vars(p, &mut vars);
                info.entries.insert(m.id.name.to_string(), FtlEntry { line, vars });
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                info.entries
                    .insert(format!("{}.{}", m.id.name, a.id.name), FtlEntry { line, vars });
            }
        }
    }
    info.leaked_comments = leaked_comments(text);
    info
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// The id defined on a line (`id = ...` at column 0), if any.
fn defined_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    (!id.is_empty() && !line.starts_with([' ', '\t', '#', '.']) && !id.contains(' ')).then_some(id)
}

/// Lines of each message definition (`id = ...` at the start of a line), in one pass.
fn message_lines(text: &str) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = defined_id(line) {
            out.entry(id).or_default().push(i + 1);
        }
    }
    out
}

/// Indented `#` lines inside a message, with the key (`id` or `id.attr`) they belong to.
fn leaked_comments(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut key: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = defined_id(line) {
            key = Some(id.to_string());
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.len() == line.len() && !trimmed.is_empty() {
            // Anything else at column 0 (a comment, junk) ends the message.
            key = None;
            continue;
        }
        let Some(k) = &key else { continue };
        if let Some((attr, _)) = trimmed.strip_prefix('.').and_then(|a| a.split_once('=')) {
            let id = k.split('.').next().unwrap_or_default();
            key = Some(format!("{id}.{}", attr.trim()));
        } else if trimmed.starts_with('#') {
            out.push((i + 1, k.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn variables_and_lines() {
        let info = super::parse(
            "a = x { $n } y\n    .t = { $m ->\n        [one] { $k }\n       *[other] z\n    }\nb = plain\n",
        );
        let a = &info.entries["a"];
        assert_eq!(a.line, 1);
        assert_eq!(a.vars.iter().map(String::as_str).collect::<Vec<_>>(), ["n"]);
        assert_eq!(
            info.entries["a.t"].vars.iter().map(String::as_str).collect::<Vec<_>>(),
            ["k", "m"]
        );
        assert!(info.entries["b"].vars.is_empty());
        assert!(info.errors.is_empty());
    }
}
