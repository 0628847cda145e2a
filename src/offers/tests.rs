use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn offer(id: &str, commune: &str, rooms: u8, total_eur: u32) -> Offer {
    Offer {
        id: format!("bailleur/{id}"),
        reference: id.to_string(),
        landlord: "bailleur".to_string(),
        commune: commune.to_string(),
        rooms,
        surface_m2: 20 + 15 * u32::from(rooms),
        rent_cents: total_eur * 100 - 5_000,
        charges_cents: 5_000,
        expires: day(2026, 12, 31),
        ..Offer::default()
    }
}

fn sample() -> Vec<Offer> {
    vec![
        offer("a", "Maubeuge", 2, 420),
        offer("b", "Hautmont", 3, 510),
        offer("c", "Maubeuge", 5, 690),
        offer("d", "Écouen", 6, 720),
        Offer {
            wheelchair: Some(true),
            ..offer("e", "Maubeuge", 1, 310)
        },
        Offer {
            expires: day(2026, 11, 1),
            ..offer("old", "Maubeuge", 2, 300)
        },
    ]
}

#[test]
fn expired_offers_never_show() {
    let offers = sample();
    let today = day(2026, 11, 30);
    let shown = Filter::default().apply(&offers, &[], today);
    assert_eq!(shown.len(), 5);
    assert!(!shown.iter().any(|&i| offers[i].reference == "old"));
    // The last day itself is still shown.
    assert_eq!(Filter::default().apply(&offers, &[], day(2026, 11, 1)).len(), 6);
}

#[test]
fn each_filter_and_their_combination() {
    let offers = sample();
    let today = day(2026, 11, 30);
    let refs = |f: &Filter| -> Vec<String> {
        f.apply(&offers, &[], today)
            .into_iter()
            .map(|i| offers[i].reference.clone())
            .collect()
    };
    assert_eq!(
        refs(&Filter {
            commune: Some("Maubeuge".into()),
            ..Filter::default()
        }),
        ["e", "a", "c"]
    );
    assert_eq!(
        refs(&Filter {
            rooms: Some(5),
            ..Filter::default()
        }),
        ["c", "d"]
    );
    assert_eq!(
        refs(&Filter {
            max_total_cents: Some(51_000),
            ..Filter::default()
        }),
        ["e", "a", "b"]
    );
    assert_eq!(
        refs(&Filter {
            wheelchair: true,
            ..Filter::default()
        }),
        ["e"]
    );
    let both = Filter {
        commune: Some("Maubeuge".into()),
        rooms: Some(2),
        ..Filter::default()
    };
    assert_eq!(refs(&both), ["a"]);
    assert_eq!(both.count(), 2);
    assert!(refs(&Filter {
        commune: landlords_none(),
        ..both
    })
    .is_empty());
}

fn landlords_none() -> Option<String> {
    Some("Nowhere".into())
}

#[test]
fn landlords_restrict_and_later_availability_sorts_last() {
    let mut offers = sample();
    offers[0].available_from = Some(day(2027, 2, 1));
    offers[1].landlord = "other".into();
    let today = day(2026, 11, 30);
    let shown = Filter::default().apply(&offers, &["bailleur".to_string()], today);
    let refs: Vec<&str> = shown.iter().map(|&i| offers[i].reference.as_str()).collect();
    assert_eq!(refs, ["e", "c", "d", "a"]);
}

#[test]
fn facets_count_with_the_other_choices_kept() {
    let offers = sample();
    let today = day(2026, 11, 30);
    let f = Filter {
        rooms: Some(2),
        ..Filter::default()
    };
    let facets = facets(&f, &offers, &[], today);
    // Communes are counted for two-room homes only; Écouen sorts among the E's.
    assert_eq!(facets.communes, [("Maubeuge".to_string(), 1)]);
    // Rooms are counted without the rooms choice: every size is offered.
    assert_eq!(facets.rooms, [(1, 1), (2, 1), (3, 1), (5, 2)]);
    assert_eq!(facets.wheelchair, 0);
    let all = super::facets(&Filter::default(), &offers, &[], today);
    let names: Vec<&str> = all.communes.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(names, ["Écouen", "Hautmont", "Maubeuge"]);
}

#[test]
fn rent_steps_are_round_rising_and_end_with_everything() {
    let offers = sample();
    let today = day(2026, 11, 30);
    let steps = facets(&Filter::default(), &offers, &[], today).max_totals;
    assert_eq!(steps.last().map(|s| s.1), Some(5));
    assert!(steps.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
    assert!(steps.iter().all(|(m, _)| m % 5_000 == 0));
    assert!(steps.len() <= MAX_RENT_STEPS);
    assert!(rent_steps(&[]).is_empty());
    assert_eq!(rent_steps(&[41_000]), [45_000]);
}
