"""Ravensmere University (an HTML file): formal conditions of service in numbered paragraphs with
lettered sub-paragraphs and cross-references, staff categories defined once and then named in
rules, grade bands ("grades 1 to 6", "grade 7 and above"), a notice table by grade and category,
increments and pensions keyed inside one sentence each, and a schedule whose columns are the
campuses. Staff categories, grades and campuses.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Ravensmere University Conditions of Service for Staff</h1>
<p>Approved by Council and effective for all contracts from 1 September. Policy owner: Director of People
Services. These conditions are to be read together with the contract of employment and the Statutes and
Ordinances; where they conflict, the contract prevails. Queries should be raised with your HR Business
Partner.</p>
<h2>1. Scope and definitions</h2>
<p>1.1 These conditions apply to all salaried staff of the University. They do not apply to casual workers,
visiting speakers or students employed on an hourly basis, whose terms are set out in the Casual Workers
Policy.</p>
<p>1.2 In these conditions:<br>
(a) &ldquo;academic staff&rdquo; means lecturers, senior lecturers, readers and professors, and teaching
fellows on the academic career pathway;<br>
(b) &ldquo;professional services staff&rdquo; means staff in administrative, managerial, library, estates and
student support posts;<br>
(c) &ldquo;technical staff&rdquo; means technicians, senior technicians and workshop and laboratory
specialists;<br>
(d) &ldquo;grade&rdquo; means the grade of the post on the University's single pay spine, from grade 1 to
grade 10.</p>
<p>1.3 The University has three campuses: Kellbridge, the main campus and seat of the central
administration; Stanmoor; and the Porthallow Marine Station. A member of staff's campus is the normal place of
work named in their contract. Arrangements that differ between campuses are set out in Schedule 1.</p>
<h2>2. Hours of work</h2>
<p>2.1 The normal working week of a full-time member of the professional services staff is 35 hours, worked
Monday to Friday within the flexible working scheme described in paragraph 2.4.</p>
<p>2.2 Full-time technical staff are contracted for 37 hours a week. Their pattern of work may include early
or late sessions in support of teaching laboratories, agreed in advance with the Laboratory Manager.</p>
<p>2.3 Academic staff are not subject to fixed hours of work. They are expected to work such hours as are
reasonably necessary to carry out their duties and to be available on campus in teaching weeks, unless
otherwise agreed with their Head of School.</p>
<p>2.4 Under the flexible working scheme a member of staff may start between 07:30 and 10:00 and finish
between 16:00 and 19:00, provided that the core hours of 10:00 to 16:00 are worked and the needs of the
service are met.</p>
<h2>3. Additional hours</h2>
<p>3.1 Staff on grades 1 to 6 who are asked by their line manager to work beyond their contracted hours are
paid for those hours at time and a half, or at double time on Sundays and public holidays. Hours worked under
the flexible working scheme (paragraph 2.4) are not additional hours.</p>
<p>3.2 Staff on grade 7 and above are not paid for additional hours. Where such a member of staff is required
to work substantial additional hours, time off in lieu may be agreed with the line manager, normally to be
taken within three months.</p>
<p>3.3 Paragraphs 3.1 and 3.2 do not apply to academic staff, whose position is set out in paragraph 2.3.</p>
""",
    """
<h2>4. Annual leave</h2>
<p>4.1 The leave year runs from 1 October to 30 September.</p>
<p>4.2 In addition to the eight public holidays and the University closure days (paragraph 4.4), staff are
entitled to annual leave as follows:<br>
(a) academic staff, whatever their grade: 35 working days;<br>
(b) professional services and technical staff on grades 1 to 5: 26 working days, rising by two days after
five years' continuous service;<br>
(c) professional services and technical staff on grades 6 to 10: 30 working days.</p>
<p>4.3 Up to five days of untaken leave may be carried forward into the next leave year with the agreement of
the line manager. Academic staff may carry forward up to ten days, to reflect the shape of the teaching
year.</p>
<p>4.4 The University closes between Christmas and New Year. The closure days, normally three, are additional
to the entitlement in paragraph 4.2 and need not be booked.</p>
<p>4.5 Leave is requested through the People Portal. Professional services and technical staff need the
approval of their line manager; academic staff may not take leave in teaching weeks or examination periods
without the approval of their Head of School.</p>
<h2>5. Probation</h2>
<p>5.1 Every new member of staff serves a probationary period, the length of which depends on the post:<br>
(a) lecturers and teaching fellows: three years, during which the probationer completes the Postgraduate
Certificate in Academic Practice unless already qualified;<br>
(b) senior lecturers, readers and professors appointed from outside the University: twelve months;<br>
(c) technical staff: nine months;<br>
(d) professional services staff: six months.</p>
<p>5.2 A probationary period may be extended once, by no more than half of its original length. During
probation either party may end the employment by giving the notice in paragraph 6.2.</p>
<h2>6. Notice</h2>
<p>6.1 Once probation has been completed, the notice to be given by the University or by the member of staff
is as follows:</p>
<table>
<tr><th>Category and grade</th><th>Notice on either side</th></tr>
<tr><td>Professional services and technical staff, grades 1 to 5</td><td>One month</td></tr>
<tr><td>Professional services and technical staff, grades 6 to 8</td><td>Two months</td></tr>
<tr><td>Professional services and technical staff, grades 9 and 10</td><td>Three months</td></tr>
<tr><td>Academic staff, all grades</td><td>Three months</td></tr>
</table>
<p>6.2 During probation, notice on either side is two weeks.</p>
<p>6.3 Notice of resignation must be given in writing to the head of department, with a copy to People
Services. The University may agree a shorter period of notice at its discretion.</p>
""",
    """
<h2>7. Pay and pensions</h2>
<p>7.1 Salaries are paid monthly in arrears on the last working day of the month, by credit transfer.</p>
<p>7.2 Staff progress by one increment each year until they reach the top of the normal range for their
grade. Increments for academic staff fall due on 1 August and for professional services and technical staff on
1 April; a member of staff appointed less than six months before that date receives a first increment a year
later.</p>
<p>7.3 Staff on grades 1 to 5 are enrolled in the Ravensmere Staff Pension Scheme. Academic staff, and other
staff on grade 6 or above, are enrolled in the Collegiate Superannuation Fund. Staff may opt out at any time
through the People Portal.</p>
<h2>8. Research leave (academic staff only)</h2>
<p>8.1 Academic staff who have completed probation under paragraph 5.1 may apply for one semester of research
leave after every six semesters of service. Applications are made to the School Research Committee by 31
January for leave in the following academic year.</p>
<h2>Schedule 1: Campus arrangements</h2>
<p>This schedule sets out the arrangements that differ between campuses (see paragraph 1.3). Staff who work
on more than one campus follow the arrangements of the campus named in their contract.</p>
<table>
<tr><th></th><th>Kellbridge</th><th>Stanmoor</th><th>Porthallow Marine Station</th></tr>
<tr><td>Staff parking</td><td>Brayton Road multi-storey; permit &pound;14 a month by payroll deduction</td>
<td>North and East car parks; free, no permit needed</td><td>Station yard; no permit needed</td></tr>
<tr><td>Staff cards issued by</td><td>Campus Card Office, Library ground floor</td>
<td>Porters' Lodge, Aske Building</td><td>Station Administrator</td></tr>
<tr><td>Buildings locked at</td><td>21:30</td><td>20:00</td><td>18:30</td></tr>
</table>
<p>At the Porthallow Marine Station nobody may remain in the buildings after lock-up, or work alone on the
slipway at any time, without the written approval of the Station Manager. Staff based there receive a remote
location allowance of &pound;1,150 a year, paid in monthly instalments.</p>
""",
)

