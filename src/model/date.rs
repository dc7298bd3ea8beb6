//! Calendar dates as the user enters them (`YYYY-MM-DD`), without time zones.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian), stored and shown as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Text that is not a real `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a date in the form YYYY-MM-DD")]
pub struct DateError(pub String);

impl Date {
    /// A fixed valid date, for when the clock cannot be read.
    pub const FALLBACK: Date = Date {
        year: 2026,
        month: 1,
        day: 1,
    };

    /// A checked date; `None` for impossible days such as 2023-02-29.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid_year = (1900..=2200).contains(&year);
        let valid_day = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        (valid_year && valid_day).then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil), for differences.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (civil-from-days), if inside the supported years.
    pub fn from_day_number(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Whole days from `earlier` to `self` (negative if `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let mut parts = s.trim().splitn(3, '-');
        let mut next = || parts.next().ok_or_else(err);
        let (y, m, d) = (next()?, next()?, next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err());
        }
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        let day = d.parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_and_refuses_others() {
        assert_eq!("2012-03-05".parse(), Ok(Date::new(2012, 3, 5).unwrap()));
        assert!("2024-02-29".parse::<Date>().is_ok());
        for bad in [
            "2023-02-29",
            "2012-13-01",
            "2012-3-5",
            "12-03-05",
            "",
            "2012/03/05",
            "x",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().day_number(), 0);
        let a = Date::new(2012, 2, 28).unwrap();
        let b = Date::new(2012, 3, 1).unwrap();
        assert_eq!(b.days_since(a), 2);
        assert_eq!(
            Date::new(2001, 1, 1)
                .unwrap()
                .days_since(Date::new(2000, 1, 1).unwrap()),
            366
        );
    }

    #[test]
    fn serde_uses_iso_text() {
        let d = Date::new(2009, 6, 30).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2009-06-30\"");
        assert_eq!(serde_json::from_str::<Date>("\"2009-06-30\"").unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"2009-06-31\"").is_err());
    }
}
