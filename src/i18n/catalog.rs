//! The translation catalog: every user-facing string, keyed by `Key`. Pure data, tested natively.
//!
//! English is complete by construction (the macro demands a text for every key); Arabic and
//! Hebrew are one table each (`ar.rs`, `he.rs`), exhaustive matches, so a missing key does not
//! compile; the tests below check that none is empty and that placeholders agree.
//!
//! Counted phrases ("5 years") are keys whose text lists CLDR plural forms:
//! `one:{0} year|other:{0} years`; [`count`] picks the form for a number.

pub use crate::model::locale::Lang;
use crate::model::locale::Numbers;
use crate::model::plural::Plural;

macro_rules! catalog {
    ($($key:ident => $en:literal,)*) => {
        /// A user-facing text. Texts with `{0}`, `{1}` … take arguments via [`format`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            /// Every key, for completeness checks.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        translations! { $($key => $en,)* }
    };
}

fn english(key: Key) -> &'static str {
    TABLE.get(key)
}

/// One language's texts, packed: all of them in `Key` order, each ended by a NUL, and the
/// position of every NUL. Two bytes per text instead of a pointer pair and a jump-table arm
/// (three languages × 420 texts: that difference is measurable in the wasm).
pub struct Table {
    texts: &'static str,
    ends: &'static [u16],
}

impl Table {
    pub const fn new(texts: &'static str, ends: &'static [u16]) -> Table {
        Table { texts, ends }
    }

    /// The text of `key`.
    pub fn get(&self, key: Key) -> &'static str {
        let i = key as usize;
        let start = match i.checked_sub(1) {
            Some(before) => self.ends.get(before).map_or(0, |&e| usize::from(e) + 1),
            None => 0,
        };
        let end = self.ends.get(i).map_or(start, |&e| usize::from(e));
        self.texts.get(start..end).unwrap_or_default()
    }
}

/// Where each of the `N` texts ends (its NUL); fails the build when the count is not `N`.
pub const fn nul_positions<const N: usize>(texts: &str) -> [u16; N] {
    let bytes = texts.as_bytes();
    assert!(
        bytes.len() <= u16::MAX as usize,
        "a language's texts exceed 64 KB"
    );
    let mut out = [0u16; N];
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == 0 {
            assert!(n < N, "more texts than keys");
            out[n] = i as u16;
            n += 1;
        }
        i += 1;
    }
    assert!(n == N, "fewer texts than keys");
    out
}

