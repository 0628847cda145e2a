//! Files on storage the kiosk does not trust: USB sticks (and the folders a command is
//! told to write statistics into).
//!
//! A stick may hold links (ntfs3 and exFAT have them), pipes and device nodes, and its
//! files may be any size. So every path below a folder handle ([`SafeDir`]) is opened
//! one plain name at a time with `openat(…, O_NOFOLLOW)`: a link is never followed,
//! whatever component it is. Files must be regular, and their size is checked before a
//! byte is read and again while reading. Writes go to a new temporary file (created
//! exclusively, never through a link) that is synced and renamed into place.
//!
//! `rustix` gives the `*at` calls; it is already in the build (through `tar` and the
//! kiosk's display backend), so this adds no code to the program.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rustix::fs::{AtFlags, FileType, Mode, OFlags, CWD};
use rustix::io::Errno;

/// Most entries read from one folder: a stick folder with more is refused rather than
/// listed into memory.
pub const MAX_ENTRIES: usize = 10_000;

/// Why a file or folder on a stick is not used.
#[derive(Debug, thiserror::Error)]
pub enum SafeFsError {
    #[error("{0} is a link, and links are not followed")]
    Link(PathBuf),
    #[error("{0} is not a regular file")]
    NotRegular(PathBuf),
    #[error("{0} is not a folder")]
    NotAFolder(PathBuf),
    #[error("{path} is larger than {max} bytes")]
    TooLarge { path: PathBuf, max: u64 },
    #[error("{path} holds more than {max} entries")]
    TooManyEntries { path: PathBuf, max: usize },
    #[error("{0:?} is not a plain file name")]
    BadName(String),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

impl SafeFsError {
    /// The file or folder does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, SafeFsError::Io { source, .. } if source.kind() == io::ErrorKind::NotFound)
    }
}

/// What a folder entry is, as stored: a link is a link, not what it points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Folder,
    Link,
    Other,
}

/// One entry of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: OsString,
    pub kind: EntryKind,
}

fn kind_of(t: FileType) -> EntryKind {
    match t {
        FileType::RegularFile => EntryKind::File,
        FileType::Directory => EntryKind::Folder,
        FileType::Symlink => EntryKind::Link,
        _ => EntryKind::Other,
    }
}

/// An open folder; everything below it is reached through it, without links.
#[derive(Debug)]
pub struct SafeDir {
    fd: OwnedFd,
    path: PathBuf,
}

/// A single plain name: not empty, no `/`, not `.` or `..`.
fn plain(name: &OsStr) -> Result<&OsStr, SafeFsError> {
    let b = name.as_bytes();
    if b.is_empty() || b == b"." || b == b".." || b.contains(&b'/') || b.contains(&0) {
        return Err(SafeFsError::BadName(name.to_string_lossy().to_string()));
    }
    Ok(name)
}

const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::NOFOLLOW)
    .union(OFlags::CLOEXEC);

impl SafeDir {
    fn error(path: &Path, e: Errno) -> SafeFsError {
        match e {
            // O_NOFOLLOW met a link.
            Errno::LOOP => SafeFsError::Link(path.to_path_buf()),
            Errno::NOTDIR => SafeFsError::NotAFolder(path.to_path_buf()),
            e => SafeFsError::Io {
                path: path.to_path_buf(),
                source: e.into(),
            },
        }
    }

