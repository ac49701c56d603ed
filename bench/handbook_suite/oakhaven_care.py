"""Oakhaven Care: a care-home group's Employee Handbook, written in a plain, friendly "you and we" style with short
sections, FAQ parts ("Q: ... A: ...") and a few tables. Six homes in two regions (Northern and Southern) named once
in a homes table, so a home has to be placed in its region; roles (care assistant, senior carer, nurse, cook,
housekeeper, home manager), contracted vs bank staff, day vs night shifts and length of service defined in a "Words
we use" list. Night enhancement in a role x region table, weekend enhancement in a sentence that excludes bank staff
(and an FAQ saying bank staff do get the night rate), bank holiday rates for everyone, home managers' on-call
payment; payday by contract; breaks in a table by shift length with the day shifts of different lengths defined
separately (so "on days" alone does not fix the break); holidays for contracted staff by service and holiday pay for
bank staff; sick pay by service in a table with bank staff in a sentence; sickness reporting by shift; uniform
colours by role in a list under a lead-in and number of tunics by contract; training by role in a list; DBS renewal
for everyone with a bank-staff exception; each region's Bank Office phone number. Role (via "the cook", "I manage"),
home or region, contract, shift and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Oakhaven Care Employee Handbook</h1>
<p><em>April 2025 edition. Welcome to Oakhaven Care. This handbook is for everyone who works in our homes, whether
you have a contract with us or work on our staff bank. If anything here isn't clear, ask your home manager or
give People Services a call. We'd rather you asked!</em></p>
<h2>Our homes</h2>
<p>We have six homes in two regions. Each region has a Regional Manager and its own Bank Office, which fills bank
shifts for the homes in that region.</p>
<table>
<tr><th>Home</th><th>Town</th><th>Region</th><th>What we offer</th></tr>
<tr><td>Hollybank</td><td>Garsby</td><td>Northern</td><td>Residential and dementia care</td></tr>
<tr><td>Rowan Court</td><td>Thirlwick</td><td>Northern</td><td>Nursing and residential care</td></tr>
<tr><td>Ashdown Lodge</td><td>Marrick Bridge</td><td>Northern</td><td>Residential care</td></tr>
<tr><td>Bramley House</td><td>Chalkford</td><td>Southern</td><td>Residential care</td></tr>
<tr><td>Willowmere</td><td>Sandridge</td><td>Southern</td><td>Residential and dementia care</td></tr>
<tr><td>The Larches</td><td>Wenbury</td><td>Southern</td><td>Nursing and dementia nursing care</td></tr>
</table>
<h2>Words we use</h2>
<ul>
<li><strong>Hands-on roles</strong>: care assistants, senior carers and nurses. Nurses work at our nursing homes,
Rowan Court and The Larches.</li>
<li><strong>Other roles</strong>: cooks and kitchen assistants, housekeepers and laundry staff, administrators and
maintenance staff, and each home's home manager.</li>
<li><strong>Contracted staff</strong>: you have a contract with us for set weekly hours, full-time or part-time.</li>
<li><strong>Bank staff</strong>: you're on our staff bank. You don't have set hours; you pick up shifts through
your region's Bank Office and are paid the bank rate for your role.</li>
<li><strong>Day shifts</strong>: a long day runs from 08:00 to 20:00 (12 hours). Some homes also have short day
shifts: an early, 08:00 to 14:00, and a twilight, 17:00 to 22:00.</li>
<li><strong>Night shifts</strong>: 20:00 to 08:00.</li>
<li><strong>Service</strong>: how long you've worked for Oakhaven without a break, counting any time on the bank
straight before your contract.</li>
</ul>
""",
    """
<h2>Your pay</h2>
<p>Your basic hourly rate is in your contract or, if you're on the bank, your bank agreement. Contracted staff are
paid monthly, on the 28th. Bank staff are paid weekly, every Friday, for the shifts worked the week before.</p>
<h3>Extra pay for unsocial hours</h3>
<p>On top of your basic rate, we pay a night enhancement for every hour worked between 20:00 and 08:00 in a
hands-on role:</p>
<table>
<tr><th>Role</th><th>Northern homes</th><th>Southern homes</th></tr>
<tr><td>Care assistant</td><td>&pound;1.45 an hour</td><td>&pound;1.75 an hour</td></tr>
<tr><td>Senior carer</td><td>&pound;1.65 an hour</td><td>&pound;1.95 an hour</td></tr>
<tr><td>Nurse</td><td>&pound;2.60 an hour</td><td>&pound;3.10 an hour</td></tr>
</table>
<p>Contracted staff in hands-on roles, cooks and housekeepers also get a weekend enhancement of &pound;0.90 an hour
for hours worked on Saturdays and Sundays. Bank staff don't get the weekend enhancement, because the bank rate
already includes it.</p>
<p>Everyone, contracted or bank, is paid time and a half on bank holidays, and double time on Christmas Day and New
Year's Day.</p>
<h3>Pay: your questions</h3>
<p><strong>Q: I'm on the bank and I pick up nights. Do I get the night enhancement?</strong><br>
A: Yes. Bank staff get the night enhancement at the same rates as contracted staff, for the home where they
work the shift.</p>
<p><strong>Q: Do home managers get enhancements?</strong><br>
A: No. Home managers are salaried. When they're on call for their home overnight, they're paid &pound;45 for each
night on call.</p>
<p><strong>Q: I work at two homes. Which rates apply?</strong><br>
A: The rates of the home where you work each shift.</p>
<h2>Breaks</h2>
<p>Your break depends on how long your shift is:</p>
<table>
<tr><th>Shift</th><th>Break</th></tr>
<tr><td>Up to 6 hours (including the early and twilight shifts)</td><td>15 minutes, paid</td></tr>
<tr><td>Over 6 hours and up to 8 hours</td><td>30 minutes, unpaid</td></tr>
<tr><td>12-hour long day</td><td>60 minutes, unpaid, taken as two breaks of 30 minutes</td></tr>
<tr><td>12-hour night</td><td>45 minutes, paid, because you stay in the home and may be called</td></tr>
</table>
<p>Everyone working a shift of 8 hours or more gets a free hot meal from the home's kitchen.</p>
""",
    """
<h2>Holidays</h2>
<p>The holiday year runs from 1 April to 31 March. Contracted staff get 28 days' holiday a year, including bank
holidays, worked out in hours if you're part-time or on 12-hour shifts. After five years' service this goes up to
31 days. Book holiday through your home manager at least four weeks ahead; in December, holiday is shared out
fairly by a rota.</p>
<p>Bank staff don't book holiday in the same way. Instead, holiday pay of 12.07% is added to the pay for every hour
you work, and shown separately on your payslip.</p>
<h2>Being off sick</h2>
<p>If you can't come in, phone the home and speak to the nurse or senior in charge (please don't text). For a day
shift, call at least 4 hours before it starts. For a night shift, call by 14:00 on the day.</p>
<p>If you're a contracted member of staff, we pay company sick pay depending on your service:</p>
<table>
<tr><th>Your service</th><th>Company sick pay in any 12 months</th></tr>
<tr><td>Under 1 year</td><td>Statutory Sick Pay only</td></tr>
<tr><td>1 to 2 years</td><td>2 weeks' full pay, then Statutory Sick Pay</td></tr>
<tr><td>2 to 5 years</td><td>4 weeks' full pay, then 4 weeks' half pay</td></tr>
<tr><td>5 years or more</td><td>8 weeks' full pay, then 8 weeks' half pay</td></tr>
</table>
<p>Bank staff receive Statutory Sick Pay only, when they qualify for it.</p>
<h3>Sickness: your questions</h3>
<p><strong>Q: Do I need a fit note?</strong><br>
A: For absences of more than 7 days in a row, yes. For shorter absences, fill in a self-certificate with your home
manager when you're back.</p>
<p><strong>Q: I've had diarrhoea or sickness. When can I come back?</strong><br>
A: Not until you've been clear of symptoms for 48 hours, to protect our residents.</p>
""",
    """
<h2>Uniform</h2>
<p>Each role has its own colour, so residents and visitors know who's who:</p>
<ul>
<li>Care assistants: lilac tunics</li>
<li>Senior carers: teal tunics</li>
<li>Nurses: navy tunics with red piping</li>
<li>Cooks and kitchen assistants: chef's whites</li>
<li>Housekeepers and laundry staff: sage green tunics</li>
<li>Home managers: your own smart clothes, with your name badge</li>
</ul>
<p>Contracted staff get three tunics (or sets of whites) when they start, and two replacements a year. Bank staff get
two tunics. Wash your uniform at 60 degrees, and don't wear it outside work.</p>
<h2>Training</h2>
<p>Everyone does our three-day induction before their first shift, and mandatory refresher training every year. Bank
staff are paid for mandatory training at their bank rate. Depending on your role, there's more:</p>
<ul>
<li>Care assistants who don't already have it complete the Care Certificate within their first 12 weeks.</li>
<li>Senior carers pass a medication competency assessment every year before giving medicines.</li>
<li>Nurses keep their NMC registration: we give 5 paid study days a year towards revalidation.</li>
<li>Cooks hold Level 3 Food Hygiene, renewed every three years.</li>
<li>Housekeepers complete COSHH and infection control training every year.</li>
<li>Home managers work towards the Level 5 Diploma in Leadership for Health and Social Care if they don't hold
it.</li>
</ul>
<h2>DBS checks</h2>
<p>Every role needs an enhanced DBS check with a barred list check. We renew DBS checks every three years. If you've
joined the DBS Update Service, we check your status online each year instead, and you won't need a new
certificate. Bank staff who haven't worked a shift with us for six months need a new DBS check before they can
work again.</p>
<h2>Who to call</h2>
<table>
<tr><th>For</th><th>Call</th></tr>
<tr><td>Bank shifts, Northern homes</td><td>Northern Bank Office, Rowan Court: 01632 960 412</td></tr>
<tr><td>Bank shifts, Southern homes</td><td>Southern Bank Office, Bramley House: 01632 960 587</td></tr>
<tr><td>Pay, holiday pay and payslips</td><td>People Services: 01632 960 100</td></tr>
</table>
""",
)

