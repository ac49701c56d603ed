"""Sedgewick Hart: a professional services consultancy (London, Edinburgh, Dublin; Strategy,
Technology and Risk practices; Analyst to Partner). Narrative prose in long paragraphs, the rules
keyed by level, office, payroll or practice buried mid-paragraph, footnotes, and the firm-wide
utilisation target stated early then overridden for Technology Analysts and Consultants in a later
section. Held-out set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Sedgewick Hart: The Colleague Handbook</h1>
<p>Sedgewick Hart is a management and technology consultancy of a little over four hundred people,
working from three offices: London, our registered office at 9 Cullum Street; Edinburgh, on Melville
Crescent; and Dublin, on Fitzwilliam Place. Colleagues in London and Edinburgh are employed by Sedgewick
Hart LLP and paid through the UK payroll, while colleagues in Dublin are employed by Sedgewick Hart
(Ireland) Limited; where this handbook refers to "the Dublin payroll" it means them. We are organised into
three practices (Strategy, Technology and Risk), and every colleague belongs to exactly one of them and
to one home office, even if most of their working weeks are spent somewhere else entirely. This handbook
sets out how we work together. It isn't a contract, and where your contract or the members' agreement
says something different, that document wins.</p>
<h2>1. How we work</h2>
<p>We have five levels: Analyst, Consultant, Manager, Director and Partner. Most people join us as
Analysts from university or as Consultants after two or three years elsewhere, and promotion is decided
once a year at the spring round, never mid-year. Because our income is, in the end, the time we bill,
every fee-earner carries a utilisation target, measured as chargeable hours over available
hours¹ across the financial year, and it is one of the inputs (never the only one) to your
year-end rating. For Analysts and Consultants the target is 80%, which in practice means roughly four
chargeable days in every five you're available; Managers, who carry a good deal more selling, proposal
writing and people leadership, are measured against 65%, and Directors against 55%. Partners have no
utilisation target as such: they are assessed on origination, client stewardship and the health of their
practice's pipeline. Time spent on proposals counts as non-chargeable but is tracked separately, and your
counsellor will look at both figures together, so please don't book proposal work to a client code to
flatter the number.</p>
<p>Almost all of our work happens with clients, and most engagements involve time on the client's premises.
Travel to a client site in the same city as your home office is treated as ordinary commuting and isn't
claimable, whatever the mode of transport. When you aren't on client site we'd like to see you in your home
office at least two days a week, and each office has agreed anchor days on which practices hold their team
meetings and learning sessions: in London these are Tuesday and Thursday, in Edinburgh Tuesday and Wednesday,
and in Dublin Wednesday and Thursday. If an engagement keeps you away from home overnight, the firm books
and pays for your hotel through TravelDesk and you may claim a flat overnight subsistence allowance,
which is £38 a night for colleagues on the UK payroll and €46 a night for those on the Dublin
payroll, to cover your evening meal and incidentals; no receipts are needed, but the allowance can't be
claimed on nights when the client is paying for dinner or when you stay with friends or family.</p>
<p><em>¹ Available hours are your contracted hours less annual leave, bank and public
holidays, sickness and approved study leave.</em></p>
""",
    """
<h2>2. Travel and expenses</h2>
<p>All business travel, without exception, is booked through TravelDesk, which holds the firm's negotiated
rates and, just as importantly, knows where you are if something goes wrong. Rail is our default for any
journey under four hours door to door, in standard class, although Directors and Partners may travel
first class when the journey is longer than two hours. Short-haul flights, meaning anything within the
UK, Ireland and continental Europe, are booked in economy for everyone, Partners included, and we would
rather you took a hand-luggage fare wherever that's practical. On long-haul flights, which we define as
more than six hours' scheduled flying time, Analysts and Consultants travel standard economy, Managers may
book premium economy, and Directors and Partners travel business class, unless the engagement letter
sets a different travel policy agreed with the client, in which case the engagement letter
applies². Rental cars need Manager approval and should be the smallest practical category.</p>
<p>Expenses are claimed in Expend and must be submitted within 30 days of the date you incurred them;
claims older than 90 days won't be paid without a Partner's sign-off, and recharging them to the client
may no longer be possible. Please attach itemised receipts to everything except the overnight subsistence
allowance, and code every item to the correct engagement so that Finance can bill it accurately.</p>
<p><em>² Several of our financial services clients reimburse travel at their own employees'
class of travel; the engagement Manager will tell you at kick-off if this applies.</em></p>
<h2>3. Our practices</h2>
<p>Strategy advises boards and executive teams on growth, portfolio and operating model questions, and its
work comes in relatively short, intense engagements of six to twelve weeks. Strategy colleagues who have
completed 18 months' service may apply for study support of up to £3,500 a year towards a part-time MBA or
an equivalent postgraduate or executive programme, and the practice is generous with study leave around
exams, which your counsellor agrees with you when the course is approved.</p>
<p>The Technology practice works somewhat differently from the rest of the firm. Much of its work is
multi-month delivery (platform selection, implementation assurance and data programmes) with predictable,
long-running staffing, and for that reason the practice sets its own utilisation target for Analysts and
Consultants, which is 85% in place of the firm-wide figure in section 1; Managers and above in Technology
are measured against the firm-wide figures. Technology colleagues also receive up to £1,750 a year for
vendor certifications in cloud, data platforms and security, including exam fees and one resit, booked
through the practice's learning coordinator rather than claimed back through Expend.</p>
""",
    """
<p>Risk brings together our regulatory, internal audit and operational resilience work, and because its
clients expect qualified people in the room, the practice places a great deal of weight on professional
qualifications. For colleagues in Risk we will pay the full cost of one professional qualification at a
time (ACA, ACCA, CIA, CISA or an ICA diploma), including tuition, exam fees and materials, and you will also
receive two days' study leave for each exam sitting. Whichever practice funds your studies, if you leave
Sedgewick Hart within 24 months of the final exam or module of a funded course, you'll be asked to repay
the support on a sliding scale set out in the study agreement you sign before you start.</p>
<h2>4. Pay, bonus and reward</h2>
<p>Salaries are reviewed once a year with effect from 1 May, following the spring promotion round. The
annual bonus window opens when the year-end review closes in April, ratings are calibrated across the
practices in May, and you'll hear your outcome from your counsellor in June. To be eligible you must have
joined before 1 October of the performance year and be employed, and not under notice, on the payment date.
Bonuses for colleagues on the UK payroll are paid with the July payroll; because the Irish company's
financial year closes later³, colleagues on the Dublin payroll receive theirs with the August
payroll. Partners don't take part in the bonus scheme, as their reward comes through profit share under
the members' agreement.</p>
<p>We also help with the cost of getting to work, although the schemes differ by office because the tax
rules do. London colleagues can take an interest-free season ticket loan, repaid from salary over the
following ten months; in Edinburgh we offer a Lothian annual travel pass through salary sacrifice, which
covers buses and trams across the city; and colleagues in Dublin can buy annual TaxSaver commuter tickets
through the payroll.</p>
<h2>5. Leaving Sedgewick Hart</h2>
<p>We hope you won't, but if you decide to move on, please talk to your counsellor before you resign, as
there are often options people haven't considered, from a secondment to a change of practice. Notice
follows your level: Analysts and Consultants give one month, Managers two months and Directors three
months, while a Partner's notice period is six months and is governed by the members' agreement rather than
an employment contract. The firm gives you the same notice as you give us, or more where the law requires
it. You may be asked to take garden leave for part of your notice, particularly if you are moving to a
client or competitor, and any untaken holiday is normally taken during your notice rather than paid.</p>
<p><em>³ Sedgewick Hart (Ireland) Limited's financial year ends on 30 June.</em></p>
""",
)

