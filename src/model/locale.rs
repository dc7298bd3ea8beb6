//! Languages and how numbers, money, percents and dates are written in them. Pure and tested
//! natively: the same text in every browser (browsers' `Intl` data differ between versions),
//! and no float formatting from `core::fmt` in the wasm.

use super::account::slugs;
use super::date::Date;
use super::plural::{category, Operands, Plural};

/// A language the interface can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ar,
    He,
}

slugs!(Lang { En => "en", Ar => "ar", He => "he" });

impl Lang {
    /// BCP 47 code for `<html lang>`.
    pub fn code(self) -> &'static str {
        self.slug()
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ar | Lang::He => "rtl",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::He => "עברית",
        }
    }

    /// Said in the language itself while its texts download (they are not here yet).
    pub fn texts_loading(self) -> &'static str {
        match self {
            Lang::En => "Loading…",
            Lang::Ar => "جارٍ تحميل العربية…",
            Lang::He => "טוען עברית…",
        }
    }

    /// Said in the language itself when its texts could not be downloaded.
    pub fn texts_failed(self) -> &'static str {
        match self {
            Lang::En => "The texts could not be downloaded.",
            Lang::Ar => "تعذّر تنزيل نصوص العربية. تحقّق من الاتصال ثم اختر العربية مرة أخرى.",
            Lang::He => "לא ניתן היה להוריד את הטקסטים בעברית. בדקו את החיבור ובחרו שוב בעברית.",
        }
    }

    /// The first supported language among the browser's preferred ones ("ar-EG", "he",
    /// "iw" …), English when none is.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() {
                    "iw" => Some(Lang::He),
                    other => Lang::from_slug(other),
                }
            })
            .unwrap_or_default()
    }

    /// The CLDR plural category of `count` in this language.
    pub fn plural(self, count: u64) -> Plural {
        category(self.code(), Operands::whole(count))
    }
}

/// Which digits numbers are written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// 0123456789.
    Latn,
    /// Arabic-Indic: ٠١٢٣٤٥٦٧٨٩, with ٬ between thousands and ٫ before decimals.
    Arab,
}

slugs!(Digits { Latn => "latn", Arab => "arab" });

/// Left-to-right mark: keeps a Latin-digit number's minus sign on its left in RTL text.
const LRM: char = '\u{200E}';
/// Arabic letter mark: the same for Arabic-Indic digits (as CLDR writes them).
const ALM: char = '\u{061C}';
/// Right-to-left mark: starts an amount so it reads as a right-to-left unit.
const RLM: char = '\u{200F}';
/// No-break space.
const NBSP: char = '\u{A0}';

/// How numbers are written for one language and digit choice. Cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numbers {
    lang: Lang,
    digits: Digits,
}

impl Default for Numbers {
    fn default() -> Numbers {
        Numbers::ENGLISH
    }
}

impl Numbers {
    pub const ENGLISH: Numbers = Numbers {
        lang: Lang::En,
        digits: Digits::Latn,
    };

    /// Arabic offers both digit systems (Arabic-Indic unless `chosen` says otherwise); English
    /// and Hebrew are written with Latin digits.
    pub fn new(lang: Lang, chosen: Option<Digits>) -> Numbers {
        let digits = match lang {
            Lang::Ar => chosen.unwrap_or(Digits::Arab),
            Lang::En | Lang::He => Digits::Latn,
        };
        Numbers { lang, digits }
    }

    pub fn lang(self) -> Lang {
        self.lang
    }

    pub fn digits(self) -> Digits {
        self.digits
    }

