"""Calloway Laboratories, Inc.: a US biotech research company's Employee Handbook issued as a controlled
document, the way its lab SOPs are: a document control block (number, revision, effective date, approvers),
and each policy numbered "HR-POL-104" with Purpose, Scope and Policy subsections. Two campuses in
different states (Northvale, Massachusetts and Alder Bay, California) and five teams (Discovery Research,
Lab Operations, Data Science, Instrumentation Engineering, Business Operations). A classification table
keyed by job family x level (I to IV, the Roman numeral in the job title), so whether someone is exempt
or non-exempt has to be looked up (a Research Associate II is non-exempt, a Data Scientist II exempt, a
Data Analyst I non-exempt); overtime, timekeeping and on-call keyed by classification, the on-call
stipend for non-exempt employees only; daily overtime and meal periods by campus (California only has
daily overtime); a PTO table by completed years of service; a campus holiday, paid sick time, parking
and commuting by campus; and remote work by team in consecutive sentences ("Data Science may ... Lab
Operations staff are on site ..."). Job family and level (classification), team, campus and years of
service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Calloway Laboratories, Inc. Employee Handbook (U.S.)</h1>
<table>
<tr><td><strong>Document number</strong></td><td>HR-HBK-001</td><td><strong>Revision</strong></td><td>F</td></tr>
<tr><td><strong>Effective date</strong></td><td>February 1, 2025</td><td><strong>Supersedes</strong></td>
<td>Revision E (March 1, 2024)</td></tr>
<tr><td><strong>Owner</strong></td><td>People Operations</td><td><strong>Approved by</strong></td>
<td>Chief People Officer; General Counsel</td></tr>
</table>
<p><em>Uncontrolled when printed. The current revision is in the QualiDoc system.</em></p>
<h2>HR-POL-100 Introduction and At-Will Employment</h2>
<p><strong>Purpose.</strong> This handbook describes the employment policies of Calloway Laboratories, Inc.
("Calloway" or "the Company") for employees in the United States.</p>
<p><strong>Scope.</strong> All U.S. employees at the Company's two campuses: the <strong>Northvale campus</strong>,
18 Foundry Street, Northvale, Massachusetts, and the <strong>Alder Bay campus</strong>, 4400 Marlin Point Road, Alder
Bay, California. Every employee is assigned to one campus, shown in Workday.</p>
<p><strong>Policy.</strong> Employment with Calloway is at will: either you or the Company may end it at any time,
with or without cause or notice. Nothing in this handbook is a contract of employment. Where state law gives
employees greater rights than this handbook, state law applies.</p>
<h2>HR-POL-101 Employment Classifications</h2>
<p><strong>Purpose.</strong> To set out how each position is classified for pay and overtime purposes.</p>
<p><strong>Policy.</strong> Every position is classified as exempt or non-exempt under the Fair Labor Standards Act and
applicable state law. Classification depends on your job family and your level. Your level is the Roman numeral in
your job title (for example, a Research Associate II is in the Research Associate job family at Level II). Find
your classification in Table 101-1.</p>
<p><strong>Table 101-1. Classification by job family and level</strong></p>
<table>
<tr><th>Job family</th><th>Level I</th><th>Level II</th><th>Level III</th><th>Level IV</th></tr>
<tr><td>Research Associate</td><td>Non-exempt</td><td>Non-exempt</td><td>Exempt</td><td>Exempt</td></tr>
<tr><td>Scientist</td><td>Exempt</td><td>Exempt</td><td>Exempt</td><td>Exempt</td></tr>
<tr><td>Lab Technician</td><td>Non-exempt</td><td>Non-exempt</td><td>Non-exempt</td><td>Exempt</td></tr>
<tr><td>Data Science (Data Analyst I; Data Scientist II to IV)</td><td>Non-exempt</td><td>Exempt</td><td>Exempt</td>
<td>Exempt</td></tr>
<tr><td>Engineer</td><td>Exempt</td><td>Exempt</td><td>Exempt</td><td>Exempt</td></tr>
<tr><td>Business Operations (Finance, People, IT, Legal)</td><td>Non-exempt</td><td>Non-exempt</td><td>Exempt</td>
<td>Exempt</td></tr>
</table>
<p>Employees scheduled for 30 or more hours a week are full-time and eligible for benefits. Employees scheduled for
fewer than 30 hours are part-time.</p>
""",
    """
<h2>HR-POL-104 Timekeeping, Overtime and On-Call</h2>
<p><strong>Purpose.</strong> To make sure all employees are paid correctly for the time they work.</p>
<p><strong>Scope.</strong> Sections 104.1 to 104.3 apply to all employees; 104.4 and 104.5 apply to non-exempt
employees; 104.6 applies to non-exempt employees only.</p>
<p><strong>104.1 Workweek.</strong> The Company's workweek runs from 12:00 a.m. Sunday to 11:59 p.m. Saturday.
Employees are paid semi-monthly, on the 15th and the last day of each month.</p>
<p><strong>104.2 Timekeeping.</strong> Non-exempt employees must record all time worked in the Clockwise app,
including time spent responding to alarms or messages from home, and must not work "off the clock." Exempt
employees do not record hours worked; they record only PTO, sick time and holidays in Workday.</p>
<p><strong>104.3 Overtime.</strong> Non-exempt employees are paid overtime at one and one-half times their regular
rate for hours worked over 40 in a workweek. Overtime must be approved in advance by your manager. Exempt employees
are paid a salary for all hours worked and are not eligible for overtime pay.</p>
<p><strong>104.4 Daily overtime.</strong> At the Alder Bay campus, California law also requires daily overtime:
non-exempt employees are paid one and one-half times their regular rate for hours worked beyond 8 hours in a
workday, and double time beyond 12 hours in a workday. Massachusetts has no daily overtime rule, so non-exempt
employees at the Northvale campus are paid overtime only on the weekly basis in 104.3.</p>
<p><strong>104.5 Meal periods.</strong> At the Alder Bay campus, a non-exempt employee who works more than five
hours must take an unpaid, uninterrupted meal period of 30 minutes, starting before the end of the fifth hour of
work. At the Northvale campus, non-exempt employees take an unpaid 30-minute meal period on any shift longer than
six hours.</p>
<p><strong>104.6 On-call (non-exempt employees only).</strong> The weekend and holiday on-call rotas cover laboratory
alarms (freezers, incubators and the vivarium) and the overnight data pipelines at both campuses. Only non-exempt
employees are scheduled on these rotas. A non-exempt employee on call receives an on-call stipend of $60 for each
day on call, and is also paid for all time spent responding, at the overtime rate where 104.3 or 104.4 applies.
Exempt employees are not scheduled for on-call and do not receive the stipend, although they may be contacted
about their own experiments.</p>
<h2>HR-POL-110 Remote Work</h2>
<p><strong>Purpose.</strong> To set out how much of the week each team may work away from campus.</p>
<p><strong>Policy.</strong> Remote work is arranged with your manager in Workday and depends on your team. Data
Science may work remotely up to four days a week, and comes on site for the first Tuesday of each month. Lab
Operations staff are on site for every scheduled shift and cannot work remotely. Discovery Research scientists and
research associates may work remotely one day a week, on a day with no bench work scheduled. Instrumentation
Engineering may work remotely up to two days a week. Business Operations may work remotely up to three days a
week. Remote work must be done from within the United States.</p>
""",
    """
<h2>HR-POL-120 Paid Time Off</h2>
<p><strong>Purpose.</strong> To give employees paid time away from work for vacation and personal needs.</p>
<p><strong>Scope.</strong> All full-time employees. Part-time employees accrue PTO in proportion to their scheduled
hours.</p>
<p><strong>120.1 Accrual.</strong> PTO accrues each semi-monthly pay period according to your completed years of
service, as shown in Table 120-1. Your accrual rate changes on the first pay period after your anniversary.</p>
<p><strong>Table 120-1. PTO by completed years of service</strong></p>
<table>
<tr><th>Completed years of service</th><th>PTO per year</th><th>Accrual per pay period</th></tr>
<tr><td>Less than 3 years</td><td>15 days (120 hours)</td><td>5.00 hours</td></tr>
<tr><td>3 to 5 years</td><td>18 days (144 hours)</td><td>6.00 hours</td></tr>
<tr><td>6 to 9 years</td><td>21 days (168 hours)</td><td>7.00 hours</td></tr>
<tr><td>10 or more years</td><td>25 days (200 hours)</td><td>8.33 hours</td></tr>
</table>
<p><strong>120.2 Carryover.</strong> You may carry up to 40 hours of unused PTO into the next calendar year. At the
Alder Bay campus, accrual stops when your balance reaches twice your annual PTO, and resumes once
you take time off. Accrued, unused PTO is paid out when employment ends.</p>
<h2>HR-POL-121 Holidays</h2>
<p><strong>Policy.</strong> Calloway observes ten paid company holidays each year: New Year's Day, Martin Luther King
Jr. Day, Presidents' Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Thanksgiving Day, the day after
Thanksgiving, and Christmas Day. Each campus also observes one campus holiday: the Northvale campus closes on
Patriots' Day (the third Monday in April), and the Alder Bay campus closes on Cesar Chavez Day (March 31).</p>
<h2>HR-POL-122 Paid Sick Time</h2>
<p><strong>Policy.</strong> Paid sick time is separate from PTO and is granted in full each January 1 (or on your
start date, prorated). Employees at the Northvale campus receive 48 hours of paid sick time a year. Employees at the
Alder Bay campus receive 64 hours of paid sick time a year. Sick time may be used for your own illness or medical
care, or to care for a family member, and unused sick time does not carry over or get paid out.</p>
<h2>HR-POL-130 Benefits</h2>
<p><strong>Policy.</strong> Full-time employees may enroll in the Company's medical, dental and vision plans from
their first day. The Calloway 401(k) Plan matches 100% of the first 5% of pay you contribute, and the match vests
immediately. The Company also provides basic life insurance at two times annual salary and an annual wellness
reimbursement of $400.</p>
""",
    """
<h2>HR-POL-140 Campus Information</h2>
<p><strong>Purpose.</strong> To describe parking, commuting and access arrangements at each campus.</p>
<p><strong>140.1 Northvale campus (Massachusetts).</strong> Employees park in the Foundry Street garage. Garage
permits cost $95 a month, deducted from pay before tax. Employees who commute by public transit may instead receive
a transit subsidy of up to $120 a month toward a monthly commuter rail or bus pass. Building access is by badge,
24 hours a day; visitors must be signed in at the Foundry Street lobby.</p>
<p><strong>140.2 Alder Bay campus (California).</strong> Parking is free in Lots 2 and 3; Lot 1 is reserved for
visitors and shipping. The free Calloway shuttle runs from the Alder Bay Transit Center every 20 minutes from
6:30 a.m. to 7:30 p.m. on weekdays. Building access is by badge, 24 hours a day; the vivarium requires a separate
access authorization.</p>
<h2>HR-POL-150 Laboratory Safety</h2>
<p><strong>Policy.</strong> Every employee who enters a laboratory completes Laboratory Safety Orientation before
their first lab entry, and the Annual Lab Safety Refresher each year. Lab coats, safety glasses and closed-toe shoes
are required in all laboratories. Report any injury, spill or exposure to your supervisor and to Environmental
Health and Safety (EHS) at extension 5911 immediately.</p>
<h2>HR-POL-160 Acknowledgment</h2>
<p>I acknowledge that I have received and read the Calloway Laboratories, Inc. Employee Handbook (U.S.), Revision F,
and that my employment is at will. I understand that the Company may change its policies at any time.</p>
<p>Employee name: ______________________ &nbsp; Signature: ______________________ &nbsp; Date: ____________</p>
<p><strong>Revision history</strong></p>
<table>
<tr><th>Rev.</th><th>Effective</th><th>Summary of change</th></tr>
<tr><td>F</td><td>Feb 1, 2025</td><td>On-call stipend raised; Data Science remote days increased; Table 101-1 updated
for the Data Analyst I title.</td></tr>
<tr><td>E</td><td>Mar 1, 2024</td><td>Alder Bay campus added; paid sick time by campus.</td></tr>
<tr><td>D</td><td>Jan 1, 2023</td><td>PTO table revised.</td></tr>
</table>
""",
)