USERS = (
    User("sw-priya", ("I'm a Consultant in the Technology practice, based in London.",)),
    User("sw-ciaran", ("I'm a manager in the Dublin office.", "I sit in Risk.")),
    User("sw-fiona", ("I'm a Director in Strategy, working out of Edinburgh.",)),
    User("sw-tom", ("I've just started here as an analyst, my first proper job!",)),
    User("sw-aoife", ("I'm on the Dublin payroll.", "I do internal audit and regulatory work in the risk practice.")),
    User("sw-hamish", ("I'm one of the Strategy partners.",)),
    User("sw-ellie", ("I'm an Analyst in Technology.", "I'm based in our Edinburgh office.")),
)

UTILISATION = {
    "Analyst or Consultant": "80%",
    "Technology Analyst or Consultant": "85%",
    "Manager": "65%",
    "Director": "55%",
    "Partner": "origination",
}
LONG_HAUL = {
    "Analyst or Consultant": "standard economy",
    "Manager": "premium economy",
    "Director or Partner": "business class",
}
BONUS_PAYMENT = {"UK payroll": "July payroll", "Dublin payroll": "August payroll"}
SUBSISTENCE = {"UK payroll": "£38", "Dublin payroll": "€46"}
STUDY = {"Strategy": "£3,500", "Technology": "£1,750", "Risk": "full cost"}
COMMUTING = {"London": "season ticket loan", "Edinburgh": "Lothian", "Dublin": "TaxSaver"}
NOTICE = {
    "Analyst or Consultant": "one month",
    "Manager": "two months",
    "Director": "three months",
    "Partner": "six months",
}
ANCHOR_DAYS = {
    "London": "Tuesday and Thursday",
    "Edinburgh": "Tuesday and Wednesday",
    "Dublin": "Wednesday and Thursday",
}