catalog! {
    AppName => "Win-Back Planner",
    AppTagline => "Win back lost customers. Keep current ones close.",
    SkipToContent => "Skip to content",
    NavMain => "Main",
    NavAccounts => "Accounts",
    FooterPrivacy => "Your data stays on this device: it is kept in this browser and never sent anywhere.",
    AccountsTitle => "Accounts",
    AccountsIntro => "Every customer you are trying to win back or keep close, with what is at stake.",
    AccountsEmpty => "No accounts yet.",
    AccountTitle => "Account",
    StepsLabel => "Steps",
    StepReasons => "Why they left",
    StepCostBenefit => "Is it worth it?",
    StepDialogue => "The dialogue",
    StepRequirements => "What we must offer",
    StepSummary => "Decision",
    StepUnknown => "There is no step “{0}”. Pick one of the steps above.",
    NotFoundTitle => "Page not found",
    NotFoundBody => "There is nothing at this address. It may have been mistyped, or the link is out of date.",
    BackToAccounts => "Back to the accounts",
    Dismiss => "Dismiss",
    UpdateReady => "A new version of the planner is ready. Reload to use it; your work is saved first.",
    UpdateReload => "Reload to update",
    UpdateHeld => "Not now: some of your work is kept only in this tab (storage is unavailable, or another tab's changes are waiting for your choice). Save it with the export or settle the choice first; the update waits.",
    TextsFailed => "The texts for {0} could not be downloaded. Check the connection, then choose {0} again; until then the planner stays in this language.",
    Undo => "Undo",
    Cancel => "Cancel",
    // Storage states and notices.
    StorageRecoveryTitle => "Your saved data could not be read",
    StorageRecoveryBody => "Nothing has been overwritten: the saved text is kept as it was, and a copy is set aside. Choose what to do.",
    StorageRecoveryDownload => "Download the damaged data",
    StorageRecoveryRepair => "Try to repair",
    StorageRecoveryStartOver => "Start over",
    StorageReadOnly => "This data was saved by a newer version of the Win-Back Planner (data version {0}). It is shown read-only and nothing will be saved; update the app to edit it.",
    StorageMemoryOnly => "Your work cannot be saved in this browser right now, so it is kept only while this page is open. Export it to a file to keep it.",
    StorageConflict => "Another tab saved changes to these accounts while this tab had unsaved changes. Choose which version to keep.",
    StorageRetry => "Try saving again",
    StorageBack => "Saving works again; your changes are stored in this browser.",
    StorageKeepMine => "Keep this tab's version",
    StorageKeepTheirs => "Use the other tab's version",
    StorageDownloadTheirs => "Download the other tab's version",
    SaveRefused => "A change could not be saved.",
    BackupFailed => "A backup could not be kept because the browser's storage is full.",
    BackupRestored => "The backup has been restored.",
    BackupUnreadable => "That backup could not be read.",
    RepairDone => "Your data has been repaired; every account was recovered.",
    RepairPartial => "Your data has been repaired, but these accounts could not be recovered:",
    RepairFailed => "The data could not be repaired.",
    AllDataDeleted => "All data of this app has been deleted from this device.",
    ErrEmpty => "The data is empty.",
    ErrTooLarge => "The data is too large ({0} bytes; at most {1} are accepted).",
    ErrSyntax => "The data is not a valid Win-Back Planner file ({0}).",
    ErrNoSchema => "The data has no version number, so it is not a Win-Back Planner file.",
    ErrNewer => "The data comes from a newer version of the app (data version {0}).",
    ErrShape => "The data does not have the expected form ({0}).",
    ErrInvalid => "Account “{0}”: {1}",
    ProblemValue => "{0}: {1}",
    ProblemOutOfLimit => "{0} is {1}, outside the valid range {2} to {3}.",
    ProblemNotWhole => "{0} is {1}, not a whole number.",
    ProblemForm => "the data is not in the expected form ({0}).",
    QuantityChangedAt => "Time of the last change",
    DroppedAccount => "{0}. {1}: {2}",
    DeleteAllIncomplete => "The data was cleared here, but the browser would not remove everything it stored; what remains is listed below. Try again, or clear this site's data in the browser's settings.",
    BackupBeforeDelete => "deleting “{0}”",
    BackupBeforeReplace => "replacing all accounts with an import",
    BackupBeforeRestore => "restoring a backup",
    ErrStorageUnavailable => "The browser does not let this page use its storage ({0}).",
    ErrStorageFull => "The browser's storage for this app is full.",
    ErrStorageRefused => "The browser refused to save ({0}).",
    ErrFileDownload => "The browser could not create the download.",
    ErrFileRead => "The file could not be read.",
    ErrFileTooLarge => "The file is too large ({0} bytes; at most 5 MB).",
    // Accounts page.
    NewAccountHeading => "Start a new account",
    AccountNameLabel => "Customer name",
    AccountKindLabel => "Situation",
    NewAccountButton => "New account",
    UnnamedAccount => "Unnamed account",
    StatusLost => "Lost",
    StatusAtRisk => "At risk",
    StatusWinningBack => "Winning back",
    StatusWonBack => "Won back",
    StatusNotPursued => "Not pursued",
    FilterLabel => "Show",
    FilterAll => "All accounts",
    SortLabel => "Sort by",
    SortLastChange => "Last change",
    SortName => "Name",
    SortValue => "Value at stake",
    SortEv => "Expected value",
    ColName => "Customer",
    ColStatus => "Status",
    ColValue => "Value at stake",
    ColEv => "Expected value",
    ColVerdict => "Verdict",
    ColChanged => "Last change",
    ColActions => "Actions",
    ChangedNever => "—",
    SampleBadge => "sample",
    DecisionGo => "Go",
    DecisionNeedsWork => "Needs work",
    DecisionNoGo => "No go",
    ActionOpen => "Open",
    ActionRename => "Rename",
    ActionDuplicate => "Duplicate",
    ActionDelete => "Delete",
    ActionExport => "Export",
    RenameLabel => "New name for {0}",
    RenameSave => "Save name",
    CopySuffix => "{0} (copy)",
    AccountDeleted => "“{0}” was deleted.",
    AccountDuplicated => "“{0}” was duplicated.",
    NoMatchingAccounts => "No accounts with this status.",
    // Data tools.
    DataHeading => "Your data",
    PrivacyNote => "Everything you enter is kept in this browser's storage on this device. Nothing is sent anywhere. Clearing the browser's site data erases it, and some browsers erase site data after 7 days without a visit — export your accounts regularly to keep a copy.",
    ExportAll => "Export all accounts",
    ImportLabel => "Import accounts from a file",
    ImportAdded => "Imported as new copies: {0}.",
    ImportRefused => "The file was not imported; nothing has changed.",
    ImportReading => "Reading the file…",
    ReplaceAllLabel => "Replace all accounts with the file's",
    ReplaceAllConfirm => "This removes every account on this device and puts the file's accounts in their place. A backup is kept. Continue?",
    ReplaceAllDone => "All accounts were replaced by the file's: {0}.",
    ReplaceAllYes => "Replace all",
    RestoreSample => "Restore the samples (Brex Tech / RILF, Meridian Foods)",
    SampleRestored => "The sample cases have been restored.",
    BackupsHeading => "Recent backups",
    BackupsEmpty => "No backups yet. One is kept automatically before anything is deleted or replaced.",
    BackupRestore => "Restore",
    BackupTaken => "{0} — before: {1}",
    DeleteAllButton => "Delete all data on this device",
    DeleteAllConfirm => "This deletes every account, backup and setting of this app from this browser. It cannot be undone. Export first if you may need the data.",
    DeleteAllYes => "Yes, delete everything",
    // Account page.
    AccountNotFound => "There is no account “{0}” on this device. It may have been deleted, or the link comes from another browser.",
    AccountHeaderLabel => "Account details",
    CurrencyLabel => "Currency (code)",
    CurrencyInvalid => "Enter a three-letter currency code such as EUR, USD, ILS or SAR. The last valid code is still used.",
    IndustryLabel => "Industry",
    StatusLabel => "Status",
    LostOnLabel => "Lost on",
    RecontactedOnLabel => "Re-contacted on",
    AsOfLabel => "Judged as of",
    AsOfHint => "The day contacts, meeting dates and the action plan are measured from. Leave empty for today.",
    NameMissing => "Give the account a name so you can find it in the list.",
    IllustrativeNote => "This is the built-in Brex Tech / RILF case. The story follows the published case; the numbers are illustrative.",
    IllustrativeCurrentNote => "This is the built-in Meridian Foods case of a current customer; the people, dates and numbers are illustrative.",
    StepPrevious => "Previous: {0}",
    StepNext => "Next: {0}",
    StepComplete => "complete",
    // Cost–benefit inputs.
    CbInputsHeading => "The numbers of the past relationship and the offer",
    CbRevenue => "Yearly revenue before the customer left",
    CbMargin => "Contribution margin at the old prices",
    CbConcession => "Price cut offered",
    CbVolume => "Share of the old volume it buys again",
    CbRamp => "Years to reach that volume",
    CbExtraCost => "Extra yearly cost to serve it",
    CbInvestment => "Other one-off investment (if won)",
    CbAttemptCost => "Other cost of trying (win or lose)",
    CbProbability => "Chance the attempt succeeds",
    CbRetention => "Chance per year that it stays",
    CbDiscount => "Discount rate per year",
    CbHorizon => "Years counted",
    CbReferralValue => "Value of new business from its referrals",
    CbDelta => "Sensitivity step (±)",
    UnitPercent => "%",
    UnitYears => "years",
    UnitCurrencyYear => "{0} per year",
    UnitCurrency => "{0}",
    RangeHint => "{0} to {1}",
    // Input errors.
    InputEmpty => "Enter a number.",
    InputNotANumber => "“{0}” is not a number.",
    InputBadGrouping => "“{0}” looks like a number with a comma as decimal mark; use a point for decimals (12.5) and commas only between thousands (1,200,000).",
    InputOutOfRange => "{0} is outside the valid range, {1} to {2}. The last valid value is still used.",
    InputNotWhole => "Enter a whole number.",
    InputUnexpectedPercent => "This field is an amount, not a percentage.",
    // Cost–benefit results.
    CbResultsHeading => "Is it worth it?",
    OutSltv => "Second lifetime value",
    OutNpvWon => "Net value if won",
    OutEv => "Expected value of trying",
    OutPStar => "Break-even chance of success",
    OutLostValue => "Value lost with the customer",
    OutPaybackYear => "Payback year",
    OutBreakevenVolume => "Extra volume the price cut needs",
    OutMaxConcession => "Largest price cut that still pays",
    ExplainSltv => "Won back, the customer is worth {0} over {1} in today's money, after the adaptation costs and counting its referrals.",
    ExplainNpvWon => "If the attempt succeeds, the gain after the cost of trying is {0}.",
    ExplainEvPositive => "Weighing the {0} chance of success, trying is worth {1} on average.",
    ExplainEvNegative => "Weighing the {0} chance of success, trying is expected to lose {1}.",
    ExplainPStar => "Any chance of success above {0} makes the attempt pay.",
    ExplainPStarAbove100 => "Even a certain win does not pay: it would take a {0} chance.",
    ExplainPStarUndefined => "No chance of success makes this pay: even a certain win does not cover the costs.",
    ExplainLostValue => "On the old terms the customer was worth {0} over {1} in today's money.",
    ExplainPayback => "The up-front costs are earned back in year {0}.",
    ExplainPaybackNone => "The up-front costs are not earned back within {0}.",
    ExplainBreakevenVolume => "A {0} price cut needs {1} more volume to earn the same contribution as before.",
    ExplainBreakevenVolumeUndefined => "The price cut is at or above the margin: no extra volume can make up for it.",
    ExplainMaxConcession => "Prices can be cut by up to {0} before trying stops paying.",
    ExplainMaxConcessionUndefined => "Even with no price cut the attempt loses money.",
    YearN => "year {0}",
    BreakdownHeading => "Where the one-off amounts come from",
    BreakdownInvestment => "Investment if won: {0} other + {1} adaptation items (step 4) = {2}",
    BreakdownAttempt => "Cost of trying: {0} other + {1} meeting plan (step 3: {2}) = {3}",
    ColYear => "Year",
    ColCashFlow => "Cash flow",
    ColDiscounted => "Discounted",
    ColCumulative => "Cumulative, win back",
    ColOldTerms => "Cumulative, old terms",
    TornadoHeading => "What moves the expected value most",
    ColInput => "Input",
    ColLow => "Expected value at −{0}",
    ColHigh => "Expected value at +{0}",
    // Step 1.
    ReasonsHeading => "What ended the relationship",
    ReasonsIntro => "Record what happened and who contributed, on both sides — not what should have happened.",
    ReasonKindLabel => "Cause",
    ReasonWeightLabel => "Weight (1–5)",
    SideLabel => "Side",
    SideOurs => "Ours",
    SideTheirs => "Theirs",
    SideBoth => "Both",
    NoteLabel => "What happened",
    AddReason => "Add a cause",
    Remove => "Remove",
    RemoveNamed => "Remove {0}",
    ReasonContractEnd => "Contract came to its end",
    ReasonFadedInterest => "Interest faded",
    ReasonPricingPressure => "Pricing pressure",
    ReasonChangedSpecifications => "Changed product specifications",
    ReasonOwnershipChange => "Ownership change or merger",
    ReasonServiceFailure => "Service or delivery failure",
    ReasonLostTrust => "Loss of trust between people",
    ReasonCompetitorOffer => "A competitor's offer",
    ReasonOther => "Other",
    Prescriptive => "This reads like advice (“{0}”). Describe what happened; keep lessons for the offer in step 4.",
    TimelineHeading => "Chain of events",
    EventDateLabel => "Date",
    EventTextLabel => "Event",
    AddEvent => "Add an event",
    DateInvalid => "Enter a real date.",
    ContributorsHeading => "Who contributed",
    PartyLabel => "Company",
    PartyOurs => "Our company",
    PartyTheirs => "The customer",
    WhoLabel => "Who",
    WhatLabel => "How they contributed",
    AddContributor => "Add a person or unit",
    NothingYet => "Nothing recorded yet.",
    // Step 3.
    DialogueHeading => "Who talks to whom, on three levels",
    DialogueIntro => "Talks run on several levels at once. Good ties at one level can carry the process when another is stuck, so see where the gaps are.",
    LevelOperational => "Operational",
    LevelMiddle => "Middle management",
    LevelTop => "Top management",
    LevelLabel => "Level",
    CellLabel => "{0}, {1}",
    StakeholderName => "Name",
    StakeholderRole => "Role",
    StanceLabel => "Stance",
    StanceSupporter => "Supporter",
    StanceNeutral => "Neutral",
    StanceOpponent => "Opponent",
    StrengthLabel => "Relationship strength (1–5)",
    StrengthOf => "Relationship strength {0} of {1}",
    UnnamedPerson => "Unnamed person",
    NoContactYet => "No contact yet",
    LastContactShort => "Last contact {0}",
    MarkStale => "Contact overdue",
    MarkNoCounterpart => "No counterpart",
    MarkOpponent => "Opposes",
    MarkInvolved => "Part of the break-up",
    LastContactLabel => "Last contact",
    CounterpartLabel => "Counterpart",
    NoCounterpartOption => "None",
    InvolvedLabel => "Took part in the break-up",
    AddPerson => "Add person",
    GapNoContact => "No contact at this level",
    GapOnlyOpponents => "Only opponents here",
    GapNoCounterpart => "Nobody here has a counterpart on the other side",
    GapStaleContact => "Last contact is older than the meeting cadence",
    Covered => "Covered",
    PlanHeading => "Meeting plan",
    PlanCadence => "Days between meetings",
    PlanMeetings => "Number of meetings",
    PlanHours => "Hours per meeting",
    PlanCost => "Cost per meeting",
    PlanTotal => "The plan costs {0} in all; it is part of the cost of trying in step 2.",
    AttendeesHeading => "Who attends",
    FunctionLabel => "Function",
    AddAttendee => "Add an attendee",
    UnitDays => "days",
    UnitHours => "hours",
    // Step 4.
    CriteriaHeading => "The customer's decision criteria",
    CriteriaIntro => "Score us and the current supplier from 0 to 10 on what the customer decides by. The current supplier wins ties: a win-back must offer clearly more.",
    CriterionName => "Criterion",
    CriterionWeight => "Weight",
    CriterionOurs => "Our score",
    CriterionIncumbent => "Current supplier's score",
    CriterionIsPrice => "This is the price criterion",
    AddCriterion => "Add a criterion",
    OfferSettingsHeading => "What it takes to switch",
    SwitchingCost => "Switching cost (score points)",
    StatusQuoMargin => "Status-quo margin (score points)",
    PricePoints => "Price score gained per 1% price cut",
    PriceCap => "Highest price score a cut can reach",
    ComparisonHeading => "Our offer against the current supplier",
    ScoreOurs => "Our weighted score: {0}",
    ScoreIncumbent => "Current supplier's weighted score: {0}",
    ScoreGap => "Lead with the price cut planned in step 2: {0}; needed: more than {1}.",
    ScoreUndefined => "Add criteria with weights to compare the offers.",
    OfferClearsText => "Our offer beats the current supplier by enough to make the customer reconsider.",
    OfferShortText => "Our offer does not yet beat the current supplier by enough.",
    CheapestCut => "The smallest price cut that makes it enough: {0}.",
    CheapestCutNone => "No price cut up to 99.9% is enough: improve other criteria.",
    CheapestCutNoPrice => "Mark one criterion as the price criterion to find the price cut that is enough.",
    CarryCut => "Use {0} as the price cut in step 2",
    CutCarried => "The price cut in step 2 is now {0}.",
    AdaptationsHeading => "Adaptations the customer asks for",
    AdaptationKindLabel => "What changes",
    AdaptationDescription => "Description",
    AdaptationCost => "One-off cost",
    AddAdaptation => "Add an adaptation",
    AdaptationsTotal => "The adaptations cost {0} in all; they are part of the investment in step 2.",
    AdaptProduction => "Production",
    AdaptAdminRoutines => "Administrative routines",
    AdaptItSystems => "IT systems",
    AdaptCustomDesign => "Custom product design",
    AdaptOther => "Other",
    // Summary.
    VerdictHeading => "The decision",
    VerdictGo => "Go: pursue the win-back.",
    VerdictNeedsWork => "Needs work: the numbers pay, but close the gaps below first.",
    VerdictNoGo => "No go: the attempt is expected to lose money.",
    WhyHeading => "Why",
    FindingEvPositive => "Trying is worth {0} on average.",
    FindingEvNegative => "Trying is expected to lose {0}.",
    FindingPClears => "The {0} chance of success is above the break-even {1}.",
    FindingPBelow => "The {0} chance of success is below the break-even {1}.",
    FindingNeverPays => "Even a certain win does not pay: the customer's second lifetime value is {0}.",
    FindingPayback => "The up-front costs are earned back in year {0} of {1}.",
    FindingNoPayback => "The up-front costs are not earned back within {0}.",
    FindingCovered => "Every level on both sides is in the dialogue.",
    FindingGaps => "The dialogue has gaps ({0}) — see the action plan.",
    FindingOfferClears => "Our offer leads the current supplier by {0} points, more than the {1} needed.",
    FindingOfferShort => "Our offer leads the current supplier by {0} points; more than {1} is needed.",
    FindingOfferShortCut => "Our offer leads the current supplier by {0} points; more than {1} is needed — a price cut of {2} would do it.",
    FindingNoCriteria => "The customer's decision criteria are not recorded yet (step 4).",
    KeyFiguresHeading => "Key figures",
    PlanActionsHeading => "Action plan",
    ActionMeet => "Meet on {0}.",
    ActionCloseGap => "{0}, {1}: {2}.",
    ActionOfferCut => "Offer a price cut of {0}.",
    ActionDeliver => "Deliver: {0} — {1} ({2}).",
    StoryHeading => "Both sides of the story",
    CopyAsText => "Copy as text",
    Copied => "The summary has been copied.",
    CopyFailed => "The browser did not allow copying; select the text below instead.",
    Print => "Print",
    LargeType => "Large type",
    ChartsSection => "Charts",
    ChartsIntro => "Each chart has a one-line reading under it and its numbers in a table. Focus a chart and use the arrow keys (or point at it) to read exact values.",
    ChartShowTable => "Show the numbers",
    ChartHideTable => "Hide the numbers",
    ChartKeysHint => "Arrow keys move from point to point; Home and End jump to the ends.",
    ChartFailed => "This chart could not be drawn ({0}). Its numbers are in the table below.",
    ChartCashFlowTitle => "Cumulative discounted cash flow",
    AxisYear => "Year",
    AxisCumulative => "Cumulative discounted cash flow ({0})",
    SeriesWinBack => "Win back",
    SeriesWalkAway => "Walk away (nothing spent, nothing earned)",
    LabelUpfront => "Up-front {0}",
    LabelPayback => "Pays back in year {0}",
    ReadCashFlowPayback => "Winning back recovers the up-front {0} in year {1} and reaches {2} after {3}; walking away stays at zero.",
    ReadCashFlowNever => "Winning back does not recover the up-front {0} within {1} (it ends at {2}); walking away stays at zero.",
    PointCashFlow => "Year {0}: cumulative {1}",
    ChartProbabilityTitle => "Expected value by win probability",
    AxisProbability => "Win probability (%)",
    AxisEv => "Expected value ({0})",
    SeriesEv => "Expected value",
    MarkerPStar => "p* {0}",
    MarkerYourP => "Your p {0}",
    ReadProbability => "At your {0} chance of winning, the expected value is {1}; trying pays above a {2} chance (p*).",
    ReadProbabilityNoStar => "At your {0} chance of winning, the expected value is {1}; no chance of winning makes trying pay (p* undefined).",
    PointProbability => "Win probability {0}: expected value {1}",
    ChartConcessionTitle => "Expected value by price concession",
    AxisConcession => "Price concession (%)",
    MarkerYourCut => "Your cut {0}",
    MarkerMaxCut => "Max cut {0}",
    NoteBreakeven => "Break-even volume: {0}",
    NoteBreakevenNone => "Break-even volume: none",
    ReadConcession => "With your {0} price cut the expected value is {1}; cuts up to {2} still pay.",
    ReadConcessionNoMax => "With your {0} price cut the expected value is {1}; no price cut makes trying pay.",
    PointConcession => "Price concession {0}: expected value {1}",
    LabelNow => "Now: {0}",
    ReadTornado => "{0} moves the expected value most: from {1} to {2} when it changes by {3}.",
    ReadTornadoNone => "No input changes the expected value.",
    PointTornado => "{0}: {1} lowered, {2} raised",
    ChartCriteriaTitle => "Our scores against the current supplier's",
    AxisScore => "Score (0–10)",
    SeriesUs => "Us",
    SeriesIncumbent => "Current supplier",
    CriterionWithWeight => "{0} ({1})",
    WeightedTotal => "Weighted total",
    ReadCriteria => "Weighted, we score {0} against the current supplier's {1} (gap {2}); switching needs more than {3}.",
    ReadCriteriaNone => "Add criteria with weights and both scores to compare the offers.",
    PointCriteria => "{0}: us {1}, current supplier {2}",
    ColCriterion => "Criterion",
    ColWeight => "Weight",
    ColOurs => "Our score",
    ColTheirs => "Their score",
    ColProbability => "Win probability",
    ColConcession => "Price concession",
    WhatIfHeading => "What if?",
    WhatIfNote => "Drag a slider to explore; the value is kept when you let go.",
    WhatIfReset => "Reset to saved plan",
    WhatIfChanged => "Changed since you opened this step: {0}.",
    WhatIfSame => "Same as the saved plan.",
    WhatIfChange => "{0} {1} → {2}",
    ListSeparator => "; ",
    FiguresHeading => "Figures",
    // Language.
    LanguageLabel => "Language",
    DigitsLabel => "Digits",
    DigitsArab => "Arabic-Indic (١٢٣)",
    DigitsLatn => "Latin (123)",
    // Counted phrases (CLDR plural forms).
    CountYears => "one:{0} year|other:{0} years",
    CountAccounts => "one:{0} account|other:{0} accounts",
    CountMeetings => "one:{0} meeting|other:{0} meetings",
    CountGaps => "one:{0} gap|other:{0} gaps",
    ChartRhythmTitle => "Contact rhythm",
    AxisMonth => "Month",
    AxisContacts => "Contacts per month",
    MarkerNow => "Now: {0}",
    PointRhythm => "{0}: {1} operational, {2} middle management, {3} top management ({4})",
    ReadRhythm => "The busiest month, {0}, had {1}; the last, {2}, had {3}.",
    ReadRhythmNone => "No contact is logged yet.",
    ColMonth => "Month",
    ColPhase => "Phase",
    SortDrift => "Drift signals (who is drifting?)",
    ExportCsv => "Export the list as CSV (spreadsheet)",
    // Keep close: the value at stake.
    KcRevenue => "Yearly revenue from the customer now",
    KcMargin => "Contribution margin",
    KcRetention => "Chance per year that it stays, as things are",
    KcDiscount => "Discount rate per year",
    KcHorizon => "Years counted",
    KcNewSuccess => "Share of efforts towards new customers that succeed",
    KcPursuitCost => "Cost of one sales effort towards a new customer of this size",
    KcTripCost => "Cost of the visit being weighed",
    KcOnSiteCadence => "Days between on-site visits",
    KcTopLevelCadence => "Days between top-level contacts",
    StatusActive => "Active",
    StepBond => "The bond",
    StepContacts => "Contacts",
    StepVisit => "Visit or not?",
    BondHeading => "What a close customer gives",
    BondIntro => "Answer each from what you have seen, with the evidence and when you saw it. Nothing is weighted: the gaps are listed in words.",
    BondShorterCycle => "Shorter sales cycle",
    BondShorterCycleQ => "Would they skip a tender for us, or write it around our offer?",
    BondDeviations => "Deviations seen as needs",
    BondDeviationsQ => "Are their special requests logged as needs we can serve?",
    BondPains => "Their pains known",
    BondPainsQ => "Which of their daily problems do we know first-hand? Each can become a product idea.",
    BondSickness => "In sickness and in health",
    BondSicknessQ => "Would they help us in a crisis: pay early, wait, vouch for us?",
    BondBridge => "Bridge to competitors",
    BondBridgeQ => "Do they connect us with others in their market?",
    BondComplaints => "Complaints handled at the root",
    BondComplaintsQ => "Are complaints closed with the cause fixed, not just the case?",
    BondPolitics => "Internal politics mapped",
    BondPoliticsQ => "Do we know who matters now, at all three levels?",
    BondOpponents => "Opponents kept close",
    BondOpponentsQ => "Do we know who would rather see us gone, and when did we last speak with each?",
    AnswerLabel => "Answer",
    AnswerYes => "Yes",
    AnswerPartly => "Partly",
    AnswerNo => "No",
    AnswerNotKnown => "Not known",
    EvidenceLabel => "Evidence",
    SeenOnLabel => "Seen on",
    BondCounts => "{0} yes · {1} partly · {2} no · {3} not known",
    BondGapsHeading => "Gaps in the bond",
    BondNoGaps => "No gaps: every item is a yes.",
    BondGap => "{0}: {1}",
    ContactsHeading => "Contact log",
    ContactsIntro => "Every visit, meeting, call and message: the level, who was met and where the project stood.",
    ContactKindLabel => "How",
    KindOnSite => "Visit on site",
    KindMeetingElsewhere => "Meeting elsewhere",
    KindCall => "Call",
    KindMessage => "Message",
    PhaseLabel => "Project phase",
    PhaseStart => "Start",
    PhaseRunning => "Running",
    PhaseClosing => "Closing",
    PhaseAfter => "After",
    PersonMetLabel => "Person met",
    NobodyNamed => "Nobody named",
    PurposeLabel => "Purpose",
    AddContact => "Log a contact",
    RhythmHeading => "Rhythm and presence",
    SystemLiveLabel => "A system we delivered is live there",
    SomeoneOnSiteLabel => "Someone of ours is on site",
    ComplaintsHeading => "Complaints",
    ComplaintText => "Complaint",
    ComplaintOpened => "Opened on",
    ComplaintClosed => "Closed on",
    ComplaintRootFixed => "The cause was fixed, not just the case",
    AddComplaint => "Add a complaint",
    SignalsHeading => "Drift signals",
    SignalsNone => "No drift signal: the contacts keep pace.",
    SignalOnSiteOverdue => "The last on-site visit was {0} ago ({1}); the rhythm is one every {2}.",
    SignalOnSiteNever => "No on-site visit is logged; the rhythm is one every {0}.",
    SignalTopOverdue => "The last top-level contact was {0} ago ({1}); the rhythm is one every {2}.",
    SignalTopNever => "No top-level contact is logged; the rhythm is one every {0}.",
    SignalNeglect => "The project is closing and the last 90 days had {0}, under half of the {1} a month while it ran: the visits crowded into the start and thin out at the end.",
    SignalOpponent => "{0} opposes us and has had no contact in 90 days (last: {1}).",
    SignalOpponentNever => "{0} opposes us and has had no contact yet.",
    SignalComplaint => "A complaint has been open for {0} (since {1}).",
    SignalNoOneOnSite => "A system we delivered is live there and no one of ours is on site.",
    VisitIntro => "Two questions before skipping a trip to the customer: is the visit necessary now, and will not going harm the bond?",
    StakeHeading => "The price of drifting away",
    OutKcClv => "What the customer is worth as things are",
    OutKcReplaceCost => "Cost of finding a customer to replace it",
    OutKcAtStake => "At stake",
    OutKcVisitBreakeven => "Break-even of the visit",
    ExplainKcClv => "Over {0}, in today's money, with the chance that it stays each year.",
    ExplainKcReplace => "One sales effort costs {0} and {1} of them succeed.",
    ExplainKcAtStake => "What losing the customer would cost: its worth plus replacing it.",
    ExplainKcBreakeven => "Skipping saves {0}; the visit pays if it lowers the chance of losing them by {1} or more; at stake: {2}.",
    ExplainKcBreakevenNone => "Nothing is at stake yet: enter the customer's revenue.",
    PercentPoints => "{0} points",
    QuestionNecessary => "1. Is the visit necessary now, given the project's state?",
    PhaseNow => "Project phase now: {0}.",
    PhaseUnknown => "No contact is logged yet, so the project's phase is not known.",
    NecessaryLabel => "Your answer",
    NecessaryUnsure => "Not decided",
    NecessaryYes => "Yes, necessary now",
    NecessaryNo => "Not necessary now",
    QuestionHarm => "2. Will not going harm the bond?",
    ChoiceHeading => "Your choice",
    ChoiceGo => "Go",
    ChoiceLater => "Go later",
    ChoiceLaterDate => "Go on",
    ChoiceSkip => "Skip",
    ChoiceKept => "Your choice is kept in the log with what was shown.",
    DecisionsHeading => "Visit decisions",
    DecisionGoText => "{0}: go.",
    DecisionLaterText => "{0}: go later, on {1}.",
    DecisionSkipText => "{0}: skip.",
    DecisionShown => "Shown then: {0}, at stake {1}.",
    CountDays => "one:{0} day|other:{0} days",
    CountContacts => "one:{0} contact|other:{0} contacts",
    CountSignals => "one:{0} drift signal|other:{0} drift signals",
    ClassToolsHeading => "Teaching with this case",
    HandOut => "Hand out to a class",
    HandoutIntro => "Students receive the case facts and the steps ticked below; they fill in the others themselves. Nothing is sent anywhere: pass on the file or the link.",
    HandoutPrefill => "Filled in for the students",
    HandoutFile => "Save the hand-out file",
    HandoutLink => "Link to the case",
    HandoutLinkMaking => "Making the link…",
    HandoutLinkSize => "{0} characters",
    HandoutLinkFailed => "This browser cannot compress the link; hand out the file instead.",
    HandoutQrTooLong => "The link is too long for a QR code: tick fewer steps, or hand out the file.",
    HandoutQrDense => "A link this long makes a dense QR code, hard to scan from the back of a room: tick fewer steps to shorten it.",
    HandoutCopy => "Copy the link",
    HandoutCopied => "The link is copied.",
    HandInHeading => "Hand in your answer",
    HandInIntro => "The answer file and the return link hold this account and your team's name, nothing else from this device.",
    TeamName => "Team name",
    HandIn => "Save the answer file",
    HandInLink => "Copy a return link",
    HandInLinkLabel => "Return link for your trainer",
    HandInLinkCopied => "The return link is copied: send it to your trainer by chat or e-mail.",
    HandInSaved => "The answer is saved as {0}. Hand the file to your trainer.",
    OpenClassBoard => "Collect the class's answers",
    ClassDamaged => "the file is damaged or is not a planner file",
    ClassNotAnswer => "it is not a team's answer",
    ClassNotHandout => "it is not a hand-out",
    ClassNewer => "it was written by a newer version of the planner (format {0})",
    ClassInvalid => "a value in it is out of range: {0}",
    ClassOtherScenario => "it answers another case",
    ClassSameTeam => "team {0} has already handed in",
    ClassReplace => "Use this answer in place of the one {0} handed in first",
    ClassReplaced => "The answer {0} handed in first is replaced by the later one.",
    ClassNoTeam => "Give your team a name first.",
    LinkBroken => "This hand-out link is damaged or incomplete ({0}). Ask for the link again.",
    AnswerLinkBroken => "This return link is damaged or incomplete ({0}). Ask the team for it again.",
    AnswerTaken => "Team {0}'s answer is added to the class board.",
    AnswerNoCase => "This return link holds team {0}'s answer to a case that is not on this device. Open it on the trainer's device, or paste it on the case's class board.",
    AnswerOwnLink => "This is team {0}'s return link: send it to your trainer, who opens it or pastes it on the class board.",
    HandoutAdded => "The case {0} is added to your accounts.",
    HandoutAlready => "You already have the case {0}: here is your copy.",
    ClassTitle => "Class board: {0}",
    ClassIntro => "Add the teams' answer files (several at once) or paste their return links. Each is checked on its own; nothing already collected is lost.",
    ClassFiles => "Add answer files",
    ClassLinks => "Or paste return links (any number, from chat or e-mail)",
    ClassLinksAdd => "Add the links",
    ClassLinksNone => "No return link was found in the pasted text.",
    LinkNumber => "return link {0}",
    ClassReading => "Reading the files…",
    ClassAdded => "Added: {0}.",
    ClassRefused => "{0} was not taken: {1}.",
    Anonymise => "Show teams as letters (for projecting)",
    ClassCsv => "Export the class as CSV",
    ClassEmpty => "No answers yet.",
    ColTeam => "Team",
    ColPStar => "Break-even chance",
    ColPriceCut => "Price cut",
    ColPayback => "Payback year",
    ColGaps => "Dialogue gaps",
    ColCause => "Main cause named",
    TeamLetter => "Team {0}",
    ClassNotFound => "There is no class {0} on this device.",
    ClassMedian => "Class median of the expected value: {0}",
    ClassBack => "Back to the case",
    RemoveAnswer => "Remove {0}'s answer",
    HandoutOpening => "Opening the case from the link…",
    AnswerOpening => "Opening the answer from the link…",
    Present => "Present to the class",
    PresentTitle => "Presenting: {0}",
    SlideKicker => "A case for discussion",
    SlideTitleText => "Four steps: why the customer left, whether winning it back pays, the dialogue on three levels, and what must be offered to beat the current supplier.",
    SlideFactsTitle => "What happened",
    SlideFactsNone => "The case has no timeline yet: add its events in step 1.",
    SlideHandoutTitle => "Open the case on your device",
    SlideQuestion => "{0} · question {1} of {2}",
    QReasons1 => "What chain of events led {0} to leave? Put it in order, with dates.",
    QReasons2 => "Who contributed to the break-up on each side, and what did the supplier itself do?",
    QReasons3 => "Which cause weighed most, and how did one cause lead to the next?",
    QCostBenefit1 => "Is {0} worth winning back? What chance of success would make the attempt pay?",
    QCostBenefit2 => "Which input moves the answer most, and how sure are you of it?",
    QDialogue1 => "Where would you start the talks, and with whom on each side?",
    QDialogue2 => "What do you do when the two top managements do not agree?",
    QRequirements1 => "What does {0} value most, and how does your offer compare with the current supplier's?",
    QRequirements2 => "What would you have to change at your own company to make the offer work?",
    ShowsReasons => "Causes cascade: a price rise turned into disputes between executives, and the disputes into lost trust.",
    ShowsCostBenefit => "The decision is made on the history (revenue, margins, investments, idle capacity) before anyone calls the customer.",
    ShowsDialogue => "People do business with people: good ties at one level can carry the process while another level is stuck.",
    ShowsRequirements => "The current supplier has the status quo on its side: the offer must be clearly better, not merely as good.",
    HappenedReasons => "In 2009 Brex Tech restructured, let senior staff go and raised prices by about 30%. RILF objected, the prices stayed, the executives fell out and RILF left at the end of the year. RILF had been more than 15% of Brex Tech's turnover; equipment dedicated to it stood idle.",
    HappenedCostBenefit => "Brex Tech gathered the history and studied what a return would take. Higher productivity since the split let it cut prices without hurting quality or delivery. It reached out again in 2012, about three years after the break-up.",
    HappenedDialogue => "Talks began at the operational level, then moved to middle and finally top management; at one stage the sides met weekly with managers, engineers and technicians. The top managers never fully agreed, but the production staff on both sides got on well and carried the process.",
    HappenedRequirements => "RILF weighed three criteria: delivery reliability, quality and price. Brex Tech offered tailored price cuts, better technical help than the current supplier and flexible volumes, and adapted its production, routines, IT and designs. RILF came back, bought more than before and brought two new customers by referral. (The source dates the return 2014; an English reprint says 2012.)",
    HappenedNone => "This case has no recorded outcome: the class's answers are the debrief.",
    SlideClassTitle => "The class's answers",
    SlideClassNone => "No answers collected yet: open the class board to add the teams' files.",
    SlideClassVerdicts => "{0}: {1}",
    SlideRevealTitle => "What really happened: {0}",
    Reveal => "Reveal",
    RevealHint => "Hidden until you reveal it.",
    PresentNext => "Next slide",
    PresentPrev => "Previous slide",
    PresentLeave => "Leave the presentation",
    PresentCounter => "Slide {0} of {1}",
    PresentKeys => "Arrow keys or Page Up / Page Down move (a slide longer than the screen scrolls first); Esc leaves.",
    TimerLabel => "Group work",
    TimerStart => "Start",
    TimerPause => "Pause",
    TimerAddMinute => "+1 min",
    TimerUp => "Time is up",
    PresenterOpen => "Open the presenter's view",
    PresenterTitle => "Presenter's view",
    PresenterNotes => "Notes",
    PresenterNext => "Next: {0}",
    PresenterEnd => "This is the last slide.",
    HandoutPrint => "Print the hand-out (A4)",
    HandoutSheetIntro => "Scan the code or open the link: the case opens in the Win-Back Planner on your own device, and nothing is sent anywhere.",
    HandoutQrLabel => "QR code of the link to the case",
    SourceSummary => "Where this comes from",
    SourceCostBenefit => "The four-step pattern and the Brex Tech case: Cespedes and Poblete, Harvard Business Review, 2019, from a study of 26 broken B2B relationships. Second lifetime value: Stauss and Friege, 1999. The expected value, the break-even chance p* and the break-even volume of a price cut are plain arithmetic on your own inputs, not research findings. The defaults (and the sample's numbers) are illustrative starting points: replace them with the figures of your own past relationship.",
    SourceDialogue => "Talks on three levels of both companies, with people who were part of the break-up and people who were not: Cespedes and Poblete, 2019, and Poblete's research on revived business relationships. The meeting cadence and the “overdue” limits are settings you choose, not research results.",
    SourceRequirements => "That a current supplier enjoys status-quo bias, so a win-back offer must beat it rather than match it: Cespedes and Poblete, 2019. The weighted score over the customer's own criteria is plain arithmetic; the switching cost and the status-quo margin are your own estimates.",
    SourceKeepClose => "At least 70% of sales efforts towards new customers fail, while sales to a close customer almost always succeed: Uri Richter's article on the price of drifting away (published marketing benchmarks give 60–70% against 5–20%); the default 30% success follows it. The value at stake and the visit's break-even are plain arithmetic on your own inputs; the bond checklist is a qualitative aid with no invented weights.",
    OriginOwn => "your own figure",
    OriginIllustrative => "illustrative default: use your own",
    OriginSetting => "a setting you choose",
    OriginArithmetic => "arithmetic on your inputs",
    OriginConcept => "arithmetic on your inputs, after {0}",
    OriginResearched => "default from research: {0}",
    CiteCespedesPoblete => "Cespedes and Poblete, 2019",
    CiteStaussFriege => "Stauss and Friege, 1999",
    CiteRichter => "Richter: at least 70% of efforts towards new customers fail",
    ChartClassSpread => "Expected value by team",
    ChartClassChoices => "Price cut against chance of success",
    LabelMedian => "Class median",
    LabelTrainer => "Your own figure",
    LegendTeams => "Teams",
    AxisPriceCut => "Price cut (%)",
    AxisChance => "Chance of success (%)",
    ReadClassSpread => "Expected values run from {0} to {1}; the class median is {2}.",
    ReadClassChoices => "Price cuts run from {0} to {1}, chances of success from {2} to {3}.",
    PointClassChoices => "{0}: price cut {1}, chance of success {2}",
    ChartClassVerdicts => "The class's verdicts",
    AxisTeams => "Teams",
    ImportIsAnswer => "This file is a team's answer: add it on the class board of its case (“Collect the class's answers”).",
    TeachingNotesLabel => "Your notes for teaching this case (never in a hand-out)",
    TeachingRevealLater => "Reveal later: keep them hidden on the last slide until I reveal them",
    SlideNotesTitle => "Notes on the case",
    SlideNotesNone => "No notes of your own yet: write them under “Teaching with this case” on the account.",
    CountAnswers => "one:{0} answer|other:{0} answers",
}

