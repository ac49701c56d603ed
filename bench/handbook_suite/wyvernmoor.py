"""Wyvernmoor Hospitals NHS Foundation Trust: an NHS-style trust's staff handbook written as a friendly
induction booklet for all non-medical staff, each section opening with an italic "In brief" line and
closing with the policy to read for more. Five staff groups are declared once in one sentence, with the
job titles in each group in the sentences after it, so a user who names a job has to be placed in a group
(a porter is Estates and Facilities, a biomedical scientist Healthcare Science). Two hospital sites
(Riverside Hospital in Wyvernmoor, Kestle Hill Hospital in Polbrook). A pay table with the entry and top
point of each band from Band 2 to Band 8a; an unsocial-hours table keyed by band and band ranges ("Bands
4 to 6") whose Band 8a row points to a footnote (time off in lieu instead); on-call payments by staff
group in consecutive sentences; annual leave that rises with service inside one sentence ("27 days on
appointment, rising to 29 days after five years' service and 33 days after ten years' service"); and a
site guide table whose columns are the two sites (parking, permit charge, staff restaurant) with a
numbered note that sends night staff at Riverside to a different car park. Band, staff group (via job
title), site, night working and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Welcome to Wyvernmoor: Your Staff Handbook 2025/26</h1>
<p><em>Wyvernmoor Hospitals NHS Foundation Trust. For all staff on the Trust's pay bands. Document HR-HB-07, version
5.1, agreed with staff-side representatives at the Joint Partnership Forum on 18 June 2025. Next review: June 2026.
If this handbook and a Trust policy ever disagree, the policy applies.</em></p>
<h2>1. Hello, and welcome</h2>
<p><em>In brief: who we are, where we work, and who this handbook is for.</em></p>
<p>Wyvernmoor Hospitals NHS Foundation Trust cares for around 390,000 people across the Wyver valley from two hospital
sites. <strong>Riverside Hospital</strong>, on Weir Road in Wyvernmoor, is our main acute site, with the emergency
department, critical care, the maternity unit and most of our inpatient wards. <strong>Kestle Hill Hospital</strong>,
on Polbrook Lane in Polbrook, is our planned care and rehabilitation site, with day surgery, the Kestle Hill Birth
Centre, the pathology laboratories and the rehabilitation wards.</p>
<p>This handbook is for everyone employed by the Trust on the pay bands in section 3. Doctors and dentists are on
separate terms and have their own Medical Staffing Handbook. If you work only through the Staff Bank, the Bank
Worker Guide applies to you instead.</p>
<h2>2. Your staff group</h2>
<p><em>In brief: some of our arrangements (on-call in particular) depend on your staff group.</em></p>
<p>Every member of staff belongs to one of five staff groups: Nursing and Midwifery, Allied Health Professionals,
Healthcare Science, Estates and Facilities, and Administrative and Clerical. Registered nurses, midwives, nursing
associates and healthcare assistants are in Nursing and Midwifery. Physiotherapists, occupational therapists,
radiographers, dietitians and speech and language therapists are Allied Health Professionals. Biomedical
scientists, clinical physiologists and medical physicists are in Healthcare Science. Porters, domestic and catering
staff, and our maintenance trades (electricians, plumbers, joiners and engineers) are in Estates and Facilities.
Medical secretaries, ward clerks, receptionists, and managers and staff in corporate departments are in
Administrative and Clerical. Your staff group is printed on your payslip under your job title.</p>
<h2>3. Your pay</h2>
<p><em>In brief: your band sets your pay; you move from the entry point to the top point of your band over time.</em></p>
<p>Every post is matched to a pay band through job evaluation. You normally start at the entry point of your band
and move to the top point after a successful pay-step review (two years in Bands 2 to 4, and three years in
Band 5 and above). Salaries below are for full-time staff (37.5 hours a week) from 1 April 2025.</p>
<table>
<tr><th>Pay band</th><th>Entry point</th><th>Top point</th></tr>
<tr><td>Band 2</td><td>&pound;24,180</td><td>&pound;25,040</td></tr>
<tr><td>Band 3</td><td>&pound;24,930</td><td>&pound;26,870</td></tr>
<tr><td>Band 4</td><td>&pound;27,410</td><td>&pound;30,150</td></tr>
<tr><td>Band 5</td><td>&pound;29,860</td><td>&pound;36,240</td></tr>
<tr><td>Band 6</td><td>&pound;37,520</td><td>&pound;45,110</td></tr>
<tr><td>Band 7</td><td>&pound;46,300</td><td>&pound;52,870</td></tr>
<tr><td>Band 8a</td><td>&pound;53,990</td><td>&pound;60,780</td></tr>
</table>
<p>You are paid monthly, on the 26th of each month, or on the last working day before it if the 26th falls at a
weekend or on a bank holiday. <em>More information: Pay Progression Policy (HR-31).</em></p>
""",
    """
<h2>4. Working hours and unsocial hours</h2>
<p><em>In brief: you are paid an enhancement for unsocial hours, at a rate that depends on your band.</em></p>
<p>A full-time week is 37.5 hours. Rotas are published on HealthRoster at least six weeks ahead. On any shift of more
than six hours you are entitled to an unpaid break of 30 minutes.</p>
<p>Unsocial hours are the hours you work between 20:00 and 06:00 on weekdays, all hours on Saturdays, and all
hours on Sundays and bank holidays. For each unsocial hour you are paid your basic hourly rate plus the
enhancement for your band in the table below.</p>
<table>
<tr><th>Your band</th><th>Weekday nights (20:00 to 06:00) and Saturdays</th><th>Sundays and bank holidays</th></tr>
<tr><td>Band 2</td><td>time + 46%</td><td>time + 92%</td></tr>
<tr><td>Band 3</td><td>time + 39%</td><td>time + 78%</td></tr>
<tr><td>Bands 4 to 6</td><td>time + 31%</td><td>time + 62%</td></tr>
<tr><td>Band 7</td><td>time + 27%</td><td>time + 54%</td></tr>
<tr><td>Band 8a</td><td>see note *</td><td>see note *</td></tr>
</table>
<p><small>* Staff on Band 8a are not paid unsocial hours enhancements. Where a Band 8a post holder is rostered to
work unsocial hours (for example as the site duty manager at a weekend), they take time off in lieu, hour for
hour, within three months.</small></p>
<p>Overtime must be agreed in advance by your manager and recorded on HealthRoster. You can also pick up extra
shifts through the Staff Bank. <em>More information: Working Time and Rostering Policy (HR-12).</em></p>
<h2>5. On-call</h2>
<p><em>In brief: some teams cover services out of hours from home; what you are paid depends on your staff
group.</em></p>
<p>An on-call session is a period of up to 12 hours outside your normal working hours (or up to 24 hours at a
weekend) when you are available to come in or give advice by phone. Whether you are on a rota depends on your
team.</p>
<p>On-call payments depend on your staff group. Nursing and Midwifery staff on an on-call rota (theatres, community
midwifery and the Birth Centre, and the site duty nurse rota) are paid &pound;28.40 for each session. Allied
Health Professionals on the respiratory physiotherapy and out-of-hours radiography rotas are paid &pound;25.60 for
each session. Healthcare Science staff on the laboratory on-call rota receive an on-call supplement of 9.5% of
basic salary, instead of a payment for each session. Estates and Facilities staff on the engineering on-call rota
are paid &pound;21.75 for each session, with a minimum of two hours' pay for every call-out. Administrative and
Clerical staff do not take part in on-call rotas.</p>
<p>Whatever your staff group, the time you work when you are called in, including travel, is paid at time and a
half. <em>More information: On-Call Arrangements Policy (HR-14).</em></p>
""",
    """
<h2>6. Annual leave</h2>
<p><em>In brief: your leave goes up with your NHS service.</em></p>
<p>The leave year runs from 1 April to 31 March. Full-time staff are entitled to 27 days on appointment, rising to 29
days after five years' service and 33 days after ten years' service, plus the eight bank holidays. Service with
any other NHS employer counts towards these thresholds, so tell the Recruitment Team about it when you join.
Part-time staff have the same entitlement, calculated in hours in proportion to their contract.</p>
<p>Book leave through HealthRoster. You may carry up to five days into the next leave year with your manager's
agreement. <em>More information: Annual Leave Policy (HR-20).</em></p>
<h2>7. If you are unwell</h2>
<p><em>In brief: tell us as early as you can.</em></p>
<p>Phone your manager or the nurse in charge at least one hour before your shift is due to start (or as soon as
you can, if that is not possible). Do not text or email. You can self-certify for up to seven calendar days; after
that, you need a fit note. Occupational Health, at Kestle Hill Hospital, can be reached on 01632 960 744.
<em>More information: Attendance Policy (HR-22).</em></p>
<h2>8. Looking after you</h2>
<p><em>In brief: support and benefits for everyone.</em></p>
<ul>
<li>You are enrolled in the NHS Pension Scheme when you join, unless you opt out.</li>
<li>Our Employee Assistance Programme gives free, confidential counselling and advice 24 hours a day on
0800 555 0318.</li>
<li>The Trust's Freedom to Speak Up Guardian can be contacted in confidence at speakup@wyvernmoor.example.</li>
<li>Everyone completes the Trust's mandatory training each year, on the WyverLearn portal.</li>
</ul>
<p>Salary sacrifice schemes (cycle to work, lease cars and home electronics) are open to all staff whose pay
would stay above the National Living Wage. <em>More information: Staff Benefits Guide (HR-40).</em></p>
""",
    """
<h2>9. Getting to work: site guide</h2>
<p><em>In brief: parking, permit charges and food at each of our two hospitals.</em></p>
<p>You need a staff parking permit to park at either site. Apply through the Car Parking Office on the intranet;
permit charges are taken from your salary each month.</p>
<table>
<tr><th></th><th>Riverside Hospital</th><th>Kestle Hill Hospital</th></tr>
<tr><td>Where staff park</td><td>levels 4 to 6 of the multi-storey Car Park P3 on Weir Road (1)</td>
<td>the staff car park off Polbrook Lane, behind the Birth Centre</td></tr>
<tr><td>Staff permit charge</td><td>&pound;24 a month</td><td>&pound;7.50 a month</td></tr>
<tr><td>Staff restaurant</td><td>The Weir Kitchen, ground floor, open 24 hours</td><td>The Orchard Caf&eacute;,
open 07:30 to 15:00 on weekdays</td></tr>
<tr><td>Cycle parking</td><td>covered cycle store by the main entrance</td><td>cycle shelter by the Birth
Centre</td></tr>
</table>
<p><small>(1) Staff working a night shift at Riverside Hospital may park free of charge in Car Park P1, next to the
Emergency Department, between 19:00 and 08:00, without a permit.<br>
(2) Blue badge holders park free at both sites, in the marked bays nearest their place of work.</small></p>
<p>A free staff shuttle bus runs between Riverside Hospital and Kestle Hill Hospital every 40 minutes from 07:00 to
19:00 on weekdays. Show your ID badge to the driver.</p>
<p><em>More information: Travel and Parking Policy (HR-45).</em></p>
<h2>10. Who to contact</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Pay and payslips</td><td>Payroll Services, extension 4410</td></tr>
<tr><td>HealthRoster and leave</td><td>Rostering Team, extension 4472</td></tr>
<tr><td>Parking permits</td><td>Car Parking Office, extension 4290</td></tr>
<tr><td>Advice on this handbook</td><td>HR Advisory Service, extension 4300</td></tr>
</table>
<p><small>Version history: 5.1 (June 2025) pay table and permit charges updated for 2025/26; 5.0 (June 2024)
night parking at Riverside added.</small></p>
""",
)

