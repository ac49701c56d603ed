"""University of Eskdale: a UK university's Staff Handbook as an HTML page (numbered sections, a pay-spine table,
footnotes in small print). Two staff categories: academic staff on three career pathways (Teaching and Research,
Teaching and Scholarship, Research) with academic grade codes AC1 to AC5, and professional services staff on Grades 1
to 9; AC1 to AC5 sit on the same pay spine as Grades 6 to 10, so a bare "Grade 7" may be an AC2 lecturer or a
professional services manager. Three faculties, each made up of schools (named only in a faculty table), and
professional services directorates. Probation by academic grade code and category in one paragraph; overtime for
professional services by grade band in a list; annual leave for academic staff in a sentence and for professional
services in a table by grade band x service whose lead-in sentence names who it is for, with footnoted exceptions
(fixed-term academic contracts under twelve months accrue monthly; staff rostered over the closure days); study
leave by pathway; a personal research allowance by faculty in sentences (so a school has to be placed in its
faculty) with a footnoted start-up allowance for new AC2 staff; pension schemes by category and grade. Staff
category (via job titles: lecturer, reader, porter, technician), grade, pathway, school or faculty and length of
service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>University of Eskdale Staff Handbook 2025/26</h1>
<p><em>Issued by People and Organisational Development, Founders' Building, Eskdale Campus. Approved by the
University Executive Board, July 2025. This handbook summarises the terms and conditions of employment set out in
the Ordinances; where they differ, the Ordinances prevail.</em></p>
<section>
<h2>1. Who this handbook covers</h2>
<p>1.1 This handbook applies to everyone employed by the University on a contract of employment, in two staff
categories:</p>
<ul>
<li><strong>Academic staff</strong>: staff employed on the academic grade codes AC1 to AC5, on one of three career
pathways: <em>Teaching and Research</em> (T&amp;R), <em>Teaching and Scholarship</em> (T&amp;S) or
<em>Research</em> (research-only staff, usually funded by an external grant).</li>
<li><strong>Professional services staff</strong>: all other staff, on Grades 1 to 9, whether they work in a
professional services directorate or in a school (school administrators, technicians and school operations
staff are professional services staff).</li>
</ul>
<p>1.2 Hourly-paid tutors, demonstrators and casual workers are engaged under the Casual Workers Framework and are not
covered by this handbook.</p>
</section>
<section>
<h2>2. Faculties, schools and directorates</h2>
<p>2.1 Academic work is organised in three faculties, each led by an Executive Dean. Every school belongs to one
faculty:</p>
<table>
<tr><th>Faculty</th><th>Schools</th></tr>
<tr><td>Faculty of Science and Engineering</td><td>School of Engineering; School of Physical Sciences; School of
Computing</td></tr>
<tr><td>Faculty of Arts and Humanities</td><td>School of History and Classics; School of Languages; School of
Music</td></tr>
<tr><td>Faculty of Medicine and Health</td><td>School of Medicine; School of Nursing and Midwifery</td></tr>
</table>
<p>2.2 The professional services directorates are Estates and Facilities, IT Services, Library Services, Finance,
Student Services, and People and Organisational Development. Each is led by a Director at Grade 9.</p>
</section>
""",
    """
<section>
<h2>3. Grades and the pay spine</h2>
<p>3.1 All posts are paid on the University's 56-point pay spine. Professional services posts are graded from
Grade 1 to Grade 9. Academic posts carry an academic grade code, AC1 to AC5, which sits on the same spine as Grades
6 to 10: an AC2 post and a professional services Grade 7 post are paid on the same spine points, but they are
employed on different terms. Your grade, or grade code, is on your contract and your payslip.</p>
<table>
<tr><th>Spine grade</th><th>Spine points</th><th>Professional services: typical posts</th><th>Academic grade code:
typical posts</th></tr>
<tr><td>Grade 1</td><td>3 to 5</td><td>Catering Assistant</td><td>-</td></tr>
<tr><td>Grade 2</td><td>5 to 8</td><td>Cleaner; Porter</td><td>-</td></tr>
<tr><td>Grade 3</td><td>8 to 12</td><td>Library Assistant; Senior Porter; Receptionist</td><td>-</td></tr>
<tr><td>Grade 4</td><td>12 to 17</td><td>Administrative Assistant; Technician</td><td>-</td></tr>
<tr><td>Grade 5</td><td>17 to 22</td><td>School Administrator; Senior Technician</td><td>-</td></tr>
<tr><td>Grade 6</td><td>22 to 28</td><td>Student Adviser; Systems Analyst; Finance Officer</td><td>AC1: Research
Associate; Teaching Associate</td></tr>
<tr><td>Grade 7</td><td>28 to 35</td><td>Systems Manager; Research Facilitator; HR Partner</td><td>AC2: Lecturer;
Research Fellow; Teaching Fellow</td></tr>
<tr><td>Grade 8</td><td>35 to 42</td><td>Head of School Operations; Senior Project Manager</td><td>AC3: Senior
Lecturer; Senior Research Fellow; Senior Teaching Fellow</td></tr>
<tr><td>Grade 9</td><td>42 to 49</td><td>Director of a directorate</td><td>AC4: Reader; Associate Professor;
Principal Teaching Fellow</td></tr>
<tr><td>Grade 10</td><td>49 to 56</td><td>-</td><td>AC5: Professor</td></tr>
</table>
<p>3.2 Lecturers, Senior Lecturers and Readers are on the Teaching and Research pathway; Teaching Associates and
Teaching Fellows at every level are on the Teaching and Scholarship pathway; Research Associates and Research
Fellows are on the Research pathway. Professors may be on either teaching pathway.</p>
<p>3.3 Staff move up one spine point on 1 August each year until they reach the top of the grade's normal range.</p>
<p>3.4 Salaries are paid monthly, on the last working day of the month, by bank transfer.</p>
</section>
<section>
<h2>4. Probation</h2>
<p>4.1 New academic staff at AC1 serve a probation of six months; those appointed at AC2 serve a probation of three
years, during which they complete the Postgraduate Certificate in Academic Practice unless they already hold a
teaching qualification; those appointed at AC3, AC4 or AC5 serve a probation of twelve months. Professional
services staff at every grade serve a probation of six months.</p>
</section>
""",
    """
<section>
<h2>5. Hours of work and overtime</h2>
<p>5.1 The full-time working week for professional services staff is 36.5 hours, normally worked Monday to Friday.
Professional services staff at Grades 1 to 6 may work flexitime, with core hours of 10:00 to 12:00 and 14:00 to
16:00.</p>
<p>5.2 Academic staff are not contracted to fixed hours. Their workload is agreed each year with the Head of School
under the Workload Allocation Model.</p>
<p>5.3 Overtime must be authorised in advance by the budget holder. It is compensated according to grade:</p>
<ul>
<li>Grades 1 to 5: paid at time and a half on weekdays and Saturdays, and at double time on Sundays and bank
holidays;</li>
<li>Grade 6: taken as time off in lieu, hour for hour, within three months;</li>
<li>Grades 7 to 9: not paid; exceptional additional work over a sustained period may be recognised by a one-off
honorarium agreed by the Director.</li>
</ul>
<p>5.4 Academic staff are not eligible for overtime.</p>
</section>
<section>
<h2>6. Annual leave</h2>
<p>6.1 The leave year runs from 1 October to 30 September. Leave is booked on the StaffHub self-service system and
approved by your line manager or, for academic staff, by the Head of School.</p>
<p>6.2 Academic staff are entitled to 35 days' annual leave a year,<sup>1</sup> in addition to bank holidays and the
closure days. Academic staff are expected to take their leave outside teaching weeks and the assessment periods
published in the academic calendar.</p>
<p>6.3 The following table sets out the annual leave entitlement of professional services staff, in addition to bank
holidays and the closure days. The entitlement rises on the first 1 October after you complete five years'
continuous service with the University.</p>
<table>
<tr><th>Grade</th><th>On appointment</th><th>After five years' continuous service</th></tr>
<tr><td>Grades 1 to 5</td><td>26 days</td><td>29 days</td></tr>
<tr><td>Grades 6 to 9</td><td>30 days</td><td>32 days</td></tr>
</table>
<p>6.4 <strong>Closure days.</strong> The University closes for six closure days each year: the three working days
between Christmas Day and New Year's Day, and three further days set each year by the Executive Board and published
on StaffHub.<sup>2</sup></p>
<p>6.5 Up to five days of untaken leave may be carried into the next leave year with your manager's agreement. Part-
time staff receive leave, bank holidays and closure days pro rata.</p>
<p><small><sup>1</sup> Academic staff on fixed-term contracts of less than twelve months do not receive the annual
entitlement; they accrue leave at 2.9 days per month of the contract.<br>
<sup>2</sup> Professional services staff in Estates and Facilities, Security and Residential Services who are
rostered to work on a closure day take the day off in lieu, to be taken before 31 March.</small></p>
</section>
""",
    """
<section>
<h2>7. Study leave and development</h2>
<p>7.1 Academic staff on the Teaching and Research pathway may apply for research leave of one semester in every
seven semesters of service, free of teaching and administration. Applications go to the Faculty Research Committee
by 31 January for the following academic year.</p>
<p>7.2 Academic staff on the Teaching and Scholarship pathway may apply for four weeks of scholarship leave in every
three years of service, to develop teaching practice or pedagogic research.</p>
<p>7.3 Research-only staff develop their careers under the Researcher Development Concordat and are not eligible for
research or scholarship leave while funded by a grant.</p>
<p>7.4 Professional services staff have five development days a year for training and development agreed at their
annual review.</p>
<h3>Personal research allowance</h3>
<p>7.5 Each faculty gives academic staff on the Teaching and Research and Teaching and Scholarship pathways a
personal research allowance each academic year, for conferences, books, equipment and fieldwork. In the Faculty of
Science and Engineering the allowance is &pound;1,400 a year. In the Faculty of Arts and Humanities it is &pound;950
a year. The Faculty of Medicine and Health gives &pound;1,750 a year.<sup>3</sup> Research-only staff are funded from
their grant. Unspent allowance does not carry over to the next academic year.</p>
<p><small><sup>3</sup> In their first three years at AC2, staff also receive a start-up allowance of &pound;600 a
year from their faculty.</small></p>
</section>
<section>
<h2>8. Pensions</h2>
<p>8.1 All academic staff, and professional services staff at Grades 6 to 9, are enrolled in the Northern
Universities Pension Scheme (NUPS), a defined benefit scheme; the University contributes 21.6% of salary.</p>
<p>8.2 Professional services staff at Grades 1 to 5 are enrolled in the Eskdale Staff Pension Plan (ESPP), a career
average scheme; the University contributes 17.4% of salary.</p>
<p>8.3 If you are promoted from Grade 5 to Grade 6 you move from the ESPP to NUPS from the date of promotion.</p>
</section>
""",
    """
<section>
<h2>9. Sickness absence</h2>
<p>9.1 If you are unwell, tell your line manager (academic staff: the School Office) by 10:00 on the first day of
absence, and record the absence on StaffHub when you return. A fit note is needed after seven calendar days.</p>
<p>9.2 University sick pay after one year's service is six months at full pay and six months at half pay in any
rolling twelve months; in the first year of service it is one month at full pay and one month at half pay.</p>
</section>
<section>
<h2>10. Who to contact</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Leave, contracts, probation</td><td>Your People Partner, People and Organisational Development</td></tr>
<tr><td>Pay and pensions</td><td>Payroll and Pensions, payroll@eskdale.example</td></tr>
<tr><td>Research allowance claims</td><td>Your Faculty Finance Office</td></tr>
<tr><td>Research and scholarship leave</td><td>Your Faculty Research Committee secretary</td></tr>
</table>
<p><small>Changes in the 2025/26 edition: the Faculty of Medicine and Health allowance rises to &pound;1,750; the
ESPP employer contribution changes to 17.4%; footnote 2 now includes Residential Services.</small></p>
</section>
""",
)