USERS = (
    User("ok-jade", ("I'm a care assistant at Hollybank.", "I work nights.")),
    User("ok-priti", ("I'm on the bank at Willowmere.", "Senior carer, mostly long days.")),
    User("ok-grace", ("I'm a nurse at The Larches, contracted, on nights.", "Six years with Oakhaven.")),
    User("ok-ben", ("I'm the cook at Rowan Court, on a permanent contract.", "Started eighteen months ago.")),
    User("ok-martha", ("Housekeeper at Bramley House, part-time.", "I've been here three years.")),
    User("ok-sam", ("Senior carer on long days at Ashdown Lodge.", "Been here since 2016.")),
    User("ok-leah", ("I'm a care assistant.", "I joined last month.")),
    User("ok-nadia", ("I'm the home manager at Willowmere.",)),
    User("ok-tom", ("I work at The Larches.",)),
    User("ok-owen", ("I'm a bank care assistant.", "I pick up nights at Rowan Court and Hollybank.")),
    User("ok-ruth", ("Care assistant on days at Bramley House.", "Contracted, four years in.")),
)

NIGHT = {
    "care assistant, Northern": "£1.45 an hour",
    "care assistant, Southern": "£1.75 an hour",
    "senior carer, Northern": "£1.65 an hour",
    "senior carer, Southern": "£1.95 an hour",
    "nurse, Northern": "£2.60 an hour",
    "nurse, Southern": "£3.10 an hour",
}
CARE_ASSISTANT_NIGHT = {k: v for k, v in NIGHT.items() if k.startswith("care assistant")}
SOUTHERN_NIGHT = {k: v for k, v in NIGHT.items() if k.endswith("Southern")}
WEEKEND = {"contracted": "£0.90 an hour", "bank": "bank rate already includes it"}
PAYDAY = {"contracted": "on the 28th", "bank": "every Friday"}
BREAK = {
    "up to 6 hours": "15 minutes, paid",
    "6 to 8 hours": "30 minutes, unpaid",
    "long day": "60 minutes, unpaid",
    "night": "45 minutes, paid",
}
DAY_BREAK = {k: v for k, v in BREAK.items() if k != "night"}
HOLIDAY = {"contracted, under five years": "28 days", "contracted, five years or more": "31 days", "bank": "12.07%"}
REPORT_SICK = {"day": "at least 4 hours before", "night": "by 14:00"}
SICK_PAY = {
    "under 1 year, or bank": "Statutory Sick Pay only",
    "1 to 2 years": "2 weeks' full pay",
    "2 to 5 years": "4 weeks' full pay",
    "5 years or more": "8 weeks' full pay",
}
UNIFORM = {
    "care assistant": "lilac",
    "senior carer": "teal",
    "nurse": "navy",
    "cook": "chef's whites",
    "housekeeper": "sage green",
    "home manager": "own smart clothes",
}
TUNICS = {"contracted": "three tunics", "bank": "two tunics"}
TRAINING = {
    "care assistant": "Care Certificate",
    "senior carer": "medication competency",
    "nurse": "5 paid study days",
    "cook": "Level 3 Food Hygiene",
    "housekeeper": "COSHH",
    "home manager": "Level 5 Diploma",
}
BANK_OFFICE = {"Northern": "01632 960 412", "Southern": "01632 960 587"}

