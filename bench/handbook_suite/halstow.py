"""Halstow University (an HTML file): a university's staff handbook for academic and professional
services staff across three campuses (Priory, Saltings, Kenmore Health Campus), with staff groups,
career tracks and abbreviations declared once (PS, E&R, E&S, RO, HoS), a faculties x schools x
campus table, a grade table naming only the academic roles on each grade, a probation table keyed by
staff group and grade (PS Grade 7 and a Grade 7 lecturer differ), annual leave in prose with a
length-of-service ladder for the lower grades and "all academic staff whatever their grade", research
and scholarship leave and the workload model by career track, hybrid working as a FAQ with a grade x
campus table whose footnotes override it for front-line posts and part-time staff, flexitime bandwidth by
campus in a list separated from its lead-in by a page break, parking by campus with a grade split on one
campus, fixed-term contract support, and notice by staff group and grade. Staff group, grade, career
track, campus, front-line role, part-time and fixed-term contracts, length of service. Written blind to
the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Halstow University Staff Handbook 2025/26</h1>
<p><em>People Directorate, Halstow University, Priory Campus, Halstow. Version 3.2, 1 September 2025. This
handbook summarises the University's conditions of service; the full ordinances and policies are on the staff
intranet. Where this handbook and your contract differ, your contract applies.</em></p>
<h2>1. Who this handbook is for</h2>
<p>The handbook covers everyone employed by the University on a salaried contract. It uses the following terms
throughout:</p>
<ul>
<li><strong>Academic staff</strong>: staff on one of three career tracks: <strong>E&amp;R</strong>, the
education and research track; <strong>E&amp;S</strong>, the education and scholarship track; and
<strong>RO</strong>, the research-only track (research assistants and research fellows working on funded
projects).</li>
<li><strong>PS</strong>: professional services staff, on Grades 1 to 9. This includes administrative, technical,
library, student services, estates, finance and research office staff, whatever their job title.</li>
<li><strong>HoS</strong>: Head of School. <strong>HRBP</strong>: the HR business partner for your faculty or
directorate.</li>
<li><strong>Front-line posts</strong>: PS posts that serve students, visitors or buildings in person: the
Student Services help desks, library counters, Estates technicians and security, and laboratory
technicians.</li>
</ul>
<h2>2. Faculties, schools and campuses</h2>
<table>
<tr><th>Faculty</th><th>Schools</th><th>Campus</th></tr>
<tr><td>Faculty of Arts, Law and Social Sciences</td><td>School of History and Languages; Halstow Law School; School of Social Sciences</td><td>Priory Campus</td></tr>
<tr><td>Faculty of Science and Engineering</td><td>School of Computing and Engineering</td><td>Priory Campus</td></tr>
<tr><td></td><td>School of Marine and Coastal Science</td><td>Saltings Campus</td></tr>
<tr><td>Faculty of Health</td><td>School of Nursing and Midwifery; School of Allied Health</td><td>Kenmore Health Campus, beside Kenmore Hospital</td></tr>
</table>
<p>The PS directorates (Student Services; Library and Learning; Estates and Facilities; Finance; People; the
Research and Innovation Office) are based mainly at Priory, with teams at Saltings and Kenmore. Your campus is
the one named in your contract as your normal place of work.</p>
""",
    """
<h2>3. Grades and salaries</h2>
<p>All salaried staff are on the University's 9-grade structure, except professors, who are on the professorial
scale. Salaries from 1 August 2025 (full time):</p>
<table>
<tr><th>Grade</th><th>Salary range</th><th>Academic roles on this grade</th></tr>
<tr><td>Grade 1</td><td>£23,150 to £23,900</td><td>none</td></tr>
<tr><td>Grade 2</td><td>£23,900 to £24,880</td><td>none</td></tr>
<tr><td>Grade 3</td><td>£24,880 to £26,410</td><td>none</td></tr>
<tr><td>Grade 4</td><td>£26,410 to £28,330</td><td>none</td></tr>
<tr><td>Grade 5</td><td>£28,330 to £32,060</td><td>none</td></tr>
<tr><td>Grade 6</td><td>£32,060 to £37,940</td><td>Research Assistant (RO)</td></tr>
<tr><td>Grade 7</td><td>£37,940 to £46,220</td><td>Lecturer (E&amp;R, E&amp;S); Research Fellow (RO)</td></tr>
<tr><td>Grade 8</td><td>£46,220 to £55,480</td><td>Senior Lecturer (E&amp;R, E&amp;S); Senior Research Fellow (RO)</td></tr>
<tr><td>Grade 9</td><td>£55,480 to £64,910</td><td>Associate Professor (E&amp;R, E&amp;S)</td></tr>
<tr><td>Professorial</td><td>from £71,300</td><td>Professor (E&amp;R, E&amp;S)</td></tr>
</table>
<p>Increments are paid each 1 August until you reach the top of the normal range of your grade.</p>
<h2>4. Probation</h2>
<p>New staff serve a probation period, which depends on staff group and grade:</p>
<table>
<tr><th>Staff group</th><th>Grade or role</th><th>Probation</th></tr>
<tr><td>PS</td><td>Grades 1 to 5</td><td>6 months</td></tr>
<tr><td>PS</td><td>Grades 6 to 9</td><td>9 months</td></tr>
<tr><td>Academic, E&amp;R and E&amp;S</td><td>Lecturer (Grade 7)</td><td>three years<sup>a</sup></td></tr>
<tr><td>Academic, E&amp;R and E&amp;S</td><td>Senior Lecturer, Associate Professor, Professor</td><td>12 months</td></tr>
<tr><td>Academic, RO</td><td>Research Assistant, Research Fellow, Senior Research Fellow</td><td>6 months</td></tr>
</table>
<p><small>a Lecturers without a teaching qualification complete the Postgraduate Certificate in Higher Education
within the probation period, with a reduced teaching load in the first year.</small></p>
""",
    """
<h2>5. Annual leave</h2>
<p>5.1 The leave year runs from 1 September to 31 August. Full-time staff on Grades 6 to 9, and all academic
staff whatever their grade, receive 30 days of annual leave a year. Staff on Grades 1 to 5 start on 26 days,
which rises to 27 days after two years' continuous service and to 28 days after four years.</p>
<p>5.2 In addition, everyone receives the 8 bank holidays and the 4 customary closure days, when the University
is closed between Christmas and New Year.</p>
<p>5.3 Leave for part-time staff is pro rata to the days or hours worked, to the nearest half day, and so are the
bank holidays and closure days.</p>
<p>5.4 Academic staff take their leave outside teaching weeks and examination board weeks, unless their HoS
agrees otherwise. Up to 5 days may be carried over into the next leave year with your manager's agreement.</p>
<h2>6. Research and scholarship leave</h2>
<p>6.1 Staff on the E&amp;R track may apply for one semester of research leave after six semesters' service,
counted from their appointment or their last research leave. Applications go to the faculty research committee
by 31 January for the following academic year.</p>
<p>6.2 Staff on the E&amp;S track may apply in the same way for one semester of scholarship leave after nine
semesters' service, to develop teaching, curriculum or pedagogic research.</p>
<p>6.3 RO staff are not eligible for research or scholarship leave, because research is the whole of their post.
They may apply to the Research Staff Development Fund for up to £1,500 a year.</p>
<h2>7. Academic workload model</h2>
<p>The workload model allocates each academic's 1,650 working hours a year by track. The E&amp;R track has 40%
research time, 40% teaching and 20% citizenship and leadership. The E&amp;S track has 20% scholarship time, 70%
teaching and 10% citizenship. RO staff spend their whole time on their project and may teach up to 60 hours a
year with the agreement of the principal investigator.</p>
""",
    """
<h2>8. Hybrid working: questions and answers</h2>
<p><strong>Can I work from home?</strong><br>
Most PS staff work some of their week at home and some on campus. The minimum number of days a week you are on
campus depends on your grade and your campus:</p>
<table>
<tr><th>Grade<sup>a, b</sup></th><th>Priory Campus</th><th>Saltings Campus</th><th>Kenmore Health Campus</th></tr>
<tr><td>Grades 1 to 4</td><td>3 days</td><td>4 days</td><td>4 days</td></tr>
<tr><td>Grades 5 to 7</td><td>2 days</td><td>3 days</td><td>3 days</td></tr>
<tr><td>Grades 8 and 9</td><td>2 days</td><td>2 days</td><td>3 days</td></tr>
</table>
<p><small>a Staff in front-line posts are on campus every contracted day, whatever their grade.<br>
b Part-time staff who work three days a week or fewer are on campus at least one day a week, instead of the
figure in the table.</small></p>
<p><strong>Does the table apply to academic staff?</strong><br>
No. Academic staff on all tracks agree their pattern with their HoS. They are on campus for their teaching, for
two advertised student hours each week in teaching weeks, and for school meetings.</p>
<p><strong>Which days do I come in?</strong><br>
Each team has at least one anchor day a week, set by the manager, when everyone in the team is on campus. At
Kenmore, desk space is in the Trust's education centre and is booked through the Trust's room system.</p>
<p><strong>Can I work from abroad?</strong><br>
Only with the written approval of your manager and the People Directorate, and for no more than 10 working days
in a leave year. Requests go in at least four weeks ahead, so that tax, insurance and data protection can be
checked. You may not work from abroad while on probation, and academic staff may not do so in teaching
weeks.</p>
<p><strong>What equipment will I have at home?</strong><br>
A University laptop and headset. You may borrow a monitor and keyboard from your campus IT desk. The University
does not pay for home broadband or energy.</p>
<p><strong>Can I ask for a different pattern, for example because I care for someone?</strong><br>
Yes. Any member of staff may make a flexible working request from their first day, for a change to their
hours, times or place of work. Your manager meets you to discuss it and gives a decision within two months. If
the request is refused you may appeal once, to your HRBP's director.</p>
<h2>9. Flexitime</h2>
<p>Flexitime is open to PS staff on Grades 1 to 7; staff on Grades 8 and 9 and academic staff manage their own
hours. Core time is 10:00 to 12:00 and 14:00 to 16:00 on every campus, and up to 10 hours may be carried forward
each month. The bandwidth, the earliest start and latest finish you can record, follows your campus's opening
hours:</p>
""",
    """
<ul>
<li>Priory Campus: 07:30 to 19:00;</li>
<li>Saltings Campus: 08:00 to 18:00, as the site is locked at 18:15;</li>
<li>Kenmore Health Campus: 07:00 to 20:00.</li>
</ul>
<h2>10. Parking</h2>
<p>Priory Campus permits are priced by grade: Grades 1 to 5 pay £96 a year, and Grades 6 to 9, professors and
all academic staff pay £210 a year, deducted monthly from salary. Parking at Saltings Campus is free of charge
and no permit is needed. Parking at Kenmore Health Campus is managed by the Kenmore Hospital NHS Trust, and
University staff buy a Trust permit at £34 a month. Blue Badge holders park free of charge on every campus.</p>
<h2>11. Fixed-term contracts</h2>
<p>11.1 Staff on fixed-term contracts have the same terms as permanent staff, pro rata to the length of the
contract.</p>
<p>11.2 If your post depends on funding that is ending, the People Directorate writes to you 4 months before the
end date to offer redeployment support and priority consideration for suitable vacancies.</p>
<p>11.3 A school may extend a fixed-term contract by up to 3 months from bridging funds while a new grant is
awaited.</p>
<h2>12. Notice</h2>
<p>PS staff give one month's notice on Grades 1 to 5, two months on Grades 6 and 7, and three months on Grades 8
and 9. Academic staff give three months' notice, ending if possible at the end of a semester; a professor gives
six months' notice. The University gives the same notice, or the statutory notice if that is longer.</p>
<h2>13. Who to contact</h2>
<table>
<tr><th>For</th><th>Priory Campus</th><th>Saltings Campus</th><th>Kenmore Health Campus</th></tr>
<tr><td>HR advice</td><td colspan="3">People Directorate helpdesk, ext. 3300, people@halstow.example</td></tr>
<tr><td>Security (24 hours)</td><td>ext. 2222</td><td>ext. 5222</td><td>Kenmore Hospital security, ext. 7999</td></tr>
<tr><td>Parking permits</td><td>Estates reception, Chapter House</td><td>not needed</td><td>Trust car parking office, main entrance</td></tr>
<tr><td>IT desk</td><td>Library ground floor</td><td>Marine Centre, room G04</td><td>Education Centre, room 1.12</td></tr>
</table>
<p>The Employee Assistance Programme is free and confidential: 0800 555 0246, at any time.</p>
""",
)