USERS = (
    User(
        "wm-grace",
        ("I'm a staff nurse on Ward 7 at the Riverside site, band 5.", "Been here six years."),
    ),
    User("wm-tariq", ("I'm a porter up at Kestle Hill, Band 2.", "I've worked for the trust for twelve years.")),
    User(
        "wm-helen",
        ("I'm a band 7 physiotherapist in the respiratory team at Riverside.", "I only joined the trust last month."),
    ),
    User(
        "wm-olu",
        ("Biomedical scientist in the blood sciences lab at Kestle Hill, band 6.", "Three years here now."),
    ),
    User("wm-sue", ("I'm a medical secretary at Riverside, band 4.", "Eleven years with the trust.")),
    User(
        "wm-ryan",
        ("I'm a healthcare assistant, band 3.", "I do nights on the acute medical unit at Riverside."),
    ),
    User("wm-nadia", ("I'm a Band 8a matron.",)),
    User("wm-james", ("I work at Kestle Hill.", "I've been here about two years.")),
    User(
        "wm-priya",
        ("I'm a midwife at the Kestle Hill birth centre, band 6.", "Seven years in, and I do on-calls."),
    ),
    User(
        "wm-colin",
        ("Estates electrician at Riverside, band 4.", "I'm on the engineering on-call rota."),
    ),
)

