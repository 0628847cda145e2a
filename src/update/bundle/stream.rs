//! Reading a bundle's bytes: one gzip member, read to its verified end, holding one tar
//! archive, followed by nothing. Every entry comes out with a checked relative path and
//! type; long names (GNU `L` entries, as `tar` and the builder write them) are read
//! with a bound; extended headers and everything but files and folders are refused.
//! The decompressed stream is metered as it flows, so no entry, skipped or not, can
//! unpack past the ratio or total bounds.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use super::error::{shown, BundleError};
use super::Limits;

/// Zero padding accepted after the tar's end-of-archive block (`tar` pads to its
/// record size, 10 KiB by default).
const MAX_PADDING: u64 = 1 << 20;
/// Longest name a GNU long-name entry may hold (Linux's `PATH_MAX`).
const MAX_LONG_NAME: u64 = 4096;
/// Longest file or folder name (Linux's `NAME_MAX`).
const MAX_NAME: usize = 255;

/// Which bound stopped the stream.
#[derive(Debug, Clone, Copy)]
enum Trip {
    Ratio,
    Total,
}

/// What reading the bundle has cost so far, shared by the readers that count it.
struct Meter {
    compressed: Cell<u64>,
    unpacked: Cell<u64>,
    tripped: Cell<Option<Trip>>,
    max_ratio: u64,
    max_total: u64,
    cap: u64,
}

impl Meter {
    /// The refusal for a read error: a bound that tripped, else a damaged stream (or
    /// not a bundle at all when nothing could be read yet).
    fn fail(&self, e: io::Error, first: bool) -> BundleError {
        match self.tripped.get() {
            Some(Trip::Ratio) => BundleError::Ratio(self.max_ratio),
            Some(Trip::Total) => BundleError::TooLarge(self.max_total),
            None if first => BundleError::NotABundle,
            None => BundleError::Damaged(e.to_string()),
        }
    }
}

/// Counts bytes read from the bundle file.
struct CountIn<R> {
    inner: R,
    meter: Rc<Meter>,
}

impl<R: Read> Read for CountIn<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.meter.compressed.set(self.meter.compressed.get() + n as u64);
        Ok(n)
    }
}

/// Counts decompressed bytes and stops the stream past the ratio or total bound.
struct Bounded<R> {
    inner: R,
    meter: Rc<Meter>,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let m = &self.meter;
        let unpacked = m.unpacked.get() + n as u64;
        m.unpacked.set(unpacked);
        let trip = if unpacked > m.cap {
            Some(Trip::Total)
        } else if unpacked > m.compressed.get().max(4096).saturating_mul(m.max_ratio) {
            Some(Trip::Ratio)
        } else {
            None
        };
        if let Some(t) = trip {
            m.tripped.set(Some(t));
            return Err(io::Error::other("unpacking bound reached"));
        }
        Ok(n)
    }
}

type Stream = Bounded<flate2::bufread::GzDecoder<BufReader<CountIn<File>>>>;

/// One entry, its path and type checked.
pub(super) struct Item<'e> {
    /// Position in the archive; the manifest is 0.
    pub index: usize,
    pub rel: PathBuf,
    /// The name as errors show it.
    pub shown: String,
    pub dir: bool,
    /// The size its header announces.
    pub size: u64,
    data: &'e mut dyn Read,
    meter: &'e Meter,
    /// One copy buffer for the whole walk.
    buf: &'e mut [u8],
}

impl Item<'_> {
    /// Copies at most `limit` bytes of the entry into `out`; returns how many.
    pub fn copy_to(
        &mut self,
        out: &mut dyn Write,
        limit: u64,
        write_err: &dyn Fn(io::Error) -> BundleError,
    ) -> Result<u64, BundleError> {
        let mut data = (&mut *self.data).take(limit);
        let mut n = 0;
        loop {
            let k = match data.read(self.buf) {
                Ok(0) => return Ok(n),
                Ok(k) => k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(self.meter.fail(e, false)),
            };
            out.write_all(&self.buf[..k]).map_err(write_err)?;
            n += k as u64;
        }
    }

    /// Reads the whole entry, at most `limit` bytes, into memory.
    pub fn read_all(&mut self, limit: u64) -> Result<Vec<u8>, BundleError> {
        let mut out = Vec::new();
        self.copy_to(&mut out, limit, &|e| BundleError::Damaged(e.to_string()))?;
        Ok(out)
    }
}

