"""Larkspur University: staff conditions of service written as numbered contractual clauses
("2.2.3 ..."), with staff groups (Academic, Research, Professional Services), contract types
(T&R, T&S, R), grades 1-10 in bands, two campuses (city and rural), and a Schedule at the end
that clauses refer to ("Column B of Schedule 1"), one of whose columns is overridden by a later
clause for one group. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Larkspur University: Conditions of Service for Staff</h1>
<p><em>Approved by Council on 3 July 2024 and effective from 1 August 2024 (Version 4.1). These
Conditions form part of the contract of employment of each member of staff and are to be read with
the written statement of particulars and the Schedules at the end of this document.</em></p>
<h2>1. Interpretation and Scope</h2>
<p>1.1 These Conditions apply to all employees of Larkspur University (&ldquo;the University&rdquo;)
other than casual workers, visiting lecturers paid by the hour and holders of honorary contracts.</p>
<p>1.2 In these Conditions, unless the context otherwise requires:</p>
<p>1.2.1 &ldquo;Academic staff&rdquo; means staff employed on a Teaching and Research (T&amp;R) contract or a
Teaching and Scholarship (T&amp;S) contract, including Lecturers, Senior Lecturers, Associate Professors,
Readers and Professors.</p>
<p>1.2.2 &ldquo;Research staff&rdquo; means staff employed on a Research-only (R) contract, including Research
Assistants, Research Associates and Research Fellows, whether the contract is open-ended or fixed-term.</p>
<p>1.2.3 &ldquo;Professional Services staff&rdquo; (&ldquo;PS staff&rdquo;) means all other staff, including
administrative, clerical, technical, library, IT, estates, catering and farm staff.</p>
<p>1.2.4 &ldquo;Grade&rdquo; means the grade of the post on the University&rsquo;s ten-grade pay spine
(Grades 1 to 10), as stated in the written statement of particulars.</p>
<p>1.2.5 &ldquo;Millgate&rdquo; means the Millgate Campus in the city centre. &ldquo;Ashby Fell&rdquo; means the
Ashby Fell Campus, the University&rsquo;s rural campus near Thorncombe, which houses the School of
Veterinary Science, the University Farm and the Centre for Land Management. Professional services such as
Admissions, Student Administration, Library and IT have teams at both campuses.</p>
<p>1.3 The normal place of work of each member of staff is the campus named in the written statement of
particulars. Staff may reasonably be required to work at the other campus from time to time (see
clause 5.3).</p>
<h2>2. Appointment and Probation</h2>
<p>2.1 Every appointment is subject to satisfactory references, evidence of the right to work in the
United Kingdom and, where the post requires it, a satisfactory disclosure from the Disclosure and
Barring Service.</p>
<p>2.2 A newly appointed member of staff shall serve a probationary period, the length of which
depends on the staff group, as follows:</p>
<p>2.2.1 PS staff in Grades 1 to 5: six months.</p>
<p>2.2.2 PS staff in Grades 6 to 10: nine months.</p>
<p>2.2.3 Research staff: twelve months, or the whole of the contract where it is shorter than this.</p>
<p>2.2.4 Academic staff: three years, during which the member of staff shall complete the Postgraduate
Certificate in Academic Practice (PGCAP) unless the Dean grants an exemption on the basis of prior
teaching experience or qualification.</p>
<p>2.3 A probationary period may be extended once, by no more than half of its original length, where
the line manager has identified concerns in writing before the end of the period.</p>
<p>2.4 A member of staff who moves to another post in the University without a break in service shall
not serve a further probationary period, except on moving into a post as Academic staff.</p>
""",
    """
<h2>3. Hours of Work</h2>
<p>3.1 The standard working week for PS staff is 36.5 hours, Monday to Friday, exclusive of an unpaid
lunch break of not less than 30 minutes.</p>
<p>3.2 Normal hours of attendance at Millgate are 09:00 to 17:15 (16:45 on Fridays). Normal hours of
attendance at Ashby Fell are 08:00 to 16:15 (15:45 on Fridays), in line with the inter-campus bus
timetable.</p>
<p>3.3 Clause 3.2 does not apply to farm and animal-care staff at Ashby Fell, who work a rota, including
weekends, agreed with the Farm Manager.</p>
<p>3.4 Academic staff and Research staff are not subject to fixed hours of attendance and shall work such
hours as are reasonably necessary for the proper performance of their duties.</p>
<p>3.5 The workload of Academic staff is planned each year under the Workload Allocation Model. Time is
normally allocated as follows: on T&amp;R contracts, 40% teaching, 40% research and 20% leadership and
citizenship; on T&amp;S contracts, 70% teaching and teaching-related activity, 20% scholarship and 10%
citizenship.</p>
<h2>4. Overtime</h2>
<p>4.1 Overtime means work beyond the standard working week which has been authorised in advance by the
line manager. Academic staff and Research staff are not eligible for overtime.</p>
<p>4.2 PS staff in Grades 1 to 5 shall be paid for authorised overtime at time and a half, rising to
double time on Sundays and public holidays.</p>
<p>4.3 PS staff in Grades 6 to 10 shall not receive payment for overtime. Authorised additional hours
shall be recompensed by time off in lieu (TOIL), to be taken within three months of being accrued.</p>
<h2>5. Campuses, Parking and Travel</h2>
<p>5.1 Parking at Millgate is by permit only. A permit costs &pound;19.50 per month, deducted from salary,
and permits are allocated in accordance with the Car Parking Policy. Blue Badge holders are issued a
permit without charge.</p>
<p>5.2 At Ashby Fell, parking is free and no permit is required. Staff shall park only in the marked staff
bays and shall keep the farm access roads clear at all times.</p>
<p>5.3 The University operates a free inter-campus shuttle bus (the &ldquo;Fellrunner&rdquo;) between
Millgate and Ashby Fell, departing every 40 minutes between 07:20 and 19:00 on weekdays. Staff
required to travel between campuses on University business where the shuttle is unsuitable may claim
mileage at 45p per mile.</p>
<h2>6. Pay and Pension</h2>
<p>6.1 Salaries are paid monthly in arrears by credit transfer on the 25th day of each month or, where
the 25th is not a working day, on the preceding working day.</p>
<p>6.2 Staff who are not at the top of the normal range of their grade shall receive one increment on
1 August each year, provided they have at least six months&rsquo; service on that date.</p>
<p>6.3 Academic staff, Research staff and PS staff in Grades 6 to 10 are eligible to join the Collegiate
Pension Fund (CPF). PS staff in Grades 1 to 5 are eligible to join the Larkspur Staff Pension Scheme
(LSPS). Eligible staff are enrolled automatically from their first day of service and may opt out.</p>
""",
    """
<h2>7. Annual Leave</h2>
<p>7.1 The leave year runs from 1 October to 30 September.</p>
<p>7.2 The annual leave entitlement of each member of staff depends on the grade of the post and is set
out in Column B of Schedule 1. Entitlement for part-time staff is calculated pro rata.</p>
<p>7.3 In addition to annual leave, staff are entitled to eight public holidays and to four closure days
between Christmas and New Year, when the University is closed. Staff who are required to work on a
closure day shall be given equivalent time off.</p>
<p>7.4 Academic staff shall not normally take annual leave during teaching weeks or the examination
periods, except with the agreement of the Head of School.</p>
<p>7.5 Up to five days of untaken leave may be carried forward into the next leave year with the
agreement of the line manager. Leave carried forward must be taken by 31 December.</p>
<h2>8. Sickness Absence</h2>
<p>8.1 A member of staff who is unable to attend work through illness shall inform the line manager by
10:00 on the first day of absence, or as early as possible thereafter.</p>
<p>8.2 Absence of up to seven calendar days may be self-certified. For longer absence a fit note from a
doctor is required.</p>
<p>8.3 Occupational sick pay is paid in accordance with Schedule 2, according to the member of
staff&rsquo;s continuous service at the first day of absence, and includes any Statutory Sick Pay due.</p>
<h2>9. Research and Study Leave</h2>
<p>9.1 The University grants research and study leave (sabbatical leave) to enable staff to concentrate on
research or scholarship, free of teaching and administrative duties.</p>
<p>9.2 Academic staff on T&amp;R contracts may apply for one semester of research leave for every six
semesters of service, subject to the needs of the School.</p>
<p>9.3 Academic staff on T&amp;S contracts may apply for Scholarship Leave of up to 12 weeks once in every
four academic years, to develop teaching practice, pedagogic research or professional practice.</p>
<p>9.4 Research staff do not accrue research or study leave under this clause, since their contracts are
wholly dedicated to research. They may apply to the Research Staff Development Fund for support to
attend conferences or training.</p>
<p>9.5 Applications under clauses 9.2 and 9.3 shall be made to the Faculty Research Committee by
31 January for leave in the following academic year, and a written report shall be submitted within
eight weeks of return. Service during probation counts towards the qualifying period, but leave may
not be taken until probation has been confirmed.</p>
<p>9.6 PS staff are not eligible for leave under this clause; development leave for PS staff is governed
by the Staff Development Policy.</p>
""",
    """
<h2>10. Termination of Employment</h2>
<p>10.1 After the probationary period, the minimum period of notice to be given in writing by the member
of staff or by the University is set out in Column C of Schedule 1.</p>
<p>10.2 During the probationary period, the period of notice on either side is one week.</p>
<p>10.3 Notwithstanding clause 10.1, Academic staff in Grades 9 and 10 shall give not less than four
months&rsquo; notice, which shall, where practicable, expire at the end of a semester.</p>
<p>10.4 A fixed-term contract ends on the date stated in the written statement of particulars without
further notice. Research staff on fixed-term contracts shall be placed on the redeployment register
three months before the end date.</p>
<p>10.5 The University does not operate a fixed retirement age.</p>
<h2>Schedule 1: Grade Bands</h2>
<table>
<tr><th>Column A<br/>Grade band</th><th>Column B<br/>Annual leave per year<sup>1</sup></th>
<th>Column C<br/>Notice period<sup>2</sup></th></tr>
<tr><td>Grades 1 to 5</td><td>24 days</td><td>1 month</td></tr>
<tr><td>Grades 6 to 8</td><td>27 days</td><td>2 months</td></tr>
<tr><td>Grades 9 and 10</td><td>30 days</td><td>3 months</td></tr>
</table>
<p><sup>1</sup> Excluding public holidays and closure days (clause 7.3); pro rata for part-time staff.<br/>
<sup>2</sup> Applies after probation (clause 10.2) and subject to clause 10.3.</p>
<h2>Schedule 2: Occupational Sick Pay</h2>
<table>
<tr><th>Continuous service at first day of absence</th><th>Full pay</th><th>Half pay</th></tr>
<tr><td>Less than 1 year</td><td>4 weeks</td><td>4 weeks</td></tr>
<tr><td>1 year but less than 3 years</td><td>10 weeks</td><td>10 weeks</td></tr>
<tr><td>3 years but less than 5 years</td><td>18 weeks</td><td>18 weeks</td></tr>
<tr><td>5 years or more</td><td>26 weeks</td><td>26 weeks</td></tr>
</table>
""",
)

