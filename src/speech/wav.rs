//! Sound as speech handles it: 16-bit mono PCM at 22,050 Hz, eSpeak NG's own format.
//!
//! A pack's recordings must already be 16-bit PCM at 22,050 Hz (mono, or stereo that
//! is mixed down here, an exact operation). They are not resampled at run time:
//! `content check` refuses any other rate and gives the one `sox` command that converts
//! a file, so the kiosk spends no time and hides no quality choice in a resampler, and
//! needs no extra library on its path. Files are read with `hound`; eSpeak NG's piped
//! output, whose header cannot know its length, is read by [`parse_stream`].

use std::io::Cursor;

/// The only sample rate speech uses.
pub const RATE: u32 = 22_050;
/// A recording's file may not be larger (60 s of stereo at 22,050 Hz is 5.3 MB).
pub const MAX_RECORDING_BYTES: u64 = 6 << 20;
/// Nor last longer: a message longer than a minute should be split.
pub const MAX_RECORDING_SECONDS: u32 = 60;

/// Why a sound cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WavError {
    #[error("this is not a readable WAV file: {0}")]
    Unreadable(String),
    #[error("the sound is {0}: recordings must be 16-bit PCM (sox IN.wav -r 22050 -b 16 -e signed OUT.wav)")]
    Encoding(String),
    #[error("the sound has {0} channels: recordings must be mono or stereo")]
    Channels(u16),
    #[error("the sound is sampled at {0} Hz: recordings must be 22050 Hz (sox IN.wav -r 22050 -b 16 OUT.wav)")]
    Rate(u32),
    #[error("the file is {0} bytes: a recording is at most {MAX_RECORDING_BYTES} bytes")]
    TooLarge(u64),
    #[error("the sound lasts {0:.1} s: a recording lasts at most {MAX_RECORDING_SECONDS} s")]
    TooLong(f64),
    #[error("the file holds no sound")]
    Empty,
    #[error("the sound cannot be written: {0}")]
    Write(String),
}

/// Mono 16-bit samples at [`RATE`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pcm {
    pub samples: Vec<i16>,
}

impl Pcm {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / f64::from(RATE)
    }

    pub fn append(&mut self, other: &Pcm) {
        self.samples.extend_from_slice(&other.samples);
    }

    /// A pause between two utterances.
    pub fn push_silence(&mut self, millis: u32) {
        let n = (u64::from(RATE) * u64::from(millis) / 1000) as usize;
        self.samples.resize(self.samples.len() + n, 0);
    }

    /// A complete WAV file (mono, 16-bit, 22,050 Hz).
    pub fn to_wav(&self) -> Result<Vec<u8>, WavError> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: RATE,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut out = Cursor::new(Vec::with_capacity(44 + self.samples.len() * 2));
        let write = |e: hound::Error| WavError::Write(e.to_string());
        let mut w = hound::WavWriter::new(&mut out, spec).map_err(write)?;
        for s in &self.samples {
            w.write_sample(*s).map_err(write)?;
        }
        w.finalize().map_err(write)?;
        Ok(out.into_inner())
    }
}

/// What a valid recording holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordingInfo {
    pub channels: u16,
    pub seconds: f64,
}

/// Checks a recording's bytes against the format and bounds, without decoding it.
pub fn inspect(bytes: &[u8]) -> Result<RecordingInfo, WavError> {
    Ok(open(bytes)?.1)
}

type Reader<'a> = hound::WavReader<Cursor<&'a [u8]>>;

fn open(bytes: &[u8]) -> Result<(Reader<'_>, RecordingInfo), WavError> {
    if bytes.len() as u64 > MAX_RECORDING_BYTES {
        return Err(WavError::TooLarge(bytes.len() as u64));
    }
    let reader = hound::WavReader::new(Cursor::new(bytes)).map_err(|e| WavError::Unreadable(e.to_string()))?;
    let spec = reader.spec();
    if spec.sample_format != hound::SampleFormat::Int || spec.bits_per_sample != 16 {
        let kind = match spec.sample_format {
            hound::SampleFormat::Float => "floating point",
            hound::SampleFormat::Int => "integer",
        };
        return Err(WavError::Encoding(format!("{}-bit {kind}", spec.bits_per_sample)));
    }
    if !(1..=2).contains(&spec.channels) {
        return Err(WavError::Channels(spec.channels));
    }
    if spec.sample_rate != RATE {
        return Err(WavError::Rate(spec.sample_rate));
    }
    let frames = reader.duration();
    if frames == 0 {
        return Err(WavError::Empty);
    }
    let seconds = f64::from(frames) / f64::from(RATE);
    if seconds > f64::from(MAX_RECORDING_SECONDS) {
        return Err(WavError::TooLong(seconds));
    }
    // The header's length must match the bytes really there.
    let data = u64::from(frames) * u64::from(spec.channels) * 2;
    if data > bytes.len() as u64 {
        return Err(WavError::Unreadable("the file is shorter than its header says".into()));
    }
    Ok((
        reader,
        RecordingInfo {
            channels: spec.channels,
            seconds,
        },
    ))
}

/// A recording's sound, checked as [`inspect`] does, stereo mixed down to mono.
pub fn decode_recording(bytes: &[u8]) -> Result<Pcm, WavError> {
    let (mut reader, info) = open(bytes)?;
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .collect::<Result<_, _>>()
        .map_err(|e| WavError::Unreadable(e.to_string()))?;
    let samples = match info.channels {
        2 => samples
            .chunks_exact(2)
            .map(|lr| ((i32::from(lr[0]) + i32::from(lr[1])) / 2) as i16)
            .collect(),
        _ => samples,
    };
    Ok(Pcm { samples })
}

