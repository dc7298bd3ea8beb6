//! The built-in worked case: Brex Tech's win-back of RILF (disguised companies, from
//! Cespedes & Poblete, HBR 2019). The story follows the case; every number is illustrative
//! (`illustrative: true`), chosen to be consistent with it — RILF was over 15 % of Brex
//! Tech's turnover, prices had risen about 30 %, and RILF's referrals brought two customers.

use super::account::*;
use super::date::Date;
use super::economics::CostBenefit;
use super::locale::Lang;

/// The sample's fixed id, so "restore the sample" can find and replace it.
pub const SAMPLE_ID: &str = "sample-brex-rilf";

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d)
}

fn event(y: i32, m: u8, side: Side, text: &str) -> Option<TimelineEvent> {
    Some(TimelineEvent {
        id: 0,
        date: Date::new(y, m, 1)?,
        side,
        text: text.to_owned(),
    })
}

fn person(
    id: u32,
    party: Party,
    level: Level,
    (name, role): (&str, &str),
    stance: Stance,
    strength: u8,
    counterpart: Option<u32>,
) -> Stakeholder {
    Stakeholder {
        id,
        party,
        level,
        name: name.to_owned(),
        role: role.to_owned(),
        stance,
        strength,
        last_contact: date(2012, 2, 27),
        counterpart,
        involved_in_breakup: level == Level::Top,
    }
}

fn criterion(name: &str, weight: f64, ours: f64, incumbent: f64, is_price: bool) -> Criterion {
    Criterion {
        id: 0,
        name: name.to_owned(),
        weight,
        ours,
        incumbent,
        is_price,
    }
}

fn adaptation(kind: AdaptationKind, description: &str, cost: f64) -> Adaptation {
    Adaptation {
        id: 0,
        kind,
        description: description.to_owned(),
        cost,
    }
}