USERS = (
    User("ca-maya", ("I'm a Research Associate II at the Alder Bay campus.", "Coming up on two years here.")),
    User(
        "ca-derek",
        ("I'm a Lab Tech III in Lab Operations, up at Northvale.", "Seven years with Calloway."),
    ),
    User(
        "ca-priya",
        ("Data Scientist II on the Data Science team, based out of Northvale.", "I've been here four years."),
    ),
    User("ca-tom", ("I'm a Scientist III in Discovery Research at Alder Bay.", "Eleven years in.")),
    User("ca-lena", ("I'm a Lab Tech I.", "I only started last month.")),
    User(
        "ca-marcus",
        ("I'm an AP specialist in Finance, Business Operations level I.", "I work out of Alder Bay."),
    ),
    User("ca-june", ("Engineer II in Instrumentation Engineering at Northvale.", "Eight years in.")),
    User("ca-sam", ("I work at the Northvale campus.",)),
    User("ca-ana", ("I'm a Data Analyst I on the Data Science team.", "I'm at Alder Bay.")),
)

OVERTIME = {"non-exempt": "one and one-half times", "exempt": "not eligible for overtime pay"}
TIMEKEEPING = {"non-exempt": "Clockwise", "exempt": "do not record hours worked"}
ON_CALL = {"non-exempt": "$60 for each day", "exempt": "not scheduled for on-call"}
DAILY_OVERTIME = {"Alder Bay": "beyond 8 hours in a workday", "Northvale": "no daily overtime"}
MEAL = {"Alder Bay": "before the end of the fifth hour", "Northvale": "longer than six hours"}
PTO = {
    "less than 3 years": ("15 days", "120 hours"),
    "3 to 5 years": ("18 days", "144 hours"),
    "6 to 9 years": ("21 days", "168 hours"),
    "10 or more years": ("25 days", "200 hours"),
}
REMOTE = {
    "Data Science": "up to four days a week",
    "Lab Operations": "on site for every scheduled shift",
    "Discovery Research": "one day a week",
    "Instrumentation Engineering": "up to two days a week",
    "Business Operations": "up to three days a week",
}
CAMPUS_HOLIDAY = {"Northvale": "Patriots' Day", "Alder Bay": "Cesar Chavez Day"}
SICK_TIME = {"Northvale": "48 hours", "Alder Bay": "64 hours"}
PARKING = {"Northvale": "$95 a month", "Alder Bay": "Lots 2 and 3"}

