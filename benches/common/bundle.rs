//! Shared by the benchmarks: a pack folder built into a bundle, signed, and applied
//! into a fresh data folder each sample, as a first install does.

use std::path::Path;
use std::time::Duration;

use criterion::Criterion;

/// Benchmarks `GROUP/apply-signed-bundle` for the pack folder `src` (files in `tmp`).
pub fn apply_bench(c: &mut Criterion, group: &str, src: &Path, tmp: &Path, measurement: Duration) {
    use borne::update::{self, bundle, sign};
    let file = tmp.join("bench.borne");
    bundle::build(src, &file, &mut |_, _| {}).expect("bundle");
    let (pk, sk) = sign::generate(&tmp.join("keys"), Some("pw".into())).expect("keys");
    sign::sign(&file, &sk, Some("pw".into())).expect("sign");
    let key = sign::key_line(&std::fs::read_to_string(pk).expect("pub")).expect("key");
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or_default();
    eprintln!("{group} bundle: {:.1} MB", size as f64 / 1e6);
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    g.measurement_time(measurement);
    let mut round = 0;
    g.bench_function("apply-signed-bundle", |b| {
        b.iter(|| {
            // A fresh data folder each time: the same version would be refused as not newer.
            round += 1;
            let data = tmp.join(format!("data-{round}"));
            let opts = update::Options {
                data_dir: data.clone(),
                trusted_keys: vec![key.clone()],
                accept_other_pack: true,
                active: update::Active {
                    id: "fr.borne.default".into(),
                    version: "1.0.0".into(),
                    builtin: true,
                },
                limits: Default::default(),
            };
            update::apply(&file, &opts, &mut |_, _| {}).expect("applied");
            let _ = std::fs::remove_dir_all(&data);
        })
    });
    g.finish();
}
