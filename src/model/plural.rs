//! CLDR cardinal plural categories for the app's languages (English, Arabic, Hebrew), for
//! counted phrases ("1 meeting", "2 meetings"; Arabic has six forms, Hebrew three). The rules
//! are CLDR's (plurals.xml, v44+), written out because they are small; the tests take CLDR's
//! own example numbers.

use std::str::FromStr;

/// A plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// CLDR's operands of a number as written: n (absolute value), i (integer digits), v (how
/// many fraction digits are shown, trailing zeros included: "1.0" has v = 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Operands {
    pub n: f64,
    pub i: u64,
    pub v: u32,
}

impl Operands {
    /// The operands of a whole number.
    pub fn whole(count: u64) -> Operands {
        Operands {
            n: count as f64,
            i: count,
            v: 0,
        }
    }
}

/// The text is not a plain decimal number ("12", "1.50", "-3").
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a plain decimal number")]
pub struct NotDecimal(pub String);

impl FromStr for Operands {
    type Err = NotDecimal;

    fn from_str(text: &str) -> Result<Operands, NotDecimal> {
        let bad = || NotDecimal(text.to_owned());
        let digits = text.trim().trim_start_matches('-');
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !all_digits(int)
            || !all_digits(frac)
            || (digits.contains('.') && frac.is_empty())
        {
            return Err(bad());
        }
        Ok(Operands {
            n: super::decimal::parse(digits).ok_or_else(bad)?,
            i: int.parse().map_err(|_| bad())?,
            v: frac.len() as u32,
        })
    }
}

/// The category of `ops` in the language with BCP 47 code `lang` ("en", "ar", "he");
/// other languages follow English.
pub fn category(lang: &str, ops: Operands) -> Plural {
    let Operands { n, i, v } = ops;
    let whole = n.fract() == 0.0;
    match lang {
        "ar" => {
            // Only read for whole numbers, where `i` is `n` (and `%` on an `f64` would bring
            // libm's fmod and a 128-bit division into the wasm).
            let n100 = i % 100;
            if n == 0.0 {
                Plural::Zero
            } else if n == 1.0 {
                Plural::One
            } else if n == 2.0 {
                Plural::Two
            } else if whole && (3..=10).contains(&n100) {
                Plural::Few
            } else if whole && (11..=99).contains(&n100) {
                Plural::Many
            } else {
                Plural::Other
            }
        }
        "he" => {
            if (i == 1 && v == 0) || (i == 0 && v != 0) {
                Plural::One
            } else if i == 2 && v == 0 {
                Plural::Two
            } else {
                Plural::Other
            }
        }
        _ => {
            if i == 1 && v == 0 {
                Plural::One
            } else {
                Plural::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(lang: &str, examples: &str) -> Vec<Plural> {
        examples
            .split_whitespace()
            .map(|e| category(lang, e.parse().unwrap()))
            .collect()
    }

    fn all(lang: &str, examples: &str, expected: Plural) {
        for (e, got) in examples.split_whitespace().zip(of(lang, examples)) {
            assert_eq!(got, expected, "{lang} {e}");
        }
    }

    // Each list is CLDR's @integer / @decimal sample set for the category (ranges expanded).
    #[test]
    fn english() {
        all("en", "1", Plural::One);
        all(
            "en",
            "0 2 3 16 100 1000 10000 0.0 0.1 1.0 1.5 2.0 1.00",
            Plural::Other,
        );
    }

    #[test]
    fn hebrew() {
        all("he", "1 0.0 0.1 0.5 0.9 0.00 0.05", Plural::One);
        all("he", "2", Plural::Two);
        all(
            "he",
            "0 3 4 10 17 20 100 1000 10000 1.0 1.5 2.5 2.0 10.0 100.0",
            Plural::Other,
        );
    }

    #[test]
    fn arabic() {
        all("ar", "0 0.0 0.00", Plural::Zero);
        all("ar", "1 1.0 1.00", Plural::One);
        all("ar", "2 2.0 2.00", Plural::Two);
        all("ar", "3 5 10 103 110 1003 3.0 4.0 10.0 103.0", Plural::Few);
        all("ar", "11 26 99 111 1011 11.0 99.0 111.0", Plural::Many);
        all(
            "ar",
            "100 101 102 200 1000 10000 0.1 0.9 1.1 1.7 10.1 100.0",
            Plural::Other,
        );
    }

    #[test]
    fn operands_follow_the_written_form() {
        assert_eq!("1.50".parse(), Ok(Operands { n: 1.5, i: 1, v: 2 }));
        assert_eq!(Operands::whole(7), Operands { n: 7.0, i: 7, v: 0 });
        assert!("1.".parse::<Operands>().is_err());
        assert!("1e3".parse::<Operands>().is_err());
        assert!("".parse::<Operands>().is_err());
    }
}