USERS = (
    User(
        "hw-imogen",
        ("I work on the Student Services help desk at the Priory campus.", "I'm Grade 4 and started in August 2024."),
    ),
    User(
        "hw-rashid",
        ("I'm a lecturer in Computing on the education and research track.", "Joined Halstow in January 2025."),
    ),
    User("hw-beth", ("Senior lecturer in midwifery, on the education and scholarship track.", "I'm based at Kenmore.")),
    User("hw-colin", ("Estates technician at Saltings, Grade 3.", "Been at the university eleven years.")),
    User("hw-femi", ("Research fellow in marine science on a fixed-term contract.",)),
    User("hw-harriet", ("I'm a Grade 8 finance manager.",)),
    User("hw-ollie", ("I work in the library at Priory.",)),
    User(
        "hw-zara",
        ("I'm a Grade 6 research contracts officer in the Research and Innovation Office.", "My desk is at Kenmore."),
    ),
    User("hw-pete", ("I'm a Professor of History.",)),
    User(
        "hw-lin",
        ("I'm in HR, Grade 5, part time: two and a half days a week at Priory.", "I've been here since 2019."),
    ),
    User("hw-kofi", ("I'm on the education and research track in the Law School.",)),
)

LEAVE = {
    "Grades 1 to 5, under two years": "26 days",
    "Grades 1 to 5, two to four years": "27 days",
    "Grades 1 to 5, four years or more": "28 days",
    "Grades 6 to 9 and academic staff": "30 days",
}
PROBATION = {
    "PS, Grades 1 to 5": "6 months",
    "PS, Grades 6 to 9": "9 months",
    "Lecturer": "three years",
    "Senior Lecturer and above": "12 months",
    "RO": "6 months",
}
ACADEMIC_PROBATION = {"Lecturer": "three years", "Senior Lecturer and above": "12 months"}
RESEARCH_LEAVE = {
    "E&R": "after six semesters' service",
    "E&S": "after nine semesters' service",
    "RO": "not eligible",
}
ACADEMIC_LEAVE_TRACKS = {"E&R": "after six semesters' service", "E&S": "after nine semesters' service"}
WORKLOAD = {"E&R": "40% research time", "E&S": "20% scholarship time"}
HYBRID = {
    "Grades 1 to 4, Priory": "3 days",
    "Grades 1 to 4, Saltings": "4 days",
    "Grades 1 to 4, Kenmore": "4 days",
    "Grades 5 to 7, Priory": "2 days",
    "Grades 5 to 7, Saltings": "3 days",
    "Grades 5 to 7, Kenmore": "3 days",
    "Grades 8 and 9, Priory": "2 days",
    "Grades 8 and 9, Saltings": "2 days",
    "Grades 8 and 9, Kenmore": "3 days",
    "front-line posts": "every contracted day",
    "part-time, three days a week or fewer": "at least one day a week",
}
HYBRID_GRADES_8_9 = {"Priory": "2 days", "Saltings": "2 days", "Kenmore": "3 days"}
FLEXI = {"Priory": "07:30 to 19:00", "Saltings": "08:00 to 18:00", "Kenmore": "07:00 to 20:00"}
PARKING = {
    "Priory, Grades 1 to 5": "£96 a year",
    "Priory, Grades 6 to 9 and academic": "£210 a year",
    "Saltings": "free of charge and no permit",
    "Kenmore": "£34 a month",
}
PRIORY_PARKING = {"Grades 1 to 5": "£96 a year", "Grades 6 to 9 and academic": "£210 a year"}
NOTICE = {
    "PS, Grades 1 to 5": "one month",
    "PS, Grades 6 and 7": "two months",
    "PS, Grades 8 and 9": "three months",
    "professor": "six months",
}