QUESTIONS = (
    rule_question("ca-maya", "Do I get paid overtime?", OVERTIME, "non-exempt"),
    rule_question("ca-maya", "Is there daily overtime if I work a long day?", DAILY_OVERTIME, "Alder Bay"),
    rule_question("ca-maya", "How much PTO do I get a year?", PTO, "less than 3 years"),
    rule_question("ca-maya", "How often can I work from home?", REMOTE, "Discovery Research"),
    rule_question("ca-maya", "When do I have to take my lunch break?", MEAL, "Alder Bay"),
    rule_question("ca-derek", "What do I get paid for being on call?", ON_CALL, "non-exempt"),
    rule_question("ca-derek", "How much PTO am I accruing per year?", PTO, "6 to 9 years"),
    rule_question("ca-derek", "Can I work remotely?", REMOTE, "Lab Operations"),
    rule_question("ca-derek", "Do I get overtime after 8 hours in a day?", DAILY_OVERTIME, "Northvale"),
    rule_question("ca-derek", "Which extra holiday does my campus get?", CAMPUS_HOLIDAY, "Northvale"),
    rule_question("ca-priya", "How many days a week can I work remotely?", REMOTE, "Data Science"),
    rule_question("ca-priya", "Am I paid overtime for extra hours?", OVERTIME, "exempt"),
    rule_question("ca-priya", "How much PTO do I get?", PTO, "3 to 5 years"),
    rule_question("ca-priya", "What does parking cost at my campus?", PARKING, "Northvale"),
    rule_question("ca-tom", "How much PTO do I get each year?", PTO, "10 or more years"),
    rule_question("ca-tom", "Can I get the on-call stipend?", ON_CALL, "exempt"),
    rule_question("ca-tom", "Do I need to log my hours?", TIMEKEEPING, "exempt"),
    rule_question("ca-tom", "Is there a campus holiday where I work?", CAMPUS_HOLIDAY, "Alder Bay"),
    rule_question("ca-lena", "How much PTO will I get?", PTO, "less than 3 years"),
    rule_question("ca-lena", "How do I record my hours?", TIMEKEEPING, "non-exempt"),
    rule_question("ca-lena", "Do I get daily overtime?", DAILY_OVERTIME, None),
    rule_question("ca-lena", "Where do I park?", PARKING, None),
    rule_question("ca-marcus", "How many remote days am I allowed?", REMOTE, "Business Operations"),
    rule_question("ca-marcus", "How is overtime paid for me?", OVERTIME, "non-exempt"),
    rule_question("ca-marcus", "How much paid sick time do I get?", SICK_TIME, "Alder Bay"),
    rule_question("ca-marcus", "Where can I park?", PARKING, "Alder Bay"),
    rule_question("ca-june", "How much can I work from home?", REMOTE, "Instrumentation Engineering"),
    rule_question("ca-june", "How much PTO do I get?", PTO, "6 to 9 years"),
    rule_question("ca-june", "How many sick hours do I get a year?", SICK_TIME, "Northvale"),
    general_question("ca-june", "What's the 401(k) match?", "100% of the first 5%"),
    rule_question("ca-sam", "Am I eligible for overtime?", OVERTIME, None),
    rule_question("ca-sam", "How much PTO do I get?", PTO, None),
    rule_question("ca-sam", "How much paid sick time do I get?", SICK_TIME, "Northvale"),
    general_question("ca-sam", "How many paid company holidays are there?", "ten paid company holidays"),
    rule_question("ca-ana", "Do I get overtime pay?", OVERTIME, "non-exempt"),
    rule_question("ca-ana", "How many days can I work remotely?", REMOTE, "Data Science"),
    rule_question("ca-ana", "Do I get paid extra for on-call weekends?", ON_CALL, "non-exempt"),
    rule_question("ca-ana", "Is there overtime if I work more than 8 hours in a day?", DAILY_OVERTIME, "Alder Bay"),
)

HANDBOOK = Handbook(
    name="calloway_labs",
    title="Calloway Laboratories, Inc. Employee Handbook (U.S.)",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
