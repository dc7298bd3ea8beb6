//! What a tab does when storage changes under it: the rules for writes from other tabs and
//! for checking before a save, as pure decisions. `state.rs` only carries them out.

use super::persist::{self, Envelope, PersistError};

/// This tab's relation to storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Local {
    /// The stored revision this tab's document is based on.
    pub revision: u64,
    /// Whether this tab has edits not yet written.
    pub dirty: bool,
}

/// What to do about a write another tab made.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncAction {
    /// Nothing to do (our own write echoed, unreadable text, or we keep unsaved edits).
    Ignore,
    /// Idle tab: show the other tab's document.
    Follow(Envelope),
    /// Unsaved edits here and a new document there: ask the user.
    Conflict(Envelope),
    /// Another tab deleted everything and this one has nothing unsaved: start empty.
    Clear,
    /// A newer app version wrote it: stop writing.
    ReadOnly { found: u32 },
}

/// Decides what a write by another tab (`text`, `None` when the data was removed) means here.
pub fn on_foreign_write(local: Local, text: Option<&str>) -> SyncAction {
    let Some(text) = text else {
        // Our next save writes the unsaved edits again; with none, follow the deletion.
        return if local.dirty {
            SyncAction::Ignore
        } else {
            SyncAction::Clear
        };
    };
    match persist::decode(text) {
        Ok(env) if env.revision == local.revision => SyncAction::Ignore,
        Ok(env) if local.dirty => SyncAction::Conflict(env),
        Ok(env) => SyncAction::Follow(env),
        Err(PersistError::Newer { found }) => SyncAction::ReadOnly { found },
        // Unreadable text from elsewhere: keep ours; our next save checks again.
        Err(_) => SyncAction::Ignore,
    }
}

/// What a save does after reading the stored text.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteAction {
    /// Write as this revision.
    Write { revision: u64 },
    /// Another tab saved since this one read: ask the user.
    Conflict(Envelope),
    /// A newer app version wrote it: stop writing.
    ReadOnly { found: u32 },
}

/// Decides whether a save based on revision `base` may write over `stored`. Only the head
/// is read unless another tab has saved since (then the conflict needs the whole document).
pub fn before_write(base: u64, stored: Option<&str>) -> WriteAction {
    let write = WriteAction::Write { revision: base + 1 };
    let Some(text) = stored else {
        return write;
    };
    match persist::peek_head(text) {
        Ok(head) if head.schema > persist::SCHEMA => WriteAction::ReadOnly { found: head.schema },
        Ok(head) if head.revision != base => match persist::decode(text) {
            Ok(theirs) => WriteAction::Conflict(theirs),
            // Damaged text in storage is not worth keeping over this tab's readable document.
            Err(_) => write,
        },
        _ => write,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::locale::Lang;
    use crate::model::persist::{encode, Document};
    use crate::model::sample::brex_rilf;

    fn stored(revision: u64) -> String {
        let doc = Document {
            accounts: vec![brex_rilf(Lang::En)],
            ..Document::default()
        };
        encode(&doc, revision).unwrap()
    }

    const IDLE: Local = Local {
        revision: 3,
        dirty: false,
    };
    const BUSY: Local = Local {
        revision: 3,
        dirty: true,
    };

    #[test]
    fn an_idle_tab_follows_and_a_busy_one_asks() {
        assert!(
            matches!(on_foreign_write(IDLE, Some(&stored(4))), SyncAction::Follow(e) if e.revision == 4)
        );
        assert!(
            matches!(on_foreign_write(BUSY, Some(&stored(4))), SyncAction::Conflict(e) if e.revision == 4)
        );
        assert_eq!(
            on_foreign_write(BUSY, Some(&stored(3))),
            SyncAction::Ignore,
            "our own revision"
        );
    }

    #[test]
    fn removal_clears_only_an_idle_tab() {
        assert_eq!(on_foreign_write(IDLE, None), SyncAction::Clear);
        assert_eq!(on_foreign_write(BUSY, None), SyncAction::Ignore);
    }

    #[test]
    fn newer_and_unreadable_writes() {
        let newer = stored(4).replacen("\"schema\":1", "\"schema\":9", 1);
        assert_eq!(
            on_foreign_write(IDLE, Some(&newer)),
            SyncAction::ReadOnly { found: 9 }
        );
        assert_eq!(on_foreign_write(IDLE, Some("{broken")), SyncAction::Ignore);
    }

    #[test]
    fn a_save_writes_over_its_own_revision_and_stops_at_others() {
        assert_eq!(before_write(3, None), WriteAction::Write { revision: 4 });
        assert_eq!(
            before_write(3, Some(&stored(3))),
            WriteAction::Write { revision: 4 }
        );
        assert!(
            matches!(before_write(3, Some(&stored(5))), WriteAction::Conflict(e) if e.revision == 5)
        );
        let newer = stored(3).replacen("\"schema\":1", "\"schema\":2", 1);
        assert_eq!(
            before_write(3, Some(&newer)),
            WriteAction::ReadOnly { found: 2 }
        );
        assert_eq!(
            before_write(3, Some("garbage")),
            WriteAction::Write { revision: 4 }
        );
    }
}
