"""Cranwell Learning Trust: an academy trust's staff handbook for its two schools, Fenwick Junior School
and Cranwell Vale Academy (a secondary), with abbreviations declared once (CLT, FJS, CVA, TA, HLTA,
ECT, PPA, TTO, DSL) in a "terms we use" section, a teachers' pay table (M1-M6, UPS1-3) with a
footnote, a support staff grade table, term-time only pay weeks by length of service, a directed-time
table with the two schools as columns and a footnote, the school day and duties by site and role in
"If you are a ..., then ..." phrasing, ECT reduced timetable by induction year, absence reporting
and leave as "Q: ... A: ..." FAQs with several groups' answers in one paragraph, resignation dates
for teachers beside notice by grade for support staff, and the DSL and parking by school. Roles,
schools, pay points, grades, contract type and service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Cranwell Learning Trust: Staff Handbook 2025 to 2026</h1>
<p><em>For all staff at Fenwick Junior School and Cranwell Vale Academy. Agreed with the recognised unions at
the Joint Consultative Committee, 9 July 2025. Questions about this handbook go to the Trust HR team,
hr@cranwell-lt.example.</em></p>
<h2>About this handbook</h2>
<p>The Cranwell Learning Trust (CLT) runs two schools: Fenwick Junior School (FJS), Fenwick Road, for pupils aged
7 to 11, and Cranwell Vale Academy (CVA), Vale Lane, a secondary school for ages 11 to 16. This handbook
explains the arrangements that most often lead to questions. Teachers' pay and conditions follow the School
Teachers' Pay and Conditions Document as adopted by the Trust; support staff are employed on the Trust's
support staff terms, which follow the national NJC agreement.</p>
<h2>Terms we use</h2>
<ul>
<li><strong>Teacher</strong>: anyone employed on the teachers' pay scales below, including leaders of
departments and subjects.</li>
<li><strong>ECT</strong>: an early career teacher, in the two-year induction period after qualifying.</li>
<li><strong>TA</strong>: a teaching assistant. <strong>HLTA</strong>: a higher level teaching assistant, who may
teach a class to cover PPA.</li>
<li><strong>Support staff</strong>: all staff who are not teachers, including TAs and HLTAs, office and finance
staff, site staff and lunchtime supervisors.</li>
<li><strong>TTO</strong>: term-time only. TTO staff work the 39 school weeks a year (190 pupil days and 5
training days); all-year staff work throughout the year and book their leave. TAs, HLTAs and lunchtime
supervisors are on TTO contracts; office, finance and site staff are all-year.</li>
<li><strong>PPA</strong>: planning, preparation and assessment time, which is 10% of every teacher's
timetable.</li>
<li><strong>Directed time</strong>: the 1,265 hours a year, over 195 days, for which a full-time teacher can be
directed by the headteacher or principal.</li>
<li><strong>DSL</strong>: the designated safeguarding lead of a school.</li>
</ul>
<h2>Pay</h2>
<p>Teachers are paid on the main pay range (M1 to M6) or the upper pay range (UPS1 to UPS3). Salaries from
1 September 2025:</p>
<table>
<tr><th>Point</th><th>Annual salary</th><th>Point</th><th>Annual salary</th></tr>
<tr><td>M1</td><td>£32,916</td><td>M5</td><td>£41,416</td></tr>
<tr><td>M2</td><td>£34,823</td><td>M6</td><td>£45,352</td></tr>
<tr><td>M3</td><td>£36,922</td><td>UPS1</td><td>£47,079 <sup>1</sup></td></tr>
<tr><td>M4</td><td>£39,152</td><td>UPS2</td><td>£48,914</td></tr>
<tr><td></td><td></td><td>UPS3</td><td>£50,739</td></tr>
</table>
<p><small>1 Teachers move to UPS1 after a successful application, normally from M6; see the Trust Pay Policy.
Movement up each range is one point each September, subject to appraisal.</small></p>
""",
    """
<p>Support staff are paid on Trust grades. The salary shown is the full-time, all-year salary; TTO and
part-time salaries are pro rata.</p>
<table>
<tr><th>Grade</th><th>Roles</th><th>Full-time salary</th></tr>
<tr><td>Grade 2</td><td>Lunchtime supervisor; cleaner</td><td>£24,404</td></tr>
<tr><td>Grade 4</td><td>TA</td><td>£25,584 to £26,409</td></tr>
<tr><td>Grade 5</td><td>School office administrator; exams officer</td><td>£26,824 to £28,142</td></tr>
<tr><td>Grade 6</td><td>HLTA; SEND TA</td><td>£28,598 to £31,022</td></tr>
<tr><td>Grade 7</td><td>Site manager; finance officer</td><td>£31,586 to £34,434</td></tr>
</table>
<p>TTO staff are paid for their 39 working weeks plus their holiday entitlement, spread over 12 equal monthly
payments. With under five years' continuous service this comes to 44.3 weeks of pay a year, and with five years
or more it is 45.3 weeks.</p>
<h2>Directed time</h2>
<p>Each school publishes its directed-time calendar at the start of the year. The 1,265 hours are allocated as
follows (hours a year for a full-time teacher):</p>
<table>
<tr><th>Activity</th><th>FJS</th><th>CVA</th></tr>
<tr><td>Teaching, registration and assemblies</td><td>1,032</td><td>1,018</td></tr>
<tr><td>Staff and phase or department meetings</td><td>38 (Tuesdays, 15:30 to 16:30)</td><td>33 (alternate Wednesdays, 15:10 to 16:40)</td></tr>
<tr><td>Parents' evenings</td><td>8 (two evenings)</td><td>16 (four year-group evenings)</td></tr>
<tr><td>Training days</td><td>32.5</td><td>32.5</td></tr>
<tr><td>Duties (see below)</td><td>19</td><td>29</td></tr>
<tr><td>Reports, moderation and other directed activities <sup>2</sup></td><td>135.5</td><td>136.5</td></tr>
</table>
<p><small>2 Includes open evenings. At CVA teachers of Year 11 classes also attend the two mock-results
evenings in January, which count within this allowance.</small></p>
""",
    """
<h2>The school day and duties</h2>
<p>If you are a teacher at FJS, then you should be in your classroom by 08:20, when the gates open for
breakfast club pupils to come through, and you take one morning playground duty a week. If you are a TA at
FJS, then your contracted day is 08:30 to 15:30, and you supervise your class's lunch on two days a week, which
is paid as part of your contract.</p>
<p>If you are a teacher at CVA, then you attend the staff briefing at 08:15 on Mondays and Thursdays and are in
your tutor room by 08:35 every day; your duties are one break duty a week and one after-school bus duty each
half term. If you are a TA at CVA, then you work 08:15 to 15:15 and meet your SEND team leader at 08:20 each
Monday.</p>
<p>If you are on the support staff outside the classroom (office, finance and site staff), then your hours are
in your contract and you have no duties on the rota, except the site team, who unlock each school at
07:00.</p>
<h2>ECTs</h2>
<p>ECTs have a reduced timetable on top of their PPA time: in the first year of induction a further 10% of the
timetable, and in the second year a further 5%. Your induction mentor meets you weekly in the first year and
fortnightly in the second.</p>
<h2>Safeguarding</h2>
<p>Any concern about a child's safety is reported the same day on CPOMS and in person to the DSL. At FJS the DSL
is Mrs Rachel Holloway, Deputy Head; at CVA it is Mr Tariq Banerjee, Assistant Principal. The deputy DSLs are
listed on the staffroom noticeboard of each school.</p>
""",
    """
<h2>Frequently asked questions</h2>
<p><strong>Q: I'm ill and can't come in. Who do I tell?</strong><br>
A: If you are a teacher at FJS, ring the headteacher's absence line on 01632 964 100 before 07:00. Teachers at
CVA ring the cover line, 01632 964 220, by 06:45 and email cover work to cover@cva.example by 08:00. TAs and
all other support staff at either school ring their line manager by 07:30. Everyone completes a return to work
form on their first day back.</p>
<p><strong>Q: How much annual leave do I get?</strong><br>
A: It depends on your contract. Teachers take their leave during the school holidays and do not book it.
TTO support staff also take leave in the school holidays; it is built into the pay weeks shown under Pay.
All-year support staff receive 26 days a year, rising to 31 days after five years' continuous service, plus
bank holidays, and may take no more than five days in term time.</p>
<p><strong>Q: Can I take a day off in term time?</strong><br>
A: Only with the headteacher's or principal's agreement, for exceptional reasons. Up to three days of unpaid
leave a year may be agreed; paid leave is given for a child's emergency, up to two days at a time.</p>
<p><strong>Q: How much notice do I need to give if I want to leave?</strong><br>
A: If you are a teacher, then you resign by 31 October to leave on 31 December, by the last day of February to
leave on 30 April, or by 31 May to leave on 31 August. Support staff on Grades 2 to 6 give one month's notice,
and those on Grade 7 give two months' notice.</p>
<p><strong>Q: Where do I park?</strong><br>
A: At FJS, staff park in the rear playground car park, which is closed to cars between 08:40 and 15:45 while
pupils are outside; arrive before 08:40. At CVA, staff park in the Gate B car park with a permit from main
reception, which is free.</p>
<p><strong>Q: Do I have to work on training days?</strong><br>
A: Teachers and all support staff attend the five training days, which are in the TTO working year. All-year
staff attend as a normal working day.</p>
<p><strong>Q: What should I wear?</strong><br>
A: Smart business dress in school. PE staff may wear the Trust sports kit, and site staff are issued with
branded workwear and safety boots.</p>
<h2>Who to contact</h2>
<table>
<tr><th>For</th><th>FJS</th><th>CVA</th></tr>
<tr><td>Pay and contracts</td><td colspan="2">Trust HR team, hr@cranwell-lt.example</td></tr>
<tr><td>Cover and timetables</td><td>Deputy Head</td><td>Cover manager, ext. 220</td></tr>
<tr><td>Site and buildings</td><td>Site manager, ext. 105</td><td>Site manager, ext. 240</td></tr>
</table>
""",
)

