//! Build script: compiles the `.slint` UI and embeds the default content pack's source
//! files, so the binary alone can compile and show its built-in content.
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
            // Only what a pack is made of; editor leftovers stay out of the binary.
            if rel.ends_with(".toml") || rel.ends_with(".ftl") || rel.ends_with(".svg") {
                out.push(rel);
            }
        }
    }
}