LEAVE = {"under five years": "27 days", "five to ten years": "29 days", "ten years or more": "33 days"}
ENTRY = {
    "Band 2": "£24,180",
    "Band 3": "£24,930",
    "Band 4": "£27,410",
    "Band 5": "£29,860",
    "Band 6": "£37,520",
    "Band 7": "£46,300",
    "Band 8a": "£53,990",
}
TOP = {
    "Band 2": "£25,040",
    "Band 3": "£26,870",
    "Band 4": "£30,150",
    "Band 5": "£36,240",
    "Band 6": "£45,110",
    "Band 7": "£52,870",
    "Band 8a": "£60,780",
}
NIGHTS_SATURDAYS = {
    "Band 2": "46%",
    "Band 3": "39%",
    "Bands 4 to 6": "31%",
    "Band 7": "27%",
    "Band 8a": "time off in lieu",
}
SUNDAYS = {
    "Band 2": "92%",
    "Band 3": "78%",
    "Bands 4 to 6": "62%",
    "Band 7": "54%",
    "Band 8a": "time off in lieu",
}
ON_CALL = {
    "Nursing and Midwifery": "£28.40",
    "Allied Health Professionals": "£25.60",
    "Healthcare Science": "9.5% of basic salary",
    "Estates and Facilities": "£21.75",
    "Administrative and Clerical": "do not take part in on-call rotas",
}
PARKING = {"Riverside days": "Car Park P3", "Riverside nights": "Car Park P1", "Kestle Hill": "off Polbrook Lane"}
PERMIT = {"Riverside": "£24 a month", "Kestle Hill": "£7.50 a month"}
RESTAURANT = {"Riverside": "open 24 hours", "Kestle Hill": "07:30 to 15:00"}

