"""Brantwood Public Library (an HTML file): a Canadian (Ontario) public library board's Staff Handbook in its
accessible HTML version from the staff intranet, with a breadcrumb, a Library Board resolution, a definitions
list (regular full-time, regular part-time, casual, continuous service, location) and Canadian usage
(vacation, labour, organized, Employment Standards Act, 2000). Eight job levels in a classification table
(position titles and hourly ranges), Levels 1 to 5 in the CUPE bargaining unit; four service divisions each
defined by one sentence listing the job titles in it (so a user who names a job has to be placed in a level and
a division); one paragraph naming two divisions' different scheduling rules (Branch Services Saturdays and
evenings; Facilities and Delivery early and late shifts, a late-shift premium, delivery drivers with no Saturday
work) beside a Collections and Technical Services rule; Sunday pay keyed by "Levels 1 to 5" against "Levels 6 to
8" while the vacation table is keyed by "Levels 1 to 4" and "Levels 5 to 8" by years of continuous service (so a
Level 5 employee falls on different sides of the two rules); casual vacation pay by service; sick leave by
employment status; a professional development allowance by level band; and a location table with staff parking.
Job title (level and division), location, employment status and continuous service. Written blind to the code.
Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p><small>BPL StaffNet &rsaquo; Human Resources &rsaquo; Policies &rsaquo; Staff Handbook (accessible HTML
version)</small></p>
<h1>Brantwood Public Library Staff Handbook</h1>
<p><em>Approved by the Brantwood Public Library Board, Resolution 2025-14, March 19, 2025. Owner: Manager, Human
Resources. Alternate formats are available on request from Human Resources.</em></p>
<p>This handbook applies to all employees of the Brantwood Public Library Board (&ldquo;the Library&rdquo;) in the
City of Brantwood, Ontario. Where this handbook and the collective agreement between the Board and CUPE Local 4417
differ, the collective agreement governs for members of the bargaining unit.</p>
<section>
<h2>1. Definitions</h2>
<dl>
<dt><strong>Regular full-time employee</strong></dt>
<dd>An employee in a permanent position regularly scheduled for 35 hours a week.</dd>
<dt><strong>Regular part-time employee</strong></dt>
<dd>An employee in a permanent position regularly scheduled for at least 12 and fewer than 35 hours a week.</dd>
<dt><strong>Casual employee</strong></dt>
<dd>An employee hired to cover absences, vacancies and busy periods, with no guaranteed hours.</dd>
<dt><strong>Continuous service</strong></dt>
<dd>Service since your most recent date of hire, including approved leaves of absence.</dd>
<dt><strong>Location</strong></dt>
<dd>Central Library, one of the three branches (Maple Ridge, Eastview and Harbourfront), or the Service Centre at
40 Industrial Road.</dd>
</dl>
</section>
<section>
<h2>2. Job classifications</h2>
<p>Every position at the Library is classified at one of eight levels. Levels 1 to 5 are in the CUPE Local 4417
bargaining unit. Levels 6 to 8 are the professional and management group and are not unionized.</p>
<table>
<caption>Table 1. Levels, positions and hourly rates (start to job rate), effective January 1, 2025</caption>
<tr><th>Level</th><th>Positions</th><th>Hourly rate</th></tr>
<tr><td>Level 1</td><td>Page</td><td>$17.60 to $18.95</td></tr>
<tr><td>Level 2</td><td>Circulation Clerk; Delivery Driver</td><td>$21.10 to $23.40</td></tr>
<tr><td>Level 3</td><td>Library Assistant; Acquisitions Clerk; Custodian</td><td>$24.55 to $27.30</td></tr>
<tr><td>Level 4</td><td>Library Technician; Systems Support Technician</td><td>$27.85 to $31.20</td></tr>
<tr><td>Level 5</td><td>Cataloguer; Program Coordinator; Facilities Lead Hand</td><td>$31.40 to $35.10</td></tr>
<tr><td>Level 6</td><td>Librarian (Children's and Youth, Adult Services, Digital Services)</td>
<td>$38.20 to $44.65</td></tr>
<tr><td>Level 7</td><td>Senior Librarian; Human Resources Advisor</td><td>$44.90 to $51.75</td></tr>
<tr><td>Level 8</td><td>Branch Manager; Manager of Collections and Technical Services</td><td>$52.40 to $60.10</td></tr>
</table>
<p>New employees start at the start rate and move through the steps to the job rate after 1,820 hours worked at each
step. Casual employees are paid the start rate of the position they are covering.</p>
</section>
""",
    """
<section>
<h2>3. Service divisions</h2>
<p>The Library is organized in four service divisions. Branch Services is made up of Pages, Circulation Clerks,
Library Assistants, Library Technicians, Program Coordinators, Librarians, Senior Librarians and Branch Managers at
Central Library and the branches. Collections and Technical Services is made up of Cataloguers, Acquisitions Clerks,
Systems Support Technicians and the Manager of Collections and Technical Services, all at the Service Centre.
Facilities and Delivery is made up of Custodians, who are assigned to a location, and the Facilities Lead Hand and
Delivery Drivers, who report to the Service Centre. Administration (Human Resources, Finance and the Office of the
CEO) is at Central Library.</p>
</section>
<section>
<h2>4. Hours of work and scheduling</h2>
<p>The normal work week for regular full-time employees is 35 hours. Schedules are posted at least four weeks in
advance on the scheduling system.</p>
<h3>4.1 Evenings, Saturdays and shifts</h3>
<p>In Branch Services, employees work one Saturday in three and no more than two evening shifts (ending at 9:00
p.m.) a week, and each Saturday worked is paired with a weekday off in the same week; in Facilities and Delivery,
custodians rotate between the early shift (6:00 a.m. to 2:00 p.m.) and the late shift (2:30 p.m. to 10:30 p.m.),
with a shift premium of $1.15 an hour for every hour of the late shift, while Delivery Drivers work Monday to
Friday, 7:00 a.m. to 3:00 p.m., with no Saturday work.</p>
<p>Collections and Technical Services staff work weekdays only, between 8:00 a.m. and 4:00 p.m., except during the
annual inventory in the last two weeks of August, when up to two Saturdays may be scheduled.</p>
<p>Facilities and Delivery employees also receive a safety footwear allowance of $175 a year, paid with the first
pay in April.</p>
<h3>4.2 Sunday service</h3>
<p>Central Library and Maple Ridge open on Sundays from 1:00 p.m. to 5:00 p.m., from the Sunday after Labour Day to
the Sunday before Victoria Day. Sunday shifts are voluntary and are offered first to regular employees, by
seniority. Employees in Levels 1 to 5 are paid time and one-half for all hours worked on a Sunday. Employees in
Levels 6 to 8 who work a Sunday receive equivalent time off, hour for hour, to be taken within the following four
weeks.</p>
<h3>4.3 Breaks</h3>
<p>Every employee working a shift of more than five hours takes an unpaid meal break of 30 minutes. Employees also
receive a paid rest break of 15 minutes for every three and a half hours worked.</p>
<h3>4.4 Pay</h3>
<p>Employees are paid every second Thursday by direct deposit. Pay statements are on the Employee Self Service
portal. Time worked by casual employees must be entered by the supervisor by noon on the Monday before pay day.</p>
</section>
""",
    """
<section>
<h2>5. Vacation</h2>
<p>Vacation is earned in the calendar year and taken in the same year. Your entitlement depends on your level and on
the continuous service you will have completed by December 31 of the year.</p>
<table>
<caption>Table 2. Annual vacation for regular full-time employees</caption>
<tr><th>Continuous service</th><th>Levels 1 to 4</th><th>Levels 5 to 8</th></tr>
<tr><td>Less than 5 years</td><td>15 days</td><td>18 days</td></tr>
<tr><td>5 to 9 years</td><td>20 days</td><td>22 days</td></tr>
<tr><td>10 to 19 years</td><td>25 days</td><td>27 days</td></tr>
<tr><td>20 years or more</td><td>30 days</td><td>30 days</td></tr>
</table>
<p>Regular part-time employees receive the same number of days as Table 2, prorated to their scheduled hours.
Casual employees do not receive paid vacation days; instead they receive vacation pay of 4% of gross earnings on
each pay, rising to 6% of gross earnings once they have five years of continuous service.<sup>1</sup></p>
<p>Requests for vacation in July and August must be made by March 31 and are approved by seniority within each
location.</p>
<p><small><sup>1</sup> For casual employees, continuous service is counted from the first shift worked after the most
recent date of hire.</small></p>
</section>
<section>
<h2>6. Sick leave</h2>
<p>Regular full-time employees earn sick leave credits at 1.25 days per month. Regular part-time employees earn
credits at the same rate, prorated to their scheduled hours. Unused credits carry forward from year to year.
Casual employees are entitled to three unpaid sick days a year under the Employment Standards Act, 2000.</p>
<p>If you are sick, call your supervisor at least one hour before your shift. A medical note is required for an
absence of more than three consecutive working days.</p>
</section>
<section>
<h2>7. Benefits and development</h2>
<p>Regular employees are eligible for the Library's health and dental benefits from the first of the month after
three months of continuous service. Regular full-time employees join the OMERS pension plan on hire; regular
part-time and casual employees may join at any time.</p>
<p>The Library reimburses professional development (courses, conferences and professional association membership,
such as the Ontario Library Association) up to $450 a year for employees in Levels 1 to 4 and up to $1,200 a year
for employees in Levels 5 to 8. Claims are made on form HR-22 with receipts.</p>
</section>
""",
    """
<section>
<h2>8. Locations and parking</h2>
<table>
<caption>Table 3. Library locations</caption>
<tr><th>Location</th><th>Address</th><th>Staff parking</th></tr>
<tr><td>Central Library</td><td>100 Queen Street</td><td>Level P2 of the Market Square municipal garage, with a
parking pass paid by the Library</td></tr>
<tr><td>Maple Ridge</td><td>2250 Maple Ridge Road</td><td>Spaces marked &ldquo;Staff&rdquo; in the rear lot off
Birch Lane</td></tr>
<tr><td>Eastview</td><td>85 Eastview Drive</td><td>The shared lot at Eastview Community Centre</td></tr>
<tr><td>Harbourfront</td><td>12 Wharf Street</td><td>No staff parking; staff receive a monthly transit pass
instead</td></tr>
<tr><td>Service Centre</td><td>40 Industrial Road</td><td>The fenced lot beside the loading dock</td></tr>
</table>
</section>
<section>
<h2>9. Who to contact</h2>
<ul>
<li>Vacation, sick leave and benefits: Human Resources, ext. 2210.</li>
<li>Pay: Payroll, ext. 2230.</li>
<li>The collective agreement: your CUPE Local 4417 steward.</li>
</ul>
<p><small>Revision history: March 2025, Table 1 rates updated and Harbourfront transit pass added; June 2024,
professional development allowance increased.</small></p>
</section>
""",
)

