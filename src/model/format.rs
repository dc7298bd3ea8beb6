//! Numbers as people read them: grouped thousands, sensible decimals, a minus sign.

/// `value` rounded to `decimals` places with thousands grouped by commas ("-1,234.5").
pub fn grouped(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let text = fixed(value.abs(), decimals);
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    let is_zero = out.chars().all(|c| matches!(c, '0' | ',' | '.'));
    if value < 0.0 && !is_zero {
        out.insert(0, '−');
    }
    out
}

/// `value` (≥ 0) with exactly `decimals` places, rounded half away from zero. Written by hand:
/// Rust's `{:.N}` formatting brings its own exact float algorithms into the wasm, and
/// only shortest (`Display`, for `data-value`) is needed besides.
fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value * scale as f64).round();
    if scaled >= 9e15 {
        // Beyond exact integers in f64 (never reached by the model's limits).
        return value.to_string();
    }
    let scaled = scaled as u64;
    let int = (scaled / scale).to_string();
    if decimals == 0 {
        return int;
    }
    let frac = (scaled % scale).to_string();
    format!("{int}.{}{frac}", "0".repeat(decimals - frac.len()))
}

/// An amount of money: whole units with the currency code, e.g. "EUR 6,974,538".
pub fn money(value: f64, currency: &str) -> String {
    format!("{currency} {}", grouped(value, 0))
}

/// A percentage with one decimal, e.g. "2.6%".
pub fn percent(value: f64) -> String {
    format!("{}%", grouped(value, 1))
}

/// A short axis number: "950", "12.5k", "−1.2M", "3B" (charts have little room).
pub fn compact(value: f64) -> String {
    let size = value.abs();
    let (scaled, suffix) = if size >= 1e9 {
        (value / 1e9, "B")
    } else if size >= 1e6 {
        (value / 1e6, "M")
    } else if size >= 1e3 {
        (value / 1e3, "k")
    } else {
        (value, "")
    };
    let decimals = usize::from(scaled.abs() < 10.0 && scaled.fract().abs() > 1e-9);
    format!("{}{suffix}", grouped(scaled, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_rounds() {
        assert_eq!(grouped(6_974_538.465_9, 0), "6,974,538");
        assert_eq!(grouped(1234.5, 1), "1,234.5");
        assert_eq!(grouped(999.0, 0), "999");
        assert_eq!(grouped(1000.0, 0), "1,000");
        assert_eq!(grouped(-180_000.0, 0), "−180,000");
        assert_eq!(grouped(-0.04, 1), "0.0");
        assert_eq!(grouped(f64::NAN, 0), "—");
        assert_eq!(money(1e6, "EUR"), "EUR 1,000,000");
        assert_eq!(percent(2.580_8), "2.6%");
        assert_eq!(grouped(0.05, 1), "0.1");
        assert_eq!(grouped(1_234_567.006, 2), "1,234,567.01");
        assert_eq!(grouped(3.04, 2), "3.04");
        assert_eq!(grouped(12.0, 3), "12.000");
    }

    #[test]
    fn compact_axis_numbers() {
        assert_eq!(compact(0.0), "0");
        assert_eq!(compact(950.0), "950");
        assert_eq!(compact(12_600.0), "13k");
        assert_eq!(compact(2_500.0), "2.5k");
        assert_eq!(compact(-1_200_000.0), "−1.2M");
        assert_eq!(compact(3e9), "3B");
        assert_eq!(compact(-500_000.0), "−500k");
    }
}
