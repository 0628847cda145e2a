//! The way into the maintenance screen, which no resident makes by chance: a long press
//! (at least 2 s) in the top-left corner, then, within 5 s after it ends, three short taps
//! (each under 600 ms) in the bottom-right corner, with nothing else touched in between.
//!
//! A corner is a square whose side is 12% of the screen's shorter side. Corners are the
//! physical screen's, not mirrored for right-to-left languages: technicians learn one
//! gesture. The recogniser is pure: the UI feeds it every press, move and release with a
//! monotonic "now" (as [`crate::session`] is driven), and it says when the gesture is
//! complete.

use std::time::Duration;

/// Shortest long press in the top-left corner.
pub const LONG_PRESS: Duration = Duration::from_secs(2);
/// Time after the long press ends within which the third tap must end.
pub const TAPS_WITHIN: Duration = Duration::from_secs(5);
/// Longest tap.
pub const TAP_UNDER: Duration = Duration::from_millis(600);
/// Taps in the bottom-right corner.
pub const TAPS: u32 = 3;
/// A corner's side, as a share of the screen's shorter side.
pub const CORNER_SHARE: f32 = 0.12;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    /// A finger is down in the top-left corner since `since`.
    Pressing {
        since: Duration,
    },
    /// The long press is done: `taps` taps so far, the last one due by `deadline`.
    Armed {
        deadline: Duration,
        taps: u32,
    },
    /// A finger is down in the bottom-right corner since `since`.
    Tapping {
        deadline: Duration,
        taps: u32,
        since: Duration,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Corner {
    TopLeft,
    BottomRight,
    Elsewhere,
}

/// Recognises the gesture from a stream of touches.
#[derive(Debug, Clone)]
pub struct Gesture {
    width: f32,
    height: f32,
    corner: f32,
    state: State,
}

impl Gesture {
    /// A recogniser for a screen of `width` x `height` (the same units as the touches).
    pub fn new(width: f32, height: f32) -> Self {
        Gesture {
            width,
            height,
            corner: width.min(height) * CORNER_SHARE,
            state: State::Idle,
        }
    }

    /// One touch event: `down` is true for a press or a move while pressed, false for the
    /// release. Returns true when this event completes the gesture (then it starts over).
    pub fn touch(&mut self, now: Duration, x: f32, y: f32, down: bool) -> bool {
        let corner = self.corner_of(x, y);
        let (next, done) = step(self.state, now, corner, down);
        // A touch that broke the gesture may be the start of a new one.
        self.state = match next {
            State::Idle if self.state != State::Idle => step(State::Idle, now, corner, down).0,
            s => s,
        };
        done
    }

    /// The long press is done and the taps may come: a release now belongs to the
    /// gesture (the attract screen does not start a visit for it).
    pub fn holds(&self) -> bool {
        matches!(self.state, State::Armed { .. } | State::Tapping { .. })
    }

    fn corner_of(&self, x: f32, y: f32) -> Corner {
        // Comparisons with NaN are false: such a point is in no corner.
        if x >= 0.0 && y >= 0.0 && x <= self.corner && y <= self.corner {
            Corner::TopLeft
        } else if x <= self.width && y <= self.height && x >= self.width - self.corner && y >= self.height - self.corner
        {
            Corner::BottomRight
        } else {
            Corner::Elsewhere
        }
    }
}

/// The next state after one event, and whether the gesture is complete.
fn step(state: State, now: Duration, corner: Corner, down: bool) -> (State, bool) {
    use Corner::{BottomRight, TopLeft};
    let next = match (state, corner, down) {
        (State::Idle, TopLeft, true) => State::Pressing { since: now },
        (State::Pressing { since }, TopLeft, true) => State::Pressing { since },
        (State::Pressing { since }, TopLeft, false) if now.saturating_sub(since) >= LONG_PRESS => State::Armed {
            deadline: now + TAPS_WITHIN,
            taps: 0,
        },
        (State::Armed { deadline, taps }, BottomRight, true) if now <= deadline => State::Tapping {
            deadline,
            taps,
            since: now,
        },
        (State::Tapping { deadline, taps, since }, BottomRight, true) => State::Tapping { deadline, taps, since },
        (State::Tapping { deadline, taps, since }, BottomRight, false)
            if now <= deadline && now.saturating_sub(since) < TAP_UNDER =>
        {
            if taps + 1 == TAPS {
                return (State::Idle, true);
            }
            State::Armed {
                deadline,
                taps: taps + 1,
            }
        }
        // Anything else (a touch elsewhere, a short press, a slow or late tap) starts over.
        _ => State::Idle,
    };
    (next, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: f32 = 1080.0;
    const H: f32 = 1920.0;

    fn ms(v: u64) -> Duration {
        Duration::from_millis(v)
    }

    /// Feeds a press at `(x, y)` from `at` for `len`; returns whether the release completed it.
    fn press(g: &mut Gesture, at: u64, len: u64, x: f32, y: f32) -> bool {
        assert!(!g.touch(ms(at), x, y, true));
        g.touch(ms(at + len), x, y, false)
    }

    /// The gesture's long press, then taps at the given start times (ms), 100 ms each.
    fn gesture(g: &mut Gesture, taps: &[u64]) -> bool {
        assert!(!press(g, 0, 2100, 40.0, 40.0));
        taps.iter().any(|&t| press(g, t, 100, W - 40.0, H - 40.0))
    }

    #[test]
    fn the_gesture_opens() {
        let mut g = Gesture::new(W, H);
        assert!(gesture(&mut g, &[2500, 2800, 3100]));
        // It starts over afterwards: one more tap opens nothing.
        assert!(!press(&mut g, 3500, 100, W - 40.0, H - 40.0));
        // And it can be made again, with moves of the finger inside the corners.
        assert!(!g.touch(ms(10_000), 10.0, 10.0, true));
        assert!(!g.touch(ms(11_000), 100.0, 120.0, true));
        assert!(!g.touch(ms(12_000), 100.0, 120.0, false));
        for t in [12_500, 13_000] {
            assert!(!press(&mut g, t, 50, W - 1.0, H - 1.0));
        }
        assert!(!g.touch(ms(14_000), W - 100.0, H - 100.0, true));
        assert!(!g.touch(ms(14_100), W - 120.0, H - 110.0, true));
        assert!(g.touch(ms(14_200), W - 120.0, H - 110.0, false));
    }

    #[test]
    fn corners_are_twelve_percent_of_the_shorter_side() {
        // 12% of 1080 = 129.6 pixels, in portrait and in landscape.
        for (w, h) in [(W, H), (H, W)] {
            let g = Gesture::new(w, h);
            assert_eq!(g.corner_of(129.0, 129.0), Corner::TopLeft);
            assert_eq!(g.corner_of(131.0, 10.0), Corner::Elsewhere);
            assert_eq!(g.corner_of(w - 129.0, h - 129.0), Corner::BottomRight);
            assert_eq!(g.corner_of(w - 131.0, h - 10.0), Corner::Elsewhere);
            assert_eq!(g.corner_of(f32::NAN, 10.0), Corner::Elsewhere);
        }
    }

    #[test]
    fn the_wrong_corners_open_nothing() {
        let mut g = Gesture::new(W, H);
        // Long press bottom-right, taps top-left: the mirror image.
        assert!(!press(&mut g, 0, 2100, W - 40.0, H - 40.0));
        for t in [2500, 2800, 3100] {
            assert!(!press(&mut g, t, 100, 40.0, 40.0));
        }
        // Top-right and bottom-left.
        assert!(!press(&mut g, 10_000, 2100, W - 40.0, 40.0));
        for t in [12_500, 12_800, 13_100] {
            assert!(!press(&mut g, t, 100, 40.0, H - 40.0));
        }
    }

    #[test]
    fn a_short_press_opens_nothing() {
        let mut g = Gesture::new(W, H);
        assert!(!press(&mut g, 0, 1900, 40.0, 40.0));
        for t in [2000, 2300, 2600] {
            assert!(!press(&mut g, t, 100, W - 40.0, H - 40.0));
        }
    }

    #[test]
    fn a_press_that_slides_out_of_the_corner_opens_nothing() {
        let mut g = Gesture::new(W, H);
        assert!(!g.touch(ms(0), 40.0, 40.0, true));
        assert!(!g.touch(ms(1000), 400.0, 40.0, true));
        assert!(!g.touch(ms(2100), 40.0, 40.0, false));
        for t in [2500, 2800, 3100] {
            assert!(!press(&mut g, t, 100, W - 40.0, H - 40.0));
        }
    }

    #[test]
    fn a_slow_tap_starts_over() {
        let mut g = Gesture::new(W, H);
        assert!(!press(&mut g, 0, 2100, 40.0, 40.0));
        assert!(!press(&mut g, 2500, 100, W - 40.0, H - 40.0));
        assert!(!press(&mut g, 2800, 600, W - 40.0, H - 40.0));
        assert!(!press(&mut g, 3500, 100, W - 40.0, H - 40.0));
        assert!(!press(&mut g, 3800, 100, W - 40.0, H - 40.0));
    }

    #[test]
    fn a_touch_in_between_starts_over() {
        let mut g = Gesture::new(W, H);
        assert!(!press(&mut g, 0, 2100, 40.0, 40.0));
        assert!(!press(&mut g, 2500, 100, W - 40.0, H - 40.0));
        assert!(!press(&mut g, 2700, 50, W / 2.0, H / 2.0));
        assert!(!press(&mut g, 2900, 100, W - 40.0, H - 40.0));
        assert!(!press(&mut g, 3200, 100, W - 40.0, H - 40.0));
        // A tap that slides out of the corner counts as a touch elsewhere.
        let mut g = Gesture::new(W, H);
        assert!(!press(&mut g, 0, 2100, 40.0, 40.0));
        assert!(!press(&mut g, 2500, 100, W - 40.0, H - 40.0));
        assert!(!g.touch(ms(2800), W - 40.0, H - 40.0, true));
        assert!(!g.touch(ms(2850), W - 400.0, H - 40.0, true));
        assert!(!g.touch(ms(2900), W - 40.0, H - 40.0, false));
        assert!(!press(&mut g, 3200, 100, W - 40.0, H - 40.0));
    }

    #[test]
    fn taps_too_late_open_nothing() {
        let mut g = Gesture::new(W, H);
        // The third tap ends 5.1 s after the long press ended (at 2.1 s).
        assert!(!gesture(&mut g, &[5000, 6000, 7100]));
        let mut g = Gesture::new(W, H);
        assert!(!gesture(&mut g, &[7200, 7400, 7600]));
        // Just in time.
        let mut g = Gesture::new(W, H);
        assert!(gesture(&mut g, &[5000, 6000, 7000]));
    }

    #[test]
    fn a_broken_gesture_can_start_again_at_once() {
        let mut g = Gesture::new(W, H);
        assert!(!press(&mut g, 0, 2100, 40.0, 40.0));
        // A new long press in the top-left corner breaks the first and starts the second.
        assert!(!press(&mut g, 2500, 2100, 40.0, 40.0));
        for (i, t) in [5000, 5300, 5600].into_iter().enumerate() {
            assert_eq!(press(&mut g, t, 100, W - 40.0, H - 40.0), i == 2);
        }
    }

    /// A small linear congruential generator (Knuth's MMIX constants): `rand` is not a
    /// dependency of the crate, and a fixed seed makes the count reproducible.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        fn unit(&mut self) -> f32 {
            (self.next() as f64 / (1u64 << 31) as f64) as f32
        }
    }

    /// Random taps over the whole screen: presses of `min..max` ms, gaps of 50 ms to 3 s.
    fn random_entries(seed: u64, taps: u32, min: u64, max: u64) -> u32 {
        let mut rng = Lcg(seed);
        let mut g = Gesture::new(W, H);
        let mut now = 0;
        let mut entries = 0;
        for _ in 0..taps {
            let (x, y) = (rng.unit() * W, rng.unit() * H);
            now += 50 + rng.below(2950);
            let len = min + rng.below(max - min + 1);
            if press(&mut g, now, len, x, y) {
                entries += 1;
            }
            now += len;
        }
        entries
    }

    #[test]
    fn random_taps_never_open_it() {
        let entries = random_entries(0x5EED_B0E4, 100_000, 30, 800);
        println!("random taps (30-800 ms): {entries} entries in 100000");
        assert_eq!(entries, 0);
        // Presses up to 3 s, so that long presses do happen in the corner.
        let entries = random_entries(0x0B0E_4E5E, 100_000, 30, 3000);
        println!("random taps (30-3000 ms): {entries} entries in 100000");
        assert_eq!(entries, 0);
    }

    #[test]
    fn the_random_generator_reaches_the_corners() {
        // The count above means something only if random taps land in the corners and
        // long presses arm the gesture.
        let mut rng = Lcg(0x0B0E_4E5E);
        let mut g = Gesture::new(W, H);
        let (mut armed, mut in_br) = (0, 0);
        let mut now = 0;
        for _ in 0..100_000 {
            let (x, y) = (rng.unit() * W, rng.unit() * H);
            now += 50 + rng.below(2950);
            let len = 30 + rng.below(2971);
            press(&mut g, now, len, x, y);
            now += len;
            armed += u32::from(matches!(g.state, State::Armed { .. }));
            in_br += u32::from(g.corner_of(x, y) == Corner::BottomRight);
        }
        println!("random taps (30-3000 ms): armed {armed} times, {in_br} taps bottom-right");
        assert!(armed > 50 && in_br > 300, "armed {armed}, bottom-right {in_br}");
    }
}