/// The case's words in one language; the numbers and structure are shared.
struct Words {
    name: &'static str,
    industry: &'static str,
    reasons: [&'static str; 3],
    events: [&'static str; 9],
    contributors: [(&'static str, &'static str); 3],
    people: [(&'static str, &'static str); 6],
    functions: [&'static str; 4],
    criteria: [&'static str; 3],
    adaptations: [&'static str; 4],
}

const ENGLISH: Words = Words {
    name: "RILF (sample: Brex Tech case)",
    industry: "Optical devices (electronic components)",
    reasons: [
        "Brex Tech raised prices by about 30% after restructuring; they stayed up after RILF objected.",
        "The price issue turned into disputes and lost trust between the executives.",
        "RILF lost interest in the relationship and moved to another supplier.",
    ],
    events: [
        "Brex Tech restructures and lets senior staff go.",
        "Brex Tech raises prices by about 30%.",
        "RILF voices concerns about the prices; the prices stay up.",
        "Disputes between the executives; trust erodes.",
        "RILF leaves for another supplier. Equipment and departments dedicated to RILF stand idle.",
        "Brex Tech raises plant productivity, so prices can fall without hurting quality or delivery.",
        "Re-contact begins at the operational level.",
        "Talks move to middle and then top management; weekly meetings at one stage.",
        "RILF is won back (an English reprint of the case gives 2012).",
    ],
    contributors: [
        ("Brex Tech executives", "Kept the 30% price rise in place after RILF objected."),
        ("Restructuring", "Senior staff who knew RILF left the company."),
        ("RILF executives", "Escalated the price issue into disputes."),
    ],
    people: [
        ("Production lead", "Plant production"),
        ("Key account manager", "Sales"),
        ("Managing director", "Executive"),
        ("Production engineer", "Knows RILF's products"),
        ("Purchasing manager", "Purchasing"),
        ("Chief executive", "Executive"),
    ],
    functions: ["Management", "Engineering", "Management", "Technicians"],
    criteria: ["Delivery reliability", "Quality", "Price"],
    adaptations: [
        "Adapt production lines to RILF's volumes",
        "Ordering and invoicing routines",
        "Link order systems",
        "Special product designs",
    ],
};

const ARABIC: Words = Words {
    name: "آر آي إل إف (مثال: حالة بريكس تك)",
    industry: "الأجهزة البصرية (مكونات إلكترونية)",
    reasons: [
        "رفعت بريكس تك أسعارها بنحو ٣٠٪ بعد إعادة الهيكلة، وأبقتها مرتفعة بعد اعتراض آر آي إل إف.",
        "تحوّلت مسألة الأسعار إلى خلافات وفقدان للثقة بين المديرين التنفيذيين.",
        "فقدت آر آي إل إف اهتمامها بالعلاقة وانتقلت إلى مورّد آخر.",
    ],
    events: [
        "تعيد بريكس تك هيكلتها وتستغني عن كبار موظفيها.",
        "ترفع بريكس تك أسعارها بنحو ٣٠٪.",
        "تبدي آر آي إل إف قلقها من الأسعار؛ وتبقى الأسعار مرتفعة.",
        "خلافات بين المديرين التنفيذيين؛ وتتآكل الثقة.",
        "تغادر آر آي إل إف إلى مورّد آخر، وتبقى المعدات والأقسام المخصصة لها معطّلة.",
        "ترفع بريكس تك إنتاجية مصنعها، فيمكن خفض الأسعار دون المساس بالجودة أو التسليم.",
        "تبدأ إعادة التواصل على المستوى التشغيلي.",
        "تنتقل المحادثات إلى الإدارة الوسطى ثم العليا؛ مع اجتماعات أسبوعية في إحدى المراحل.",
        "تُستعاد آر آي إل إف (تذكر طبعة إنجليزية للحالة عام ٢٠١٢).",
    ],
    contributors: [
        (
            "المديرون التنفيذيون في بريكس تك",
            "أبقوا زيادة الأسعار بنسبة ٣٠٪ بعد اعتراض آر آي إل إف.",
        ),
        (
            "إعادة الهيكلة",
            "غادر الشركةَ كبارُ الموظفين الذين يعرفون آر آي إل إف.",
        ),
        (
            "المديرون التنفيذيون في آر آي إل إف",
            "صعّدوا مسألة الأسعار إلى خلافات.",
        ),
    ],
    people: [
        ("مسؤول الإنتاج", "الإنتاج في المصنع"),
        ("مدير الحسابات الرئيسية", "المبيعات"),
        ("المدير العام", "الإدارة التنفيذية"),
        ("مهندس الإنتاج", "يعرف منتجات آر آي إل إف"),
        ("مدير المشتريات", "المشتريات"),
        ("الرئيس التنفيذي", "الإدارة التنفيذية"),
    ],
    functions: ["الإدارة", "الهندسة", "الإدارة", "الفنيون"],
    criteria: ["موثوقية التسليم", "الجودة", "السعر"],
    adaptations: [
        "تكييف خطوط الإنتاج مع كميات آر آي إل إف",
        "إجراءات الطلب والفوترة",
        "ربط أنظمة الطلبات",
        "تصميمات خاصة للمنتجات",
    ],
};

const HEBREW: Words = Words {
    // Sentences open with a Hebrew word: a field with dir="auto" takes its direction from
    // the first letter, and a leading "RILF" would lay the Hebrew out left to right.
    name: "דוגמה: חברת RILF (מקרה ברקס טק)",
    industry: "מכשור אופטי (רכיבים אלקטרוניים)",
    reasons: [
        "ברקס טק העלתה מחירים בכ-30% אחרי ארגון מחדש; המחירים נשארו גבוהים גם אחרי ש-RILF התנגדה.",
        "סוגיית המחירים הפכה לסכסוכים ולאובדן אמון בין המנהלים הבכירים.",
        "חברת RILF איבדה עניין בקשר ועברה לספק אחר.",
    ],
    events: [
        "ברקס טק עוברת ארגון מחדש ונפרדת מעובדים בכירים.",
        "ברקס טק מעלה מחירים בכ-30%.",
        "חברת RILF מביעה דאגה מהמחירים; המחירים נשארים גבוהים.",
        "סכסוכים בין המנהלים הבכירים; האמון נשחק.",
        "חברת RILF עוברת לספק אחר. ציוד ומחלקות שהוקדשו ל-RILF עומדים בטלים.",
        "ברקס טק מעלה את פריון המפעל, כך שאפשר להוריד מחירים בלי לפגוע באיכות או באספקה.",
        "חידוש הקשר מתחיל בדרג התפעולי.",
        "השיחות עוברות להנהלת הביניים ואז להנהלה הבכירה; בשלב מסוים נערכות פגישות שבועיות.",
        "חברת RILF חוזרת להיות לקוחה (הדפסה אנגלית של המקרה מציינת 2012).",
    ],
    contributors: [
        (
            "ההנהלה הבכירה של ברקס טק",
            "השאירה את העלאת המחירים ב-30% בתוקף אחרי ש-RILF התנגדה.",
        ),
        ("הארגון מחדש", "עובדים בכירים שהכירו את RILF עזבו את החברה."),
        (
            "ההנהלה הבכירה של RILF",
            "הסלימה את סוגיית המחירים לסכסוכים.",
        ),
    ],
    people: [
        ("מנהל הייצור", "ייצור במפעל"),
        ("מנהל לקוחות מפתח", "מכירות"),
        ("המנכ\"ל", "הנהלה"),
        ("מהנדס ייצור", "מכיר את המוצרים של RILF"),
        ("מנהל הרכש", "רכש"),
        ("המנכ\"ל של RILF", "הנהלה"),
    ],
    functions: ["הנהלה", "הנדסה", "הנהלה", "טכנאים"],
    criteria: ["אמינות אספקה", "איכות", "מחיר"],
    adaptations: [
        "התאמת קווי הייצור להיקפים של RILF",
        "שגרות הזמנה וחיוב",
        "חיבור מערכות ההזמנות",
        "תכנון מוצרים מיוחד",
    ],
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Ar => &ARABIC,
        Lang::He => &HEBREW,
    }
}

/// The Brex Tech / RILF case in all four steps.
pub fn brex_rilf(lang: Lang) -> Account {
    let w = words(lang);
    let mut account = Account::new(SAMPLE_ID, w.name, Status::WonBack);
    account.industry = w.industry.to_owned();
    account.lost_on = date(2009, 12, 1);
    account.recontacted_on = date(2012, 3, 1);
    // The story is judged as it stood when re-contact began, not against today.
    account.as_of = account.recontacted_on;
    account.illustrative = true;
    let reason = |kind, weight, side, note: &str| Reason {
        id: 0,
        kind,
        weight,
        side,
        note: note.to_owned(),
    };
    let [r0, r1, r2] = w.reasons;
    let e = w.events;
    account.reasons = Reasons {
        reasons: vec![
            reason(ReasonKind::PricingPressure, 5, Side::Ours, r0),
            reason(ReasonKind::LostTrust, 4, Side::Both, r1),
            reason(ReasonKind::FadedInterest, 3, Side::Theirs, r2),
        ],
        events: [
            event(2009, 2, Side::Ours, e[0]),
            event(2009, 4, Side::Ours, e[1]),
            event(2009, 6, Side::Theirs, e[2]),
            event(2009, 9, Side::Both, e[3]),
            event(2009, 12, Side::Theirs, e[4]),
            event(2011, 6, Side::Ours, e[5]),
            event(2012, 3, Side::Both, e[6]),
            event(2012, 9, Side::Both, e[7]),
            event(2014, 1, Side::Both, e[8]),
        ]
        .into_iter()
        .flatten()
        .collect(),
        contributors: w
            .contributors
            .iter()
            .zip([Party::Ours, Party::Ours, Party::Theirs])
            .map(|(&(who, what), party)| Contributor {
                id: 0,
                party,
                who: who.into(),
                what: what.into(),
            })
            .collect(),
    };
    account.cost_benefit = CostBenefit {
        revenue: 9_500_000.0,
        margin: 28.0,
        concession: 8.0,
        volume: 110.0,
        ramp: 2.0,
        extra_cost: 300_000.0,
        investment: 200_000.0,
        attempt_cost: 60_000.0,
        probability: 55.0,
        retention: 90.0,
        discount: 8.0,
        horizon: 5.0,
        referral_value: 900_000.0,
        sensitivity_delta: 10.0,
    };
    let (ours, theirs) = (Party::Ours, Party::Theirs);
    // (party, level, stance, strength, counterpart) of the six people, in `Words::people` order.
    let cast = [
        (ours, Level::Operational, Stance::Supporter, 5, 4),
        (ours, Level::Middle, Stance::Supporter, 3, 5),
        (ours, Level::Top, Stance::Neutral, 2, 6),
        (theirs, Level::Operational, Stance::Supporter, 5, 1),
        (theirs, Level::Middle, Stance::Neutral, 3, 2),
        (theirs, Level::Top, Stance::Opponent, 1, 3),
    ];
    let attendees = [
        (ours, Level::Middle),
        (ours, Level::Operational),
        (theirs, Level::Middle),
        (theirs, Level::Operational),
    ];
    account.dialogue = Dialogue {
        stakeholders: (1..)
            .zip(cast.iter().zip(w.people))
            .map(|(id, (&(party, level, stance, strength, other), who))| {
                person(id, party, level, who, stance, strength, Some(other))
            })
            .collect(),
        plan: MeetingPlan {
            cadence_days: 7,
            meetings: 26,
            hours_each: 3.0,
            cost_per_meeting: 4_000.0,
            attendees: attendees
                .iter()
                .zip(w.functions)
                .map(|(&(party, level), function)| Attendee {
                    id: 0,
                    party,
                    level,
                    function: function.into(),
                })
                .collect(),
        },
    };
    let [delivery, quality, price] = w.criteria;
    let [production, admin, it, design] = w.adaptations;
    account.requirements = Requirements {
        criteria: vec![
            criterion(delivery, 35.0, 9.0, 7.0, false),
            criterion(quality, 35.0, 9.0, 8.0, false),
            criterion(price, 30.0, 5.0, 8.0, true),
        ],
        switching_cost: 0.5,
        status_quo_margin: 0.5,
        price_points_per_percent: 0.4,
        price_score_cap: 9.0,
        adaptations: vec![
            adaptation(AdaptationKind::Production, production, 350_000.0),
            adaptation(AdaptationKind::AdminRoutines, admin, 80_000.0),
            adaptation(AdaptationKind::ItSystems, it, 150_000.0),
            adaptation(AdaptationKind::CustomDesign, design, 220_000.0),
        ],
    };
    account.ensure_ids();
    account
}

/// Both built-in cases: the win-back of RILF and a current customer drifting away.
pub fn all(lang: Lang) -> Vec<Account> {
    vec![brex_rilf(lang), current_customer(lang)]
}

/// The second built-in case: a current customer drifting away at the end of a project.
pub const CURRENT_SAMPLE_ID: &str = "sample-current";

/// The current-customer case's words in one language.
struct CurrentWords {
    name: &'static str,
    industry: &'static str,
    /// (name, role): our project manager and account manager; their warehouse manager, head
    /// of IT and chief operating officer.
    people: [(&'static str, &'static str); 5],
    /// Kick-off, site meeting, steering meeting, go-live, status message.
    purposes: [&'static str; 5],
    complaint: &'static str,
    /// Evidence for the eight bond items, in checklist order.
    evidence: [&'static str; 8],
}

const CURRENT_ENGLISH: CurrentWords = CurrentWords {
    name: "Meridian Foods (sample: current customer)",
    industry: "Food production (our warehouse system)",
    people: [
        ("Project manager", "Installation"),
        ("Account manager", "Sales"),
        ("Warehouse manager", "Uses the system daily"),
        ("Head of IT", "Preferred another vendor"),
        ("Chief operating officer", "Signed the contract"),
    ],
    purposes: [
        "Kick-off",
        "Weekly site meeting",
        "Steering meeting",
        "Go-live",
        "Status message",
    ],
    complaint: "Scanners drop out in the cold store",
    evidence: [
        "They asked for a quote before the tender for the second site.",
        "Their request for night-shift labels was logged as a feature.",
        "We know the picking errors in the cold store, not much beyond.",
        "",
        "No introductions to others in their market so far.",
        "The scanner complaint is open; only the case was handled.",
        "We know the warehouse; the finance side less.",
        "The head of IT has not been met since January.",
    ],
};

const CURRENT_ARABIC: CurrentWords = CurrentWords {
    name: "ميريديان فودز (مثال: عميل حالي)",
    industry: "إنتاج الأغذية (نظام المستودعات لدينا)",
    people: [
        ("مدير المشروع", "التركيب"),
        ("مدير الحساب", "المبيعات"),
        ("مدير المستودع", "يستخدم النظام يومياً"),
        ("رئيس تقنية المعلومات", "فضّل مورّداً آخر"),
        ("الرئيس التنفيذي للعمليات", "وقّع العقد"),
    ],
    purposes: [
        "اجتماع الانطلاق",
        "اجتماع ميداني أسبوعي",
        "اجتماع اللجنة التوجيهية",
        "بدء التشغيل",
        "رسالة عن الوضع",
    ],
    complaint: "الماسحات تنقطع في المخزن المبرّد",
    evidence: [
        "طلبوا عرض سعر قبل مناقصة الموقع الثاني.",
        "سُجّل طلبهم لملصقات الوردية الليلية ميزةً جديدة.",
        "نعرف أخطاء التجميع في المخزن المبرّد، ولا نعرف الكثير غيرها.",
        "",
        "لا تعارف مع آخرين في سوقهم حتى الآن.",
        "شكوى الماسحات مفتوحة؛ عولجت الحالة فقط.",
        "نعرف المستودع؛ والجانب المالي أقل.",
        "لم نلتقِ رئيس تقنية المعلومات منذ يناير.",
    ],
};

const CURRENT_HEBREW: CurrentWords = CurrentWords {
    name: "דוגמה: מרידיאן פודס (לקוח קיים)",
    industry: "ייצור מזון (מערכת המחסנים שלנו)",
    people: [
        ("מנהלת הפרויקט", "התקנה"),
        ("מנהל הלקוח", "מכירות"),
        ("מנהל המחסן", "משתמש במערכת כל יום"),
        ("מנהלת מערכות המידע", "העדיפה ספק אחר"),
        ("סמנכ\"ל התפעול", "חתם על החוזה"),
    ],
    purposes: [
        "פגישת פתיחה",
        "פגישה שבועית באתר",
        "ועדת היגוי",
        "עלייה לאוויר",
        "הודעת סטטוס",
    ],
    complaint: "הסורקים מתנתקים בחדר הקירור",
    evidence: [
        "ביקשו הצעת מחיר לפני המכרז לאתר השני.",
        "הבקשה שלהם למדבקות למשמרת הלילה תועדה כפיצ'ר.",
        "מכירים את טעויות הליקוט בחדר הקירור, ולא הרבה מעבר לזה.",
        "",
        "עד עכשיו אין היכרויות עם אחרים בשוק שלהם.",
        "תלונת הסורקים פתוחה; טופל רק המקרה.",
        "מכירים את המחסן; את צד הכספים פחות.",
        "לא נפגשנו עם מנהלת מערכות המידע מאז ינואר.",
    ],
};

/// Meridian Foods: a warehouse system delivered and live, visited weekly while it was
/// installed and barely since go-live; the head of IT, who preferred another vendor, not met
/// since January; a complaint open. Judged as of 30 June 2026. Illustrative, every language.
pub fn current_customer(lang: Lang) -> Account {
    use super::keep_close::*;
    let w = match lang {
        Lang::En => &CURRENT_ENGLISH,
        Lang::Ar => &CURRENT_ARABIC,
        Lang::He => &CURRENT_HEBREW,
    };
    let mut a = Account::new(CURRENT_SAMPLE_ID, w.name, Status::AtRisk);
    a.industry = w.industry.to_owned();
    a.illustrative = true;
    a.as_of = date(2026, 6, 30);
    let (ours, theirs) = (Party::Ours, Party::Theirs);
    let cast = [
        (ours, Level::Operational, Stance::Supporter, 5, Some(3)),
        (ours, Level::Middle, Stance::Supporter, 3, Some(4)),
        (theirs, Level::Operational, Stance::Supporter, 4, Some(1)),
        (theirs, Level::Middle, Stance::Opponent, 1, Some(2)),
        (theirs, Level::Top, Stance::Neutral, 2, None),
    ];
    a.dialogue.stakeholders = (1..)
        .zip(cast.iter().zip(w.people))
        .map(|(id, (&(party, level, stance, strength, other), who))| {
            let mut p = person(id, party, level, who, stance, strength, other);
            p.last_contact = None;
            p.involved_in_breakup = false;
            p
        })
        .collect();
    let [kick_off, site, steering, go_live, message] = w.purposes;
    let contact = |(y, m, d): (i32, u8, u8), kind, level, phase, people: &[u32], purpose: &str| {
        Date::new(y, m, d).map(|date| Contact {
            id: 0,
            date,
            kind,
            level,
            people: people.to_vec(),
            phase,
            purpose: purpose.to_owned(),
            note: String::new(),
        })
    };
    let mut log = vec![contact(
        (2025, 9, 15),
        ContactKind::OnSite,
        Level::Top,
        Phase::Start,
        &[5],
        kick_off,
    )];
    // Weekly site meetings while the system went in (October to December, February, March).
    let weeks = [
        (10, 1),
        (10, 8),
        (10, 15),
        (10, 22),
        (10, 29),
        (11, 5),
        (11, 12),
        (11, 19),
        (11, 26),
        (12, 3),
        (12, 10),
        (12, 17),
    ];
    let spring = [(2, 4), (2, 18), (3, 4), (3, 18)];
    log.extend(weeks.iter().map(|&(m, d)| {
        contact(
            (2025, m, d),
            ContactKind::OnSite,
            Level::Operational,
            Phase::Running,
            &[3],
            site,
        )
    }));
    log.push(contact(
        (2026, 1, 15),
        ContactKind::MeetingElsewhere,
        Level::Middle,
        Phase::Running,
        &[4],
        steering,
    ));
    log.extend(spring.iter().map(|&(m, d)| {
        contact(
            (2026, m, d),
            ContactKind::OnSite,
            Level::Operational,
            Phase::Running,
            &[3],
            site,
        )
    }));
    log.push(contact(
        (2026, 3, 25),
        ContactKind::OnSite,
        Level::Operational,
        Phase::Closing,
        &[3],
        go_live,
    ));
    log.push(contact(
        (2026, 5, 20),
        ContactKind::Message,
        Level::Operational,
        Phase::Closing,
        &[3],
        message,
    ));
    for c in log.into_iter().flatten() {
        a.keep_close.add_contact(c);
    }
    if let Some(opened) = date(2026, 5, 10) {
        a.keep_close.add_complaint(opened, w.complaint);
    }
    let answers = [
        Answer::Partly,
        Answer::Yes,
        Answer::Partly,
        Answer::NotKnown,
        Answer::No,
        Answer::No,
        Answer::Partly,
        Answer::No,
    ];
    for ((item, answer), evidence) in BondItem::ALL.into_iter().zip(answers).zip(w.evidence) {
        let slot = a.keep_close.answer_mut(item);
        slot.answer = answer;
        slot.evidence = evidence.to_owned();
        slot.seen_on = if evidence.is_empty() {
            None
        } else {
            date(2026, 6, 1)
        };
    }
    a.keep_close.system_live = true;
    a.keep_close.stake = StakeInputs {
        revenue: 1_800_000.0,
        margin: 30.0,
        retention: 80.0,
        discount: 10.0,
        horizon: 5.0,
        new_success: 25.0,
        pursuit_cost: 90_000.0,
        trip_cost: 6_000.0,
    };
    a.ensure_ids();
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::analyse;
    use crate::model::verdict::{Decision, Finding};
    use crate::model::wording::prescriptive_phrases;

    #[test]
    fn the_sample_is_complete_valid_and_marked_illustrative() {
        for lang in Lang::ALL {
            let a = brex_rilf(lang);
            assert!(a.illustrative);
            assert_eq!(a.cost_benefit.validate(), Ok(()));
            assert_eq!(
                a.reasons.events.len(),
                9,
                "every dated event is a real date"
            );
            assert!(a.reasons.events.windows(2).all(|w| w[0].date <= w[1].date));
            assert_eq!(a.dialogue.stakeholders.len(), 6);
            assert_eq!(a.requirements.criteria.len(), 3, "delivery, quality, price");
            let all_text = a
                .reasons
                .reasons
                .iter()
                .map(|r| r.note.as_str())
                .chain(a.reasons.events.iter().map(|e| e.text.as_str()));
            for text in all_text {
                assert!(
                    prescriptive_phrases(text).is_empty(),
                    "prescriptive: {text}"
                );
            }
        }
    }

    #[test]
    fn the_current_customer_sample_shows_end_of_project_neglect() {
        use crate::model::keep_close::{drift_signals, stake, Signal};
        for lang in Lang::ALL {
            let a = current_customer(lang);
            assert!(a.status.is_current() && a.illustrative);
            let today = a.as_of(Date::FALLBACK);
            let signals = drift_signals(&a.keep_close, &a.dialogue.stakeholders, today);
            let slugs: Vec<&str> = signals.iter().map(Signal::slug).collect();
            assert_eq!(
                slugs,
                [
                    "on-site-overdue",
                    "top-level-overdue",
                    "neglect-at-the-end",
                    "opponent-unattended",
                    "open-complaint",
                    "no-one-on-site"
                ],
                "{lang:?}"
            );
            assert!(stake(&a.keep_close.stake)
                .visit_breakeven
                .is_some_and(|b| b < 1.0));
            assert_eq!(
                crate::model::keep_close::bond_summary(&a.keep_close.bond).yes,
                1
            );
            let doc = crate::model::persist::Document {
                accounts: vec![a],
                ..Default::default()
            };
            assert_eq!(crate::model::persist::validate(&doc), Ok(()));
        }
    }

    #[test]
    fn the_sample_tells_the_same_case_in_every_language() {
        let english = brex_rilf(Lang::En);
        let today = Date::new(2012, 11, 22).unwrap();
        for lang in [Lang::Ar, Lang::He] {
            let a = brex_rilf(lang);
            assert_ne!(a.name, english.name);
            assert_ne!(a.reasons.events[0].text, english.reasons.events[0].text);
            assert_eq!(a.cost_benefit, english.cost_benefit);
            assert_eq!(
                analyse(&a, today).evaluation,
                analyse(&english, today).evaluation
            );
            assert_eq!(
                a.requirements
                    .criteria
                    .iter()
                    .map(|c| (c.weight, c.is_price))
                    .collect::<Vec<_>>(),
                english
                    .requirements
                    .criteria
                    .iter()
                    .map(|c| (c.weight, c.is_price))
                    .collect::<Vec<_>>()
            );
        }
        assert!(
            brex_rilf(Lang::Ar).name.contains("بريكس تك"),
            "the glossary's company name"
        );
        assert!(brex_rilf(Lang::He).name.contains("ברקס טק"));
    }

    #[test]
    fn the_sample_tells_a_consistent_story() {
        let a = brex_rilf(Lang::En);
        let today = Date::new(2012, 11, 22).unwrap();
        let analysis = analyse(&a, today);
        assert_eq!(analysis.adaptation_cost, 800_000.0);
        assert_eq!(analysis.meeting_cost, 104_000.0);
        assert_eq!(analysis.inputs.investment, 1_000_000.0);
        assert_eq!(analysis.inputs.attempt_cost, 164_000.0);
        let e = &analysis.evaluation;
        assert!(e.ev > 0.0 && e.sltv > 0.0, "the win-back paid");
        assert!(e.p_star.unwrap() < a.cost_benefit.probability);
        // The planned 8 % cut is enough to beat the incumbent (cheapest: 7.1 %).
        assert_eq!(analysis.offer.cheapest_cut, Some(7.1));
        assert!(analysis
            .verdict
            .findings
            .iter()
            .any(|f| matches!(f, Finding::OfferClears { .. })));
        // Top managers never fully agreed: the only gap is RILF's top level.
        assert_eq!(analysis.verdict.decision, Decision::NeedsWork);
        assert_eq!(analysis.coverage.gap_count(), 1);
    }
}
