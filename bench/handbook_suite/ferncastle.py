"""Ferncastle Teaching Hospitals NHS Foundation Trust: a UK hospital trust's staff handbook written
as questions and answers, with rules keyed by pay band (unsocial-hours enhancements, notice,
parking charges), by role and staff group (uniform, sickness reporting, life-support training),
by hospital site (parking, on-call travel time, catering), by length of NHS service (annual
leave) and by contract type (staff bank overrides in the last section). Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

TITLE = "Ferncastle Teaching Hospitals NHS Foundation Trust: Staff Handbook"

PAGES = (
    f"""
<h1>{TITLE}</h1>
<p><em>Your questions answered. Issue 7, published by the People Directorate for colleagues at both of
our hospitals.</em></p>
<p>This handbook covers everyone employed by the Trust on Agenda for Change terms, whether you hold a
permanent or fixed-term contract, and colleagues who work for us through the Ferncastle Staff Bank.
Medical and dental colleagues have separate terms and conditions, so Sections 2 and 3 do not apply to
them. If something isn't covered here, ask your line manager or the People Helpdesk (ext. 2250).</p>
<p>We run two hospitals: <strong>Ferncastle General Hospital (FGH)</strong> on Orchard Road in the city
centre, and <strong>St Aldric's Hospital (SAH)</strong> in Wendbury, eleven miles to the north. Where an
answer is different for the two sites, we say so.</p>

<h2>1. You and your contract</h2>
<h3>Q: Am I "clinical" or "non-clinical"?</h3>
<p>A: Several answers in this handbook depend on it. You are <strong>clinical</strong> if your job
involves hands-on care or treatment of patients: registered nurses and midwives, nursing associates,
Healthcare Support Workers (HCSWs), allied health professionals (AHPs, such as physiotherapists,
occupational therapists, radiographers and dietitians), operating department practitioners (ODPs) and
other theatre staff. Everyone else is <strong>non-clinical</strong>: admin and clerical colleagues
(including ward clerks and medical secretaries), finance, payroll, HR, IT, estates, and our Facilities
teams (portering, housekeeping and catering). This is true even if you work on a ward every day.</p>
<h3>Q: What's the difference between substantive, bank and agency staff?</h3>
<p>A: <em>Substantive</em> staff hold a permanent or fixed-term contract with the Trust.
<em>Bank</em> workers are registered with the Ferncastle Staff Bank, have no guaranteed hours and book
shifts through the FernRota app; Section 6 sets out where the rules are different for you.
<em>Agency</em> workers are employed by their agency and follow its rules on pay, leave and sickness;
only the uniform, ID badge and parking sections of this handbook apply to them.</p>
<h3>Q: When do I get paid?</h3>
<p>A: Substantive staff are paid monthly by credit transfer on the 26th of the month. If the 26th falls
on a weekend or bank holiday you are paid on the last working day before it. Bank workers are paid
differently (see Section 6).</p>
<h3>Q: How much annual leave will I get?</h3>
<p>A: Your entitlement grows with your reckonable NHS service, which includes service with other NHS
employers if you had no break of more than three months:</p>
<table>
<tr><th>Reckonable NHS service</th><th>Annual leave</th><th>Public holidays</th></tr>
<tr><td>On appointment</td><td>26 days</td><td>plus 8 bank holidays</td></tr>
<tr><td>After 5 years</td><td>29 days</td><td>plus 8 bank holidays</td></tr>
<tr><td>After 10 years</td><td>32 days</td><td>plus 8 bank holidays</td></tr>
</table>
<p>Part-time colleagues receive the same entitlement pro rata, converted into hours. Leave runs from
1 April to 31 March; you can carry forward up to five days with your manager's agreement.</p>
""",
    """
