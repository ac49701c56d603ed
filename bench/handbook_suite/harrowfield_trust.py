"""Harrowfield Learning Trust: a multi-academy schools trust's Staff Handbook as one HTML page (numbered parts and
paragraphs, a definitions list, small-print footnotes). Three staff groups defined once: teachers (main pay range
M1 to M6, upper pay range UPS1 to UPS3, the leadership group; early career teachers), support staff on the Trust
support scale Grades A to H (typical posts per grade in a table, so "a level 2 TA" or "site supervisor" has to be
placed in a grade), and the central team at Harrowfield House, who are paid on the support scale but have their own
leave terms. Six academies, primary and secondary, named once in a table that gives each one's phase and hub
(Tenterby or Marshfield), so a school has to be placed in its phase and hub. Teachers' salaries by pay point in a
two-range table; term-time only pay as paid weeks by length of service in a sentence; directed time, and each
academy's on-site time in a school table; PPA time by phase and ECT induction time by year of induction; cover rules
for teachers by phase and role and for support staff by post; overtime by grade band; annual leave (none in days for
teachers, a service table for all-year support staff with a footnoted exception for Grades G and H, central team in
a sentence); the hub joint training day by hub; sickness reporting by staff group; sick pay tables by group and year
of service; pensions by group. Staff group (via job titles: TA, HLTA, site supervisor, deputy head, finance team),
term-time or all-year, school, phase, hub, pay point or grade and length of service. Written blind to the code.
Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Harrowfield Learning Trust Staff Handbook 2025-26</h1>
<p><em>For everyone employed by Harrowfield Learning Trust, in its academies and at Harrowfield House. Approved by
the Board of Trustees on 9 July 2025 after consultation with the recognised unions. Teachers' pay and conditions
follow the School Teachers' Pay and Conditions Document (STPCD) except where this handbook says otherwise; support
staff and central team terms are the Trust's Support Staff Conditions, summarised here.</em></p>
<section>
<h2>Part 1. The Trust</h2>
<p>1.1 Harrowfield Learning Trust is a multi-academy trust of six academies, grouped in two hubs. Each hub has a Hub
Director, a hub HR adviser and a shared pool of supply teachers and cover staff.</p>
<table>
<tr><th>Academy</th><th>Phase</th><th>Ages</th><th>Hub</th></tr>
<tr><td>Copperfield Primary Academy</td><td>Primary</td><td>4 to 11</td><td>Tenterby</td></tr>
<tr><td>Nettlebed CE Primary Academy</td><td>Primary</td><td>4 to 11</td><td>Tenterby</td></tr>
<tr><td>Tenterby Academy</td><td>Secondary</td><td>11 to 18</td><td>Tenterby</td></tr>
<tr><td>Saltings Primary Academy</td><td>Primary</td><td>3 to 11</td><td>Marshfield</td></tr>
<tr><td>Fenwick Infant and Nursery Academy</td><td>Primary</td><td>3 to 7</td><td>Marshfield</td></tr>
<tr><td>Marshfield Park Academy</td><td>Secondary</td><td>11 to 16</td><td>Marshfield</td></tr>
</table>
<p>1.2 The central team works from Harrowfield House, Quay Street, Tenterby, and serves both hubs: finance, HR,
estates, IT, governance and school improvement.</p>
</section>
<section>
<h2>Part 2. Definitions</h2>
<p>2.1 In this handbook:</p>
<ul>
<li><strong>Teachers</strong> are staff employed to teach, paid on the main pay range (M1 to M6), the upper pay
range (UPS1 to UPS3) or the leadership range. The <em>leadership group</em> is the headteachers, deputy headteachers
and assistant headteachers. <em>Early career teachers</em> (ECTs) are teachers serving their two-year statutory
induction.</li>
<li><strong>Support staff</strong> are all other staff employed in an academy: teaching assistants, higher level
teaching assistants (HLTAs), cover supervisors, and office, site, catering, cleaning and lunchtime staff. They are
paid on the Trust support scale, Grades A to H (paragraph 3.4).</li>
<li><strong>Central team</strong> staff are employed at Harrowfield House. They are paid on the Trust support scale
but have the central team leave terms in paragraph 5.4.</li>
<li><strong>Term-time only</strong> staff work the 190 pupil days and the 5 training (INSET) days of the academy
year, 39 weeks in all. <strong>All-year</strong> staff work throughout the year and take annual leave by
agreement with their line manager.</li>
<li><strong>Phase</strong> means primary (including infant and nursery) or secondary, as shown in the table at
1.1.</li>
<li><strong>Continuous service</strong> includes service with a local authority or another academy trust
immediately before joining the Trust, where it counts under the Redundancy Payments (Modification) Order.</li>
</ul>
</section>
""",
    """
<section>
<h2>Part 3. Pay</h2>
<p>3.1 Teachers are paid on the Trust's teacher pay ranges, which from 1 September 2025 are as follows.</p>
<table>
<tr><th>Main pay range</th><th>Salary</th><th>Upper pay range</th><th>Salary</th></tr>
<tr><td>M1</td><td>&pound;32,540</td><td>UPS1</td><td>&pound;46,280</td></tr>
<tr><td>M2</td><td>&pound;34,390</td><td>UPS2</td><td>&pound;47,990</td></tr>
<tr><td>M3</td><td>&pound;36,310</td><td>UPS3</td><td>&pound;49,720</td></tr>
<tr><td>M4</td><td>&pound;38,450</td><td></td><td></td></tr>
<tr><td>M5</td><td>&pound;40,760</td><td></td><td></td></tr>
<tr><td>M6</td><td>&pound;44,120</td><td></td><td></td></tr>
</table>
<p>3.2 Teachers on the main pay range move up one point each September after a successful appraisal. Teachers on the
upper pay range move up one point every two years, subject to appraisal. A teacher on M6 may apply to be paid on
the upper pay range by 31 October in any year.</p>
<p>3.3 Salaries of the leadership group are set individually on the leadership range, within the range for the
academy's headteacher group, and are stated in the contract.</p>
<p>3.4 Support staff and central team staff are paid on the Trust support scale. Each grade spans several pay
points; new staff normally start on the lowest point of their grade and move up one point each April until they
reach the top of the grade.</p>
<table>
<tr><th>Grade</th><th>Pay points</th><th>Typical posts</th></tr>
<tr><td>A</td><td>2 to 4</td><td>Lunchtime supervisor; cleaner; catering assistant</td></tr>
<tr><td>B</td><td>4 to 7</td><td>Teaching assistant (level 1); kitchen assistant; caretaker</td></tr>
<tr><td>C</td><td>7 to 11</td><td>Teaching assistant (level 2); administration assistant; assistant cook</td></tr>
<tr><td>D</td><td>11 to 15</td><td>Teaching assistant (level 3); cover supervisor; site supervisor; cook</td></tr>
<tr><td>E</td><td>15 to 19</td><td>Higher level teaching assistant; data manager; attendance officer</td></tr>
<tr><td>F</td><td>19 to 24</td><td>Senior administrator; finance officer; HR officer</td></tr>
<tr><td>G</td><td>24 to 29</td><td>Office manager; IT technician lead; estates officer</td></tr>
<tr><td>H</td><td>29 to 35</td><td>School business manager; central team managers</td></tr>
</table>
<p>3.5 Term-time only contracts are used for posts in Grades A to F. Term-time only staff are paid for the weeks they
work and for their holiday entitlement, spread over twelve equal monthly payments: their annual salary is the
full-time equivalent salary for their pay point multiplied by their paid weeks and divided by 52.14. Staff with less
than five years' continuous service are paid for 44.6 paid weeks; staff with five years' continuous service or more
are paid for 45.6 paid weeks.</p>
<p>3.6 All staff are paid monthly, on the 26th of the month or the last working day before it.</p>
</section>
""",
    """
<section>
<h2>Part 4. Working time and cover</h2>
<p>4.1 <strong>Directed time.</strong> A full-time teacher may be directed to work for up to 1,265 hours over 195
days in the academy year, of which 190 are pupil days. Part-time teachers' directed time is pro rata. Each
headteacher publishes the academy's directed time calendar by 1 September. Members of the leadership group are not
subject to the directed time limit.</p>
<p>4.2 Each academy sets its own day. Teachers must be on site by the time shown below; support staff start at the
time in their contract.</p>
<table>
<tr><th>Academy</th><th>Teachers on site by</th><th>Pupil day</th><th>Weekly staff meeting</th></tr>
<tr><td>Copperfield Primary Academy</td><td>08:25</td><td>08:45 to 15:15</td><td>Tuesday, to 16:45</td></tr>
<tr><td>Nettlebed CE Primary Academy</td><td>08:30</td><td>08:50 to 15:20</td><td>Wednesday, to 16:50</td></tr>
<tr><td>Tenterby Academy</td><td>08:15</td><td>08:40 to 15:05</td><td>Monday, to 16:35</td></tr>
<tr><td>Saltings Primary Academy</td><td>08:20</td><td>08:45 to 15:10</td><td>Thursday, to 16:40</td></tr>
<tr><td>Fenwick Infant and Nursery Academy</td><td>08:35</td><td>08:55 to 15:00</td><td>Tuesday, to 16:20</td></tr>
<tr><td>Marshfield Park Academy</td><td>08:10</td><td>08:40 to 14:55</td><td>Wednesday, to 16:25</td></tr>
</table>
<p>4.3 <strong>PPA time.</strong> Every teacher with a timetable, including part-time teachers and members of the
leadership group who teach, receives planning, preparation and assessment (PPA) time of at least 10% of their
timetabled teaching time. In the primary academies, PPA time is given as one half-day each week, while the class is
taught by an HLTA or the academy's sports coach. In the secondary academies, a full-time teacher has 5 periods per
fortnight of PPA time on the 50-period timetable. ECTs also receive induction time: a further 10% reduction in
timetabled teaching in the first year of induction and a further 5% in the second year.</p>
<p>4.4 <strong>Cover.</strong> Teachers should only rarely cover for absent colleagues. In the primary academies,
short planned absences are covered by the academy's HLTAs, and longer absences by a supply teacher from the hub
pool. In the secondary academies, absence is covered first by cover supervisors. There, teachers on the main and
upper pay ranges are not asked to cover more than 4 lessons in a half-term; ECTs are not asked to cover at all
during induction; and members of the leadership group take one cover lesson each day on the leadership rota.</p>
<p>4.5 Among support staff, teaching assistants (other than HLTAs and cover supervisors) are not used to cover
classes, except in an emergency and for no more than one lesson. Cover supervisors supervise classes working on work
set by the teacher, for up to five consecutive days with the same class. HLTAs may teach a class in a planned
absence for up to three days, using the teacher's plans.</p>
<p>4.6 <strong>Support staff hours.</strong> The full-time week for support staff and the central team is 37 hours.
A break of at least 30 minutes, unpaid, is taken in any working day of more than six hours. Support staff on Grades
A to E are paid for additional hours agreed in advance at their normal hourly rate up to 37 hours in a week and at
time and a half beyond 37 hours. Staff on Grades F to H, and all central team staff, take time off in lieu.</p>
</section>
""",
    """
<section>
<h2>Part 5. Holidays and leave</h2>
<p>5.1 <strong>Teachers.</strong> Teachers have no annual leave entitlement in days. Their holidays are the
academy's holidays, outside the 195 days of the academy year. Leave in term time is granted only under the Leave of
Absence Policy (paragraph 5.6).</p>
<p>5.2 <strong>All-year support staff.</strong> The leave year runs from 1 September to 31 August. All-year support
staff receive the following annual leave, in addition to the eight bank holidays:</p>
<table>
<tr><th>Continuous service on 1 September</th><th>Annual leave</th></tr>
<tr><td>Less than five years</td><td>26 days<sup>1</sup></td></tr>
<tr><td>Five years or more</td><td>31 days<sup>1</sup></td></tr>
</table>
<p>All-year staff in the secondary academies may not book leave during the public examination weeks published by
the academy; all-year site staff in every academy may not book leave in the last week of August.</p>
<p>5.3 <strong>Term-time only support staff</strong> have the same entitlement as all-year staff of the same grade
and service, but it is not taken as days off: it is paid within their salary (paragraph 3.5) and they take their
holidays when the academy is closed. They may not take holiday in term time.</p>
<p>5.4 <strong>Central team.</strong> Central team staff receive 28 days' annual leave, rising to 30 days after
three years' continuous service, plus the bank holidays. Harrowfield House also closes for three Trust closure days
between Christmas and New Year, which are in addition to annual leave.</p>
<p>5.5 All-year support staff and central team staff may carry up to five days of untaken leave into the next leave
year, with their line manager's agreement.</p>
<p>5.6 <strong>Leave of absence.</strong> Every member of staff may take up to five days' paid compassionate leave a
year on the death or serious illness of a close relative. Other leave in term time is at the headteacher's
discretion (for the central team, the Chief Operating Officer's) and is normally unpaid.</p>
<p>5.7 <strong>Hub training days.</strong> As well as each academy's own INSET days, each hub holds one joint
training day for all its teachers and support staff. The Tenterby Hub's joint day is on 21 November 2025, at
Tenterby Academy. The Marshfield Hub meets on 2 March 2026, at Marshfield Park Academy. For term-time only staff the
joint day is one of their five training days.</p>
<p><small><sup>1</sup> Support staff on Grades G and H receive 27 days on appointment, and 32 days after five years'
continuous service.</small></p>
</section>
""",
    """
<section>
<h2>Part 6. Sickness, pensions and contacts</h2>
<p>6.1 <strong>Reporting sickness.</strong> Teachers who cannot come in telephone the academy's cover manager by
06:45 on the first day, so that cover can be arranged. Support staff telephone the academy office by 07:30. Central
team staff tell their line manager by 09:00. A fit note is needed after seven calendar days.</p>
<p>6.2 <strong>Sick pay.</strong> Teachers receive sick pay under the Burgundy Book scheme:</p>
<table>
<tr><th>Teachers: year of service</th><th>Sick pay in any twelve months</th></tr>
<tr><td>First year</td><td>25 days' full pay, then (after four months' service) 50 days' half pay</td></tr>
<tr><td>Second year</td><td>50 days' full pay, then 50 days' half pay</td></tr>
<tr><td>Third year</td><td>75 days' full pay, then 75 days' half pay</td></tr>
<tr><td>Fourth and later years</td><td>100 days' full pay, then 100 days' half pay</td></tr>
</table>
<p>6.3 Support staff and central team staff receive sick pay under the Trust scheme:</p>
<table>
<tr><th>Support staff and central team: year of service</th><th>Sick pay in any twelve months</th></tr>
<tr><td>First year</td><td>1 month's full pay, then (after four months' service) 2 months' half pay</td></tr>
<tr><td>Second year</td><td>2 months' full pay, then 2 months' half pay</td></tr>
<tr><td>Third year</td><td>4 months' full pay, then 4 months' half pay</td></tr>
<tr><td>Fourth and fifth years</td><td>5 months' full pay, then 5 months' half pay</td></tr>
<tr><td>After five years</td><td>6 months' full pay, then 6 months' half pay</td></tr>
</table>
<p>6.4 <strong>Pensions.</strong> Teachers are enrolled in the Teachers' Pension Scheme. Support staff and central
team staff are enrolled in the Local Government Pension Scheme, through the Wessmoor Pension Fund.</p>
<p>6.5 <strong>Contacts.</strong></p>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>HR advice, Tenterby Hub academies</td><td>Joanne Ridley, hub HR adviser</td></tr>
<tr><td>HR advice, Marshfield Hub academies</td><td>Marcus Okafor, hub HR adviser</td></tr>
<tr><td>HR advice, central team</td><td>Trust HR Manager, Harrowfield House</td></tr>
<tr><td>Pay and pensions</td><td>Trust Payroll, payroll@harrowfield.example</td></tr>
</table>
</section>
""",
)

