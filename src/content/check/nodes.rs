//! Checks of the orientation tree: each node's kind, choices and references, then the
//! tree as a whole (every node reachable from the root, no cycle).

use std::collections::{HashMap, HashSet};

use super::Whole;
use crate::content::diagnostic::Report;
use crate::content::model::NodeKind;
use crate::content::source::{SourcePack, SrcNode};
use crate::msg;

/// Choices a question may offer.
pub const MIN_CHOICES: usize = 2;
pub const MAX_CHOICES: usize = 6;
/// The root (home screen) may offer more tiles.
pub const MAX_ROOT_CHOICES: usize = 12;

/// One node's own fields and the references it makes.
pub(super) fn check_node(
    n: &SrcNode,
    root: Option<&str>,
    nodes: &HashMap<&str, &SrcNode>,
    services: &HashSet<&str>,
    documents: &HashSet<&str>,
    whole: Whole,
    r: &mut Report,
) {
    let f = &n.file;
    let Some(kind) = NodeKind::parse(&n.kind.value) else {
        r.error(
            f,
            n.kind.line,
            "invalid-kind",
            msg!("check-invalid-kind", kind = &n.kind.value),
        );
        return;
    };
    check_style(n, r);
    if whole.nodes {
        check_choice_targets(n, nodes, r);
    }
    let max = if root == Some(n.id.value.as_str()) {
        MAX_ROOT_CHOICES
    } else {
        MAX_CHOICES
    };
    match kind {
        NodeKind::Question => {
            let count = n.choices.len();
            if !(MIN_CHOICES..=max).contains(&count) {
                r.error(
                    f,
                    n.id.line,
                    "choice-count",
                    msg!(
                        "check-choice-count",
                        id = &n.id.value,
                        count = count,
                        min = MIN_CHOICES,
                        max = max
                    ),
                );
            }
        }
        NodeKind::Info => {
            if n.choices.len() > max {
                r.error(
                    f,
                    n.id.line,
                    "choice-count",
                    msg!("check-page-choice-count", id = &n.id.value, max = max),
                );
            }
        }
        NodeKind::Result => check_result(n, r),
        // Its choices are its table's routes (`tables.rs`).
        NodeKind::Eligibility => {}
        // Its own checks are with the offers' (`offers.rs`).
        NodeKind::Offers => {}
    }
    check_lists(n, kind, services, documents, whole, r);
}

fn check_style(n: &SrcNode, r: &mut Report) {
    let f = &n.file;
    if let Some(style) = &n.style {
        if style.value != "emergency" {
            r.error(
                f,
                style.line,
                "invalid-style",
                msg!("check-invalid-style", style = &style.value),
            );
        }
    }
}

fn check_choice_targets(n: &SrcNode, nodes: &HashMap<&str, &SrcNode>, r: &mut Report) {
    let f = &n.file;
    for c in &n.choices {
        if !nodes.contains_key(c.value.as_str()) {
            r.error(f, c.line, "unknown-node", msg!("check-unknown-choice", id = &c.value));
        }
    }
}

/// A result ends the path and must say where its text was checked, and when.
fn check_result(n: &SrcNode, r: &mut Report) {
    let f = &n.file;
    if !n.choices.is_empty() {
        r.error(
            f,
            n.id.line,
            "result-choices",
            msg!("check-result-choices", id = &n.id.value),
        );
    }
    check_source(n, r);
    check_review(n, r);
}

fn check_source(n: &SrcNode, r: &mut Report) {
    let f = &n.file;
    match &n.source {
        None => r.error(
            f,
            n.id.line,
            "missing-source",
            msg!("check-missing-source", id = &n.id.value),
        ),
        Some(s) if !(s.value.starts_with("https://") || s.value.starts_with("http://")) => r.error(
            f,
            s.line,
            "invalid-source",
            msg!("check-invalid-source", source = &s.value),
        ),
        Some(_) => {}
    }
}

fn check_review(n: &SrcNode, r: &mut Report) {
    let f = &n.file;
    match &n.reviewed {
        None => r.error(
            f,
            n.id.line,
            "missing-review",
            msg!("check-missing-review", id = &n.id.value),
        ),
        Some(d) if chrono::NaiveDate::parse_from_str(&d.value, "%Y-%m-%d").is_err() => {
            r.error(f, d.line, "invalid-date", msg!("check-invalid-date", date = &d.value))
        }
        Some(_) => {}
    }
}

/// Documents and services belong to results (and offers nodes: how to apply), and must exist.
fn check_lists(
    n: &SrcNode,
    kind: NodeKind,
    services: &HashSet<&str>,
    documents: &HashSet<&str>,
    whole: Whole,
    r: &mut Report,
) {
    let f = &n.file;
    if !matches!(kind, NodeKind::Result | NodeKind::Offers) && (!n.documents.is_empty() || !n.services.is_empty()) {
        r.error(
            f,
            n.id.line,
            "not-a-result",
            msg!("check-lists-not-result", id = &n.id.value),
        );
    }
    // References into a file that did not read are not checked: it said its error.
    let (listed_documents, listed_services) = (
        if whole.documents { &n.documents[..] } else { &[] },
        if whole.services { &n.services[..] } else { &[] },
    );
    for d in listed_documents {
        if !documents.contains(d.value.as_str()) {
            r.error(
                f,
                d.line,
                "unknown-document",
                msg!("check-unknown-document", id = &d.value),
            );
        }
    }
    for s in listed_services {
        if !services.contains(s.value.as_str()) {
            r.error(
                f,
                s.line,
                "unknown-service",
                msg!("check-unknown-service", id = &s.value),
            );
        }
    }
}

/// Unreachable nodes and cycles, walking from the root.
/// Cycles from `root`, and (when every node file was read) nodes it cannot reach.
pub(super) fn check_tree(pack: &SourcePack, root: &str, nodes_whole: bool, r: &mut Report) {
    let by_id: HashMap<&str, &SrcNode> = pack.nodes.iter().map(|n| (n.id.value.as_str(), n)).collect();
    if !by_id.contains_key(root) {
        return;
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    let mut marks: HashMap<&str, Mark> = HashMap::new();
    let mut reported_cycles: HashSet<(&str, &str)> = HashSet::new();
    // Iterative depth-first search: a hostile pack must not overflow the stack.
    let mut stack: Vec<(&str, usize)> = vec![(root, 0)];
    marks.insert(root, Mark::Visiting);
    while let Some((id, next)) = stack.pop() {
        let Some(node) = by_id.get(id) else { continue };
        if let Some(choice) = node.choices.get(next) {
            stack.push((id, next + 1));
            let target = choice.value.as_str();
            match marks.get(target) {
                Some(Mark::Visiting) if reported_cycles.insert((id, target)) => {
                    r.error(
                        &node.file,
                        choice.line,
                        "cycle",
                        msg!("check-cycle", target = target, from = id),
                    );
                }
                Some(Mark::Visiting) => {}
                Some(Mark::Done) => {}
                None if by_id.contains_key(target) => {
                    marks.insert(target, Mark::Visiting);
                    stack.push((target, 0));
                }
                None => {}
            }
        } else {
            marks.insert(id, Mark::Done);
        }
    }
    let nodes = if nodes_whole { &pack.nodes[..] } else { &[] };
    for n in nodes {
        if !marks.contains_key(n.id.value.as_str()) {
            r.error(
                &n.file,
                n.id.line,
                "unreachable",
                msg!("check-unreachable", id = &n.id.value, root = root),
            );
        }
    }
}
