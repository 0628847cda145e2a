//! Fuzz target: `borne::fuzzing::hours` (see `src/fuzzing.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| borne::fuzzing::hours(data));
