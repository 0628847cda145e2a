//! Where installed packs live, and the atomic switch between them.
//!
//! `DATA/content/packs/` holds compiled packs, each written under a temporary name,
//! synced and renamed. `DATA/content/current` and `DATA/content/previous` are one-line
//! pointer files naming a pack file; each is replaced by writing a temporary file,
//! syncing it, renaming it over the old one and syncing the folder. A power cut at any
//! instant therefore leaves `current` naming either the old or the new pack, both whole.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The content folder in the data folder.
pub fn content_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("content")
}

fn packs_dir(data_dir: &Path) -> PathBuf {
    content_dir(data_dir).join("packs")
}

/// Work folders of unfinished updates (removed on the next update).
pub fn staging_dir(data_dir: &Path) -> PathBuf {
    content_dir(data_dir).join("staging")
}

/// A pack file's name from its identity: `ID-VERSION-HASH.sqlite`.
pub fn pack_file_name(id: &str, version: &str, hash: &str) -> String {
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    let short: String = hash.chars().take(16).collect();
    format!("{}-{}-{}.sqlite", safe(id), safe(version), safe(&short))
}

pub fn pack_path(data_dir: &Path, name: &str) -> PathBuf {
    packs_dir(data_dir).join(name)
}

fn read_pointer(data_dir: &Path, which: &str) -> Option<PathBuf> {
    let text = fs::read_to_string(content_dir(data_dir).join(which)).ok()?;
    let name = text.trim();
    // A pointer only ever names a file in packs/.
    if name.is_empty() || name.contains('/') || name.contains('\\') || name.starts_with('.') {
        return None;
    }
    Some(pack_path(data_dir, name))
}

/// The pack file `current` names, if any.
pub fn current(data_dir: &Path) -> Option<PathBuf> {
    read_pointer(data_dir, "current")
}

/// The pack file `previous` names, if any (kept for `borne content rollback`).
pub fn previous(data_dir: &Path) -> Option<PathBuf> {
    read_pointer(data_dir, "previous")
}

/// Syncs a folder so a rename in it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

fn write_pointer(data_dir: &Path, which: &str, name: &str) -> io::Result<()> {
    let dir = content_dir(data_dir);
    let tmp = dir.join(format!(".{which}.tmp"));
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(name.as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    fs::rename(&tmp, dir.join(which))?;
    sync_dir(&dir)
}

fn name_of(p: &Path) -> Option<String> {
    p.file_name().map(|n| n.to_string_lossy().to_string())
}

/// Makes the pack file `name` (already in `packs/`, synced) the current one; the old
/// current becomes the previous one. Files named by neither are removed.
pub fn switch_to(data_dir: &Path, name: &str) -> io::Result<()> {
    sync_dir(&packs_dir(data_dir))?;
    let old = current(data_dir).and_then(|p| name_of(&p));
    // Order matters: `previous` first, so a cut between the two writes leaves the
    // current pack untouched and a valid previous one.
    if let Some(old) = old.as_deref().filter(|o| *o != name) {
        write_pointer(data_dir, "previous", old)?;
    }
    write_pointer(data_dir, "current", name)?;
    prune(data_dir);
    Ok(())
}

/// Goes back to the previous pack: returns (from, to) file names.
pub fn rollback(data_dir: &Path) -> io::Result<(String, String)> {
    let prev = previous(data_dir)
        .filter(|p| p.is_file())
        .and_then(|p| name_of(&p))
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no previous version is kept"))?;
    let cur = current(data_dir).and_then(|p| name_of(&p)).unwrap_or_default();
    write_pointer(data_dir, "current", &prev)?;
    if !cur.is_empty() {
        write_pointer(data_dir, "previous", &cur)?;
    }
    Ok((cur, prev))
}

/// Removes pack files neither pointer names, and unfinished work.
pub fn prune(data_dir: &Path) {
    let keep: Vec<String> = [current(data_dir), previous(data_dir)]
        .into_iter()
        .flatten()
        .filter_map(|p| name_of(&p))
        .collect();
    if let Ok(entries) = fs::read_dir(packs_dir(data_dir)) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            if !keep.contains(&n) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
    let _ = fs::remove_dir_all(staging_dir(data_dir));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switch_keeps_one_previous_and_rollback_swaps() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::create_dir_all(packs_dir(d)).unwrap();
        for n in ["a.sqlite", "b.sqlite", "c.sqlite"] {
            fs::write(pack_path(d, n), n).unwrap();
        }
        assert_eq!(current(d), None);
        switch_to(d, "a.sqlite").unwrap();
        assert_eq!(current(d), Some(pack_path(d, "a.sqlite")));
        assert_eq!(previous(d), None);
        assert!(!pack_path(d, "b.sqlite").exists(), "unnamed files are pruned");
        fs::write(pack_path(d, "b.sqlite"), "b").unwrap();
        switch_to(d, "b.sqlite").unwrap();
        fs::write(pack_path(d, "c.sqlite"), "c").unwrap();
        switch_to(d, "c.sqlite").unwrap();
        assert_eq!(current(d), Some(pack_path(d, "c.sqlite")));
        assert_eq!(previous(d), Some(pack_path(d, "b.sqlite")));
        assert!(!pack_path(d, "a.sqlite").exists(), "older ones are removed");
        assert_eq!(rollback(d).unwrap(), ("c.sqlite".into(), "b.sqlite".into()));
        assert_eq!(current(d), Some(pack_path(d, "b.sqlite")));
    }

    #[test]
    fn a_pointer_cannot_leave_the_packs_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::create_dir_all(content_dir(d)).unwrap();
        fs::write(content_dir(d).join("current"), "../../etc/passwd\n").unwrap();
        assert_eq!(current(d), None);
    }

    #[test]
    fn names_are_plain() {
        assert_eq!(
            pack_file_name("fr.borne/x", "1.2.0", "abcdef0123456789ffff"),
            "fr.borne-x-1.2.0-abcdef0123456789.sqlite"
        );
    }
}
