//! The app state in context: the saved document in one signal, how it is persisted, and the
//! one place that writes it to storage (a debounced effect, flushed when the page hides).

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::{browser_lang, now, timed};
use crate::i18n::Key;
use crate::model::persist::{self, Backup, BackupReason, Document, Dropped, PersistError};
use crate::model::portfolio::Deleted;
use crate::model::sample;
use crate::model::sync::{self, Local, SyncAction, WriteAction};
use crate::storage::{self, StorageError, BACKUPS_KEY, DOCUMENT_KEY, QUARANTINE_KEY};

/// How the document relates to storage right now.
#[derive(Clone, Debug, PartialEq)]
pub enum Persistence {
    /// Saved in this browser; edits are written shortly after they happen.
    Stored,
    /// Written by a newer app version: shown, never written.
    ReadOnly { found: u32 },
    /// The stored text could not be read: nothing is written until the user chooses.
    Recovery { error: PersistError },
    /// Storage is unavailable or full: work continues in memory only.
    MemoryOnly { reason: StorageError },
    /// Another tab saved while this one had unsaved edits.
    Conflict {
        theirs: Document,
        theirs_revision: u64,
    },
}

/// A message for the user, with an optional undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: Key,
    /// Placeholder values for `key`'s text.
    pub args: Vec<String>,
    /// The error behind the message, translated when shown.
    pub detail: Option<Detail>,
    /// Errors are announced as alerts, the rest as status.
    pub alert: bool,
    /// The deleted account "Undo" puts back in its place (later edits stay).
    pub undo: Option<Deleted>,
}

/// An error explained under a notice.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    Persist(PersistError),
    Storage(StorageError),
    File(crate::files::FileError),
    Class(crate::model::classroom::ClassError),
    /// The accounts a repair dropped, and why.
    Dropped(Vec<Dropped>),
    /// The storage keys that could not be removed, and why.
    NotRemoved(Vec<(&'static str, StorageError)>),
    /// A language whose texts could not be downloaded (said in that language).
    Texts(crate::i18n::Lang),
}

impl Notice {
    pub fn status(key: Key) -> Notice {
        Notice {
            key,
            args: vec![],
            detail: None,
            alert: false,
            undo: None,
        }
    }

    pub fn alert(key: Key, detail: Option<Detail>) -> Notice {
        Notice {
            key,
            args: vec![],
            detail,
            alert: true,
            undo: None,
        }
    }

    pub fn with_args(mut self, args: Vec<String>) -> Notice {
        self.args = args;
        self
    }
}

/// Everything shared across pages. Cheap to copy: all fields are arena handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The saved document.
    pub doc: RwSignal<Document>,
    pub persistence: RwSignal<Persistence>,
    pub notice: RwSignal<Option<Notice>>,
    /// The stored revision this tab's document is based on.
    revision: RwSignal<u64>,
    /// Edits not yet written.
    dirty: RwSignal<bool>,
    /// Bumped whenever the stored backups change, so the list re-reads them only then.
    backups_changed: RwSignal<u32>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Loads the document, puts the state in context and starts the save machinery.
pub fn provide_app_state() -> AppState {
    let (loaded, persistence, revision) = timed("winback-load", load);
    let doc = RwSignal::new(loaded);
    let state = AppState {
        doc,
        persistence: RwSignal::new(persistence),
        notice: RwSignal::new(None),
        revision: RwSignal::new(revision),
        dirty: RwSignal::new(false),
        backups_changed: RwSignal::new(0),
        pending: StoredValue::new(None),
    };
    provide_context(state);

    // The single writer: every edit marks the document dirty; the write follows debounced.
    Effect::new(move |_| {
        state.doc.track();
        if state.dirty.get_untracked() {
            state.schedule_save();
        }
    });
    let flush = move || state.save_now();
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    let on_storage = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(DOCUMENT_KEY) {
            state.other_tab_saved(event.new_value());
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
    });
    state
}