<h2>2. Shifts, unsocial hours and on-call</h2>
<h3>Q: Do I get paid more for working nights and weekends?</h3>
<p>A: Yes. If you work unsocial hours as part of your rostered hours, you are paid an enhancement on
top of your basic hourly rate. The enhancement depends on your pay band:</p>
<table>
<tr><th>Your band</th><th>Weekday nights (20:00 to 06:00) and all day Saturday</th><th>Sundays and bank holidays</th></tr>
<tr><td>Band 2</td><td>time + 42%</td><td>time + 84%</td></tr>
<tr><td>Band 3</td><td>time + 35%</td><td>time + 70%</td></tr>
<tr><td>Bands 4 to 8a</td><td>time + 28%</td><td>time + 56%</td></tr>
</table>
<p>Enhancements are paid a month in arrears and count towards your pension. Band 8a colleagues on the
senior manager on-call rota receive the on-call payment below for that rota instead of an enhancement.
Bank workers should also read Section 6, because one of these rates is different on the bank.</p>
<h3>Q: What breaks do I get?</h3>
<p>A: On any shift longer than six hours you take an unpaid break of half an hour. On a long day or a
night shift (11 hours or more) your breaks add up to one hour, and the first half-hour is paid. Please
take your breaks away from the ward or department wherever you can.</p>
<h3>Q: How does on-call work?</h3>
<p>A: Theatres, radiology, pharmacy, estates and some therapy services run on-call rotas. While you are
on call you must keep your Trust phone with you and be fit to work. Response times depend on which
hospital you cover:</p>
<ul>
<li>at FGH you must be able to arrive on site within 30 minutes of being called;</li>
<li>at SAH, because of its rural catchment, you must arrive within 45 minutes.</li>
</ul>
<p>You receive an availability payment of &pound;32 for each on-call session, and any time you are called
in is paid at time and a half. Claim both on the monthly e-Expenses form.</p>

<h2>3. Leaving the Trust</h2>
<h3>Q: How much notice do I need to give?</h3>
<p>A: Please resign in writing to your line manager. Your contractual notice depends on your band:</p>
<ul>
<li>Bands 2 to 4: 4 weeks;</li>
<li>Bands 5 and 6: 8 weeks;</li>
<li>Bands 7 and 8a: 12 weeks.</li>
</ul>
<p>Your manager may agree a shorter notice period, for example if you are moving to another NHS
employer. Outstanding annual leave should normally be taken before your last day rather than paid.</p>
""",
    """
<h2>4. Uniform and dress</h2>
<h3>Q: What will I wear at work?</h3>
<p>A: Uniform is issued according to your role. Collect it from the Linen Room (FGH, lower ground floor)
or the Sewing Room (SAH, Wendbury House) once your manager has sent the order form.</p>
<table>
<tr><th>Role</th><th>Uniform</th></tr>
<tr><td>Registered nurses and midwives, Band 5</td><td>sky blue tunic</td></tr>
<tr><td>Sisters, charge nurses and senior midwives, Band 6</td><td>royal blue tunic</td></tr>
<tr><td>Ward managers and team leaders, Band 7</td><td>dark navy tunic with red piping</td></tr>
<tr><td>Matrons, Band 8a</td><td>plum tunic</td></tr>
<tr><td>Nursing associates, Band 4</td><td>teal tunic</td></tr>
<tr><td>Healthcare Support Workers, Bands 2 and 3</td><td>pale green tunic</td></tr>
<tr><td>Allied health professionals, all bands</td><td>white tunic with bottle green trim</td></tr>
<tr><td>Theatre staff and ODPs, all bands</td><td>theatre scrubs, worn only inside the theatre suite</td></tr>
<tr><td>Facilities (portering, housekeeping, catering)</td><td>charcoal polo shirt and black trousers</td></tr>
<tr><td>Admin and clerical and other non-clinical roles</td><td>no uniform: own smart clothing</td></tr>
</table>
<p>Nursing, midwifery and therapy colleagues wear black trousers with their tunic. Theatre staff are
given scrubs in place of a tunic, and Trust laundry washes them. Everyone else receives five tunics
(or polo shirts) when they start and replacements on request.</p>
<h3>Q: Can I wear my uniform outside work?</h3>
<p>A: No. You must not wear a clinical uniform in public, including on the way to and from work, so
change on site; changing rooms and lockers are available at both hospitals. Clinical staff must be
bare below the elbows in all clinical areas. Everyone wears their Trust ID badge at all times.</p>

<h2>5. Sickness and mandatory training</h2>
<h3>Q: I'm unwell and can't come in. Who do I tell?</h3>
<p>A: Always phone; texts and emails are not accepted.</p>
<ul>
<li>Clinical staff: phone the nurse in charge of your ward or department at least 2 hours before your
shift is due to start, so cover can be arranged.</li>
<li>Facilities colleagues: phone the Facilities Helpdesk on ext. 4410, which is staffed day and night.</li>
<li>All other non-clinical staff: phone your line manager by 09:30 on your first day of absence.</li>
</ul>
<p>From the eighth calendar day you need a fit note from your GP.</p>
<h3>Q: How often do I have to do mandatory training?</h3>
<p>A: Fire safety, information governance and safeguarding are refreshed every year by e-learning on
FernLearn. Resuscitation training depends on your staff group: clinical staff attend a face-to-face
Basic Life Support session every 12 months, while non-clinical staff complete the Resuscitation
Awareness e-learning every three years.</p>
""",
    """