USERS = (
    User("lb-anjali", ("I'm a Library Technician at Central.", "Six years with the library.")),
    User("lb-marc", ("Children's librarian at the Maple Ridge branch.", "Just hit my tenth year.")),
    User("lb-doug", ("Custodian at Eastview. Lates, mostly.",)),
    User("lb-kayla", ("Casual page, Harbourfront branch.", "Been doing it about two years.")),
    User("lb-ravi", ("I'm a cataloguer, twelve years in.",)),
    User("lb-sophie", ("I'm the branch manager at Eastview.",)),
    User("lb-helen", ("Library Assistant, regular part-time, at Central Library.", "Twenty-two years here.")),
    User("lb-owen", ("I work for the library.", "Started last month.")),
    User("lb-nadia", ("I drive the delivery van between the branches.", "Eight years now.")),
    User("lb-tess", ("Program coordinator at Maple Ridge, three years in.",)),
    User("lb-gus", ("Casual. I've been picking up shifts for six years now.",)),
    User("lb-mei", ("Acquisitions clerk.",)),
)

VACATION_L1_4 = {
    "less than 5 years": "15 days",
    "5 to 9 years": "20 days",
    "10 to 19 years": "25 days",
    "20 years or more": "30 days",
}
VACATION_L5_8 = {
    "less than 5 years": "18 days",
    "5 to 9 years": "22 days",
    "10 to 19 years": "27 days",
    "20 years or more": "30 days",
}
CASUAL_VACATION = {"less than 5 years": "4% of gross earnings", "5 years or more": "6% of gross earnings"}
VACATION = {
    **{f"Levels 1 to 4, {k}": v for k, v in VACATION_L1_4.items()},
    **{f"Levels 5 to 8, {k}": v for k, v in VACATION_L5_8.items()},
    **{f"casual, {k}": v for k, v in CASUAL_VACATION.items()},
}
NEW_STARTER_VACATION = {
    "Levels 1 to 4": "15 days",
    "Levels 5 to 8": "18 days",
    "casual": "4% of gross earnings",
}
SUNDAY = {"Levels 1 to 5": "time and one-half", "Levels 6 to 8": "equivalent time off"}
SATURDAYS = {
    "Branch Services": "one Saturday in three",
    "Delivery Drivers": "no Saturday work",
    "Collections and Technical Services": "weekdays only",
}
SICK = {"regular": "1.25 days per month", "casual": "three unpaid sick days"}
DEVELOPMENT = {"Levels 1 to 4": "$450", "Levels 5 to 8": "$1,200"}
PARKING = {
    "Central Library": "Market Square",
    "Maple Ridge": "Birch Lane",
    "Eastview": "Eastview Community Centre",
    "Harbourfront": "monthly transit pass",
    "Service Centre": "loading dock",
}