USERS = (
    User("un-priya", ("I'm a senior lecturer in the School of Engineering.", "Been at Eskdale since 2016.")),
    User(
        "un-tom",
        ("I'm a teaching fellow in the School of Languages.", "I joined in September.", "It's a permanent post."),
    ),
    User(
        "un-mags",
        ("I'm a porter in Estates, Grade 2.", "Eight years at the uni now.", "I'm on the rota over Christmas."),
    ),
    User("un-li", ("Research associate in Physical Sciences.", "My contract is fixed-term, nine months.")),
    User("un-graham", ("I'm a professor in the School of Medicine.",)),
    User("un-ruth", ("I'm the school administrator for History and Classics, Grade 5.", "Three years' service.")),
    User("un-sam", ("I'm on Grade 7.",)),
    User("un-dana", ("Systems analyst in IT Services.", "Twelve years at Eskdale.")),
    User("un-kofi", ("I lecture in Computing.", "This is my first year here.")),
    User("un-ellen", ("I'm a reader in the School of Music.", "Eleven years here.")),
    User("un-joe", ("I've just started at the university.",)),
    User("un-fatima", ("Senior teaching fellow in Nursing and Midwifery.", "Six years with the university.")),
    User("un-pete", ("Technician in the School of Engineering, Grade 4.", "Five and a half years in.")),
    User("un-helen", ("I'm an academic in the Faculty of Arts and Humanities.",)),
)