QUESTIONS = (
    rule_question("hw-imogen", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, two to four years"),
    rule_question("hw-imogen", "How many days a week do I have to be on campus?", HYBRID, "front-line posts"),
    rule_question("hw-imogen", "How much is a parking permit for me?", PARKING, "Priory, Grades 1 to 5"),
    rule_question("hw-rashid", "How many days of annual leave do I have?", LEAVE, "Grades 6 to 9 and academic staff"),
    rule_question("hw-rashid", "How long is my probation?", PROBATION, "Lecturer"),
    rule_question("hw-rashid", "When can I apply for research leave?", RESEARCH_LEAVE, "E&R"),
    rule_question("hw-rashid", "How much of my workload is for research?", WORKLOAD, "E&R"),
    rule_question("hw-beth", "Am I eligible for a semester of leave, and when?", RESEARCH_LEAVE, "E&S"),
    rule_question("hw-beth", "What does parking cost at my campus?", PARKING, "Kenmore"),
    rule_question("hw-beth", "How much scholarship time does the workload model give me?", WORKLOAD, "E&S"),
    rule_question("hw-colin", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, four years or more"),
    rule_question("hw-colin", "Can I work from home some days?", HYBRID, "front-line posts"),
    rule_question("hw-colin", "What are the earliest and latest times I can record on flexi?", FLEXI, "Saltings"),
    rule_question("hw-colin", "Do I need to pay for parking?", PARKING, "Saltings"),
    rule_question("hw-femi", "Can I take research leave?", RESEARCH_LEAVE, "RO"),
    rule_question("hw-femi", "How long is probation for my role?", PROBATION, "RO"),
    general_question("hw-femi", "My grant ends next year. When will I hear about redeployment?", "4 months before"),
    rule_question("hw-harriet", "What's the minimum number of days I need to be on campus?", HYBRID_GRADES_8_9, None),
    rule_question("hw-harriet", "How many days of annual leave do I have?", LEAVE, "Grades 6 to 9 and academic staff"),
    rule_question("hw-harriet", "What notice would I need to give?", NOTICE, "PS, Grades 8 and 9"),
    rule_question("hw-ollie", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("hw-ollie", "How much is a parking permit?", PRIORY_PARKING, None),
    general_question("hw-ollie", "Is the university closed over Christmas?", "4 customary closure days"),
    rule_question("hw-zara", "How many days a week do I need to be in the office?", HYBRID, "Grades 5 to 7, Kenmore"),
    rule_question("hw-zara", "What's the flexitime bandwidth for me?", FLEXI, "Kenmore"),
    rule_question("hw-zara", "How long is my probation?", PROBATION, "PS, Grades 6 to 9"),
    rule_question("hw-zara", "How much is staff parking?", PARKING, "Kenmore"),
    rule_question("hw-pete", "When am I next eligible for research leave?", ACADEMIC_LEAVE_TRACKS, None),
    rule_question("hw-pete", "How many days of annual leave do I have?", LEAVE, "Grades 6 to 9 and academic staff"),
    rule_question("hw-pete", "How long is probation at my level?", PROBATION, "Senior Lecturer and above"),
    rule_question("hw-lin", "How many days a week must I come in?", HYBRID, "part-time, three days a week or fewer"),
    rule_question("hw-lin", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 5, four years or more"),
    rule_question("hw-lin", "How much notice do I have to give?", NOTICE, "PS, Grades 1 to 5"),
    rule_question("hw-kofi", "How long is probation?", ACADEMIC_PROBATION, None),
    rule_question("hw-kofi", "How often can I take research leave?", RESEARCH_LEAVE, "E&R"),
    general_question("hw-kofi", "How many days a year can I work from abroad?", "10 working days"),
)

HANDBOOK = Handbook(
    name="halstow",
    title="Halstow University Staff Handbook 2025/26",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