QUESTIONS = (
    rule_question("lb-anjali", "How much vacation do I get this year?", VACATION, "Levels 1 to 4, 5 to 9 years"),
    rule_question("lb-anjali", "How am I paid if I pick up a Sunday shift?", SUNDAY, "Levels 1 to 5"),
    rule_question("lb-anjali", "How much can I claim for a conference?", DEVELOPMENT, "Levels 1 to 4"),
    rule_question("lb-anjali", "Where can I park?", PARKING, "Central Library"),
    rule_question("lb-marc", "How many vacation days do I get?", VACATION, "Levels 5 to 8, 10 to 19 years"),
    rule_question("lb-marc", "What do I get for working a Sunday?", SUNDAY, "Levels 6 to 8"),
    rule_question("lb-marc", "How often do I have to work Saturdays?", SATURDAYS, "Branch Services"),
    rule_question("lb-marc", "Where do staff park at my branch?", PARKING, "Maple Ridge"),
    general_question("lb-doug", "Is there a premium for late shifts?", "$1.15"),
    general_question("lb-doug", "Do I get anything towards safety boots?", "$175"),
    rule_question("lb-doug", "Where do I park?", PARKING, "Eastview"),
    rule_question("lb-doug", "How much vacation do I get?", VACATION_L1_4, None),
    rule_question("lb-kayla", "Do I get paid vacation?", VACATION, "casual, less than 5 years"),
    rule_question("lb-kayla", "Do I get sick days?", SICK, "casual"),
    rule_question("lb-kayla", "Is there staff parking where I work?", PARKING, "Harbourfront"),
    rule_question("lb-ravi", "How much vacation am I entitled to?", VACATION, "Levels 5 to 8, 10 to 19 years"),
    rule_question("lb-ravi", "Will I have to work Saturdays?", SATURDAYS, "Collections and Technical Services"),
    rule_question("lb-ravi", "What's my professional development allowance?", DEVELOPMENT, "Levels 5 to 8"),
    rule_question("lb-ravi", "Where do I park?", PARKING, "Service Centre"),
    rule_question("lb-sophie", "How much can I spend on professional development?", DEVELOPMENT, "Levels 5 to 8"),
    rule_question("lb-sophie", "How many weeks of vacation do I get?", VACATION_L5_8, None),
    rule_question("lb-sophie", "Where is staff parking?", PARKING, "Eastview"),
    rule_question("lb-helen", "How much vacation do I get?", VACATION, "Levels 1 to 4, 20 years or more"),
    rule_question("lb-helen", "What's the pay for Sunday hours?", SUNDAY, "Levels 1 to 5"),
    rule_question("lb-helen", "Where can I park my car?", PARKING, "Central Library"),
    rule_question("lb-owen", "How much vacation will I get?", NEW_STARTER_VACATION, None),
    rule_question("lb-owen", "How much does the library give for professional development?", DEVELOPMENT, None),
    general_question("lb-owen", "When is pay day?", "every second Thursday"),
    rule_question("lb-nadia", "Do I have to work Saturdays?", SATURDAYS, "Delivery Drivers"),
    rule_question("lb-nadia", "How many vacation days do I get?", VACATION, "Levels 1 to 4, 5 to 9 years"),
    rule_question("lb-nadia", "Where do I park my own car?", PARKING, "Service Centre"),
    rule_question("lb-tess", "How much vacation do I have this year?", VACATION, "Levels 5 to 8, less than 5 years"),
    rule_question("lb-tess", "What am I paid for Sunday work?", SUNDAY, "Levels 1 to 5"),
    rule_question("lb-tess", "What's my professional development budget?", DEVELOPMENT, "Levels 5 to 8"),
    rule_question("lb-tess", "How many Saturdays do I work?", SATURDAYS, "Branch Services"),
    rule_question("lb-gus", "Do I get vacation pay?", VACATION, "casual, 5 years or more"),
    rule_question("lb-gus", "What sick leave do I get?", SICK, "casual"),
    rule_question("lb-mei", "Do I work weekends?", SATURDAYS, "Collections and Technical Services"),
    rule_question("lb-mei", "How much professional development funding can I get?", DEVELOPMENT, "Levels 1 to 4"),
    general_question("lb-mei", "When do my health and dental benefits start?", "first of the month after three months"),
    rule_question("lb-mei", "Where do I park?", PARKING, "Service Centre"),
)

HANDBOOK = Handbook(
    name="brantwood_library",
    title="Brantwood Public Library Staff Handbook",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