/// The app state; provided by `App` (a component outside it is a bug, not a second writer).
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// Reads storage once at start. Unreadable text is copied to quarantine and left in place.
fn load() -> (Document, Persistence, u64) {
    let first_run = || Document {
        accounts: sample::all(browser_lang()),
        ..Document::default()
    };
    // A full store can still be read; only a blocked one cannot.
    let writable = match storage::probe() {
        Ok(_) => Ok(()),
        Err(StorageError::Full) => Err(StorageError::Full),
        Err(reason) => return (first_run(), Persistence::MemoryOnly { reason }, 0),
    };
    let (document, persistence, revision) = match storage::read(DOCUMENT_KEY) {
        Ok(None) => (first_run(), Persistence::Stored, 0),
        Ok(Some(text)) => match persist::decode(&text) {
            Ok(envelope) => (envelope.document, Persistence::Stored, envelope.revision),
            Err(PersistError::Newer { found }) => (
                persist::peek_document(&text).unwrap_or_default(),
                Persistence::ReadOnly { found },
                0,
            ),
            Err(error) => {
                // Keep a copy whatever happens next; the original stays where it is.
                let _ = storage::write(QUARANTINE_KEY, &text);
                (Document::default(), Persistence::Recovery { error }, 0)
            }
        },
        Err(reason) => (first_run(), Persistence::MemoryOnly { reason }, 0),
    };
    match (writable, persistence) {
        (Err(reason), Persistence::Stored) => {
            (document, Persistence::MemoryOnly { reason }, revision)
        }
        (_, persistence) => (document, persistence, revision),
    }
}

impl AppState {
    /// Puts `text` on the clipboard and says how it went: `done` if the browser allowed it.
    pub fn copy_and_tell(self, text: String, done: Key) {
        leptos::task::spawn_local(async move {
            let copied = crate::browser::copy_text(&text).await;
            self.notice.set(Some(if copied {
                Notice::status(done)
            } else {
                Notice::alert(Key::CopyFailed, None)
            }));
        });
    }

    /// Changes the document; the change is saved shortly after.
    pub fn edit(&self, change: impl FnOnce(&mut Document)) {
        self.dirty.set(true);
        self.doc.update(change);
    }

    /// Whether edits can be made (not while the stored data awaits a decision or is newer).
    pub fn editable(&self) -> bool {
        !matches!(
            self.persistence.get(),
            Persistence::ReadOnly { .. } | Persistence::Recovery { .. }
        )
    }

    /// Writes pending edits now and says whether a reload would lose nothing (false while
    /// the work lives only in this tab: storage unavailable, or a conflict undecided).
    pub fn safe_to_reload(&self) -> bool {
        self.save_now();
        !matches!(
            self.persistence.get_untracked(),
            Persistence::MemoryOnly { .. } | Persistence::Conflict { .. }
        )
    }

    fn schedule_save(&self) {
        let state = *self;
        self.pending.update_value(|pending| {
            if let Some(handle) = pending.take() {
                handle.clear();
            }
            *pending = set_timeout_with_handle(move || state.save_now(), SAVE_DELAY).ok();
        });
    }

    /// Writes pending edits now, checking that no other tab saved in between.
    pub fn save_now(&self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !self.dirty.get_untracked() || self.persistence.get_untracked() != Persistence::Stored {
            return;
        }
        timed("winback-save", || self.check_and_write());
    }

    /// Writes over the stored revision this tab is based on, or reports why it cannot.
    fn check_and_write(&self) {
        let stored = match storage::read(DOCUMENT_KEY) {
            Ok(stored) => stored,
            Err(reason) => return self.persistence.set(Persistence::MemoryOnly { reason }),
        };
        match sync::before_write(self.revision.get_untracked(), stored.as_deref()) {
            WriteAction::Write { revision } => self.write(revision),
            WriteAction::Conflict(theirs) => self.persistence.set(Persistence::Conflict {
                theirs: theirs.document,
                theirs_revision: theirs.revision,
            }),
            WriteAction::ReadOnly { found } => {
                self.persistence.set(Persistence::ReadOnly { found })
            }
        }
    }

