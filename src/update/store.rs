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

/// Work folders of updates: each update copies its bundle there and unpacks it.
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

/// Held while an update works in the content folder; released when dropped.
#[derive(Debug)]
pub struct UpdateLock {
    _file: fs::File,
}

fn lock_file(data_dir: &Path) -> io::Result<fs::File> {
    let dir = content_dir(data_dir);
    fs::create_dir_all(&dir)?;
    fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".update.lock"))
}

/// Waits until no other process (`borne update apply`, the kiosk) is updating, and
/// keeps others out until the lock is dropped: one update's clean-up must not remove
/// another's work.
pub fn lock(data_dir: &Path) -> io::Result<UpdateLock> {
    let f = lock_file(data_dir)?;
    rustix::fs::flock(&f, rustix::fs::FlockOperation::LockExclusive)?;
    Ok(UpdateLock { _file: f })
}

/// The lock if no other process holds it now.
pub fn try_lock(data_dir: &Path) -> io::Result<Option<UpdateLock>> {
    let f = lock_file(data_dir)?;
    match rustix::fs::flock(&f, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(Some(UpdateLock { _file: f })),
        Err(rustix::io::Errno::WOULDBLOCK) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Whether `name` in `packs/` is an unfinished compile: `NAME.tmp` and the journal
/// files SQLite keeps beside it (`NAME.tmp-journal`, `-wal`, `-shm`).
fn is_unfinished(name: &str) -> bool {
    name.ends_with(".tmp") || name.contains(".tmp-")
}

/// Removes what unfinished updates left (a compile that failed or was cut by a power
/// cut, the staging folder of a crash): on a small disk, a full disk would otherwise stay
/// full until an update succeeds. Installed packs are left alone, even unnamed ones,
/// since a damaged pointer file must not cost the packs. Returns the entries removed.
pub fn clean_leftovers(data_dir: &Path, _held: &UpdateLock) -> usize {
    let mut removed = 0;
    if let Ok(entries) = fs::read_dir(packs_dir(data_dir)) {
        for e in entries.flatten() {
            let unfinished = is_unfinished(&e.file_name().to_string_lossy());
            if unfinished && e.file_type().is_ok_and(|t| t.is_file()) && fs::remove_file(e.path()).is_ok() {
                removed += 1;
            }
        }
    }
    for which in ["current", "previous"] {
        if fs::remove_file(content_dir(data_dir).join(format!(".{which}.tmp"))).is_ok() {
            removed += 1;
        }
    }
    if let Ok(entries) = fs::read_dir(staging_dir(data_dir)) {
        for e in entries.flatten() {
            let gone = match e.file_type() {
                Ok(t) if t.is_dir() => fs::remove_dir_all(e.path()),
                _ => fs::remove_file(e.path()),
            };
            removed += usize::from(gone.is_ok());
        }
    }
    if removed > 0 {
        tracing::info!(removed, "leftovers of unfinished updates removed");
    }
    removed
}

/// At start-up: removes leftovers, unless another process is updating right now.
pub fn clean_at_start(data_dir: &Path) {
    match try_lock(data_dir) {
        Ok(Some(held)) => {
            clean_leftovers(data_dir, &held);
        }
        Ok(None) => tracing::info!("another update is running: leftovers are cleaned by it"),
        Err(e) => tracing::warn!("cannot look for leftovers of unfinished updates: {e}"),
    }
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

    #[test]
    fn leftovers_are_cleaned_at_start_and_packs_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::create_dir_all(packs_dir(d)).unwrap();
        fs::write(pack_path(d, "a.sqlite"), "a").unwrap();
        switch_to(d, "a.sqlite").unwrap();
        // A pack compiled but never switched to, e.g. cut by a power cut: kept.
        fs::write(pack_path(d, "b.sqlite"), "b").unwrap();
        for n in ["c.tmp", "c.tmp-journal"] {
            fs::write(pack_path(d, n), "half").unwrap();
        }
        fs::create_dir_all(staging_dir(d).join("1-2/unpacked/pack")).unwrap();
        fs::write(staging_dir(d).join("1-2/bundle.borne"), "x").unwrap();
        {
            // Another process is updating: its work is left alone.
            let _other = lock(d).unwrap();
            assert!(try_lock(d).unwrap().is_none());
        }
        clean_at_start(d);
        assert!(!pack_path(d, "c.tmp").exists() && !pack_path(d, "c.tmp-journal").exists());
        assert!(!staging_dir(d).join("1-2").exists());
        assert!(pack_path(d, "a.sqlite").exists() && pack_path(d, "b.sqlite").exists());
        assert_eq!(current(d), Some(pack_path(d, "a.sqlite")));
    }
}
