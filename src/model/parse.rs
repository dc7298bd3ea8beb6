//! User text → checked numbers. Accepts "1,200,000", "1 200 000", "35%" (or "%35"), and Arabic-Indic
//! digits; refuses anything ambiguous or out of range with a typed error naming the field.

use super::field::{Field, Unit};
use super::limits::Limit;

/// Why a text is not a number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("nothing entered")]
    Empty,
    #[error("“{0}” is not a number")]
    NotANumber(String),
    /// Digit groups that are not thousands (e.g. "1,5"): refused rather than guessed.
    #[error("“{0}” has digit groups that are not thousands; use a point for decimals")]
    BadGrouping(String),
}

/// Why a text is not a valid value for one input.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum InputError {
    #[error("{field}: {source}")]
    Parse {
        field: Field,
        #[source]
        source: ParseError,
    },
    #[error("{field}: {value} is outside the valid range {min} … {max}")]
    OutOfRange {
        field: Field,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("{field}: {value} is not a whole number of years")]
    NotWhole { field: Field, value: f64 },
    #[error("{field}: a percent sign only belongs in percentage fields")]
    UnexpectedPercent { field: Field },
}

impl InputError {
    /// The input the error is about.
    pub fn field(&self) -> Field {
        match self {
            InputError::Parse { field, .. }
            | InputError::OutOfRange { field, .. }
            | InputError::NotWhole { field, .. }
            | InputError::UnexpectedPercent { field } => *field,
        }
    }
}

/// A number typed by a person. Returns the value and whether it ended in a percent sign.
pub fn parse_number(text: &str) -> Result<(f64, bool), ParseError> {
    // Direction marks and isolates (from pasted text) carry no value.
    let mut s: String = text
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2066}'..='\u{2069}'
            )
        })
        .map(normalise_char)
        .collect::<String>()
        .trim()
        .to_owned();
    // A percent sign after the number, or before it as Arabic and Hebrew writers often put it.
    let percent = s.ends_with('%') || s.starts_with('%');
    if s.ends_with('%') {
        s.pop();
        s = s.trim_end().to_owned();
    } else if s.starts_with('%') {
        s = s[1..].trim_start().to_owned();
    }
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(&s)),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let int_digits = ungroup(int_part, text)?;
    let frac_ok = frac_part.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let exp_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.len() <= 3 && e.bytes().all(|b| b.is_ascii_digit())
    });
    if int_digits.is_empty() && frac_part.is_none() || !frac_ok || !exp_ok {
        return Err(ParseError::NotANumber(text.trim().to_owned()));
    }
    let mut plain = format!("{sign}{int_digits}");
    if let Some(f) = frac_part {
        plain.push('.');
        plain.push_str(f);
    }
    if let Some(e) = exponent {
        plain.push('e');
        plain.push_str(e);
    }
    match super::decimal::parse(&plain) {
        Some(v) => Ok((if v == 0.0 { 0.0 } else { v }, percent)),
        None => Err(ParseError::NotANumber(text.trim().to_owned())),
    }
}

/// Arabic-Indic and Eastern Arabic-Indic digits to ASCII; Arabic separators and the
/// minus sign to their plain forms; every kind of space to a plain one.
fn normalise_char(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        '\u{066A}' => '%',
        '\u{2212}' => '-',
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' => ' ',
        other => other,
    }
}

/// Digits of an integer part, with optional thousands separators (`,` or space, one kind).
fn ungroup(int_part: &str, original: &str) -> Result<String, ParseError> {
    let not_a_number = || ParseError::NotANumber(original.trim().to_owned());
    let separator = int_part.chars().find(|c| *c == ',' || *c == ' ');
    let Some(sep) = separator else {
        return if int_part.bytes().all(|b| b.is_ascii_digit()) {
            Ok(int_part.to_owned())
        } else {
            Err(not_a_number())
        };
    };
    let groups: Vec<&str> = int_part.split(sep).collect();
    if groups
        .iter()
        .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(not_a_number());
    }
    let first_ok = (1..=3).contains(&groups[0].len());
    if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return Err(ParseError::BadGrouping(original.trim().to_owned()));
    }
    Ok(groups.concat())
}

/// Why a text is not a valid value for a bounded number (any input outside the model's table).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ValueError {
    #[error(transparent)]
    Parse(#[from] ParseError),
    #[error("{value} is outside the valid range {min} … {max}")]
    OutOfRange { value: f64, min: f64, max: f64 },
    #[error("{value} is not a whole number")]
    NotWhole { value: f64 },
    #[error("a percent sign does not belong here")]
    UnexpectedPercent,
}

/// The number typed as `text` if it lies in `min ..= max` (and is whole, if `whole`).
pub fn parse_bounded(
    text: &str,
    (min, max): (f64, f64),
    whole: bool,
    percent_ok: bool,
) -> Result<f64, ValueError> {
    let (value, percent) = parse_number(text)?;
    if percent && !percent_ok {
        return Err(ValueError::UnexpectedPercent);
    }
    if value < min || value > max {
        return Err(ValueError::OutOfRange { value, min, max });
    }
    if whole && value.fract() != 0.0 {
        return Err(ValueError::NotWhole { value });
    }
    Ok(value)
}

/// The checked value typed as `text` for an input with `limit` (from the table of limits).
pub fn parse_limited(text: &str, limit: Limit, percent_ok: bool) -> Result<f64, ValueError> {
    parse_bounded(text, limit.range(), limit.whole, percent_ok)
}