/// Reads `bundle` entry by entry, handing each to `visit`, then checks that the
/// archive ends cleanly. `progress` follows the compressed bytes read.
pub(super) fn walk(
    bundle: &Path,
    limits: &Limits,
    visit: &mut dyn FnMut(Item<'_>) -> Result<(), BundleError>,
    progress: &mut dyn FnMut(u64),
) -> Result<(), BundleError> {
    let file = File::open(bundle).map_err(|source| BundleError::Unreadable {
        path: bundle.to_path_buf(),
        source,
    })?;
    let meter = Rc::new(Meter {
        compressed: Cell::new(0),
        unpacked: Cell::new(0),
        tripped: Cell::new(None),
        max_ratio: limits.max_ratio,
        max_total: limits.max_total_bytes,
        cap: limits.stream_cap() + MAX_PADDING,
    });
    let counted = BufReader::new(CountIn {
        inner: file,
        meter: meter.clone(),
    });
    // One gzip member: a second one, or anything else after it, is refused at the end.
    let stream = Bounded {
        inner: flate2::bufread::GzDecoder::new(counted),
        meter: meter.clone(),
    };
    let mut archive = tar::Archive::new(stream);
    entries(&mut archive, limits, &meter, visit, progress)?;
    end(archive.into_inner(), &meter)
}

fn entries(
    archive: &mut tar::Archive<Stream>,
    limits: &Limits,
    meter: &Meter,
    visit: &mut dyn FnMut(Item<'_>) -> Result<(), BundleError>,
    progress: &mut dyn FnMut(u64),
) -> Result<(), BundleError> {
    // Raw: long names are read here, bounded, instead of whole into memory by tar.
    let all = archive.entries().map_err(|e| meter.fail(e, true))?.raw(true);
    let mut long_name: Option<Vec<u8>> = None;
    let mut index = 0;
    let mut buf = vec![0u8; 64 * 1024];
    for entry in all {
        let first = index == 0 && long_name.is_none();
        let mut entry = entry.map_err(|e| meter.fail(e, first))?;
        let kind = entry.header().entry_type();
        if kind.is_gnu_longname() {
            if long_name.is_some() {
                return Err(BundleError::Damaged("two long names for one entry".into()));
            }
            long_name = Some(read_long_name(&mut entry, limits, meter)?);
            continue;
        }
        if index >= limits.max_entries {
            return Err(BundleError::TooManyEntries(limits.max_entries));
        }
        let raw = match long_name.take() {
            Some(n) => n,
            None => entry.path_bytes().into_owned(),
        };
        let name = String::from_utf8_lossy(&raw);
        if kind.is_symlink() || kind.is_hard_link() || kind.is_gnu_longlink() {
            return Err(BundleError::Link(shown(&name)));
        }
        if !(kind.is_file() || kind.is_dir()) {
            return Err(BundleError::Special(shown(&name)));
        }
        let (rel, shown) = checked_path(&raw, limits)?;
        let size = entry.size();
        visit(Item {
            index,
            rel,
            shown,
            dir: kind.is_dir(),
            size,
            data: &mut entry,
            meter,
            buf: &mut buf,
        })?;
        progress(meter.compressed.get());
        index += 1;
    }
    if long_name.is_some() {
        return Err(BundleError::Damaged("a long name with no entry after it".into()));
    }
    Ok(())
}

/// The data of a GNU long-name entry: the next entry's path.
fn read_long_name(entry: &mut tar::Entry<'_, Stream>, limits: &Limits, meter: &Meter) -> Result<Vec<u8>, BundleError> {
    let mut name = Vec::new();
    let mut item_data = (&mut *entry).take(MAX_LONG_NAME + 1);
    item_data.read_to_end(&mut name).map_err(|e| meter.fail(e, false))?;
    if name.len() as u64 > MAX_LONG_NAME {
        let start = String::from_utf8_lossy(&name[..200]).to_string();
        return Err(BundleError::PathTooLong(shown(&start), limits.max_path_bytes));
    }
    while name.last() == Some(&0) {
        name.pop();
    }
    Ok(name)
}

/// The entry's path, checked: UTF-8, relative, plain names only, not too deep or long.
pub(super) fn checked_path(raw: &[u8], limits: &Limits) -> Result<(PathBuf, String), BundleError> {
    let lossy = String::from_utf8_lossy(raw);
    let shown = shown(&lossy);
    let text = std::str::from_utf8(raw).map_err(|_| BundleError::BadName(shown.clone()))?;
    if text.contains('\0') {
        return Err(BundleError::BadName(shown));
    }
    let mut out = PathBuf::new();
    let mut depth = 0;
    for c in Path::new(text).components() {
        match c {
            Component::Normal(n) if n.len() > MAX_NAME => {
                return Err(BundleError::PathTooLong(shown, limits.max_path_bytes))
            }
            Component::Normal(n) => {
                depth += 1;
                out.push(n);
            }
            Component::CurDir => {}
            Component::ParentDir => return Err(BundleError::ParentPath(shown)),
            Component::RootDir | Component::Prefix(_) => return Err(BundleError::AbsolutePath(shown)),
        }
    }
    if out.as_os_str().is_empty() {
        return Err(BundleError::Damaged(format!("empty entry name {shown:?}")));
    }
    if depth > limits.max_depth {
        return Err(BundleError::PathTooDeep(shown, limits.max_depth));
    }
    if out.as_os_str().len() > limits.max_path_bytes {
        return Err(BundleError::PathTooLong(shown, limits.max_path_bytes));
    }
    Ok((out, shown))
}

/// After the tar's end-of-archive block: zero padding only, then the gzip member's
/// end, its CRC and length verified (flate2 checks them once the stream is read to its
/// end), then the end of the file.
fn end(mut stream: Stream, meter: &Meter) -> Result<(), BundleError> {
    let mut buf = [0u8; 8192];
    let mut padding = 0u64;
    loop {
        let n = match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(meter.fail(e, false)),
        };
        padding += n as u64;
        if padding > MAX_PADDING || buf[..n].iter().any(|b| *b != 0) {
            return Err(BundleError::TrailingData);
        }
    }
    let mut rest = stream.inner.into_inner();
    let more = rest.fill_buf().map_err(|e| BundleError::Damaged(e.to_string()))?;
    if !more.is_empty() {
        return Err(BundleError::TrailingData);
    }
    Ok(())
}