USERS = (
    User("ht-amira", ("I teach Year 4 at Copperfield Primary.", "I'm on M3.")),
    User(
        "ht-dan",
        ("I'm head of geography at Marshfield Park Academy, paid on UPS2.", "I've taught there for nine years."),
    ),
    User("ht-grace", ("I'm a level 2 TA at Saltings, term-time only.", "I started in January 2023.")),
    User("ht-paul", ("Site supervisor at Tenterby Academy, all-year contract.", "Twelve years' service.")),
    User("ht-lena", ("I'm in the finance team at Harrowfield House.", "Joined the Trust four years ago.")),
    User("ht-raj", ("I'm an ECT teaching maths at Tenterby Academy.", "This is my first year of induction.")),
    User("ht-beth", ("I'm an HLTA at Nettlebed, term-time only.", "Seven years in post.")),
    User("ht-owen", ("I'm deputy head at Fenwick Infant and Nursery Academy.",)),
    User(
        "ht-sue",
        ("School business manager at Marshfield Park, all-year.", "I joined the Trust eighteen months ago."),
    ),
    User("ht-kit", ("I work at Saltings Primary.",)),
    User("ht-jo", ("I'm a teaching assistant on an all-year contract.", "I've been with the Trust since 2014.")),
    User("ht-mo", ("I teach science at Tenterby Academy.",)),
    User("ht-nia", ("I'm on UPS1 at Nettlebed.", "Class teacher in Year 6.")),
)