QUESTIONS = (
    rule_question("wm-grace", "How much annual leave do I get?", LEAVE, "five to ten years"),
    rule_question("wm-grace", "What enhancement do I get for working a Sunday?", SUNDAYS, "Bands 4 to 6"),
    rule_question("wm-grace", "How much is a parking permit for me?", PERMIT, "Riverside"),
    rule_question("wm-grace", "What's the top of my pay band?", TOP, "Band 5"),
    rule_question("wm-tariq", "How many days' leave do I get a year?", LEAVE, "ten years or more"),
    rule_question("wm-tariq", "What extra do I get paid for nights?", NIGHTS_SATURDAYS, "Band 2"),
    rule_question("wm-tariq", "What does a staff parking permit cost?", PERMIT, "Kestle Hill"),
    rule_question("wm-tariq", "When is the staff restaurant open?", RESTAURANT, "Kestle Hill"),
    rule_question("wm-helen", "What am I paid for an on-call session?", ON_CALL, "Allied Health Professionals"),
    rule_question("wm-helen", "How much annual leave will I get?", LEAVE, "under five years"),
    rule_question("wm-helen", "Is there an enhancement if I work a Saturday?", NIGHTS_SATURDAYS, "Band 7"),
    rule_question("wm-helen", "What's the starting salary for my band?", ENTRY, "Band 7"),
    rule_question("wm-olu", "How does on-call pay work for me?", ON_CALL, "Healthcare Science"),
    rule_question("wm-olu", "What's the Sunday enhancement for my band?", SUNDAYS, "Bands 4 to 6"),
    rule_question("wm-olu", "How much annual leave am I entitled to?", LEAVE, "under five years"),
    rule_question("wm-olu", "Where do staff park at my hospital?", PARKING, "Kestle Hill"),
    rule_question("wm-sue", "Will I have to do on-call?", ON_CALL, "Administrative and Clerical"),
    rule_question("wm-sue", "How many days' annual leave do I get?", LEAVE, "ten years or more"),
    rule_question("wm-sue", "What's the most I can earn in my band?", TOP, "Band 4"),
    rule_question("wm-sue", "How much does staff parking cost?", PERMIT, "Riverside"),
    rule_question("wm-ryan", "Where can I park when I'm on nights?", PARKING, "Riverside nights"),
    rule_question("wm-ryan", "What's my enhancement for weekday nights?", NIGHTS_SATURDAYS, "Band 3"),
    rule_question("wm-ryan", "Can I get a hot meal at work in the night?", RESTAURANT, "Riverside"),
    rule_question("wm-ryan", "How much annual leave do I get?", LEAVE, None),
    rule_question("wm-nadia", "Do I get unsocial hours pay for weekend shifts?", NIGHTS_SATURDAYS, "Band 8a"),
    rule_question("wm-nadia", "What's the top point of my band?", TOP, "Band 8a"),
    rule_question("wm-nadia", "How much will my parking permit cost?", PERMIT, None),
    general_question("wm-nadia", "When does the leave year start?", "1 April"),
    rule_question("wm-james", "What are the staff restaurant's opening hours?", RESTAURANT, "Kestle Hill"),
    rule_question("wm-james", "What's the enhancement for Sundays?", SUNDAYS, None),
    rule_question("wm-james", "How much would I get for an on-call session?", ON_CALL, None),
    general_question("wm-james", "How often does the shuttle to the other hospital run?", "every 40 minutes"),
    rule_question("wm-priya", "What's the on-call payment for me?", ON_CALL, "Nursing and Midwifery"),
    rule_question("wm-priya", "How much annual leave do I get?", LEAVE, "five to ten years"),
    rule_question("wm-priya", "How much do I pay to park?", PERMIT, "Kestle Hill"),
    rule_question("wm-priya", "What's the night enhancement for my band?", NIGHTS_SATURDAYS, "Bands 4 to 6"),
    rule_question("wm-colin", "What do I get for each on-call session?", ON_CALL, "Estates and Facilities"),
    rule_question("wm-colin", "What's my Saturday enhancement?", NIGHTS_SATURDAYS, "Bands 4 to 6"),
    rule_question("wm-colin", "Where do I park?", PARKING, "Riverside days"),
    general_question("wm-colin", "How am I paid for the hours when I'm called in?", "time and a half"),
)

HANDBOOK = Handbook(
    name="wyvernmoor",
    title="Welcome to Wyvernmoor: Your Staff Handbook 2025/26",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
