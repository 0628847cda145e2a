//! Bar charts for the report, drawn with plotters as inline SVG.
//!
//! A hidden count (see [`super::suppress`]) is drawn as a hatched bar of the threshold's
//! height whatever its real value, and the axis is scaled on what is shown only, so
//! neither the bar nor the scale tells the number.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::suppress::{Shown, THRESHOLD};
use super::StatsError;

/// One bar: its label and what may be shown of its count.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub shown: Shown,
}

/// Labels for hidden counts ("< 5", "masqué").
pub struct HiddenLabels<'a> {
    pub small: &'a str,
    pub masked: &'a str,
}

/// The bar colour.
const BLUE: RGBColor = RGBColor(0x1f, 0x5f, 0x8b);
/// A colour no chart uses otherwise: it is replaced by the hatch pattern afterwards
/// (plotters has no patterns).
const HATCH: RGBColor = RGBColor(0x01, 0x02, 0x03);
const HATCH_FILL: &str = "fill=\"#010203\"";
/// The pattern the report page defines once.
pub const HATCH_ID: &str = "borne-hatch";

const WIDTH: u32 = 760;
const FONT: &str = "sans-serif";

fn height_of(s: Shown) -> u64 {
    match s {
        Shown::Count(c) => c,
        Shown::Small | Shown::Masked => THRESHOLD,
    }
}

fn label_of(s: Shown, hidden: &HiddenLabels) -> String {
    match s {
        Shown::Count(c) => c.to_string(),
        Shown::Small => hidden.small.to_string(),
        Shown::Masked => hidden.masked.to_string(),
    }
}

fn err<E: std::fmt::Debug>(e: E) -> StatsError {
    StatsError::Chart(format!("{e:?}"))
}

/// The top of the value axis: a little above the tallest bar, never below the threshold.
fn axis_top(bars: &[Bar]) -> u64 {
    let max = bars
        .iter()
        .map(|b| height_of(b.shown))
        .max()
        .unwrap_or(0)
        .max(THRESHOLD);
    max.saturating_add(max / 6 + 1)
}

/// Index of a category along a segmented axis.
fn index(v: &SegmentValue<i32>) -> Option<usize> {
    match v {
        SegmentValue::Exact(i) | SegmentValue::CenterOf(i) => usize::try_from(*i).ok(),
        SegmentValue::Last => None,
    }
}

/// The places along the category axis. One bar alone is put between two empty places:
/// an axis of one value has no length to draw on.
fn slots(bars: &[Bar]) -> Vec<Option<&Bar>> {
    match bars {
        [one] => vec![None, Some(one), None],
        _ => bars.iter().map(Some).collect(),
    }
}

/// Upright bars, for series over time. Every `label_every`-th category is labelled;
/// values are written above the bars when `values` is set.
pub fn columns(
    bars: &[Bar],
    label_every: usize,
    values: bool,
    title: &str,
    hidden: &HiddenLabels,
) -> Result<String, StatsError> {
    let mut svg = String::new();
    if bars.is_empty() {
        return Ok(svg);
    }
    let top = axis_top(bars);
    let slots = slots(bars);
    let n = i32::try_from(slots.len()).unwrap_or(i32::MAX);
    let every = label_every.max(1);
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 300)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(36)
            .y_label_area_size(48)
            .build_cartesian_2d((0..n - 1).into_segmented(), 0u64..top)
            .map_err(err)?;
        let fmt_x = |v: &SegmentValue<i32>| {
            index(v)
                .filter(|i| i % every == 0)
                .and_then(|i| slots.get(i).copied().flatten())
                .map(|b| b.label.clone())
                .unwrap_or_default()
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(slots.len())
            .x_label_formatter(&fmt_x)
            .y_labels(6)
            .y_label_formatter(&|v| v.to_string())
            .label_style((FONT, 15))
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xdd, 0xdd, 0xdd))
            .draw()
            .map_err(err)?;
        let margin = if bars.len() > 40 { 0 } else { 3 };
        let placed = || slots.iter().enumerate().filter_map(|(i, b)| b.map(|b| (i as i32, b)));
        chart
            .draw_series(placed().map(|(i, b)| {
                let color = if b.shown.is_hidden() { HATCH } else { BLUE };
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(i), 0),
                        (SegmentValue::Exact(i + 1), height_of(b.shown)),
                    ],
                    color.filled(),
                );
                r.set_margin(0, 0, margin, margin);
                r
            }))
            .map_err(err)?;
        if values {
            let style = TextStyle::from((FONT, 14).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
            // Zeros are left to the axis: a row of "0" would drown the rest.
            chart
                .draw_series(placed().filter(|(_, b)| b.shown != Shown::Count(0)).map(|(i, b)| {
                    let at = (SegmentValue::CenterOf(i), height_of(b.shown));
                    EmptyElement::at(at) + Text::new(label_of(b.shown, hidden), (0, -3), style.clone())
                }))
                .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title))
}