TEACHER_PAY = {
    "M1": "£32,540",
    "M2": "£34,390",
    "M3": "£36,310",
    "M4": "£38,450",
    "M5": "£40,760",
    "M6": "£44,120",
    "UPS1": "£46,280",
    "UPS2": "£47,990",
    "UPS3": "£49,720",
}
PROGRESSION = {"main pay range": "each September", "upper pay range": "every two years"}
TTO_WEEKS = {"under five years": "44.6 paid weeks", "five years or more": "45.6 paid weeks"}
ON_SITE = {
    "Copperfield": "08:25",
    "Nettlebed": "08:30",
    "Tenterby Academy": "08:15",
    "Saltings": "08:20",
    "Fenwick": "08:35",
    "Marshfield Park": "08:10",
}
PPA = {"primary": "one half-day each week", "secondary": "5 periods per fortnight"}
INDUCTION = {"first year": "a further 10%", "second year": "a further 5%"}
TEACHER_COVER = {
    "primary": "covered by the academy's HLTAs",
    "secondary, main and upper pay ranges": "4 lessons in a half-term",
    "secondary, ECT": "not asked to cover at all",
    "secondary, leadership": "one cover lesson each day",
}
SUPPORT_COVER = {
    "teaching assistant": "no more than one lesson",
    "cover supervisor": "up to five consecutive days",
    "HLTA": "up to three days",
}
OVERTIME = {"Grades A to E": "time and a half", "Grades F to H and central team": "time off in lieu"}
LEAVE = {
    "teachers": "no annual leave entitlement in days",
    "support staff, under five years": "26 days",
    "support staff, five years or more": "31 days",
    "Grades G and H, under five years": "27 days",
    "Grades G and H, five years or more": "32 days",
    "central team, under three years": "28 days",
    "central team, three years or more": "30 days",
}
HUB_DAY = {"Tenterby": "21 November 2025", "Marshfield": "2 March 2026"}
REPORT_SICK = {"teachers": "06:45", "support staff": "07:30", "central team": "09:00"}
SICK_PAY = {
    "teachers, first year": "25 days' full pay",
    "teachers, second year": "50 days' full pay",
    "teachers, third year": "75 days' full pay",
    "teachers, fourth year on": "100 days' full pay",
    "support, first year": "1 month's full pay",
    "support, second year": "2 months' full pay",
    "support, third year": "4 months' full pay",
    "support, fourth and fifth years": "5 months' full pay",
    "support, after five years": "6 months' full pay",
}
PENSION = {"teachers": "Teachers' Pension Scheme", "support and central team": "Local Government Pension Scheme"}
HR_ADVISER = {"Tenterby": "Joanne Ridley", "Marshfield": "Marcus Okafor", "central team": "Trust HR Manager"}