LEAVE = {
    "academic": "35 days",
    "academic, fixed-term under twelve months": "2.9 days per month",
    "Grades 1 to 5, on appointment": "26 days",
    "Grades 1 to 5, five years": "29 days",
    "Grades 6 to 9, on appointment": "30 days",
    "Grades 6 to 9, five years": "32 days",
}
GRADE_7_LEAVE = {k: LEAVE[k] for k in ("academic", "Grades 6 to 9, on appointment", "Grades 6 to 9, five years")}
PROBATION = {
    "AC1": "six months",
    "AC2": "three years",
    "AC3 to AC5": "twelve months",
    "professional services": "six months",
}
OVERTIME = {
    "Grades 1 to 5": "time and a half",
    "Grade 6": "time off in lieu",
    "Grades 7 to 9": "honorarium",
    "academic": "not eligible for overtime",
}
STUDY_LEAVE = {
    "Teaching and Research": "one semester in every seven",
    "Teaching and Scholarship": "four weeks of scholarship leave",
    "professional services": "five development days",
}
ACADEMIC_STUDY_LEAVE = {k: STUDY_LEAVE[k] for k in ("Teaching and Research", "Teaching and Scholarship")}
RESEARCH_ALLOWANCE = {
    "Science and Engineering": "£1,400",
    "Arts and Humanities": "£950",
    "Medicine and Health": "£1,750",
}
PENSION = {
    "academic and Grades 6 to 9": ("Northern Universities Pension Scheme", "NUPS"),
    "Grades 1 to 5": ("Eskdale Staff Pension Plan", "ESPP"),
}