    /// ASCII digits, ',' and '.' in this locale's symbols.
    fn localise(self, ascii: &str) -> String {
        match self.digits {
            Digits::Latn => ascii.to_owned(),
            Digits::Arab => ascii
                .chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
                    ',' => '\u{066C}',
                    '.' => '\u{066B}',
                    other => other,
                })
                .collect(),
        }
    }

    fn minus(self) -> String {
        match (self.lang, self.digits) {
            (Lang::En, _) => "−".to_owned(),
            _ => self.sign('-'),
        }
    }

    /// A sign before a number, marked in right-to-left languages so that it stays before the
    /// number (unmarked, a right-to-left line shows "10%−").
    fn sign(self, sign: char) -> String {
        match (self.lang, self.digits) {
            (Lang::En, _) => sign.to_string(),
            (_, Digits::Arab) => format!("{ALM}{sign}"),
            (_, Digits::Latn) => format!("{LRM}{sign}"),
        }
    }

    /// A change in percent with its sign always written ("+10%", "−10%", "0%").
    pub fn change_percent(self, value: f64, decimals: usize) -> String {
        let text = self.percent_with(value, decimals);
        if value > 0.0 && text != self.percent_with(0.0, decimals) {
            self.sign('+') + &text
        } else {
            text
        }
    }

    /// A spread either way in percent ("±10%").
    pub fn spread_percent(self, value: f64, decimals: usize) -> String {
        self.sign('±') + &self.percent_with(value.abs(), decimals)
    }

    /// `value` rounded to `decimals` places with thousands grouped ("−1,234.5", "١٬٢٣٤٫٥").
    pub fn number(self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return "—".to_owned();
        }
        let ascii = grouped_ascii(value.abs(), decimals);
        let is_zero = ascii.bytes().all(|b| matches!(b, b'0' | b',' | b'.'));
        let body = self.localise(&ascii);
        if value < 0.0 && !is_zero {
            self.minus() + &body
        } else {
            body
        }
    }

    /// A whole count ("12", "١٢").
    pub fn whole(self, count: i64) -> String {
        self.number(count as f64, 0)
    }

    /// A percentage with one decimal ("2.6%", "٢٫٦٪").
    pub fn percent(self, value: f64) -> String {
        self.percent_with(value, 1)
    }

    /// A percentage with `decimals` places.
    pub fn percent_with(self, value: f64, decimals: usize) -> String {
        let number = self.number(value, decimals);
        match self.digits {
            Digits::Latn => number + "%",
            Digits::Arab => format!("{number}\u{066A}{ALM}"),
        }
    }

    /// Whole units of money with the currency code, placed as the language does
    /// ("EUR 1,000" in English, "١٬٠٠٠ EUR" in Arabic, "1,000 EUR" in Hebrew, each read
    /// from the right). A no-break space joins code and number, as in CLDR: a line or a
    /// table cell never breaks an amount in two.
    pub fn money(self, value: f64, currency: &str) -> String {
        let number = self.number(value, 0);
        match self.lang {
            Lang::En => format!("{currency}{NBSP}{number}"),
            // The marks make the amount a right-to-left unit (as CLDR writes it), so a
            // right-to-left reader meets the number first and the Latin code after it. The
            // one before the code keeps a negative amount in that order too: its minus sign's
            // left-to-right mark would otherwise pull the code into one left-to-right run
            // ("-5 EUR" beside "EUR 5" in the same sentence).
            Lang::Ar | Lang::He => format!("{RLM}{number}{NBSP}{RLM}{currency}"),
        }
    }

    /// A short axis number: "950", "12.5k", "−1.2M" (charts have little room).
    pub fn compact(self, value: f64) -> String {
        let size = value.abs();
        let (scaled, step) = if size >= 1e9 {
            (value / 1e9, 3)
        } else if size >= 1e6 {
            (value / 1e6, 2)
        } else if size >= 1e3 {
            (value / 1e3, 1)
        } else {
            (value, 0)
        };
        let decimals = usize::from(scaled.abs() < 10.0 && scaled.fract().abs() > 1e-9);
        let number = self.number(scaled, decimals);
        let suffix = match (self.lang, step) {
            (_, 0) => return number,
            (Lang::Ar, 1) => " ألف",
            (Lang::Ar, 2) => " مليون",
            (Lang::Ar, _) => " مليار",
            (_, 1) => "k",
            (_, 2) => "M",
            (_, _) => "B",
        };
        number + suffix
    }

    /// A date as the language writes it: ISO in English ("2012-03-01"), "1‏/3‏/2012" in
    /// Arabic, "1.3.2012" in Hebrew.
    pub fn date(self, date: Date) -> String {
        let (y, m, d) = (date.year(), date.month(), date.day());
        match self.lang {
            Lang::En => date.to_string(),
            Lang::Ar => self.localise(&format!("{d}\u{200F}/{m}\u{200F}/{y}")),
            Lang::He => format!("{d}.{m}.{y}"),
        }
    }

    /// A calendar month: "2025-10" in English, "١٠‏/٢٠٢٥" in Arabic, "10/2025" in Hebrew.
    pub fn month(self, year: i32, month: u8) -> String {
        match self.lang {
            Lang::En => format!("{year}-{month:02}"),
            Lang::Ar => self.localise(&format!("{month}\u{200F}/{year}")),
            Lang::He => format!("{month}/{year}"),
        }
    }

    /// The BCP 47 locale for the browser's own formatting (dates and times), with the
    /// numbering system explicit because browser versions differ in their defaults.
    pub fn intl_locale(self) -> &'static str {
        match (self.lang, self.digits) {
            (Lang::En, _) => "en",
            (Lang::Ar, Digits::Arab) => "ar-u-nu-arab",
            (Lang::Ar, Digits::Latn) => "ar-u-nu-latn",
            (Lang::He, _) => "he-u-nu-latn",
        }
    }

    /// A value as an input shows it for editing: shortest form, no grouping and no direction
    /// marks, in the chosen digits ("12.5", "١٢٫٥"). The parser reads it back.
    pub fn plain(self, value: f64) -> String {
        self.localise(&shortest(value))
    }
}

