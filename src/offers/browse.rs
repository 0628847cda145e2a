//! Where a resident is among the offers of one offers node: the filters chosen, the
//! filter being picked, the page of the list, the offer open, its photo, and whether
//! "how to apply" is shown. Part of the [`crate::session::Session`], so it is wiped
//! with the visit and Back steps out of it one level at a time.

use super::Filter;

/// The filter whose choices are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picker {
    Commune,
    Rooms,
    Rent,
}

/// The state of the offers screens; the default is the first page of every offer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Browse {
    pub filter: Filter,
    pub picker: Option<Picker>,
    /// Page of the list, from 0.
    pub page: usize,
    /// The offer shown on its own screen (its id).
    pub open: Option<String>,
    /// Which of the open offer's photos is shown.
    pub photo: usize,
    /// The open offer's "how to apply" screen.
    pub applying: bool,
}

/// What the offers node shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View<'a> {
    List,
    Picker(Picker),
    Offer(&'a str),
    Apply(&'a str),
}

impl Browse {
    pub fn view(&self) -> View<'_> {
        match (&self.open, self.applying, self.picker) {
            (Some(id), true, _) => View::Apply(id),
            (Some(id), false, _) => View::Offer(id),
            (None, _, Some(p)) => View::Picker(p),
            (None, _, None) => View::List,
        }
    }

    /// Back within the offers: apply → offer → list (a picker closes). False when
    /// already on the list, so Back leaves the node.
    pub fn back(&mut self) -> bool {
        if self.applying {
            self.applying = false;
        } else if self.open.is_some() {
            self.open = None;
            self.photo = 0;
        } else if self.picker.is_some() {
            self.picker = None;
        } else {
            return false;
        }
        true
    }

    /// A filter changed: the list starts again from its first page.
    pub fn set_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.picker = None;
        self.page = 0;
    }

    pub fn open(&mut self, id: &str) {
        self.open = Some(id.to_string());
        self.photo = 0;
        self.applying = false;
        self.picker = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_steps_out_one_level_at_a_time() {
        let mut b = Browse {
            picker: Some(Picker::Rooms),
            ..Browse::default()
        };
        assert_eq!(b.view(), View::Picker(Picker::Rooms));
        b.set_filter(Filter {
            rooms: Some(3),
            ..Filter::default()
        });
        assert_eq!(b.view(), View::List);
        b.page = 2;
        b.open("x/1");
        b.applying = true;
        assert_eq!(b.view(), View::Apply("x/1"));
        assert!(b.back());
        assert_eq!(b.view(), View::Offer("x/1"));
        assert!(b.back());
        assert_eq!(b.view(), View::List);
        // The page and the filters survive looking at an offer.
        assert_eq!((b.page, b.filter.rooms), (2, Some(3)));
        assert!(!b.back());
    }
}