impl Key {
    /// The keys whose text is a list of plural forms.
    pub const COUNTED: [Key; 8] = [
        Key::CountYears,
        Key::CountAccounts,
        Key::CountMeetings,
        Key::CountGaps,
        Key::CountDays,
        Key::CountContacts,
        Key::CountSignals,
        Key::CountAnswers,
    ];
}

/// The text for `key` in `lang`.
/// (English until its language's pack is here: `packs`.)
pub fn text(lang: Lang, key: Key) -> &'static str {
    match super::packs::table(lang) {
        Some(table) => table.get(key),
        None => english(key),
    }
}

/// First strong isolate … pop directional isolate: an inserted value (a Latin name, a
/// number) keeps its own direction inside a right-to-left sentence and does not reorder it.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The text for `key` with `{0}`, `{1}` … replaced by `args`, in order; in right-to-left
/// languages each value is isolated.
pub fn format(lang: Lang, key: Key, args: &[&str]) -> String {
    let mut out = text(lang, key).to_owned();
    for (i, arg) in args.iter().enumerate() {
        let value = if lang.is_rtl() {
            format!("{FSI}{arg}{PDI}")
        } else {
            (*arg).to_owned()
        };
        out = out.replace(&format!("{{{i}}}"), &value);
    }
    out
}