    fn write(&self, revision: u64) {
        let text = match self
            .doc
            .with_untracked(|doc| persist::encode(doc, revision))
        {
            Ok(text) => text,
            Err(error) => {
                self.notice.set(Some(Notice::alert(
                    Key::SaveRefused,
                    Some(Detail::Persist(error)),
                )));
                return;
            }
        };
        match storage::write(DOCUMENT_KEY, &text) {
            Ok(()) => {
                self.revision.set(revision);
                self.dirty.set(false);
            }
            Err(reason) => self.persistence.set(Persistence::MemoryOnly { reason }),
        }
    }

    /// Another tab wrote the document (`None`: removed it): carries out what the sync rules decide.
    fn other_tab_saved(&self, text: Option<String>) {
        let local = Local {
            revision: self.revision.get_untracked(),
            dirty: self.dirty.get_untracked(),
        };
        match sync::on_foreign_write(local, text.as_deref()) {
            SyncAction::Ignore => {}
            SyncAction::Follow(env) => {
                self.doc.set(env.document);
                self.revision.set(env.revision);
            }
            SyncAction::Conflict(env) => self.persistence.set(Persistence::Conflict {
                theirs: env.document,
                theirs_revision: env.revision,
            }),
            SyncAction::Clear => {
                self.doc.set(Document::default());
                self.revision.set(0);
            }
            SyncAction::ReadOnly { found } => self.persistence.set(Persistence::ReadOnly { found }),
        }
    }

    /// After storage was blocked or full: saves again if the browser now allows it.
    pub fn retry_storage(&self) {
        match storage::probe() {
            Ok(_) => {
                self.persistence.set(Persistence::Stored);
                self.dirty.set(true);
                self.save_now();
                if self.persistence.get_untracked() == Persistence::Stored {
                    self.notice.set(Some(Notice::status(Key::StorageBack)));
                }
            }
            Err(reason) => self.persistence.set(Persistence::MemoryOnly { reason }),
        }
    }

    /// Resolves a conflict by keeping this tab's document (written over the other tab's).
    pub fn keep_mine(&self) {
        if let Persistence::Conflict {
            theirs_revision, ..
        } = self.persistence.get_untracked()
        {
            self.persistence.set(Persistence::Stored);
            self.revision.set(theirs_revision);
            self.dirty.set(true);
            self.save_now();
        }
    }

    /// Resolves a conflict by taking the other tab's document.
    pub fn keep_theirs(&self) {
        if let Persistence::Conflict {
            theirs,
            theirs_revision,
        } = self.persistence.get_untracked()
        {
            self.dirty.set(false);
            self.doc.set(theirs);
            self.revision.set(theirs_revision);
            self.persistence.set(Persistence::Stored);
        }
    }

    /// Keeps a snapshot of the stored document before a destructive action.
    pub fn backup(&self, reason: BackupReason) {
        let Ok(text) = self
            .doc
            .with_untracked(|doc| persist::encode(doc, self.revision.get_untracked()))
        else {
            return;
        };
        let backups = persist::read_backups(storage::read(BACKUPS_KEY).ok().flatten().as_deref());
        let new = Backup {
            taken_at: now(),
            reason,
            text,
        };
        if let Ok(list) = serde_json::to_string(&persist::push_backup(backups, new)) {
            // A full store loses the backup, not the document; the notice says so.
            if storage::write(BACKUPS_KEY, &list).is_err() {
                self.notice
                    .set(Some(Notice::alert(Key::BackupFailed, None)));
            }
            self.backups_changed.update(|n| *n += 1);
        }
    }

    /// The recent backups, newest first (reactive: follows every new backup).
    pub fn backups(&self) -> Vec<Backup> {
        self.backups_changed.track();
        persist::read_backups(storage::read(BACKUPS_KEY).ok().flatten().as_deref())
    }

    /// Replaces the document with a backup's (after backing up the current one).
    pub fn restore(&self, backup: &Backup) {
        match persist::decode(&backup.text) {
            Ok(env) => {
                self.backup(BackupReason::Restore);
                self.edit(|doc| *doc = env.document);
                self.notice.set(Some(Notice::status(Key::BackupRestored)));
            }
            Err(error) => self.notice.set(Some(Notice::alert(
                Key::BackupUnreadable,
                Some(Detail::Persist(error)),
            ))),
        }
    }

