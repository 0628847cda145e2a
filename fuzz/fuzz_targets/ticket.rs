//! Fuzz target: `borne::fuzzing::ticket` (see `src/fuzzing.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| borne::fuzzing::ticket(data));