/// The plural form of counted phrase `key` for `count`, written with `numbers`' digits.
pub fn count(numbers: Numbers, key: Key, count: u64) -> String {
    let forms = text(numbers.lang(), key);
    let wanted = plural_name(numbers.lang().plural(count));
    let form = forms
        .split('|')
        .filter_map(|form| form.split_once(':'))
        .find(|(name, _)| *name == wanted)
        .or_else(|| {
            forms
                .split('|')
                .filter_map(|f| f.split_once(':'))
                .find(|(n, _)| *n == "other")
        })
        .map_or(forms, |(_, form)| form);
    form.replace("{0}", &numbers.whole(count as i64))
}

fn plural_name(plural: Plural) -> &'static str {
    match plural {
        Plural::Zero => "zero",
        Plural::One => "one",
        Plural::Two => "two",
        Plural::Few => "few",
        Plural::Many => "many",
        Plural::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::locale::Digits;

    /// The placeholders `{0}`, `{1}` … a text uses, in order of number.
    fn placeholders(text: &str) -> Vec<u32> {
        let mut found: Vec<u32> = (0..10)
            .filter(|i| text.contains(&format!("{{{i}}}")))
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_key_has_text_in_every_language_with_the_same_placeholders() {
        for lang in Lang::ALL {
            for key in Key::ALL {
                let t = text(lang, *key);
                assert!(!t.trim().is_empty(), "{key:?} is empty in {lang:?}");
                assert_eq!(
                    placeholders(t),
                    placeholders(english(*key)),
                    "{key:?} in {lang:?} has other placeholders than English: {t}"
                );
            }
        }
    }

    #[test]
    fn translations_are_not_english() {
        // Words that are the same in every language (codes, p*) are allowed; sentences are not.
        for lang in [Lang::Ar, Lang::He] {
            let same: Vec<_> = Key::ALL
                .iter()
                .filter(|k| {
                    text(lang, **k) == english(**k) && english(**k).chars().any(char::is_alphabetic)
                })
                .collect();
            assert!(same.len() <= 3, "{lang:?} repeats English: {same:?}");
        }
    }

    #[test]
    fn counted_phrases_have_a_form_for_every_category_of_their_language() {
        let categories = |lang: Lang| -> &'static [&'static str] {
            match lang {
                Lang::En => &["one", "other"],
                Lang::He => &["one", "two", "other"],
                Lang::Ar => &["zero", "one", "two", "few", "many", "other"],
            }
        };
        for lang in Lang::ALL {
            for key in Key::COUNTED {
                let forms: Vec<&str> = text(lang, key)
                    .split('|')
                    .map(|f| f.split_once(':').map_or("", |(name, _)| name))
                    .collect();
                assert_eq!(forms, categories(lang), "{key:?} in {lang:?}");
            }
            for key in Key::ALL.iter().filter(|k| !Key::COUNTED.contains(k)) {
                assert!(
                    !text(lang, *key).contains('|'),
                    "{key:?} in {lang:?} has a '|'"
                );
            }
        }
    }

    #[test]
    fn counts_take_the_form_of_their_category() {
        let en = Numbers::ENGLISH;
        assert_eq!(count(en, Key::CountYears, 1), "1 year");
        assert_eq!(count(en, Key::CountYears, 5), "5 years");
        let ar = Numbers::new(Lang::Ar, None);
        let years: Vec<String> = [1, 2, 5, 11, 100]
            .map(|n| count(ar, Key::CountYears, n))
            .into();
        assert_eq!(
            years,
            ["سنة واحدة", "سنتين", "٥ سنوات", "١١ سنة", "١٠٠ سنة"]
        );
        let ar_latn = Numbers::new(Lang::Ar, Some(Digits::Latn));
        assert_eq!(count(ar_latn, Key::CountYears, 5), "5 سنوات");
        let he = Numbers::new(Lang::He, None);
        let years: Vec<String> = [1, 2, 5].map(|n| count(he, Key::CountYears, n)).into();
        assert_eq!(years, ["שנה אחת", "שנתיים", "5 שנים"]);
    }

    #[test]
    fn format_fills_placeholders_and_isolates_them_right_to_left() {
        assert_eq!(
            format(Lang::En, Key::StepUnknown, &["costs"]),
            "There is no step “costs”. Pick one of the steps above."
        );
        let he = format(Lang::He, Key::AccountDeleted, &["Brex Tech"]);
        assert!(he.contains("\u{2068}Brex Tech\u{2069}"), "{he}");
    }
}
