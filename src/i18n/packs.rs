//! Arabic and Hebrew as language packs. The release wasm carries English only; the build
//! writes each other language's texts to a file of its own (`scripts/texts.sh`, hashed names
//! named in the page's `<meta name="winback-texts">`), fetched when that language is chosen
//! and kept by the offline worker once used (`offline::keep_pack`). This takes 21 KB gzip off
//! every English first visit and 10 KB off an Arabic or Hebrew one (docs/size.md). Native
//! builds (the tests) read the compiled tables of `ar.rs` and `he.rs`, which stay the source
//! of truth and are checked when compiling; a test checks that the packs the build writes say
//! exactly the same.
//!
//! Pure Rust: the fetching is `I18n`'s.

use std::sync::OnceLock;

use super::catalog::{Key, Lang, Table};

/// Why a language's texts are not here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The page names no pack for it, or the download failed (offline on a first visit).
    #[error("the texts could not be downloaded")]
    Unreachable,
    /// What arrived is not this language's texts for this version of the app.
    #[error("the texts do not belong to this version")]
    Damaged,
}

/// The first line of `lang`'s pack: the language and how many texts follow.
pub fn header(lang: Lang) -> String {
    format!("winback-planner texts {} {}", lang.code(), Key::ALL.len())
}

/// Where the texts of `pack` start and where each ends: the header line, then every text on
/// a line of its own, in `Key` order (a last newline optional).
pub fn read(lang: Lang, pack: &str) -> Result<(usize, Vec<u16>), PackError> {
    let (head, texts) = pack.split_once('\n').ok_or(PackError::Damaged)?;
    if head.trim_end_matches('\r') != header(lang) {
        return Err(PackError::Damaged);
    }
    let texts = texts.strip_suffix('\n').unwrap_or(texts);
    let to_u16 = |i: usize| u16::try_from(i).map_err(|_| PackError::Damaged);
    let mut ends = Vec::with_capacity(Key::ALL.len());
    for (i, _) in texts.match_indices('\n') {
        ends.push(to_u16(i)?);
    }
    ends.push(to_u16(texts.len())?);
    if ends.len() != Key::ALL.len() {
        return Err(PackError::Damaged);
    }
    Ok((head.len() + 1, ends))
}

/// Packs installed in this session, Arabic then Hebrew.
static PACKS: [OnceLock<Table>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En => None,
        Lang::Ar => Some(0),
        Lang::He => Some(1),
    }
}

/// Makes `pack` `lang`'s texts for the rest of the session, and gives the whole pack back.
/// Kept for good (leaked): at most once per language, and every text handed out stays valid.
pub fn install(lang: Lang, pack: String) -> Result<&'static str, PackError> {
    let i = slot(lang).ok_or(PackError::Damaged)?;
    let (start, ends) = read(lang, &pack)?;
    let pack: &'static str = pack.leak();
    let texts = pack.get(start..).ok_or(PackError::Damaged)?;
    // A second install of the same language (two quick choices) keeps the first: same texts.
    let _ = PACKS[i].set(Table::new(texts, ends.leak()));
    Ok(pack)
}

/// `lang`'s texts, if English is not enough and they are here.
pub fn table(lang: Lang) -> Option<&'static Table> {
    #[cfg(not(target_arch = "wasm32"))]
    return match lang {
        Lang::En => None,
        Lang::Ar => Some(&super::ar::TABLE),
        Lang::He => Some(&super::he::TABLE),
    };
    #[cfg(target_arch = "wasm32")]
    PACKS[slot(lang)?].get()
}

/// Whether `lang` can be shown now (English always can).
pub fn has(lang: Lang) -> bool {
    lang == Lang::En || table(lang).is_some()
}

