//! Small-count suppression for everything a person reads (report, summary CSVs).
//!
//! A count from 1 to 4 is shown as "< 5". When a group's total is published too (visits
//! per day add up to the visits), one hidden cell could be computed back by subtraction,
//! so more cells are hidden ("masked") until no hidden small count can be pinned down.

/// Counts below this are never shown exactly.
pub const THRESHOLD: u64 = 5;

/// How a count may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// 1 to 4.
    Small,
    /// Hidden although not small, so that a small one cannot be worked out.
    Masked,
}

impl Shown {
    pub fn is_hidden(self) -> bool {
        !matches!(self, Shown::Count(_))
    }
}

/// A count on its own (its group total is not published).
pub fn primary(count: u64) -> Shown {
    if count > 0 && count < THRESHOLD {
        Shown::Small
    } else {
        Shown::Count(count)
    }
}

/// How far the sum of hidden cells must stay from the least and the most it could be,
/// so that each hidden small cell keeps at least three possible values.
const SLACK: u64 = 2;

/// The cells of a group whose total is published. Hidden cells are added, smallest
/// first, until no hidden small cell can be narrowed down from the total: at least two
/// hidden cells, and their sum [`SLACK`] away from both the least and (when all are
/// small) the most it could be.
pub fn with_total(counts: &[u64]) -> Vec<Shown> {
    let mut shown: Vec<Shown> = counts.iter().map(|c| primary(*c)).collect();
    if !shown.contains(&Shown::Small) {
        return shown;
    }
    loop {
        let mut sum = 0;
        let mut least = 0;
        let mut n = 0;
        let mut masked = false;
        for (c, s) in counts.iter().zip(&shown) {
            match s {
                // Saturating: counts near 64 bits must not wrap (nor panic).
                Shown::Small => {
                    sum = c.saturating_add(sum);
                    least += 1;
                    n += 1;
                }
                Shown::Masked => {
                    sum = c.saturating_add(sum);
                    least += THRESHOLD;
                    n += 1;
                    masked = true;
                }
                Shown::Count(_) => {}
            }
        }
        let most = (THRESHOLD - 1) * n;
        if n >= 2 && sum >= least + SLACK && (masked || sum.saturating_add(SLACK) <= most) {
            return shown;
        }
        let next = counts
            .iter()
            .zip(&shown)
            .enumerate()
            .filter(|(_, (c, s))| **c > 0 && !s.is_hidden())
            .min_by_key(|(_, (c, _))| **c)
            .map(|(i, _)| i);
        match next {
            Some(i) => shown[i] = Shown::Masked,
            // Everything is hidden already; the total alone is all that is left.
            None => return shown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Shown::*;

    #[test]
    fn small_counts_are_hidden() {
        assert_eq!(primary(0), Count(0));
        assert_eq!(primary(1), Small);
        assert_eq!(primary(4), Small);
        assert_eq!(primary(5), Count(5));
    }

    #[test]
    fn a_lone_small_cell_takes_another_with_it() {
        assert_eq!(with_total(&[100, 2, 30]), vec![Count(100), Small, Masked]);
        // 2 + 5 = 7 would pin the small one to at most 2 (the other is at least 5): one
        // more is hidden.
        assert_eq!(with_total(&[100, 2, 5, 6]), vec![Count(100), Small, Masked, Masked]);
        assert_eq!(with_total(&[10, 20, 30]), vec![Count(10), Count(20), Count(30)]);
        assert_eq!(with_total(&[0, 3, 0, 50]), vec![Count(0), Small, Count(0), Masked]);
    }

    #[test]
    fn small_cells_that_sum_to_an_edge_are_protected() {
        // 1 + 1: both would be known to be 1.
        assert_eq!(with_total(&[1, 1, 40]), vec![Small, Small, Masked]);
        // 4 + 4: both would be known to be 4.
        assert_eq!(with_total(&[4, 4, 40]), vec![Small, Small, Masked]);
        // 2 + 3 + 4 = 9 among three small cells: each could be 1 to 4.
        assert_eq!(with_total(&[2, 3, 4, 40]), vec![Small, Small, Small, Count(40)]);
    }
}