QUESTIONS = (
    rule_question(
        "sw-priya", "What utilisation am I expected to hit?", UTILISATION, "Technology Analyst or Consultant"
    ),
    rule_question("sw-priya", "When will my bonus actually land in my account?", BONUS_PAYMENT, "UK payroll"),
    rule_question("sw-priya", "Is there money for certifications or courses?", STUDY, "Technology"),
    rule_question("sw-priya", "Does the firm help with my commuting costs?", COMMUTING, "London"),
    rule_question("sw-ciaran", "What's my chargeability target?", UTILISATION, "Manager"),
    rule_question("sw-ciaran", "Which month is the bonus paid?", BONUS_PAYMENT, "Dublin payroll"),
    rule_question(
        "sw-ciaran",
        "How much can I claim per night when I'm staying away on a client job?",
        SUBSISTENCE,
        "Dublin payroll",
    ),
    rule_question("sw-ciaran", "What notice would I have to give if I resigned?", NOTICE, "Manager"),
    rule_question(
        "sw-fiona",
        "I'm flying to Toronto for a client workshop. Which class can I book?",
        LONG_HAUL,
        "Director or Partner",
    ),
    rule_question("sw-fiona", "how long is my notice period?", NOTICE, "Director"),
    rule_question("sw-fiona", "Is there any help with getting to the office?", COMMUTING, "Edinburgh"),
    rule_question("sw-fiona", "Would the firm support me doing an executive programme?", STUDY, "Strategy"),
    rule_question("sw-tom", "What utilisation target will I be measured on?", UTILISATION, None),
    rule_question("sw-tom", "If I get sent to Singapore, what class do I fly?", LONG_HAUL, "Analyst or Consultant"),
    rule_question("sw-tom", "What's my notice period?", NOTICE, "Analyst or Consultant"),
    rule_question("sw-tom", "When do bonuses get paid out?", BONUS_PAYMENT, None),
    rule_question("sw-aoife", "Will the firm pay for me to do the CIA qualification?", STUDY, "Risk"),
    rule_question("sw-aoife", "Can I get any tax break on my commute?", COMMUTING, "Dublin"),
    rule_question("sw-aoife", "How much notice do I need to give?", NOTICE, None),
    rule_question("sw-hamish", "Do I have a utilisation target?", UTILISATION, "Partner"),
    rule_question("sw-hamish", "What's my notice period if I leave?", NOTICE, "Partner"),
    rule_question("sw-hamish", "What commuting support can I get?", COMMUTING, None),
    rule_question("sw-ellie", "What's the utilisation target for me?", UTILISATION, "Technology Analyst or Consultant"),
    rule_question("sw-ellie", "What's the overnight allowance when I'm away at a client?", SUBSISTENCE, "UK payroll"),
    rule_question("sw-ellie", "Which days should I be in the office?", ANCHOR_DAYS, "Edinburgh"),
    general_question("sw-ellie", "How long have I got to put in an expense claim?", "30 days", ("90 days",)),
)

HANDBOOK = Handbook(
    name="sedgewick",
    title="Sedgewick Hart: The Colleague Handbook",
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
