//! Touch calibration: libinput's calibration matrix, computed from taps on targets.
//!
//! libinput maps a touch at `(x, y)`, both normalised to 0..1 over the device's range,
//! through the six numbers `a b c d e f` of the udev property
//! `LIBINPUT_CALIBRATION_MATRIX` to `(a·x + b·y + c, d·x + e·y + f)`, also 0..1 over the
//! screen. The kiosk image writes that property from `display.rotation` (the matrices of
//! [`Matrix::rotation`]) or from `touch-calibration.txt` on the boot partition.
//!
//! A technician taps 4 or 5 targets; each gives a [`Pair`]: where the target is and where
//! the touch screen said the finger was (already through the matrix in force). The affine
//! map that best takes the reported points to the targets (least squares) is composed
//! with the matrix in force, so a second calibration refines the first.

/// A point in normalised screen coordinates (0..1 from the left and from the top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }
}

/// One target tapped: where it is, and where the touch screen reported the tap.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub target: Point,
    pub reported: Point,
}

/// Fewest pairs a calibration takes (an affine map has 6 unknowns; 3 points fit exactly,
/// a fourth shows the error).
pub const MIN_PAIRS: usize = 4;

/// The thinnest spread of points accepted, as a standard deviation in the narrowest
/// direction, in screen widths: points nearly in a line leave the map undetermined.
const MIN_SPREAD: f64 = 0.02;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CalibrationError {
    #[error("{0} points given: a calibration needs at least {MIN_PAIRS}")]
    TooFewPoints(usize),
    #[error("a point is not a finite number")]
    NotFinite,
    #[error("the {0} points are (nearly) in a line: tap targets spread over the screen")]
    InLine(&'static str),
    #[error("a calibration matrix is six numbers: {0:?}")]
    BadMatrix(String),
    #[error("the rotation must be 0, 90, 180 or 270 degrees, not {0}")]
    BadRotation(u32),
}

/// An affine map of normalised coordinates, as libinput's six numbers `[a, b, c, d, e, f]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Matrix(pub [f64; 6]);

impl Matrix {
    pub const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 0.0, 1.0, 0.0]);

    /// The matrix for a screen turned clockwise by `degrees`: it takes the panel's touch
    /// coordinates into the turned picture, as the kiosk image's `borne-display` does.
    pub fn rotation(degrees: u32) -> Result<Matrix, CalibrationError> {
        Ok(Matrix(match degrees {
            0 => [1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
            90 => [0.0, 1.0, 0.0, -1.0, 0.0, 1.0],
            180 => [-1.0, 0.0, 1.0, 0.0, -1.0, 1.0],
            270 => [0.0, -1.0, 1.0, 1.0, 0.0, 0.0],
            _ => return Err(CalibrationError::BadRotation(degrees)),
        }))
    }

    /// Where `p` goes.
    pub fn apply(&self, p: Point) -> Point {
        let [a, b, c, d, e, f] = self.0;
        Point::new(a * p.x + b * p.y + c, d * p.x + e * p.y + f)
    }

    /// `self` first, then `after` (the 3x3 product `after · self`).
    pub fn then(&self, after: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [p, q, r, s, t, u] = after.0;
        Matrix([
            p * a + q * d,
            p * b + q * e,
            p * c + q * f + r,
            s * a + t * d,
            s * b + t * e,
            s * c + t * f + u,
        ])
    }

    /// The udev property's value: six numbers separated by spaces, at most six decimals,
    /// no exponent (the form `borne-display` accepts in `touch-calibration.txt`).
    pub fn to_udev(&self) -> String {
        self.0.iter().map(|&v| number(v)).collect::<Vec<_>>().join(" ")
    }

    /// Reads six numbers separated by white space (the udev property, or
    /// `touch-calibration.txt` without its comments).
    pub fn parse(text: &str) -> Result<Matrix, CalibrationError> {
        let bad = || CalibrationError::BadMatrix(text.to_string());
        let values: Vec<f64> = text
            .split_whitespace()
            .map(|w| w.parse::<f64>().ok().filter(|v| v.is_finite()))
            .collect::<Option<_>>()
            .ok_or_else(bad)?;
        Ok(Matrix(values.try_into().map_err(|_| bad())?))
    }
}