USERS = (
    User(
        "lk-priya",
        ("I'm a lecturer in Chemistry, grade 7, on a teaching and research contract.", "My office is at Millgate."),
    ),
    User(
        "lk-gareth",
        ("I'm an estates operative out at the rural campus.", "Grade 3, and I've been here about two years."),
    ),
    User("lk-helen", ("I'm a Reader in the History department, on grade 9.",)),
    User(
        "lk-tom", ("I'm a research associate on a three-year grant-funded contract.", "I'm based on the city campus.")
    ),
    User("lk-aisha", ("I work in the Admissions office.", "My post is grade 7.")),
    User("lk-dan", ("I'm on a T&S contract in the Business School.",)),
    User(
        "lk-sian",
        (
            "I'm Head of Finance Operations, so professional services, grade 10.",
            "I've been with the University for just over six years.",
        ),
    ),
    User("lk-owen", ("I work in the farm office at Ashby Fell.",)),
)

LEAVE = {"Grades 1-5": "24 days", "Grades 6-8": "27 days", "Grades 9-10": "30 days"}
NOTICE = {
    "Grades 1-5": "1 month",
    "Grades 6-8": "2 months",
    "Grades 9-10 (PS/Research)": "3 months",
    "Academic Grades 9-10": "four months",
}
PROBATION = {
    "PS 1-5": "six months",
    "PS 6-10": "nine months",
    "Research": "twelve months",
    "Academic": "three years",
}
STUDY_LEAVE = {"T&R": "six semesters", "T&S": "12 weeks", "Research": "do not accrue"}
WORKLOAD = {"T&R": "40% research", "T&S": "20% scholarship"}
OVERTIME = {"PS 1-5": "time and a half", "PS 6-10": "time off in lieu"}
PARKING = {"Millgate": "£19.50 per month", "Ashby Fell": "no permit is required"}
HOURS = {"Millgate": "09:00 to 17:15", "Ashby Fell": "08:00 to 16:15"}
SICK_PAY = {"<1 year": "4 weeks", "1-3 years": "10 weeks", "3-5 years": "18 weeks", "5+ years": "26 weeks"}
PENSION = {"PS 1-5": ("Larkspur Staff Pension Scheme", "LSPS"), "others": ("Collegiate Pension Fund", "CPF")}