USERS = (
    User("cr-amy", ("Started as a TA at the junior school in September.",)),
    User("cr-ben", ("I teach maths at the Vale.", "I'm on M4 this year.")),
    User("cr-chloe", ("I'm an ECT at Fenwick, first year, with a Year 4 class.",)),
    User("cr-dan", ("Site manager at Cranwell Vale.", "I've been with the trust seven years.")),
    User("cr-eve", ("Head of history at Cranwell Vale, on UPS2.",)),
    User("cr-faye", ("HLTA at Fenwick Junior, term time only.", "I've worked here since 2015.")),
    User("cr-gus", ("I'm on M6.",)),
    User("cr-hana", ("Teaching assistant at the secondary, I work with our SEND students.",)),
    User("cr-ian", ("I work in the school office at Fenwick, all year round.", "Joined in 2022.")),
    User("cr-jo", ("I'm a teacher.",)),
)

TEACHER_PAY = {
    "M1": "£32,916",
    "M2": "£34,823",
    "M3": "£36,922",
    "M4": "£39,152",
    "M5": "£41,416",
    "M6": "£45,352",
    "UPS1": "£47,079",
    "UPS2": "£48,914",
    "UPS3": "£50,739",
}
TTO_WEEKS = {"under five years": "44.3 weeks", "five years or more": "45.3 weeks"}
START = {
    "teacher, FJS": "classroom by 08:20",
    "TA, FJS": "08:30 to 15:30",
    "teacher, CVA": "by 08:35",
    "TA, CVA": "08:15 to 15:15",
}
TEACHER_DUTY = {"FJS": "one morning playground duty a week", "CVA": "one break duty a week"}
MEETINGS = {"FJS": "Tuesdays, 15:30 to 16:30", "CVA": "alternate Wednesdays, 15:10 to 16:40"}
PARENTS_EVENINGS = {"FJS": "two evenings", "CVA": "four year-group evenings"}
ECT_TIME = {"first year": "further 10%", "second year": "further 5%"}
DSL = {"FJS": "Rachel Holloway", "CVA": "Tariq Banerjee"}
ABSENCE = {
    "teacher, FJS": "01632 964 100",
    "teacher, CVA": "01632 964 220",
    "support staff": "line manager by 07:30",
}
SUPPORT_LEAVE = {"all-year, under five years": "26 days", "all-year, five years or more": "31 days"}
NOTICE = {"teacher": "31 May", "Grades 2 to 6": "one month", "Grade 7": "two months"}
PARKING = {"FJS": "rear playground car park", "CVA": "Gate B car park"}