/// `v` rounded to six decimals, without trailing zeros or a negative zero.
fn number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".to_string(),
        s => s.to_string(),
    }
}

/// How far taps land from their targets, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Offsets {
    pub mean: f64,
    pub max: f64,
}

impl Offsets {
    /// Offsets of the reported points, taken through `map`, from their targets on a
    /// screen of `width` x `height` pixels.
    pub fn of(pairs: &[Pair], map: &Matrix, width: u32, height: u32) -> Offsets {
        let (w, h) = (f64::from(width), f64::from(height));
        let distances: Vec<f64> = pairs
            .iter()
            .map(|p| {
                let q = map.apply(p.reported);
                ((q.x - p.target.x) * w).hypot((q.y - p.target.y) * h)
            })
            .collect();
        let max = distances.iter().copied().fold(0.0, f64::max);
        let mean = if distances.is_empty() {
            0.0
        } else {
            distances.iter().sum::<f64>() / distances.len() as f64
        };
        Offsets { mean, max }
    }
}

/// A computed calibration.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calibration {
    /// The map from reported points to targets alone.
    pub correction: Matrix,
    /// The matrix to write: the one in force, then the correction.
    pub matrix: Matrix,
    /// Offsets from the targets as the touches were reported.
    pub before: Offsets,
    /// Offsets once corrected (what the next taps should show).
    pub after: Offsets,
}

/// The calibration from `pairs` tapped with `current` in force, on a screen of
/// `width` x `height` pixels.
pub fn calibrate(pairs: &[Pair], current: &Matrix, width: u32, height: u32) -> Result<Calibration, CalibrationError> {
    let correction = fit(pairs)?;
    Ok(Calibration {
        correction,
        matrix: current.then(&correction),
        before: Offsets::of(pairs, &Matrix::IDENTITY, width, height),
        after: Offsets::of(pairs, &correction, width, height),
    })
}

/// The affine map taking the reported points nearest to their targets (least squares).
///
/// The normal equations of the 3x3 problem are solved by hand: with the points centred on
/// their mean they split into one 2x2 system per output coordinate, solved by Cramer's
/// rule. A linear-algebra crate would bring a large dependency for these few lines.
pub fn fit(pairs: &[Pair]) -> Result<Matrix, CalibrationError> {
    if pairs.len() < MIN_PAIRS {
        return Err(CalibrationError::TooFewPoints(pairs.len()));
    }
    let finite = |p: Point| p.x.is_finite() && p.y.is_finite();
    if !pairs.iter().all(|p| finite(p.target) && finite(p.reported)) {
        return Err(CalibrationError::NotFinite);
    }
    let reported: Vec<Point> = pairs.iter().map(|p| p.reported).collect();
    let targets: Vec<Point> = pairs.iter().map(|p| p.target).collect();
    let (r, spread) = moments(&reported);
    if spread < MIN_SPREAD {
        return Err(CalibrationError::InLine("reported"));
    }
    // Targets in a line would squash the screen onto that line.
    if moments(&targets).1 < MIN_SPREAD {
        return Err(CalibrationError::InLine("target"));
    }
    let n = pairs.len() as f64;
    let mean_t = Point::new(
        targets.iter().map(|t| t.x).sum::<f64>() / n,
        targets.iter().map(|t| t.y).sum::<f64>() / n,
    );
    // Cross moments of the centred reported points with each target coordinate.
    let (mut xtx, mut ytx, mut xty, mut yty) = (0.0, 0.0, 0.0, 0.0);
    for (p, t) in reported.iter().zip(&targets) {
        let (dx, dy) = (p.x - r.mean.x, p.y - r.mean.y);
        xtx += dx * (t.x - mean_t.x);
        ytx += dy * (t.x - mean_t.x);
        xty += dx * (t.y - mean_t.y);
        yty += dy * (t.y - mean_t.y);
    }
    let det = r.sxx * r.syy - r.sxy * r.sxy;
    let solve = |sx: f64, sy: f64| ((sx * r.syy - sy * r.sxy) / det, (sy * r.sxx - sx * r.sxy) / det);
    let (a, b) = solve(xtx, ytx);
    let (d, e) = solve(xty, yty);
    let c = mean_t.x - a * r.mean.x - b * r.mean.y;
    let f = mean_t.y - d * r.mean.x - e * r.mean.y;
    Ok(Matrix([a, b, c, d, e, f]))
}

