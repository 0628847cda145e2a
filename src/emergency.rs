//! The national emergency numbers shown on the Emergency screen. They are the same for
//! every pack, so they live here; their descriptions are chrome texts (`emergency-N`).

/// One emergency number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmergencyNumber {
    pub number: &'static str,
    /// Pictogram name, looked up in the pack (a placeholder shows if it lacks it).
    pub pictogram: &'static str,
}

impl EmergencyNumber {
    /// The chrome message describing this number.
    pub fn key(&self) -> String {
        format!("emergency-{}", self.number)
    }
}

/// In the order shown: the general numbers first, then the specialised lines.
pub const NUMBERS: &[EmergencyNumber] = &[
    EmergencyNumber {
        number: "112",
        pictogram: "sos-112",
    },
    EmergencyNumber {
        number: "15",
        pictogram: "ambulance",
    },
    EmergencyNumber {
        number: "17",
        pictogram: "police",
    },
    EmergencyNumber {
        number: "18",
        pictogram: "fire",
    },
    EmergencyNumber {
        number: "114",
        pictogram: "deaf-sms",
    },
    EmergencyNumber {
        number: "115",
        pictogram: "shelter",
    },
    EmergencyNumber {
        number: "119",
        pictogram: "child-danger",
    },
    EmergencyNumber {
        number: "3919",
        pictogram: "violence",
    },
    EmergencyNumber {
        number: "3114",
        pictogram: "suicide-prevention",
    },
];