    /// [`SafeDir::error`] for an open of `name` in `dirfd` that failed: with
    /// `O_DIRECTORY`, a link makes the kernel answer "not a folder"; say it is a link.
    fn open_error(dirfd: impl AsFd, name: impl rustix::path::Arg, path: &Path, e: Errno) -> SafeFsError {
        if matches!(e, Errno::NOTDIR | Errno::LOOP) {
            let st = rustix::fs::statat(dirfd, name, AtFlags::SYMLINK_NOFOLLOW);
            if st.is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Symlink) {
                return SafeFsError::Link(path.to_path_buf());
            }
        }
        Self::error(path, e)
    }

    fn io(path: &Path) -> impl FnOnce(io::Error) -> SafeFsError + '_ {
        move |source| SafeFsError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Opens the folder `path`; its last component must not be a link (the components
    /// before it are the caller's own path, such as the mount folder).
    pub fn open(path: &Path) -> Result<SafeDir, SafeFsError> {
        let fd = rustix::fs::openat(CWD, path, DIR_FLAGS, Mode::empty())
            .map_err(|e| Self::open_error(CWD, path, path, e))?;
        Ok(SafeDir {
            fd,
            path: path.to_path_buf(),
        })
    }

    /// Opens the folder `path` as the caller names it, links included: for a folder a
    /// person chose on the command line. What is below it is still reached without links.
    pub fn open_following(path: &Path) -> Result<SafeDir, SafeFsError> {
        let flags = DIR_FLAGS.difference(OFlags::NOFOLLOW);
        let fd = rustix::fs::openat(CWD, path, flags, Mode::empty()).map_err(|e| Self::error(path, e))?;
        Ok(SafeDir {
            fd,
            path: path.to_path_buf(),
        })
    }

    /// Creates the folder `path` with its parents if needed, then [`SafeDir::open`]s it.
    pub fn create(path: &Path) -> Result<SafeDir, SafeFsError> {
        if std::fs::symlink_metadata(path).is_err() {
            std::fs::create_dir_all(path).map_err(Self::io(path))?;
        }
        SafeDir::open(path)
    }

    /// The folder's path, for messages and for code that takes paths.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Another handle on the same folder.
    pub fn try_clone(&self) -> Result<SafeDir, SafeFsError> {
        let fd = self.fd.try_clone().map_err(Self::io(&self.path))?;
        Ok(SafeDir {
            fd,
            path: self.path.clone(),
        })
    }

    /// The path of `name` in this folder, for messages.
    pub fn join(&self, name: impl AsRef<OsStr>) -> PathBuf {
        self.path.join(name.as_ref())
    }

    /// Opens the sub-folder `name`, which must not be a link.
    pub fn open_dir(&self, name: impl AsRef<OsStr>) -> Result<SafeDir, SafeFsError> {
        let name = plain(name.as_ref())?;
        let path = self.join(name);
        let fd = rustix::fs::openat(&self.fd, name, DIR_FLAGS, Mode::empty())
            .map_err(|e| Self::open_error(&self.fd, name, &path, e))?;
        Ok(SafeDir { fd, path })
    }

    /// Creates the sub-folder `name` if missing, and opens it (never through a link).
    pub fn create_dir(&self, name: impl AsRef<OsStr>) -> Result<SafeDir, SafeFsError> {
        let name = plain(name.as_ref())?;
        match rustix::fs::mkdirat(&self.fd, name, Mode::from_raw_mode(0o755)) {
            Ok(()) | Err(Errno::EXIST) => {}
            Err(e) => return Err(Self::error(&self.join(name), e)),
        }
        self.open_dir(name)
    }

    /// Opens the regular file `name` for reading, refusing links, anything that is not
    /// a regular file, and files larger than `max` bytes; returns it with its size.
    /// Nothing is opened that is not a regular file (a pipe would block, a device would act).
    pub fn open_file(&self, name: impl AsRef<OsStr>, max: u64) -> Result<(File, u64), SafeFsError> {
        let name = plain(name.as_ref())?;
        let path = self.join(name);
        let before =
            rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW).map_err(|e| Self::error(&path, e))?;
        let check = |st: &rustix::fs::Stat| match FileType::from_raw_mode(st.st_mode) {
            FileType::RegularFile if u64::try_from(st.st_size).unwrap_or(u64::MAX) > max => {
                Err(SafeFsError::TooLarge {
                    path: path.clone(),
                    max,
                })
            }
            FileType::RegularFile => Ok(u64::try_from(st.st_size).unwrap_or(0)),
            FileType::Symlink => Err(SafeFsError::Link(path.clone())),
            _ => Err(SafeFsError::NotRegular(path.clone())),
        };
        check(&before)?;
        // O_NONBLOCK: should a pipe take the file's place meanwhile, opening it does not wait.
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(&self.fd, name, flags, Mode::empty()).map_err(|e| Self::error(&path, e))?;
        let after = rustix::fs::fstat(&fd).map_err(|e| Self::error(&path, e))?;
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino) {
            return Err(SafeFsError::NotRegular(path));
        }
        let size = check(&after)?;
        Ok((File::from(fd), size))
    }

    /// Reads the whole regular file `name`, at most `max` bytes (a file that grows
    /// while read is refused too).
    pub fn read(&self, name: impl AsRef<OsStr>, max: u64) -> Result<Vec<u8>, SafeFsError> {
        let name = name.as_ref();
        let (file, size) = self.open_file(name, max)?;
        let path = self.join(name);
        let mut out = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        file.take(max.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(Self::io(&path))?;
        if out.len() as u64 > max {
            return Err(SafeFsError::TooLarge { path, max });
        }
        Ok(out)
    }

    /// The folder's entries (without `.` and `..`), as stored, in name order; at most
    /// [`MAX_ENTRIES`].
    pub fn entries(&self) -> Result<Vec<Entry>, SafeFsError> {
        let (out, more) = self.first_entries(MAX_ENTRIES)?;
        if more {
            return Err(SafeFsError::TooManyEntries {
                path: self.path.clone(),
                max: MAX_ENTRIES,
            });
        }
        Ok(out)
    }

    /// The first `max` entries the folder lists (without `.` and `..`), in name order,
    /// and whether it holds more.
    pub fn first_entries(&self, max: usize) -> Result<(Vec<Entry>, bool), SafeFsError> {
        let dir = rustix::fs::Dir::read_from(&self.fd).map_err(|e| Self::error(&self.path, e))?;
        let mut out = Vec::new();
        for item in dir {
            let item = item.map_err(|e| Self::error(&self.path, e))?;
            let bytes = item.file_name().to_bytes();
            if bytes == b"." || bytes == b".." {
                continue;
            }
            if out.len() >= max {
                out.sort_by(|a: &Entry, b| a.name.cmp(&b.name));
                return Ok((out, true));
            }
            let name = OsStr::from_bytes(bytes).to_os_string();
            let kind = match item.file_type() {
                // Some file systems do not say in the listing: ask, without following.
                FileType::Unknown => rustix::fs::statat(&self.fd, item.file_name(), AtFlags::SYMLINK_NOFOLLOW)
                    .map(|st| kind_of(FileType::from_raw_mode(st.st_mode)))
                    .unwrap_or(EntryKind::Other),
                t => kind_of(t),
            };
            out.push(Entry { name, kind });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok((out, false))
    }

    /// Creates the file `name` if missing (never through a link), without truncating it.
    pub fn touch(&self, name: impl AsRef<OsStr>) -> Result<(), SafeFsError> {
        let name = plain(name.as_ref())?;
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(0o644))
            .map_err(|e| Self::error(&self.join(name), e))?;
        let st = rustix::fs::fstat(&fd).map_err(|e| Self::error(&self.join(name), e))?;
        if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
            return Err(SafeFsError::NotRegular(self.join(name)));
        }
        Ok(())
    }

    /// Creates the new file `name`, which must not exist (nor be a link).
    pub fn create_new(&self, name: impl AsRef<OsStr>) -> Result<File, SafeFsError> {
        let name = plain(name.as_ref())?;
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(0o644))
            .map(File::from)
            .map_err(|e| Self::error(&self.join(name), e))
    }

    /// Removes the file (or link) `name`; a missing one is fine.
    pub fn remove_file(&self, name: impl AsRef<OsStr>) -> Result<(), SafeFsError> {
        let name = plain(name.as_ref())?;
        match rustix::fs::unlinkat(&self.fd, name, AtFlags::empty()) {
            Ok(()) | Err(Errno::NOENT) => Ok(()),
            Err(e) => Err(Self::error(&self.join(name), e)),
        }
    }

    /// Writes `bytes` as `name`: into `.NAME.tmp` (whatever was there is removed, then it
    /// is created new), synced, renamed over `name`. A rename replaces a link at `name`
    /// rather than writing through it; a stick pulled out meanwhile keeps the old file
    /// or the new one, never half of one.
    pub fn write_atomic(&self, name: &str, bytes: &[u8]) -> Result<(), SafeFsError> {
        plain(OsStr::new(name))?;
        let tmp = format!(".{name}.tmp");
        self.remove_file(&tmp)?;
        let mut f = self.create_new(&tmp)?;
        let tmp_path = self.join(&tmp);
        f.write_all(bytes).map_err(Self::io(&tmp_path))?;
        f.sync_all().map_err(Self::io(&tmp_path))?;
        drop(f);
        rustix::fs::renameat(&self.fd, tmp.as_str(), &self.fd, name).map_err(|e| Self::error(&self.join(name), e))
    }

    /// Syncs the folder, so that renames in it are durable. Not every file system can.
    pub fn sync(&self) -> Result<(), SafeFsError> {
        rustix::fs::fsync(&self.fd).map_err(|e| Self::error(&self.path, e))
    }

    /// Status of the folder itself (statx), asking for `mask`.
    pub fn statx(&self, mask: rustix::fs::StatxFlags) -> Result<rustix::fs::Statx, SafeFsError> {
        rustix::fs::statx(&self.fd, "", AtFlags::EMPTY_PATH, mask).map_err(|e| Self::error(&self.path, e))
    }
}