USERS = (
    User("rv-eilidh", ("I'm a Senior Lecturer in the School of History.", "My office is on the Kellbridge campus.")),
    User(
        "rv-sunil", ("I'm a student records administrator in professional services, on grade 4.", "I work at Stanmoor.")
    ),
    User("rv-beth", ("I'm a technician in the chemistry teaching labs.", "My post is grade 6.")),
    User("rv-kwame", ("I'm based at the Porthallow Marine Station.",)),
    User("rv-freya", ("I started in a grade 7 professional services role last month.", "I work at Kellbridge.")),
    User("rv-aled", ("I'm a lecturer in marine biology.",)),
)

LEAVE = {"academic": "35 working days", "grades 1-5": "26 working days", "grades 6-10": "30 working days"}
NOTICE = {
    "grades 1-5": "One month",
    "grades 6-8": "Two months",
    "grades 9-10": "Three months",
    "academic": "Three months",
}
PROBATION = {
    "lecturer": "three years",
    "senior lecturer": "twelve months",
    "technical": "nine months",
    "professional services": "six months",
}
ADDITIONAL_HOURS = {"grades 1-6": "time and a half", "grade 7+": "time off in lieu"}
HOURS = {"professional services": "35 hours", "technical": "37 hours"}
PARKING = {"Kellbridge": "Brayton Road", "Stanmoor": "North and East car parks", "Porthallow": "Station yard"}
LOCKED = {"Kellbridge": "21:30", "Stanmoor": "20:00", "Porthallow": "18:30"}
INCREMENT = {"academic": "1 August", "professional services/technical": "1 April"}

QUESTIONS = (
    rule_question("rv-eilidh", "How many days of annual leave am I entitled to?", LEAVE, "academic"),
    rule_question("rv-sunil", "What's my annual leave entitlement?", LEAVE, "grades 1-5"),
    rule_question("rv-freya", "How much annual leave do I get each year?", LEAVE, "grades 6-10"),
    rule_question("rv-kwame", "How many days' holiday do I get?", LEAVE, None),
    rule_question("rv-beth", "How much notice would I have to give if I resigned?", NOTICE, "grades 6-8"),
    rule_question("rv-sunil", "What is my notice period?", NOTICE, "grades 1-5"),
    rule_question("rv-eilidh", "What notice period applies to me?", NOTICE, "academic"),
    rule_question("rv-aled", "How long is my probation?", PROBATION, "lecturer"),
    rule_question("rv-freya", "How long will my probationary period last?", PROBATION, "professional services"),
    rule_question("rv-kwame", "How long is the probation period?", PROBATION, None),
    rule_question(
        "rv-sunil", "If I'm asked to stay late, how are the extra hours paid?", ADDITIONAL_HOURS, "grades 1-6"
    ),
    rule_question("rv-freya", "Do I get paid for working extra hours?", ADDITIONAL_HOURS, "grade 7+"),
    rule_question("rv-beth", "How many hours a week am I contracted for?", HOURS, "technical"),
    rule_question("rv-kwame", "Where do I park?", PARKING, "Porthallow"),
    rule_question("rv-eilidh", "Where is staff parking?", PARKING, "Kellbridge"),
    rule_question("rv-beth", "Where can I park my car?", PARKING, None),
    rule_question("rv-sunil", "What time are the buildings locked in the evening?", LOCKED, "Stanmoor"),
    rule_question("rv-aled", "When does my annual increment fall due?", INCREMENT, "academic"),
    general_question("rv-kwame", "When does the leave year start?", "1 October"),
    general_question("rv-aled", "On what day are salaries paid?", "last working day"),
)

HANDBOOK = Handbook(
    name="ravensmere",
    title="Ravensmere University Conditions of Service for Staff",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