/// The mean and centred second moments of points.
struct Moments {
    mean: Point,
    sxx: f64,
    syy: f64,
    sxy: f64,
}

/// The points' moments, and their spread in the narrowest direction (the standard
/// deviation along the smaller principal axis).
fn moments(points: &[Point]) -> (Moments, f64) {
    let n = points.len().max(1) as f64;
    let mean = Point::new(
        points.iter().map(|p| p.x).sum::<f64>() / n,
        points.iter().map(|p| p.y).sum::<f64>() / n,
    );
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in points {
        let (dx, dy) = (p.x - mean.x, p.y - mean.y);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    // Smaller eigenvalue of the covariance matrix [[sxx, sxy], [sxy, syy]] / n.
    let half_trace = (sxx + syy) / 2.0;
    let smallest = half_trace - (((sxx - syy) / 2.0).powi(2) + sxy * sxy).sqrt();
    let spread = (smallest.max(0.0) / n).sqrt();
    (Moments { mean, sxx, syy, sxy }, spread)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: u32 = 1080;
    const H: u32 = 1920;

    /// Five targets as the calibration screen shows them: near each corner and the centre.
    fn targets() -> Vec<Point> {
        [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9), (0.5, 0.5)]
            .into_iter()
            .map(|(x, y)| Point::new(x, y))
            .collect()
    }

    /// Pairs whose reported points are `touch` of the targets.
    fn pairs(touch: impl Fn(Point) -> Point) -> Vec<Pair> {
        targets()
            .into_iter()
            .map(|target| Pair {
                target,
                reported: touch(target),
            })
            .collect()
    }

    fn assert_close(m: &Matrix, expected: [f64; 6], tolerance: f64) {
        for (got, want) in m.0.iter().zip(expected) {
            assert!((got - want).abs() <= tolerance, "{m:?} is not {expected:?}");
        }
    }

    #[test]
    fn exact_taps_give_the_identity() {
        let c = calibrate(&pairs(|t| t), &Matrix::IDENTITY, W, H).expect("fits");
        assert_close(&c.correction, Matrix::IDENTITY.0, 1e-12);
        assert_close(&c.matrix, Matrix::IDENTITY.0, 1e-12);
        assert_eq!(c.before, Offsets { mean: 0.0, max: 0.0 });
        assert!(c.after.max < 1e-9);
        assert_eq!(c.matrix.to_udev(), "1 0 0 0 1 0");
    }

    #[test]
    fn a_shift_is_undone() {
        // Every touch lands 1% of the width to the right and 1% of the height too high.
        let c = calibrate(&pairs(|t| Point::new(t.x + 0.01, t.y - 0.01)), &Matrix::IDENTITY, W, H).expect("fits");
        assert_close(&c.correction, [1.0, 0.0, -0.01, 0.0, 1.0, 0.01], 1e-12);
        // 10.8 px across and 19.2 px down: 22.03 px from each target, before; none after.
        let expected = 10.8f64.hypot(19.2);
        assert!((c.before.mean - expected).abs() < 1e-9 && (c.before.max - expected).abs() < 1e-9);
        assert!(c.after.max < 1e-9, "{:?}", c.after);
    }

    #[test]
    fn a_scale_is_undone() {
        // Touches squeezed towards the centre, unevenly.
        let c = calibrate(
            &pairs(|t| Point::new(0.9 * t.x + 0.05, 0.8 * t.y + 0.1)),
            &Matrix::IDENTITY,
            W,
            H,
        )
        .expect("fits");
        assert_close(
            &c.correction,
            [1.0 / 0.9, 0.0, -0.05 / 0.9, 0.0, 1.0 / 0.8, -0.1 / 0.8],
            1e-12,
        );
        assert!(c.after.max < 1e-9);
    }

    /// Where a point of the kiosk's window is on the panel, for each rotation: the table of
    /// `kiosk-image/smoke-test.sh` (`to_panel`).
    fn to_panel(rotation: u32, p: Point) -> Point {
        match rotation {
            90 => Point::new(1.0 - p.y, p.x),
            180 => Point::new(1.0 - p.x, 1.0 - p.y),
            270 => Point::new(p.y, 1.0 - p.x),
            _ => p,
        }
    }

    #[test]
    fn rotations_match_the_kiosk_image() {
        let setup = include_str!("../../kiosk-image/rootfs/usr/lib/borne/borne-display");
        for r in [0, 90, 180, 270] {
            let m = Matrix::rotation(r).expect("a rotation");
            // The same numbers as borne-display writes for display.rotation.
            let line = if r == 0 {
                format!("*) rotation=0 matrix=\"{}\"", m.to_udev())
            } else {
                format!("{r}) matrix=\"{}\"", m.to_udev())
            };
            assert!(setup.contains(&line), "borne-display has no {line:?}");
            // They take the panel's touches back to the window's points.
            for t in targets() {
                let q = m.apply(to_panel(r, t));
                assert!(
                    (q.x - t.x).abs() < 1e-12 && (q.y - t.y).abs() < 1e-12,
                    "rotation {r}: {t:?} -> {q:?}"
                );
            }
            // A panel turned without its matrix is calibrated to exactly that matrix.
            let c = calibrate(&pairs(|t| to_panel(r, t)), &Matrix::IDENTITY, W, H).expect("fits");
            assert_close(&c.matrix, m.0, 1e-12);
        }
        assert_eq!(Matrix::rotation(45), Err(CalibrationError::BadRotation(45)));
    }

    #[test]
    fn a_rotation_with_an_offset_is_found() {
        // A panel turned 90 degrees and glued 2% off: touches at `to_panel` shifted.
        let touch = |t: Point| {
            let p = to_panel(90, t);
            Point::new(p.x + 0.02, p.y - 0.015)
        };
        let c = calibrate(&pairs(touch), &Matrix::IDENTITY, W, H).expect("fits");
        let expected = Matrix([1.0, 0.0, -0.02, 0.0, 1.0, 0.015]).then(&Matrix::rotation(90).expect("90"));
        assert_close(&c.matrix, expected.0, 1e-12);
        assert!(c.after.max < 1e-9);
    }

    /// A repeatable noise of up to `px` pixels each way.
    fn noisy(p: Point, i: usize, px: f64) -> Point {
        let wobble = |k: usize| ((k * 7919 + 13) % 101) as f64 / 50.0 - 1.0;
        Point::new(
            p.x + wobble(i) * px / f64::from(W),
            p.y + wobble(i + 37) * px / f64::from(H),
        )
    }

    #[test]
    fn noisy_taps_are_fitted_and_a_second_calibration_refines_the_first() {
        // The panel: turned 180 degrees, stretched 3% and shifted. The matrix in force
        // handles the turn only.
        let device = |t: Point| {
            let p = to_panel(180, t);
            Point::new(1.03 * p.x - 0.01, 0.97 * p.y + 0.02)
        };
        let current = Matrix::rotation(180).expect("180");
        let first: Vec<Pair> = pairs(|t| current.apply(device(t)))
            .into_iter()
            .enumerate()
            .map(|(i, p)| Pair {
                reported: noisy(p.reported, i, 4.0),
                ..p
            })
            .collect();
        let c1 = calibrate(&first, &current, W, H).expect("fits");
        assert!(c1.before.mean > 20.0, "{:?}", c1.before);
        assert!(c1.after.max < 6.0 && c1.after.mean < c1.before.mean / 4.0, "{c1:?}");
        // The second round: taps through the new matrix, with other noise.
        let second: Vec<Pair> = pairs(|t| c1.matrix.apply(device(t)))
            .into_iter()
            .enumerate()
            .map(|(i, p)| Pair {
                reported: noisy(p.reported, i + 3, 4.0),
                ..p
            })
            .collect();
        let c2 = calibrate(&second, &c1.matrix, W, H).expect("fits");
        println!(
            "noisy taps: {:.1} px mean, {:.1} max before; {:.1}, {:.1} after; second round {:.1}, {:.1} before",
            c1.before.mean, c1.before.max, c1.after.mean, c1.after.max, c2.before.mean, c2.before.max
        );
        assert!(c2.before.max < 12.0, "{:?}", c2.before);
        assert_close(&c2.correction, Matrix::IDENTITY.0, 0.01);
        // Both stay near the exact inverse of the device.
        let exact = calibrate(&pairs(device), &Matrix::IDENTITY, W, H).expect("fits").matrix;
        assert_close(&c2.matrix, exact.0, 0.01);
    }

    #[test]
    fn degenerate_input_is_refused() {
        let all = pairs(|t| t);
        assert_eq!(fit(&all[..3]), Err(CalibrationError::TooFewPoints(3)));
        assert_eq!(fit(&[]), Err(CalibrationError::TooFewPoints(0)));
        let mut nan = all.clone();
        nan[2].reported.y = f64::NAN;
        assert_eq!(fit(&nan), Err(CalibrationError::NotFinite));
        let mut inf = all.clone();
        inf[0].target.x = f64::INFINITY;
        assert_eq!(fit(&inf), Err(CalibrationError::NotFinite));
        // Every tap reported on the diagonal (a broken axis), or along one edge.
        assert_eq!(
            fit(&pairs(|t| Point::new(t.x, t.x))),
            Err(CalibrationError::InLine("reported"))
        );
        assert_eq!(
            fit(&pairs(|t| Point::new(t.x, 0.5))),
            Err(CalibrationError::InLine("reported"))
        );
        let same = pairs(|_| Point::new(0.3, 0.3));
        assert_eq!(fit(&same), Err(CalibrationError::InLine("reported")));
        // Targets in a line.
        let line: Vec<Pair> = (0..5)
            .map(|i| {
                let v = 0.1 + 0.2 * f64::from(i);
                Pair {
                    target: Point::new(v, 0.5),
                    reported: Point::new(v, if i % 2 == 0 { 0.2 } else { 0.8 }),
                }
            })
            .collect();
        assert_eq!(fit(&line), Err(CalibrationError::InLine("target")));
    }

    #[test]
    fn the_udev_string_has_plain_numbers() {
        let m = Matrix([-0.0, 1.0, 0.123_456_7, -1e-9, 1_000_000.0, -0.5]);
        assert_eq!(m.to_udev(), "0 1 0.123457 0 1000000 -0.5");
        // Each number is of the form borne-display accepts: -?[0-9]+(\.[0-9]+)?
        for w in m.to_udev().split(' ') {
            let digits = w.strip_prefix('-').unwrap_or(w);
            let (int, frac) = digits.split_once('.').unwrap_or((digits, "1"));
            let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            assert!(all_digits(int) && all_digits(frac), "{w}");
        }
        assert_eq!(Matrix::parse("0 -1 1\n1 0 0"), Ok(Matrix::rotation(270).expect("270")));
        assert_eq!(Matrix::parse(&m.to_udev()).map(|p| p.to_udev()), Ok(m.to_udev()));
        for bad in [
            "",
            "1 0 0 0 1",
            "1 0 0 0 1 0 0",
            "1 0 0 0 1 x",
            "1 0 0 0 1 NaN",
            "1 0 0 0 1 inf",
        ] {
            assert!(
                matches!(Matrix::parse(bad), Err(CalibrationError::BadMatrix(_))),
                "{bad:?}"
            );
        }
    }
}