QUESTIONS = (
    rule_question("cr-amy", "What are my hours each day?", START, "TA, FJS"),
    rule_question("cr-amy", "How many weeks' pay do I get a year on my contract?", TTO_WEEKS, "under five years"),
    rule_question("cr-amy", "Who do I call if I'm off sick?", ABSENCE, "support staff"),
    general_question("cr-amy", "Do I get paid over the summer holidays?", "12 equal monthly payments"),
    rule_question("cr-ben", "What's my salary this year?", TEACHER_PAY, "M4"),
    rule_question("cr-ben", "I've got a temperature. How do I report it?", ABSENCE, "teacher, CVA"),
    rule_question("cr-ben", "How many parents' evenings are there?", PARENTS_EVENINGS, "CVA"),
    rule_question("cr-ben", "When are our department meetings?", MEETINGS, "CVA"),
    rule_question("cr-chloe", "What am I paid?", TEACHER_PAY, "M1"),
    rule_question("cr-chloe", "How much extra non-contact time do I get as an ECT?", ECT_TIME, "first year"),
    rule_question("cr-chloe", "What time do I need to be in school?", START, "teacher, FJS"),
    rule_question("cr-chloe", "What duties will I be on?", TEACHER_DUTY, "FJS"),
    rule_question("cr-chloe", "Who's the DSL?", DSL, "FJS"),
    rule_question("cr-dan", "How much annual leave do I get?", SUPPORT_LEAVE, "all-year, five years or more"),
    rule_question("cr-dan", "What notice would I have to give?", NOTICE, "Grade 7"),
    rule_question("cr-eve", "What's the salary for my point?", TEACHER_PAY, "UPS2"),
    rule_question(
        "cr-eve", "If I want to leave at the end of the school year, when do I resign by?", NOTICE, "teacher"
    ),
    rule_question("cr-eve", "Which duties am I expected to do?", TEACHER_DUTY, "CVA"),
    rule_question("cr-faye", "How many weeks of pay is my term-time contract?", TTO_WEEKS, "five years or more"),
    rule_question("cr-faye", "Who do I report a safeguarding concern to?", DSL, "FJS"),
    rule_question("cr-faye", "Where can I park?", PARKING, "FJS"),
    rule_question("cr-gus", "What's my salary?", TEACHER_PAY, "M6"),
    rule_question("cr-gus", "What time am I expected in each morning?", START, None),
    rule_question("cr-gus", "Who do I ring when I'm off sick?", ABSENCE, None),
    rule_question("cr-hana", "What hours do I work?", START, "TA, CVA"),
    rule_question("cr-hana", "Who is the designated safeguarding lead?", DSL, "CVA"),
    rule_question("cr-ian", "How many days' holiday do I get?", SUPPORT_LEAVE, "all-year, under five years"),
    rule_question("cr-ian", "How much notice do I have to give?", NOTICE, "Grades 2 to 6"),
    rule_question("cr-ian", "Where do staff park?", PARKING, "FJS"),
    rule_question("cr-jo", "What am I paid?", TEACHER_PAY, None),
    general_question("cr-jo", "How many hours of directed time are there in a year?", "1,265 hours"),
)

HANDBOOK = Handbook(
    name="cranwell",
    title="Cranwell Learning Trust: Staff Handbook 2025 to 2026",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