/// The page's address of `lang`'s pack, from the `<meta name="winback-texts">` content
/// `ar=/texts-ar-….txt he=/texts-he-….txt`.
pub fn address(meta: &str, lang: Lang) -> Option<&str> {
    meta.split_whitespace()
        .find_map(|pair| pair.strip_prefix(lang.code())?.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packs `scripts/texts.sh` writes for the build, read back.
    fn built_packs() -> Vec<(Lang, String, String)> {
        let dir = std::env::temp_dir().join(format!("winback-texts-{}", std::process::id()));
        let status = std::process::Command::new("bash")
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/texts.sh"))
            .arg(&dir)
            .output()
            .expect("bash runs scripts/texts.sh");
        assert!(status.status.success(), "{status:?}");
        let meta = String::from_utf8(status.stdout).expect("utf-8");
        let packs = [Lang::Ar, Lang::He]
            .map(|lang| {
                let name = address(meta.trim(), lang).expect("a pack per language");
                let file = dir.join(name.trim_start_matches('/'));
                let pack = std::fs::read_to_string(&file).expect("the pack was written");
                (lang, name.to_owned(), pack)
            })
            .into();
        let _ = std::fs::remove_dir_all(&dir);
        packs
    }

    #[test]
    fn the_packs_the_build_writes_say_exactly_what_the_compiled_tables_say() {
        for (lang, name, pack) in built_packs() {
            assert!(
                name.starts_with(&format!("/texts-{}-", lang.code())) && name.ends_with(".txt"),
                "{name}"
            );
            let (start, ends) = read(lang, &pack).expect("a whole pack");
            let table = Table::new(
                Box::leak(pack[start..].to_owned().into_boxed_str()),
                ends.leak(),
            );
            let compiled = super::table(lang).expect("compiled natively");
            for key in Key::ALL {
                assert_eq!(table.get(*key), compiled.get(*key), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_pack_of_another_language_version_or_length_is_refused() {
        let whole = |lang: Lang, n: usize| {
            let mut pack = header(lang);
            for i in 0..n {
                pack.push_str(&format!("\ntext {i}"));
            }
            pack
        };
        let n = Key::ALL.len();
        assert!(read(Lang::Ar, &whole(Lang::Ar, n)).is_ok());
        assert!(read(Lang::Ar, &format!("{}\n", whole(Lang::Ar, n))).is_ok());
        assert_eq!(read(Lang::He, &whole(Lang::Ar, n)), Err(PackError::Damaged));
        assert_eq!(
            read(Lang::Ar, &whole(Lang::Ar, n - 1)),
            Err(PackError::Damaged)
        );
        assert_eq!(
            read(Lang::Ar, &whole(Lang::Ar, n + 1)),
            Err(PackError::Damaged)
        );
        assert_eq!(read(Lang::Ar, "<!DOCTYPE html>"), Err(PackError::Damaged));
        assert_eq!(read(Lang::Ar, ""), Err(PackError::Damaged));
        assert_eq!(
            install(Lang::En, whole(Lang::En, n)),
            Err(PackError::Damaged)
        );
    }

    #[test]
    fn a_read_pack_gives_each_key_its_line() {
        let mut pack = header(Lang::He);
        for key in Key::ALL {
            pack.push_str(&format!("\n{key:?}"));
        }
        let (start, ends) = read(Lang::He, &pack).expect("whole");
        let table = Table::new(Box::leak(pack[start..].into()), ends.leak());
        assert_eq!(table.get(Key::ALL[0]), format!("{:?}", Key::ALL[0]));
        assert_eq!(table.get(Key::AccountDeleted), "AccountDeleted");
        let last = Key::ALL[Key::ALL.len() - 1];
        assert_eq!(table.get(last), format!("{last:?}"));
    }

    #[test]
    fn the_page_names_each_languages_pack() {
        let meta = "ar=/texts-ar-0a1b.txt he=/texts-he-2c3d.txt";
        assert_eq!(address(meta, Lang::Ar), Some("/texts-ar-0a1b.txt"));
        assert_eq!(address(meta, Lang::He), Some("/texts-he-2c3d.txt"));
        assert_eq!(address(meta, Lang::En), None);
        assert_eq!(address("TEXTS_PACKS", Lang::Ar), None);
    }
}