/// The checked value of `field` typed as `text`.
pub fn parse_field(field: Field, text: &str) -> Result<f64, InputError> {
    parse_bounded(
        text,
        field.range(),
        field.whole(),
        field.unit() == Unit::Percent,
    )
    .map_err(|e| match e {
        ValueError::Parse(source) => InputError::Parse { field, source },
        ValueError::OutOfRange { value, min, max } => InputError::OutOfRange {
            field,
            value,
            min,
            max,
        },
        ValueError::NotWhole { value } => InputError::NotWhole { field, value },
        ValueError::UnexpectedPercent => InputError::UnexpectedPercent { field },
    })
}

/// `value` if it is valid for `field`, else the error naming the field and its range.
pub fn check_field(field: Field, value: f64) -> Result<f64, InputError> {
    let (min, max) = field.range();
    if !value.is_finite() || value < min || value > max {
        return Err(InputError::OutOfRange {
            field,
            value,
            min,
            max,
        });
    }
    if field.whole() && value.fract() != 0.0 {
        return Err(InputError::NotWhole { field, value });
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> f64 {
        parse_number(s).unwrap().0
    }

    #[test]
    fn accepts_every_documented_format() {
        assert_eq!(num("1200000"), 1_200_000.0);
        assert_eq!(num("1,200,000"), 1_200_000.0);
        assert_eq!(num("1 200 000"), 1_200_000.0);
        assert_eq!(num("1\u{00A0}200\u{00A0}000"), 1_200_000.0);
        assert_eq!(num("1\u{202F}200"), 1_200.0);
        assert_eq!(num("  42  "), 42.0);
        assert_eq!(num("12.5"), 12.5);
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("1,234.75"), 1234.75);
        assert_eq!(num("+7"), 7.0);
        assert_eq!(num("-0"), 0.0);
        assert_eq!(num("1e6"), 1e6);
        assert_eq!(parse_number("35%").unwrap(), (35.0, true));
        assert_eq!(parse_number("35 %").unwrap(), (35.0, true));
        assert_eq!(num("١٢٣"), 123.0);
        assert_eq!(num("١٬٢٠٠٬٠٠٠"), 1_200_000.0);
        assert_eq!(num("٣٫٥"), 3.5);
        assert_eq!(parse_number("٣٥٪").unwrap(), (35.0, true));
        assert_eq!(parse_number("%35").unwrap(), (35.0, true));
        assert_eq!(parse_number("٪ ٣٥").unwrap(), (35.0, true));
        assert!(parse_number("%").is_err());
        assert!(parse_number("%35%").is_err());
        assert_eq!(num("۱۲"), 12.0);
        assert_eq!(num("\u{2212}5"), -5.0);
    }

    #[test]
    fn refuses_what_it_cannot_read_unambiguously() {
        assert_eq!(parse_number(""), Err(ParseError::Empty));
        assert_eq!(parse_number("   "), Err(ParseError::Empty));
        assert_eq!(parse_number("%"), Err(ParseError::Empty));
        for bad in [
            "abc", "1.2.3", "NaN", "inf", "infinity", "1e", "1e9999", "12a", "1..2", "--1", "1.",
            "$5", "1,2 3", ".",
        ] {
            assert!(
                matches!(parse_number(bad), Err(ParseError::NotANumber(_))),
                "{bad} accepted"
            );
        }
        for bad in ["1,5", "12,34", "1,2345", "1234,567", ",123", "1 20"] {
            assert!(
                matches!(parse_number(bad), Err(ParseError::BadGrouping(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn field_checks_name_the_field_and_range() {
        assert_eq!(parse_field(Field::Margin, "35%"), Ok(35.0));
        assert_eq!(parse_field(Field::Revenue, "12,000,000"), Ok(12e6));
        let err = parse_field(Field::Margin, "135").unwrap_err();
        assert_eq!(
            err,
            InputError::OutOfRange {
                field: Field::Margin,
                value: 135.0,
                min: 0.0,
                max: 100.0
            }
        );
        assert_eq!(
            err.to_string(),
            "margin: 135 is outside the valid range 0 … 100"
        );
        assert_eq!(err.field(), Field::Margin);
        assert!(matches!(
            parse_field(Field::Revenue, "-1"),
            Err(InputError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_field(Field::Concession, "99.95"),
            Err(InputError::OutOfRange { .. })
        ));
        assert_eq!(
            parse_field(Field::Horizon, "2.5"),
            Err(InputError::NotWhole {
                field: Field::Horizon,
                value: 2.5
            })
        );
        assert_eq!(
            parse_field(Field::Revenue, "5%"),
            Err(InputError::UnexpectedPercent {
                field: Field::Revenue
            })
        );
        assert!(matches!(
            parse_field(Field::Discount, "x"),
            Err(InputError::Parse {
                field: Field::Discount,
                source: ParseError::NotANumber(_)
            })
        ));
        assert_eq!(parse_field(Field::Horizon, "٣٠"), Ok(30.0));
        assert_eq!(parse_bounded("7", (1.0, 365.0), true, false), Ok(7.0));
        assert_eq!(
            parse_bounded("0", (1.0, 365.0), true, false),
            Err(ValueError::OutOfRange {
                value: 0.0,
                min: 1.0,
                max: 365.0
            })
        );
        assert_eq!(
            parse_bounded("1.5", (1.0, 365.0), true, false),
            Err(ValueError::NotWhole { value: 1.5 })
        );
        assert_eq!(
            parse_bounded("5%", (0.0, 10.0), false, false),
            Err(ValueError::UnexpectedPercent)
        );
        assert!(parse_field(Field::Horizon, "31").is_err());
    }
}