impl AsFd for SafeDir {
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_pipes_and_large_files_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let outside = t.join("outside");
        std::fs::write(&outside, "secret").unwrap();
        let d = SafeDir::create(&t.join("stick")).unwrap();
        symlink(&outside, d.join("link")).unwrap();
        symlink(t, d.join("dirlink")).unwrap();
        rustix::fs::mkfifoat(&d, "pipe", Mode::from_raw_mode(0o644)).unwrap();
        std::fs::write(d.join("big"), vec![1u8; 100]).unwrap();
        std::fs::write(d.join("ok"), "ok").unwrap();
        assert!(matches!(d.read("link", 100), Err(SafeFsError::Link(_))));
        assert!(matches!(d.open_dir("dirlink"), Err(SafeFsError::Link(_))));
        assert!(matches!(d.read("pipe", 100), Err(SafeFsError::NotRegular(_))));
        assert!(matches!(d.read("big", 99), Err(SafeFsError::TooLarge { .. })));
        assert!(matches!(d.read("../outside", 99), Err(SafeFsError::BadName(_))));
        assert!(d.read("missing", 9).unwrap_err().is_not_found());
        assert_eq!(d.read("ok", 2).unwrap(), b"ok");
        assert!(matches!(SafeDir::open(&d.join("dirlink")), Err(SafeFsError::Link(_))));
        assert!(SafeDir::open_following(&d.join("dirlink")).is_ok());
        let kinds: Vec<(String, EntryKind)> = d
            .entries()
            .unwrap()
            .into_iter()
            .map(|e| (e.name.to_string_lossy().to_string(), e.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("big".into(), EntryKind::File),
                ("dirlink".into(), EntryKind::Link),
                ("link".into(), EntryKind::Link),
                ("ok".into(), EntryKind::File),
                ("pipe".into(), EntryKind::Other),
            ]
        );
    }

    #[test]
    fn writes_replace_links_instead_of_following_them() {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path();
        let outside = t.join("outside");
        std::fs::write(&outside, "keep").unwrap();
        let d = SafeDir::create(&t.join("stick")).unwrap();
        symlink(&outside, d.join(".r.txt.tmp")).unwrap();
        symlink(&outside, d.join("r.txt")).unwrap();
        symlink(&outside, d.join("marker")).unwrap();
        d.write_atomic("r.txt", b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep");
        assert_eq!(d.read("r.txt", 9).unwrap(), b"new");
        assert!(matches!(d.touch("marker"), Err(SafeFsError::Link(_))));
        assert!(matches!(d.create_dir("marker"), Err(SafeFsError::Link(_))));
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep");
    }
}
