//! Build script: compiles the `.slint` UI and embeds the default content pack's source
//! files, so the binary alone can compile and show its built-in content. It also records
//! the source commit (`BORNE_GIT_COMMIT`) for the maintenance screen, when there is one.
//!
//! Debug builds keep Slint's element debug info: UI tests find elements with it. A
//! release build keeps it too with `SLINT_EMIT_DEBUG_INFO=1` (for the long property test).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let debug = std::env::var("PROFILE").map(|p| p == "debug").unwrap_or(false)
        || std::env::var_os("SLINT_EMIT_DEBUG_INFO").is_some_and(|v| v == "1");
    let config = slint_build::CompilerConfiguration::new().with_debug_info(debug);
    if let Err(e) = slint_build::compile_with_config("ui/app.slint", config) {
        println!("cargo:warning=slint compile failed: {e}");
        std::process::exit(1);
    }
    embed_default_pack();
    record_commit();
}

/// Sets `BORNE_GIT_COMMIT` for the crate: the builder's value if it gives one, else
/// `git rev-parse`. Without git or a repository (a source archive, a CI sandbox that
/// refuses the folder) nothing is set and the app says the commit was not recorded.
fn record_commit() {
    println!("cargo:rerun-if-env-changed=BORNE_GIT_COMMIT");
    let given = std::env::var("BORNE_GIT_COMMIT").ok().filter(|c| !c.trim().is_empty());
    let commit = given.or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
    // Only a commit id reaches the binary, whatever git or the builder printed.
    if let Some(c) = commit.filter(|c| c.len() <= 40 && c.bytes().all(|b| b.is_ascii_hexdigit())) {
        println!("cargo:rustc-env=BORNE_GIT_COMMIT={c}");
    }
    // Run again when HEAD moves: a checkout changes HEAD, a commit the branch's ref
    // (loose, or in packed-refs). A path that does not exist would rerun every build.
    let mut watched = git(&["rev-parse", "--git-path", "HEAD", "--git-path", "packed-refs"]).unwrap_or_default();
    if let Some(branch) = git(&["rev-parse", "--symbolic-full-name", "HEAD"]).filter(|b| b.starts_with("refs/")) {
        watched.push('\n');
        watched.push_str(&git(&["rev-parse", "--git-path", &branch]).unwrap_or_default());
    }
    for p in watched.lines().map(Path::new).filter(|p| p.exists()) {
        println!("cargo:rerun-if-changed={}", p.display());
    }
}

/// What `git ARGS` prints in the package's folder, if it succeeds.
fn git(args: &[&str]) -> Option<String> {
    let out = std::process::Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

fn embed_default_pack() {
    let root = PathBuf::from("assets/content/default");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let mut out = String::from(
        "/// Source files of the default pack: (relative path, bytes).\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for rel in &files {
        let abs = Path::new(&manifest).join(&root).join(rel);
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(out, "    ({:?}, include_bytes!({:?})),", rel, abs.display().to_string());
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("default_pack.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
        std::process::exit(1);
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            // Only what a pack is made of (offer photos included: the offers name
            // them); editor leftovers and the photos' drawing script stay out.
            if [".toml", ".ftl", ".svg", ".jpg"].iter().any(|e| rel.ends_with(e)) {
                out.push(rel);
            }
        }
    }
}