    /// Recovery: keep every account that still decodes; report the others.
    pub fn repair(&self) {
        let Ok(Some(text)) = storage::read(QUARANTINE_KEY) else {
            self.notice
                .set(Some(Notice::alert(Key::RepairFailed, None)));
            return;
        };
        match persist::repair(&text) {
            Ok(repaired) => {
                self.persistence.set(Persistence::Stored);
                self.edit(|doc| *doc = repaired.document);
                self.save_now();
                self.notice.set(Some(if repaired.dropped.is_empty() {
                    Notice::status(Key::RepairDone)
                } else {
                    Notice::alert(Key::RepairPartial, Some(Detail::Dropped(repaired.dropped)))
                }));
            }
            Err(error) => self.notice.set(Some(Notice::alert(
                Key::RepairFailed,
                Some(Detail::Persist(error)),
            ))),
        }
    }

    /// Recovery: start with an empty document (the damaged text stays in quarantine).
    pub fn start_over(&self) {
        self.persistence.set(Persistence::Stored);
        self.edit(|doc| {
            *doc = Document {
                accounts: sample::all(browser_lang()),
                ..Document::default()
            }
        });
        self.save_now();
    }

    /// Offers `text` as a file download; explains the failure if it cannot be made.
    pub fn offer_download(&self, filename: &str, text: Result<String, PersistError>) {
        let result = text
            .map_err(Detail::Persist)
            .and_then(|t| crate::files::download(filename, &t).map_err(Detail::File));
        if let Err(detail) = result {
            self.notice
                .set(Some(Notice::alert(Key::SaveRefused, Some(detail))));
        }
    }

    /// Downloads every account as one export file.
    pub fn export_all(&self) {
        let text = self.doc.with_untracked(|d| persist::export(&d.accounts));
        self.offer_download("winback-accounts.json", text);
    }

    /// The damaged text, for download.
    pub fn quarantined(&self) -> Option<String> {
        storage::read(QUARANTINE_KEY).ok().flatten()
    }

    /// Deletes account `id` after backing up the document; the notice offers an undo that
    /// puts it back in place without losing edits made since.
    pub fn delete_account(&self, id: &str) {
        let Some(name) = self
            .doc
            .with_untracked(|doc| doc.account(id).map(|a| a.name.clone()))
        else {
            return;
        };
        self.backup(BackupReason::Delete { name });
        let mut deleted = None;
        self.edit(|doc| deleted = doc.delete_account(id));
        let Some(deleted) = deleted else {
            return;
        };
        let mut notice =
            Notice::status(Key::AccountDeleted).with_args(vec![deleted.account.name.clone()]);
        notice.undo = Some(deleted);
        self.notice.set(Some(notice));
    }

    /// Carries out the undo of the current notice.
    pub fn undo(&self) {
        if let Some(deleted) = self.notice.get_untracked().and_then(|n| n.undo) {
            self.edit(|doc| doc.undo_delete(deleted));
        }
        self.notice.set(None);
    }

    /// Deletes everything this app stored on this device and starts empty; says which
    /// stored items the browser would not remove (they are then still on the device).
    pub fn delete_all(&self) {
        let not_removed: Vec<_> = [DOCUMENT_KEY, QUARANTINE_KEY, BACKUPS_KEY]
            .into_iter()
            .filter_map(|key| storage::remove(key).err().map(|e| (key, e)))
            .collect();
        self.dirty.set(false);
        self.doc.set(Document::default());
        self.revision.set(0);
        self.backups_changed.update(|n| *n += 1);
        self.notice.set(Some(if not_removed.is_empty() {
            Notice::status(Key::AllDataDeleted)
        } else {
            Notice::alert(
                Key::DeleteAllIncomplete,
                Some(Detail::NotRemoved(not_removed)),
            )
        }));
    }
}

/// A memo's computation, boxed.
type Compute<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// A memo over `compute`. Boxed so that Leptos' memo machinery is compiled once per value type
/// rather than once per closure: 56 memos, −0.9 KB gzip (docs/size.md).
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    compute: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    let boxed: Compute<T> = Box::new(move |_| compute());
    Memo::new(boxed)
}