/// eSpeak NG's output on a pipe: a WAV whose header gives a placeholder length, as it
/// cannot seek back. Chunks are walked; the data runs to the end of the bytes.
pub fn parse_stream(bytes: &[u8]) -> Result<Pcm, WavError> {
    let bad = |why: &str| WavError::Unreadable(why.to_string());
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(bad("no RIFF/WAVE header"));
    }
    let u16_at = |p: usize| bytes.get(p..p + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
    let u32_at = |p: usize| {
        bytes
            .get(p..p + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut pos = 12usize;
    let mut format_ok = false;
    while let (Some(id), Some(size)) = (bytes.get(pos..pos + 4), u32_at(pos + 4)) {
        let body = pos + 8;
        if id == b"fmt " {
            let (tag, channels, rate, bits) = (u16_at(body), u16_at(body + 2), u32_at(body + 4), u16_at(body + 14));
            match (tag, channels, rate, bits) {
                (Some(1), Some(1), Some(RATE), Some(16)) => format_ok = true,
                (_, _, Some(r), _) if r != RATE => return Err(WavError::Rate(r)),
                _ => return Err(WavError::Encoding("not mono 16-bit PCM".into())),
            }
        } else if id == b"data" {
            if !format_ok {
                return Err(bad("data before format"));
            }
            let data = bytes.get(body..).unwrap_or_default();
            let len = (size as usize).min(data.len()) & !1;
            let samples = data[..len]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            return Ok(Pcm { samples });
        }
        pos = body.saturating_add(size as usize).saturating_add(size as usize & 1);
    }
    Err(bad("no sound data"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(channels: u16, rate: u32, bits: u16, frames: usize) -> Vec<u8> {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: bits,
            sample_format: hound::SampleFormat::Int,
        };
        let mut out = Cursor::new(Vec::new());
        let mut w = hound::WavWriter::new(&mut out, spec).unwrap();
        for i in 0..frames * channels as usize {
            if bits == 16 {
                w.write_sample((i % 100) as i16 * 100).unwrap();
            } else {
                w.write_sample((i % 100) as i32).unwrap();
            }
        }
        w.finalize().unwrap();
        out.into_inner()
    }

    #[test]
    fn round_trip_and_stereo_mixdown() {
        let pcm = Pcm {
            samples: vec![0, 1000, -1000, 32767],
        };
        let bytes = pcm.to_wav().unwrap();
        assert_eq!(decode_recording(&bytes).unwrap(), pcm);
        let stereo = decode_recording(&wav(2, RATE, 16, 10)).unwrap();
        assert_eq!(stereo.samples.len(), 10);
        assert_eq!(stereo.samples[1], 250, "mean of 200 and 300");
    }

    #[test]
    fn refuses_other_formats() {
        assert_eq!(inspect(&wav(1, 44_100, 16, 10)), Err(WavError::Rate(44_100)));
        assert!(matches!(inspect(&wav(1, RATE, 24, 10)), Err(WavError::Encoding(_))));
        assert_eq!(inspect(&wav(3, RATE, 16, 10)), Err(WavError::Channels(3)));
        assert_eq!(inspect(&wav(1, RATE, 16, 0)), Err(WavError::Empty));
        assert!(matches!(inspect(b"RIFF0000WAVEjunk"), Err(WavError::Unreadable(_))));
        let long = wav(1, RATE, 16, (RATE * 61) as usize);
        assert!(matches!(inspect(&long), Err(WavError::TooLong(_))));
        let mut cut = wav(1, RATE, 16, 1000);
        cut.truncate(500);
        assert!(inspect(&cut).is_err());
    }

    proptest::proptest! {
        /// A hostile recording (a damaged or crafted file in a pack) is refused, never a
        /// panic nor a huge allocation: a valid file with bytes changed or cut.
        #[test]
        fn damaged_files_never_panic(
            flips in proptest::collection::vec((0usize..200, proptest::num::u8::ANY), 1..8),
            cut in 0usize..300,
        ) {
            let mut bytes = wav(2, RATE, 16, 60);
            for (at, b) in flips {
                if let Some(x) = bytes.get_mut(at) {
                    *x = b;
                }
            }
            bytes.truncate(bytes.len().saturating_sub(cut));
            if let Ok(pcm) = decode_recording(&bytes) {
                proptest::prop_assert!(pcm.samples.len() <= bytes.len());
            }
            let _ = inspect(&bytes);
            if let Ok(pcm) = parse_stream(&bytes) {
                proptest::prop_assert!(pcm.samples.len() <= bytes.len());
            }
        }
    }

    #[test]
    fn reads_a_piped_stream() {
        let mut bytes = Pcm {
            samples: vec![5, -5, 7],
        }
        .to_wav()
        .unwrap();
        // What a pipe gets: placeholder lengths.
        bytes[4..8].copy_from_slice(&0x7fff_f024u32.to_le_bytes());
        bytes[40..44].copy_from_slice(&0x7fff_f000u32.to_le_bytes());
        assert_eq!(parse_stream(&bytes).unwrap().samples, vec![5, -5, 7]);
        assert!(parse_stream(b"nothing").is_err());
        assert!(parse_stream(&wav(1, 16_000, 16, 4)).is_err());
    }
}