<h2>6. Getting to work and around our sites</h2>
<h3>Q: Where do I park, and what does it cost?</h3>
<p>A: At FGH, staff park in Car Park D, the Orchard Road multi-storey. You need a permit, charged
monthly through payroll according to your band. At SAH, staff park in the Mill Lane staff car park;
you still need a permit to show on your dashboard, but there is no charge.</p>
<table>
<tr><th>FGH permit</th><th>Bands 2 to 4</th><th>Bands 5 and 6</th><th>Bands 7 and 8a</th></tr>
<tr><td>Monthly charge</td><td>&pound;14 a month</td><td>&pound;26 a month</td><td>&pound;38 a month</td></tr>
</table>
<p>Night workers at FGH whose shift starts after 19:00 may instead use Car Park A, beside the Emergency
Department, free of charge until 08:30 the next morning. A free inter-site shuttle bus runs between FGH
and SAH every 40 minutes from 07:00 to 19:00 on weekdays.</p>
<h3>Q: Where can I get something to eat?</h3>
<p>A: At FGH the Beech Restaurant on level 1 is open around the clock. At SAH the Courtyard Caf&eacute;
is open from 07:00 to 19:30; outside those hours there are hot-food vending machines in the main
corridor.</p>

<h2>7. Working on the Staff Bank</h2>
<h3>Q: When are bank shifts paid?</h3>
<p>A: Bank workers are paid weekly, every Friday, for the shifts approved in FernRota by midnight on the
previous Sunday. Substantive staff who also work bank shifts are paid for them in the same way.</p>
<h3>Q: Do I get holiday pay on the bank?</h3>
<p>A: Bank workers do not accrue annual leave in days. Instead, holiday pay of 12.07% is added to the
pay for every shift you work and shown as a separate line on your payslip.</p>
<h3>Q: Are bank shifts paid unsocial hours enhancements?</h3>
<p>A: Yes: you receive the enhancement in the Section 2 table for the band of the shift you work, with
one exception. A bank shift worked on a bank holiday is paid at double time, whatever the band, instead
of the Sunday and bank holiday rate.</p>
<h3>Q: What if I can't work a shift I've booked?</h3>
<p>A: Cancel it in FernRota at least 48 hours before it starts. Repeated late cancellations may lead to
a review of your bank registration.</p>
""",
)

USERS = (
    User("fc-priya", ("I'm a band 5 staff nurse on Larch Ward.", "I'm based at the General.")),
    User("fc-darren", ("I'm a healthcare assistant at St Aldric's.", "I'm on band 3.")),
    User("fc-ellie", ("I'm a band 7 physio.",)),
    User("fc-mark", ("I work in payroll over at St Aldric's.", "Band 4, and I've been here about three years.")),
    User("fc-sam", ("I'm a porter at Ferncastle General and I mostly do nights.",)),
    User(
        "fc-jo", ("I'm not contracted, I just pick up shifts through the bank.", "I work as a band 2 support worker.")
    ),
    User("fc-tom", ("I'm an ODP in theatres at St Aldric's.", "I've been with the Trust for nearly 12 years.")),
)

NIGHTS_SATURDAY = {"Band 2": "42%", "Band 3": "35%", "Bands 4 to 8a": "28%"}
SUNDAY = {"Band 2": "84%", "Band 3": "70%", "Bands 4 to 8a": "56%"}
BANK_HOLIDAY_SHIFT = {**SUNDAY, "Staff Bank": "double time"}
NOTICE = {"Bands 2 to 4": "4 weeks", "Bands 5 and 6": "8 weeks", "Bands 7 and 8a": "12 weeks"}
LEAVE = {"under 5 years": "26 days", "5 to 10 years": "29 days", "over 10 years": "32 days"}
UNIFORM = {
    "RN Band 5": "sky blue tunic",
    "Band 6": "royal blue tunic",
    "Band 7": "red piping",
    "Band 8a": "plum tunic",
    "Nursing associate": "teal tunic",
    "HCSW": "pale green tunic",
    "AHP": "bottle green trim",
    "Theatres": "theatre scrubs",
    "Facilities": "charcoal polo shirt",
    "Admin and clerical": "own smart clothing",
}
SICKNESS = {"Clinical": "2 hours before", "Facilities": "ext. 4410", "Other non-clinical": "by 09:30"}
RESUS = {"Clinical": "every 12 months", "Non-clinical": "every three years"}
ON_CALL = {"FGH": "30 minutes", "SAH": "45 minutes"}
PARKING_WHERE = {"FGH": "Car Park D", "FGH nights": "Car Park A", "SAH": "Mill Lane"}
NIGHT_PARKING = {"FGH nights": "Car Park A", "SAH": "Mill Lane"}
PARKING_COST = {"FGH Bands 2-4": "£14", "FGH Bands 5-6": "£26", "FGH Bands 7-8a": "£38", "SAH": "no charge"}
CATERING = {"FGH": "around the clock", "SAH": "19:30"}
PAYDAY = {"Substantive": "26th", "Staff Bank": "every Friday"}

QUESTIONS = (
    rule_question("fc-priya", "Do I get paid extra for working Sundays?", SUNDAY, "Bands 4 to 8a"),
    rule_question("fc-priya", "What colour tunic will I be given?", UNIFORM, "RN Band 5"),
    rule_question("fc-priya", "How much will a parking permit cost me each month?", PARKING_COST, "FGH Bands 5-6"),
    rule_question("fc-priya", "If I wanted to leave, how much notice would I have to give?", NOTICE, "Bands 5 and 6"),
    general_question("fc-priya", "How many tunics do we get when we start?", "five tunics"),
    rule_question("fc-darren", "What extra do I get paid for night shifts?", NIGHTS_SATURDAY, "Band 3"),
    rule_question("fc-darren", "what uniform do I wear?", UNIFORM, "HCSW"),
    rule_question("fc-darren", "Do I have to pay to park at work?", PARKING_COST, "SAH"),
    general_question(
        "fc-darren", "Is there a bus between the two hospitals, and how often does it go?", "every 40 minutes"
    ),
    rule_question("fc-ellie", "What's the uniform for my role?", UNIFORM, "AHP"),
    rule_question("fc-ellie", "How long's my notice period?", NOTICE, "Bands 7 and 8a"),
    rule_question("fc-ellie", "How often do I need to redo basic life support?", RESUS, "Clinical"),
    rule_question("fc-ellie", "Where am I supposed to park?", PARKING_WHERE, None),
    rule_question(
        "fc-ellie", "If I join the on-call rota, how quickly would I need to get in when called?", ON_CALL, None
    ),
    rule_question("fc-mark", "Is there a uniform for my job?", UNIFORM, "Admin and clerical"),
    rule_question("fc-mark", "If I'm off sick, who do I ring and by when?", SICKNESS, "Other non-clinical"),
    rule_question("fc-mark", "How many days' annual leave do I get?", LEAVE, "under 5 years"),
    rule_question("fc-mark", "What time does the canteen close?", CATERING, "SAH"),
    rule_question("fc-sam", "What do I wear for work?", UNIFORM, "Facilities"),
    rule_question("fc-sam", "I've got a migraine and can't come in tonight, who do I phone?", SICKNESS, "Facilities"),
    rule_question("fc-sam", "Where can I park when I come in for my shift?", NIGHT_PARKING, "FGH nights"),
    rule_question("fc-sam", "How much extra per hour do I get for working nights?", NIGHTS_SATURDAY, None),
    rule_question("fc-jo", "When do I actually get paid?", PAYDAY, "Staff Bank"),
    general_question("fc-jo", "Do I get any holiday pay?", "12.07%"),
    rule_question("fc-jo", "What rate do I get if I do a shift on Christmas Day?", BANK_HOLIDAY_SHIFT, "Staff Bank"),
    rule_question("fc-tom", "How many days of annual leave am I entitled to?", LEAVE, "over 10 years"),
    rule_question("fc-tom", "What's the response time when I'm on call?", ON_CALL, "SAH"),
    rule_question("fc-tom", "How much notice would I need to hand in?", NOTICE, None),
)

HANDBOOK = Handbook(
    name="ferncastle",
    title=TITLE,
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