/// `value` (≥ 0) rounded to `decimals` places with ',' between thousands and '.' before
/// decimals.
fn grouped_ascii(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    let (int, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` with exactly `decimals` places in ASCII, "-" before a negative one, for files
/// (CSV) that spreadsheets read as numbers; empty if it is not a number.
pub fn ascii_fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = fixed(value.abs(), decimals);
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        format!("-{text}")
    } else {
        text
    }
}

/// `value` (≥ 0) with exactly `decimals` places, rounded half away from zero. Written by hand:
/// Rust's `{:.N}` formatting brings its own exact float algorithms into the wasm.
fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value * scale as f64).round();
    if scaled >= 9e15 {
        // Beyond exact integers in f64 (never reached by the model's limits).
        return shortest(value);
    }
    let scaled = scaled as u64;
    let int = (scaled / scale).to_string();
    if decimals == 0 {
        return int;
    }
    let frac = (scaled % scale).to_string();
    format!("{int}.{}{frac}", "0".repeat(decimals - frac.len()))
}

/// `value` in the shortest ASCII text that reads back exactly, laid out as Rust's `Display`
/// lays it out ("12.5", "3", "-0.25", "0.0000001", never an exponent; "NaN", "inf"). Through
/// zmij, which serde_json already brings for saving: `Display` would bring core's own float
/// algorithms (~13 KB of wasm). The digits are `Display`'s except where two shortest
/// decimals are equally near (e.g. -1085560355459182.25 at 17 digits): zmij and core may
/// then pick different ones; both read back as the same number, which is what callers need.
pub fn shortest(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(value);
    // zmij writes "1.0", "1e21" and "1.5e-7": spell them out as digits.
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i32 + exponent;
    let (whole, fraction) = if point <= 0 {
        (
            String::new(),
            format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
        )
    } else if point as usize >= digits.len() {
        (
            format!("{digits}{}", "0".repeat(point as usize - digits.len())),
            String::new(),
        )
    } else {
        let (w, f) = digits.split_at(point as usize);
        (w.to_owned(), f.to_owned())
    };
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse_number;

    const EN: Numbers = Numbers::ENGLISH;

    fn ar() -> Numbers {
        Numbers::new(Lang::Ar, None)
    }

    fn ar_latn() -> Numbers {
        Numbers::new(Lang::Ar, Some(Digits::Latn))
    }

    fn he() -> Numbers {
        Numbers::new(Lang::He, Some(Digits::Arab))
    }

    #[test]
    fn ascii_fixed_writes_plain_numbers_for_files() {
        assert_eq!(ascii_fixed(3_064_221.4, 0), "3064221");
        assert_eq!(ascii_fixed(-1_234.56, 1), "-1234.6");
        assert_eq!(ascii_fixed(-0.01, 1), "0.0", "no negative zero");
        assert_eq!(ascii_fixed(f64::NAN, 1), "");
    }

    #[test]
    fn english_groups_and_rounds() {
        assert_eq!(EN.number(6_974_538.465_9, 0), "6,974,538");
        assert_eq!(EN.number(1234.5, 1), "1,234.5");
        assert_eq!(EN.number(999.0, 0), "999");
        assert_eq!(EN.number(1000.0, 0), "1,000");
        assert_eq!(EN.number(-180_000.0, 0), "−180,000");
        assert_eq!(EN.number(-0.04, 1), "0.0");
        assert_eq!(EN.number(f64::NAN, 0), "—");
        assert_eq!(EN.money(1e6, "EUR"), "EUR\u{a0}1,000,000");
        assert_eq!(EN.percent(2.580_8), "2.6%");
        assert_eq!(EN.number(0.05, 1), "0.1");
        assert_eq!(EN.number(1_234_567.006, 2), "1,234,567.01");
        assert_eq!(EN.number(3.04, 2), "3.04");
        assert_eq!(EN.number(12.0, 3), "12.000");
    }

    #[test]
    fn arabic_uses_arabic_indic_digits_and_separators_by_default() {
        assert_eq!(ar().digits(), Digits::Arab);
        assert_eq!(ar().number(1_234_567.5, 1), "١٬٢٣٤٬٥٦٧٫٥");
        assert_eq!(ar().percent(2.58), "٢٫٦٪\u{61C}");
        assert_eq!(
            ar().money(-1e6, "SAR"),
            "\u{200F}\u{61C}-١٬٠٠٠٬٠٠٠\u{a0}\u{200F}SAR"
        );
        assert_eq!(
            ar().date(Date::new(2012, 3, 1).unwrap()),
            "١\u{200F}/٣\u{200F}/٢٠١٢"
        );
        assert_eq!(ar().compact(1_200_000.0), "١٫٢ مليون");
        assert_eq!(ar().compact(13_000.0), "١٣ ألف");
    }

    #[test]
    fn arabic_may_choose_latin_digits_and_hebrew_always_has_them() {
        assert_eq!(ar_latn().number(1234.5, 1), "1,234.5");
        assert_eq!(ar_latn().number(-3.0, 0), "\u{200E}-3");
        assert_eq!(he().digits(), Digits::Latn);
        assert_eq!(he().money(1e6, "ILS"), "\u{200F}1,000,000\u{a0}\u{200F}ILS");
        assert_eq!(
            he().money(-5.0, "ILS"),
            "\u{200F}\u{200E}-5\u{a0}\u{200F}ILS"
        );
        assert_eq!(he().percent(35.0), "35.0%");
        assert_eq!(he().date(Date::new(2012, 3, 1).unwrap()), "1.3.2012");
        assert_eq!(he().compact(-2_500.0), "\u{200E}-2.5k");
    }

    #[test]
    fn compact_axis_numbers() {
        assert_eq!(EN.compact(0.0), "0");
        assert_eq!(EN.compact(950.0), "950");
        assert_eq!(EN.compact(12_600.0), "13k");
        assert_eq!(EN.compact(2_500.0), "2.5k");
        assert_eq!(EN.compact(-1_200_000.0), "−1.2M");
        assert_eq!(EN.compact(3e9), "3B");
        assert_eq!(EN.compact(-500_000.0), "−500k");
    }

    #[test]
    fn what_an_input_shows_reads_back_as_the_same_value() {
        for n in [ar(), ar_latn(), he(), EN] {
            for v in [0.0, 12.5, 9_500_000.0, 0.125, 99.9] {
                assert_eq!(parse_number(&n.plain(v)), Ok((v, false)), "{v} in {n:?}");
            }
        }
        assert_eq!(ar().plain(12.5), "١٢٫٥");
    }

    #[test]
    fn the_browser_language_picks_the_interface_language() {
        assert_eq!(Lang::preferred(["fr-FR", "ar-EG", "en"]), Lang::Ar);
        assert_eq!(Lang::preferred(["iw-IL"]), Lang::He);
        assert_eq!(Lang::preferred(["HE"]), Lang::He);
        assert_eq!(Lang::preferred(["de", "fr"]), Lang::En);
        assert_eq!(Lang::preferred([]), Lang::En);
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::En.dir(), "ltr");
    }

    #[test]
    fn languages_count_with_their_own_categories() {
        use Plural::*;
        let ar: Vec<_> = [0, 1, 2, 3, 11, 100].map(|n| Lang::Ar.plural(n)).into();
        assert_eq!(ar, [Zero, One, Two, Few, Many, Other]);
        let he: Vec<_> = [1, 2, 3, 20].map(|n| Lang::He.plural(n)).into();
        assert_eq!(he, [One, Two, Other, Other]);
        assert_eq!(Lang::En.plural(1), One);
        assert_eq!(Lang::En.plural(0), Other);
    }

    #[test]
    fn shortest_writes_what_display_writes() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            12.5,
            0.1,
            0.05,
            1e-7,
            1.5e-7,
            123_456_789.0,
            1e21,
            2.5e22,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            0.3,
            1.0 / 3.0,
            1e15,
            9.007_199_254_740_993e15,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(shortest(v), v.to_string(), "{v:e}");
        }
    }

    #[test]
    fn a_tie_between_two_shortest_decimals_still_reads_back() {
        // Found by CI: exactly halfway between ….2 and ….3; core writes one, zmij the other.
        let v = f64::from_bits(14_055_411_720_612_250_482);
        let text = shortest(v);
        assert!(text.starts_with("-1085560355459182."), "{text}");
        assert_eq!(text.len(), v.to_string().len());
        assert_eq!(text.parse::<f64>(), Ok(v));
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn shortest_reads_back_exactly_and_is_as_short_as_display(bits in proptest::num::u64::ANY) {
            let v = f64::from_bits(bits);
            let (ours, display) = (shortest(v), v.to_string());
            if v.is_nan() {
                proptest::prop_assert_eq!(ours, display);
            } else {
                let back = ours.parse::<f64>().map(f64::to_bits);
                proptest::prop_assert_eq!(back, Ok(bits), "{} does not read back", ours);
                // Same length and the point in the same place: only a tie's last digit may differ.
                proptest::prop_assert_eq!(ours.len(), display.len());
                proptest::prop_assert_eq!(ours.find('.'), display.find('.'));
                let common = ours.len().saturating_sub(1);
                proptest::prop_assert_eq!(&ours[..common], &display[..common]);
            }
        }
    }

    #[test]
    fn signs_stay_before_the_number_right_to_left() {
        assert_eq!(EN.change_percent(10.0, 0), "+10%");
        assert_eq!(EN.change_percent(-10.0, 0), "−10%");
        assert_eq!(EN.change_percent(0.004, 0), "0%");
        assert_eq!(EN.spread_percent(10.0, 0), "±10%");
        assert_eq!(he().change_percent(10.0, 0), "\u{200E}+10%");
        assert_eq!(ar().change_percent(10.0, 0), "\u{61C}+١٠٪\u{61C}");
        assert_eq!(ar_latn().change_percent(-10.0, 0), "\u{200E}-10%");
        assert_eq!(ar_latn().spread_percent(10.0, 0), "\u{200E}±10%");
    }
}