QUESTIONS = (
    rule_question("ok-jade", "What's the night enhancement for me?", NIGHT, "care assistant, Northern"),
    rule_question("ok-jade", "How long is my break?", BREAK, "night"),
    rule_question("ok-jade", "What colour uniform do I wear?", UNIFORM, "care assistant"),
    rule_question("ok-jade", "How much sick pay would I get?", SICK_PAY, None),
    rule_question("ok-jade", "By when do I have to ring in sick?", REPORT_SICK, "night"),
    rule_question("ok-priti", "How much holiday do I get?", HOLIDAY, "bank"),
    rule_question("ok-priti", "Do I get extra for weekends?", WEEKEND, "bank"),
    rule_question("ok-priti", "What sick pay do I get?", SICK_PAY, "under 1 year, or bank"),
    rule_question("ok-priti", "What number do I ring to book shifts?", BANK_OFFICE, "Southern"),
    rule_question("ok-priti", "When do I get paid?", PAYDAY, "bank"),
    rule_question("ok-grace", "How much extra do I get per hour on nights?", NIGHT, "nurse, Southern"),
    rule_question("ok-grace", "How much sick pay am I entitled to?", SICK_PAY, "5 years or more"),
    rule_question("ok-grace", "How many days of holiday do I have?", HOLIDAY, "contracted, five years or more"),
    rule_question("ok-grace", "Do I get study time for my revalidation?", TRAINING, "nurse"),
    rule_question("ok-ben", "How much sick pay do I get?", SICK_PAY, "1 to 2 years"),
    rule_question("ok-ben", "What's my uniform?", UNIFORM, "cook"),
    rule_question("ok-ben", "How many days of holiday do I have?", HOLIDAY, "contracted, under five years"),
    rule_question("ok-martha", "What colour tunic do I wear?", UNIFORM, "housekeeper"),
    rule_question("ok-martha", "What's my sick pay?", SICK_PAY, "2 to 5 years"),
    rule_question("ok-martha", "Is there a weekend enhancement for me?", WEEKEND, "contracted"),
    rule_question("ok-sam", "How long is my break?", BREAK, "long day"),
    rule_question("ok-sam", "How many days of holiday do I have?", HOLIDAY, "contracted, five years or more"),
    rule_question("ok-sam", "What do I need to do to keep giving medicines?", TRAINING, "senior carer"),
    rule_question("ok-sam", "How much notice do I give if I'm sick?", REPORT_SICK, "day"),
    rule_question("ok-leah", "What training do I have to complete?", TRAINING, "care assistant"),
    rule_question("ok-leah", "What sick pay would I get?", SICK_PAY, "under 1 year, or bank"),
    rule_question("ok-leah", "What's the night enhancement?", CARE_ASSISTANT_NIGHT, None),
    rule_question("ok-nadia", "What do I wear at work?", UNIFORM, "home manager"),
    general_question("ok-nadia", "Am I paid for nights on call?", "£45"),
    rule_question("ok-nadia", "What qualification am I expected to work towards?", TRAINING, "home manager"),
    general_question("ok-nadia", "How often are DBS checks renewed?", "every three years"),
    rule_question("ok-tom", "What colour uniform do I wear?", UNIFORM, None),
    rule_question("ok-tom", "Which number do I call for bank shifts?", BANK_OFFICE, "Southern"),
    rule_question("ok-tom", "What's the night enhancement?", SOUTHERN_NIGHT, None),
    rule_question("ok-owen", "What's my night enhancement?", NIGHT, "care assistant, Northern"),
    rule_question("ok-owen", "How many tunics do I get?", TUNICS, "bank"),
    general_question("ok-owen", "What am I paid on a bank holiday?", "time and a half"),
    rule_question("ok-ruth", "Do I get extra for working weekends?", WEEKEND, "contracted"),
    rule_question("ok-ruth", "How long is my break?", DAY_BREAK, None),
    rule_question("ok-ruth", "How many days of holiday do I have?", HOLIDAY, "contracted, under five years"),
)

HANDBOOK = Handbook(
    name="oakhaven_care",
    title="Oakhaven Care Employee Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