/// Lying bars, for categories (languages, topics, ...), first at the top.
pub fn rows(bars: &[Bar], title: &str, hidden: &HiddenLabels) -> Result<String, StatsError> {
    let mut svg = String::new();
    if bars.is_empty() {
        return Ok(svg);
    }
    let top = axis_top(bars);
    let slots = slots(bars);
    let n = i32::try_from(slots.len()).unwrap_or(i32::MAX);
    let longest = bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0);
    // Room for the labels: about 8 pixels a character at this size, within bounds.
    let label_area = u32::try_from(longest * 8 + 16).unwrap_or(u32::MAX).clamp(60, 300);
    let height = 60 + 28 * u32::try_from(slots.len()).unwrap_or(u32::MAX / 64);
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .margin_right(40)
            .x_label_area_size(30)
            .y_label_area_size(label_area)
            .build_cartesian_2d(0u64..top, (0..n - 1).into_segmented())
            .map_err(err)?;
        // The first bar goes at the top: category i sits at n - 1 - i.
        let pos = |i: usize| n - 1 - i as i32;
        let fmt_y = |v: &SegmentValue<i32>| {
            index(v)
                .and_then(|k| usize::try_from(n - 1 - k as i32).ok())
                .and_then(|i| slots.get(i).copied().flatten())
                .map(|b| b.label.clone())
                .unwrap_or_default()
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(slots.len())
            .y_label_formatter(&fmt_y)
            .x_labels(6)
            .x_label_formatter(&|v| v.to_string())
            .label_style((FONT, 15))
            .light_line_style(TRANSPARENT)
            .bold_line_style(RGBColor(0xdd, 0xdd, 0xdd))
            .draw()
            .map_err(err)?;
        let placed = || slots.iter().enumerate().filter_map(|(i, b)| b.map(|b| (i, b)));
        chart
            .draw_series(placed().map(|(i, b)| {
                let color = if b.shown.is_hidden() { HATCH } else { BLUE };
                let mut r = Rectangle::new(
                    [
                        (0, SegmentValue::Exact(pos(i))),
                        (height_of(b.shown), SegmentValue::Exact(pos(i) + 1)),
                    ],
                    color.filled(),
                );
                r.set_margin(4, 4, 0, 0);
                r
            }))
            .map_err(err)?;
        let style = TextStyle::from((FONT, 14).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
        chart
            .draw_series(placed().map(|(i, b)| {
                let at = (height_of(b.shown), SegmentValue::CenterOf(pos(i)));
                EmptyElement::at(at) + Text::new(label_of(b.shown, hidden), (4, 0), style.clone())
            }))
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(finish(svg, title))
}

/// Makes the SVG fit inside the page: no namespace address (HTML does not need it),
/// hatch pattern, a name for screen readers.
fn finish(svg: String, title: &str) -> String {
    let svg = svg
        .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
        .replace(HATCH_FILL, &format!("fill=\"url(#{HATCH_ID})\""));
    let label = crate::html::esc(title);
    svg.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" "), 1)
}
