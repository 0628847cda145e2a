//! Fuzz target: `borne::fuzzing::stats` (see `src/fuzzing.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| borne::fuzzing::stats(data));