QUESTIONS = (
    rule_question("un-priya", "How many days of annual leave do I have?", LEAVE, "academic"),
    rule_question("un-priya", "How big is my research allowance?", RESEARCH_ALLOWANCE, "Science and Engineering"),
    rule_question("un-priya", "How often can I take study leave?", STUDY_LEAVE, "Teaching and Research"),
    rule_question("un-priya", "Which pension scheme am I in?", PENSION, "academic and Grades 6 to 9"),
    rule_question("un-tom", "How long is my probation?", PROBATION, "AC2"),
    rule_question("un-tom", "What study leave can I apply for?", STUDY_LEAVE, "Teaching and Scholarship"),
    rule_question("un-tom", "How much is my personal research allowance?", RESEARCH_ALLOWANCE, "Arts and Humanities"),
    rule_question("un-tom", "How many days of annual leave do I have?", LEAVE, "academic"),
    rule_question("un-mags", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, five years"),
    rule_question("un-mags", "How is overtime paid for me?", OVERTIME, "Grades 1 to 5"),
    general_question("un-mags", "When do I have to take the closure days I work?", "31 March"),
    rule_question("un-mags", "Which pension scheme do I pay into?", PENSION, "Grades 1 to 5"),
    rule_question(
        "un-li", "How many days of annual leave do I have?", LEAVE, "academic, fixed-term under twelve months"
    ),
    rule_question("un-li", "How long is my probation period?", PROBATION, "AC1"),
    rule_question("un-graham", "What's my personal research allowance?", RESEARCH_ALLOWANCE, "Medicine and Health"),
    rule_question("un-graham", "How much annual leave do I get?", LEAVE, "academic"),
    rule_question("un-ruth", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, on appointment"),
    rule_question("un-ruth", "Do I get paid for overtime?", OVERTIME, "Grades 1 to 5"),
    rule_question("un-ruth", "Which pension scheme am I in?", PENSION, "Grades 1 to 5"),
    rule_question("un-sam", "How many days of annual leave do I have?", GRADE_7_LEAVE, None),
    general_question(
        "un-sam",
        "Which pension scheme will I be in?",
        ("Northern Universities Pension Scheme", "NUPS"),
        forbid=("Eskdale Staff Pension Plan", "ESPP"),
    ),
    rule_question("un-dana", "How many days of annual leave do I have?", LEAVE, "Grades 6 to 9, five years"),
    rule_question("un-dana", "If I work extra hours, how is that compensated?", OVERTIME, "Grade 6"),
    rule_question("un-dana", "Do I get any development time?", STUDY_LEAVE, "professional services"),
    rule_question("un-kofi", "How long is my probation?", PROBATION, "AC2"),
    rule_question("un-kofi", "How much research allowance do I get?", RESEARCH_ALLOWANCE, "Science and Engineering"),
    general_question("un-kofi", "Is there any extra research money for new lecturers?", "£600"),
    rule_question(
        "un-ellen", "What research allowance does my faculty give?", RESEARCH_ALLOWANCE, "Arts and Humanities"
    ),
    rule_question("un-ellen", "How often can I have research leave?", STUDY_LEAVE, "Teaching and Research"),
    rule_question("un-ellen", "How many days of annual leave do I have?", LEAVE, "academic"),
    rule_question("un-joe", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("un-joe", "How long is my probation?", PROBATION, None),
    general_question("un-joe", "When is salary paid?", "last working day of the month"),
    rule_question("un-fatima", "How much research allowance can I claim?", RESEARCH_ALLOWANCE, "Medicine and Health"),
    rule_question("un-fatima", "What study leave am I entitled to?", STUDY_LEAVE, "Teaching and Scholarship"),
    rule_question("un-pete", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, five years"),
    rule_question("un-pete", "What's the overtime rate on a Saturday?", OVERTIME, "Grades 1 to 5"),
    general_question("un-pete", "How many hours is a full-time week?", "36.5 hours"),
    rule_question("un-helen", "How often can I take study leave?", ACADEMIC_STUDY_LEAVE, None),
    general_question("un-helen", "When do I go up a spine point?", "1 August"),
)

HANDBOOK = Handbook(
    name="eskdale_university",
    title="University of Eskdale Staff Handbook 2025/26",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
