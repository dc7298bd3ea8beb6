//! Decimal text ("-12.5", "3e4", ".5") → `f64`, without the standard library's parser.
//!
//! Why: `str::parse::<f64>` brings core's correctly-rounded algorithm and its 10 KB table of
//! powers of five into the wasm (about 12 KB gzip with its code). serde_json, which the app
//! needs anyway for its documents, has a number parser of its own; this rewrites the text in
//! JSON's number syntax and reads it there. The result equals core's for up to 15 significant
//! digits whose power of ten, once the point is moved behind the last digit, is within ±22
//! (then it is one correctly rounded multiplication or division): what people type. Beyond
//! that it is within two units in the last place (serde_json rounds twice).

use serde_json::Value;

/// `text` as a number: an optional sign, digits with at most one point (".5" and "5." too),
/// an optional exponent ("e-3"). `None` for anything else, including "inf" and "NaN" (which
/// core's parser accepts) and numbers too large for an `f64`.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) {
        return None;
    }
    let mut json = String::with_capacity(text.len() + 2);
    if negative {
        json.push('-');
    }
    // JSON allows no leading zeros, no empty integer part and no point without decimals.
    let int = int.trim_start_matches('0');
    json.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        json.push('.');
        json.push_str(frac);
    }
    if let Some(e) = exponent {
        let e_digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        if e_digits.is_empty() || !digits(e_digits) {
            return None;
        }
        json.push('e');
        json.push_str(e);
    }
    match serde_json::from_str::<Value>(&json).ok()? {
        Value::Number(n) => n.as_f64().filter(|v| v.is_finite()),
        _ => None,
    }
}

// Native only: proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::parse;
    use proptest::prelude::*;

    #[test]
    fn reads_what_people_type() {
        for (text, v) in [
            ("0", 0.0),
            ("12.5", 12.5),
            ("-12.5", -12.5),
            ("+3", 3.0),
            ("007", 7.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("2.5E-2", 0.025),
            ("1e+2", 100.0),
            ("0.1", 0.1),
            ("123456789012345678901234567890", 1.2345678901234568e29),
            ("1e-400", 0.0),
        ] {
            assert_eq!(parse(text), Some(v), "{text}");
        }
        assert!(parse("-0").is_some_and(|v| v == 0.0));
    }

    #[test]
    fn refuses_what_is_not_a_decimal_number() {
        for text in [
            "", "-", "+", ".", "-.", "e3", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "inf", "-inf",
            "NaN", "infinity", "0x10", "1e400", "1_000", "١٢", "--1", "+-1", "1e3.5",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    /// How many representable `f64`s lie between `a` and `b` (same sign).
    fn ulps(a: f64, b: f64) -> u64 {
        a.to_bits().abs_diff(b.to_bits())
    }

    proptest! {
        #[test]
        fn equals_core_where_people_type(
            sign in prop::sample::select(vec!["", "-", "+"]),
            int in "[0-9]{0,9}",
            frac in "[0-9]{0,6}",
            exp in prop::option::of(-16i32..=22),
        ) {
            let int = if int.is_empty() && frac.is_empty() { "0".to_owned() } else { int };
            let mut text = format!("{sign}{int}");
            if !frac.is_empty() {
                text.push('.');
                text.push_str(&frac);
            }
            if let Some(e) = exp {
                text.push_str(&format!("e{e}"));
            }
            let core: f64 = text.parse().unwrap(); // ok: a test; the generator writes only valid decimals
            prop_assert_eq!(parse(&text).map(f64::to_bits), Some(core.to_bits()), "{}", text);
        }

        #[test]
        fn within_two_ulps_of_core_elsewhere(
            int in "[1-9][0-9]{0,24}",
            frac in "[0-9]{0,20}",
            exp in -300i32..=280,
        ) {
            let text = format!("{int}.{frac}e{exp}");
            let core: f64 = text.parse().unwrap(); // ok: a test; the generator writes only valid decimals
            let ours = parse(&text);
            prop_assert!(ours.is_some_and(|v| ulps(v, core) <= 2), "{} → {:?}, core {}", text, ours, core);
        }
    }
}