QUESTIONS = (
    rule_question("ht-amira", "How many days of annual leave do I have?", LEAVE, "teachers"),
    rule_question("ht-amira", "What's my salary?", TEACHER_PAY, "M3"),
    rule_question("ht-amira", "How is my PPA time given?", PPA, "primary"),
    rule_question("ht-amira", "What time do I have to be on site?", ON_SITE, "Copperfield"),
    rule_question("ht-dan", "How much PPA time do I get?", PPA, "secondary"),
    rule_question(
        "ht-dan", "How much cover can I be asked to do?", TEACHER_COVER, "secondary, main and upper pay ranges"
    ),
    rule_question("ht-dan", "When do I next go up a pay point?", PROGRESSION, "upper pay range"),
    rule_question("ht-dan", "How much sick pay would I get?", SICK_PAY, "teachers, fourth year on"),
    rule_question("ht-grace", "How many weeks a year am I paid for?", TTO_WEEKS, "under five years"),
    rule_question("ht-grace", "Can I be asked to cover a class?", SUPPORT_COVER, "teaching assistant"),
    rule_question("ht-grace", "When is our hub training day?", HUB_DAY, "Marshfield"),
    rule_question("ht-grace", "Which pension scheme am I in?", PENSION, "support and central team"),
    rule_question("ht-paul", "How many days of annual leave do I have?", LEAVE, "support staff, five years or more"),
    rule_question("ht-paul", "How is overtime paid?", OVERTIME, "Grades A to E"),
    rule_question("ht-paul", "By what time do I have to ring in sick?", REPORT_SICK, "support staff"),
    rule_question("ht-lena", "How many days of annual leave do I have?", LEAVE, "central team, three years or more"),
    general_question("ht-lena", "Is the office shut over Christmas?", "three Trust closure days"),
    rule_question("ht-lena", "How much sick pay am I entitled to?", SICK_PAY, "support, fourth and fifth years"),
    rule_question("ht-raj", "Do I get any extra time off timetable for induction?", INDUCTION, "first year"),
    rule_question("ht-raj", "Will I have to cover lessons?", TEACHER_COVER, "secondary, ECT"),
    rule_question("ht-raj", "What is my salary?", TEACHER_PAY, None),
    rule_question("ht-beth", "How many paid weeks is my salary based on?", TTO_WEEKS, "five years or more"),
    rule_question("ht-beth", "How long can I take a class for when the teacher is away?", SUPPORT_COVER, "HLTA"),
    rule_question("ht-beth", "When's the hub training day?", HUB_DAY, "Tenterby"),
    rule_question("ht-owen", "How many days of annual leave do I have?", LEAVE, "teachers"),
    rule_question("ht-owen", "What time do teachers need to be in?", ON_SITE, "Fenwick"),
    rule_question("ht-owen", "Who is my HR adviser?", HR_ADVISER, "Marshfield"),
    rule_question("ht-sue", "How many days of annual leave do I have?", LEAVE, "Grades G and H, under five years"),
    rule_question("ht-sue", "How are extra hours compensated?", OVERTIME, "Grades F to H and central team"),
    rule_question("ht-sue", "How much sick pay do I get?", SICK_PAY, "support, second year"),
    rule_question("ht-kit", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("ht-kit", "When is our hub's joint training day?", HUB_DAY, "Marshfield"),
    rule_question("ht-jo", "How many days of annual leave do I have?", LEAVE, "support staff, five years or more"),
    rule_question("ht-jo", "When is the hub training day?", HUB_DAY, None),
    rule_question("ht-mo", "What is my salary?", TEACHER_PAY, None),
    rule_question("ht-mo", "How much PPA time do I get?", PPA, "secondary"),
    general_question("ht-mo", "How many hours of directed time can I be given?", "1,265 hours"),
    rule_question("ht-nia", "What's my salary?", TEACHER_PAY, "UPS1"),
    rule_question("ht-nia", "Who covers my class if I'm off for a day?", TEACHER_COVER, "primary"),
    general_question("ht-nia", "When are we paid each month?", "26th of the month"),
)

HANDBOOK = Handbook(
    name="harrowfield_trust",
    title="Harrowfield Learning Trust Staff Handbook 2025-26",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