QUESTIONS = (
    rule_question("lk-priya", "How many days of annual leave do I get a year?", LEAVE, "Grades 6-8"),
    rule_question("lk-priya", "How long is my probation going to be?", PROBATION, "Academic"),
    rule_question("lk-priya", "How often can I take a sabbatical?", STUDY_LEAVE, "T&R"),
    rule_question("lk-priya", "What does a parking permit cost me?", PARKING, "Millgate"),
    rule_question("lk-gareth", "If I stay late on a job, do I get paid overtime?", OVERTIME, "PS 1-5"),
    rule_question("lk-gareth", "what time am I supposed to start and finish?", HOURS, "Ashby Fell"),
    rule_question("lk-gareth", "How much sick pay would I get if I was off for a long time?", SICK_PAY, "1-3 years"),
    rule_question("lk-gareth", "Which pension can I join?", PENSION, "PS 1-5"),
    rule_question(
        "lk-helen", "I'm thinking of moving on. How much notice would I have to give?", NOTICE, "Academic Grades 9-10"
    ),
    rule_question("lk-helen", "What's my annual leave entitlement?", LEAVE, "Grades 9-10"),
    rule_question("lk-helen", "If I were off sick for months, how long would I stay on full pay?", SICK_PAY, None),
    rule_question("lk-tom", "How long is the probation period for me?", PROBATION, "Research"),
    rule_question("lk-tom", "Can I apply for a sabbatical at some point?", STUDY_LEAVE, "Research"),
    rule_question("lk-tom", "Is there a charge for parking where I work?", PARKING, "Millgate"),
    general_question("lk-tom", "Does the university close over Christmas, and for how many days?", "four closure days"),
    rule_question("lk-aisha", "If I work extra hours at an open day, will I get overtime pay?", OVERTIME, "PS 6-10"),
    rule_question("lk-aisha", "How long will my probation last?", PROBATION, "PS 6-10"),
    rule_question("lk-aisha", "what's my notice period?", NOTICE, "Grades 6-8"),
    rule_question("lk-aisha", "What time does my working day normally start?", HOURS, None),
    rule_question("lk-dan", "How often am I allowed to take study leave, and for how long?", STUDY_LEAVE, "T&S"),
    rule_question("lk-dan", "How many days holiday do I get each year?", LEAVE, None),
    rule_question("lk-dan", "How much of my workload should go on scholarship?", WORKLOAD, "T&S"),
    rule_question("lk-sian", "What notice period am I on?", NOTICE, "Grades 9-10 (PS/Research)"),
    rule_question("lk-sian", "If I needed long-term sick leave, how much full pay would I get?", SICK_PAY, "5+ years"),
    rule_question("lk-sian", "Which pension scheme am I eligible for?", PENSION, "others"),
    rule_question("lk-owen", "Do I need a parking permit?", PARKING, "Ashby Fell"),
    rule_question("lk-owen", "Would I get paid for overtime?", OVERTIME, None),
    general_question("lk-owen", "What day of the month do we get paid?", "25th"),
)

HANDBOOK = Handbook(
    name="larkspur",
    title="Larkspur University: Conditions of Service for Staff",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
