//! Lower case for sorting, comparing and matching what people typed, without Unicode's full
//! case table.
//!
//! Why: `str::to_lowercase` brings a 12 KB table (about 5 KB gzip with its code) into the
//! wasm for a handful of names. Arabic and Hebrew have no case; this covers the scripts with
//! case that names and phrases here are written in: Latin (ASCII, Latin-1 and Latin
//! Extended-A), Greek and Cyrillic, exactly as Unicode lower-cases them (a test checks every
//! letter of those blocks). Other scripts are left as they are.

/// `text` with each letter of the covered scripts in lower case.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// `c` in lower case ("İ", whose lower case is two characters, becomes "i").
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let even = u.is_multiple_of(2);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !even => u + 1,
        0x178 => 0xFF,
        // Greek: the accented capitals, then the plain ones.
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        // Cyrillic.
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::{lower, lower_char};

    #[test]
    fn lowers_latin_greek_and_cyrillic_as_unicode_does() {
        for c in (0..0x530).filter_map(char::from_u32) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            let expected = if unicode.len() == 1 { unicode[0] } else { 'i' };
            let covered = matches!(c as u32, 0..0x180 | 0x386..0x3CF | 0x400..0x530);
            if covered {
                assert_eq!(lower_char(c), expected, "{c:?} U+{:04X}", c as u32);
            } else {
                // Outside what this covers (Latin Extended-B, IPA, archaic Greek, Coptic)
                // a letter is left as it is, never changed into a wrong one.
                assert_eq!(lower_char(c), c, "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn leaves_scripts_without_case_alone() {
        for text in ["شركة بركس", "חברת בריקס", "١٢٣", "123 - _"] {
            assert_eq!(lower(text), text);
        }
        assert_eq!(
            lower("RILF Électricité ΑΘΗΝΑ МОСКВА"),
            "rilf électricité αθηνα москва"
        );
    }
}
