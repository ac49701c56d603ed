"""Quenby Labs, Inc.: a US software company's Employee Handbook for U.S. Employees, in "Section 4.3"
numbering with an at-will statement, a definitions list (exempt and non-exempt under the FLSA, Hub,
remote employee, "your state", levels L1 to L7 and M1 to M3, DTO, PTO), a classification table keyed by
job family x level (so a role's exempt status has to be looked up), a Company meal-break standard that
the State Supplements replace, anchor days by Hub in consecutive sentences, a Hub vs remote stipend
table whose footnote swaps the commuter benefit for a transit card in Seattle, Discretionary Time Off
for exempt staff beside a non-exempt PTO accrual table by years of service (hours per pay period,
hours a year, cap), jury duty and on-call pay by classification, a learning budget by level, notice
for people managers, and Part B, State Supplements for California, Washington, Colorado, Texas and New
York (paid sick leave, daily overtime, meal periods) that runs over a page break, ending with an
acknowledgment form. Classification (exempt or non-exempt, by job family and level), Hub, state,
remote work, level, on-call role and years of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Quenby Labs, Inc. Employee Handbook for U.S. Employees</h1>
<p><em>Effective January 1, 2026. This edition replaces the handbook dated March 1, 2024. Issued by the People
Team, Quenby Labs, Inc., 1180 Alder Way, San Mateo, CA 94400. Questions go to people@quenby.example or to the
#ask-people channel.</em></p>
<h2>Section 1. About This Handbook</h2>
<p>1.1 This Handbook describes the policies and benefits of Quenby Labs, Inc. ("Quenby" or "the Company") for
employees who work in the United States. Part A sets out the Company-wide policies. Part B contains the State
Supplements.</p>
<p>1.2 <strong>At-will employment.</strong> Employment with Quenby is at will: you or the Company may end the
employment relationship at any time, with or without cause or notice. Nothing in this Handbook is a contract of
employment or a promise of employment for any particular period. Only the Chief Executive Officer may agree
otherwise, and only in a signed writing.</p>
<p>1.3 Where the State Supplement for your state gives you a greater right than Part A, the State Supplement
applies. Where Part A is more generous, Part A applies.</p>
<h2>Section 2. Definitions</h2>
<p>The following terms have these meanings throughout the Handbook:</p>
<ul>
<li><strong>Exempt employee</strong>: a salaried employee who is exempt from the overtime requirements of the
Fair Labor Standards Act (FLSA) and of state law. Exempt employees do not record their hours.</li>
<li><strong>Non-exempt employee</strong>: an employee who is paid for every hour worked and is eligible for
overtime. Non-exempt employees record all time worked in TimeTrail.</li>
<li><strong>Hub</strong>: one of the Company's four offices, San Mateo HQ (California), Seattle (Washington),
Denver (Colorado) and Austin (Texas).</li>
<li><strong>Remote employee</strong>: an employee whose offer letter names their home, not a Hub, as their work
location. Quenby currently employs remote employees in California and New York only.</li>
<li><strong>Your state</strong>: the state in which you primarily perform your work, which is not necessarily
the state where your manager sits.</li>
<li><strong>Level</strong>: your job level. Individual contributors are on levels L1 to L7; people managers are
on levels M1 to M3.</li>
<li><strong>DTO</strong>: Discretionary Time Off. <strong>PTO</strong>: Paid Time Off that accrues.</li>
</ul>
""",
    """
<h2>Section 3. Employee Classifications</h2>
<p>3.1 Every position is classified as exempt or non-exempt according to its duties and pay, under federal and
state law. The usual classification of each job family is:</p>
<table>
<tr><th>Job family</th><th>Levels</th><th>Classification</th></tr>
<tr><td>Engineering (software, SRE, security)</td><td>L1 and L2</td><td>Non-exempt</td></tr>
<tr><td>Engineering (software, SRE, security)</td><td>L3 to L7</td><td>Exempt</td></tr>
<tr><td>Design, Product, Data and Analytics, Finance, Legal</td><td>L1 and L2</td><td>Non-exempt</td></tr>
<tr><td>Design, Product, Data and Analytics, Finance, Legal</td><td>L3 to L7</td><td>Exempt</td></tr>
<tr><td>Customer Support (Support Specialists and Support Engineers)</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>IT and Workplace</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>Recruiting Coordinators</td><td>all levels</td><td>Non-exempt</td></tr>
<tr><td>People managers</td><td>M1 to M3</td><td>Exempt</td></tr>
</table>
<p>3.2 Your offer letter states your classification. If it differs from this table, your offer letter governs.
Full-time employees are scheduled for 40 hours a week; part-time employees are scheduled for fewer than 30.</p>
<h2>Section 4. Hours, Timekeeping and Overtime</h2>
<p>4.1 The workweek begins at 12:00 a.m. Pacific Time on Sunday and ends at 11:59 p.m. on Saturday.</p>
<p>4.2 Non-exempt employees record the start and end of each work period, and of each meal break, in TimeTrail
on the day they work. Working "off the clock", including answering messages on your phone after clocking out, is
not permitted. If you forget to clock in or out, correct your timecard before 5:00 p.m. on the following
Monday.</p>
<p>4.3 Non-exempt employees are paid overtime at one and one-half times their regular rate for all hours worked
over 40 in a workweek. Some states also require daily overtime: see Part B. Overtime should be approved in
advance by your manager, but all overtime worked is paid, approved or not.</p>
<p>4.4 <strong>Meal and rest breaks (Company standard).</strong> Unless the State Supplement for your state sets
its own rule, a non-exempt employee who works more than 6 hours in a day takes an unpaid, uninterrupted 30-minute
meal break. A paid 10-minute rest break is taken in each four-hour work period. Exempt employees schedule their
own breaks.</p>
""",
    """
<h2>Section 5. Pay and Expenses</h2>
<p>5.1 Employees are paid semi-monthly, on the 15th and on the last day of each month. When a payday falls on a
weekend or a Company holiday, you are paid on the preceding business day.</p>
<p>5.2 Submit expense reports in Spendwell within 30 days of the expense. Receipts are required for any item of
$40 or more.</p>
<p>5.3 The pay range for each level is published on the intranet for every Hub and remote location.</p>
<h2>Section 6. Where You Work</h2>
<p>6.1 Hub employees work from their Hub on two anchor days a week and choose where to work on the other days.
At San Mateo HQ, the anchor days are Tuesday and Thursday. The Seattle Hub meets on Monday and Wednesday. In
Denver, teams come in on Wednesday and Thursday. Austin's anchor days are Tuesday and Wednesday.</p>
<p>6.2 Remote employees have no anchor days. They travel to a Hub for an on-site week twice a year, at Company
expense, booked through the travel portal.</p>
<p>6.3 The Company contributes to the cost of getting to work, or of working from home, as follows:</p>
<table>
<tr><th>Contribution</th><th>Hub employees</th><th>Remote employees</th></tr>
<tr><td>Home office setup (one time)</td><td>$450</td><td>$1,250</td></tr>
<tr><td>Internet stipend</td><td>not provided</td><td>$60 per month</td></tr>
<tr><td>Commuter benefit (pre-tax transit or parking)*</td><td>$185 per month</td><td>not provided</td></tr>
</table>
<p><small>* Seattle is the exception: employees at the Seattle Hub receive a fully paid ORCA transit card instead
of the commuter benefit.</small></p>
<p>6.4 Equipment. Every employee receives a Company laptop. Hub employees may borrow a monitor from their Hub's
IT bar; remote employees order one through the IT portal with their home office setup funds.</p>
""",
    """
<h2>Section 7. Time Off</h2>
<p>7.1 <strong>Company holidays.</strong> The Company observes 11 paid holidays each year: New Year's Day, Martin
Luther King Jr. Day, Presidents' Day, Memorial Day, Juneteenth, Independence Day, Labor Day, Thanksgiving Day and
the day after, Christmas Eve and Christmas Day. In addition, every employee has two floating holidays a year for
days of personal, cultural or religious significance.</p>
<p>7.2 <strong>Discretionary Time Off (exempt employees).</strong> Exempt employees do not accrue vacation or PTO
and have no balance. Instead they take DTO for vacation and personal time, arranged with their manager. Because
DTO has no fixed limit, the Company sets a floor rather than a ceiling: exempt employees are expected to take at
least 18 days of DTO a year, in addition to Company holidays, including one period of five or more consecutive
working days. An absence of more than 10 consecutive working days needs the approval of your second-line manager.
DTO is not paid out when employment ends.</p>
<p>7.3 <strong>Paid Time Off (non-exempt employees).</strong> Non-exempt employees accrue PTO each pay period from
their first day. The rate depends on your years of continuous service with Quenby:</p>
<table>
<tr><th>Years of service</th><th>Accrued each pay period</th><th>PTO a year (full time)</th><th>Accrual cap</th></tr>
<tr><td>Less than 3 years</td><td>5.00 hours</td><td>120 hours (15 days)</td><td>180 hours</td></tr>
<tr><td>3 years but less than 6 years</td><td>6.34 hours</td><td>152 hours (19 days)</td><td>228 hours</td></tr>
<tr><td>6 years or more</td><td>7.67 hours</td><td>184 hours (23 days)</td><td>276 hours</td></tr>
</table>
<p>When your balance reaches the cap you stop accruing until you use some PTO. Part-time non-exempt employees
accrue in proportion to their scheduled hours. Accrued, unused PTO is paid out when employment ends.</p>
<p>7.4 <strong>Sick time.</strong> All employees, exempt and non-exempt, receive paid sick time as set out in the
State Supplement for their state (Part B). Sick time may be used for your own illness or medical care, or to care
for a family member.</p>
<p>7.5 <strong>Parental leave.</strong> After 90 days of employment, a birthing parent receives 16 weeks of fully
paid parental leave, and any other new parent receives 12 weeks, taken within 12 months of the birth or
placement.</p>
<p>7.6 <strong>Bereavement.</strong> Up to five paid days on the death of an immediate family member, and two
paid days for any other relative.</p>
<p>7.7 <strong>Jury duty.</strong> An exempt employee receives their full salary for any workweek in which they
perform any work, including weeks of jury service. Non-exempt employees are paid their regular rate for up to 10
scheduled workdays of jury service a year.</p>
""",
    """
<h2>Section 8. On-Call</h2>
<p>8.1 Engineering, SRE and Support Engineering teams run on-call rotations of one week, from Monday 10:00 a.m.
to the following Monday 10:00 a.m. in the rotation's time zone. Each rotation has a primary and a secondary.</p>
<p>8.2 An exempt employee on the primary rotation receives an on-call stipend of $425 per on-call week. An exempt
secondary receives $210 per on-call week.</p>
<p>8.3 Non-exempt employees on a rotation, most often Support Engineers, are paid $4.25 per standby hour while on
call, whether primary or secondary. Time spent responding to a page counts as hours worked and is paid at the
regular or overtime rate, with a minimum of 30 minutes for each page.</p>
<p>8.4 After responding to a page between midnight and 6:00 a.m., you may start the next working day up to four
hours late.</p>
<h2>Section 9. Benefits</h2>
<p>9.1 <strong>Health.</strong> Medical, dental and vision coverage begins on the first day of the month after
your start date, or on your start date if you join on the 1st. Quenby pays 95% of the premium for employee-only
coverage and 80% for dependent coverage.</p>
<p>9.2 <strong>401(k).</strong> Quenby matches 100% of the first 4% of eligible pay that you contribute, each pay
period. Matching contributions vest immediately.</p>
<p>9.3 <strong>Learning budget.</strong> Each employee has a calendar-year budget for courses, conferences and
books, set by level. Employees on L1 to L3 have $1,000 a year. On L4 and L5 the budget is $1,750. L6 and L7
employees, and all people managers, receive $2,500. Unused budget does not carry over.</p>
<p>9.4 <strong>Employee Assistance Program.</strong> Free, confidential counseling for you and your household, up
to eight sessions per issue, at 1-800-555-0187.</p>
<h2>Section 10. Leaving Quenby</h2>
<p>10.1 Although employment is at will, we ask employees to give at least two weeks' notice of resignation.</p>
<p>10.2 We ask people managers (M1 to M3) for four weeks' notice, so that their team can be handed over.</p>
<p>10.3 Return your laptop and badge on your last day. Final pay is provided within the time your state's law
requires.</p>
<h1>Part B. State Supplements</h1>
<p>Each supplement applies to employees whose state (Section 2) is the state named, whether they work at a Hub or
remotely. A non-exempt employee in a state whose supplement is silent on a topic follows Part A.</p>
<h2>B.1 California</h2>
<p>B.1.1 <strong>Paid sick leave.</strong> California employees receive five days of paid sick leave, credited in
full on January 1 each year, and on their first day in the year they join. No more than 10 days may be held at any
time.</p>
""",
    """
<p>B.1.2 <strong>Daily overtime.</strong> Non-exempt employees in California are paid overtime for hours over 8 in
a workday, and for the first 8 hours on a seventh consecutive day of work in a workweek. Double time is paid for
hours beyond twelve in a workday.</p>
<p>B.1.3 <strong>Meal and rest periods.</strong> A non-exempt employee who works more than five hours takes a
30-minute unpaid meal period that begins before the end of the fifth hour of work, and a second one before the end
of the tenth hour. A paid 10-minute rest period is provided for every four hours worked or major fraction of four
hours. If a meal or rest period is missed, record it in TimeTrail: one additional hour of pay is paid for that
day.</p>
<h2>B.2 Washington</h2>
<p>B.2.1 <strong>Paid sick leave.</strong> Employees in Washington accrue paid sick leave at 1 hour for every 40
hours worked; exempt employees are treated as working 40 hours a week. Up to 40 hours of unused sick leave carry
over into the next year.</p>
<p>B.2.2 <strong>Overtime.</strong> Washington employees have no daily overtime: overtime is weekly only, under
Section 4.3.</p>
<p>B.2.3 <strong>Meal and rest periods.</strong> A non-exempt employee who works more than five hours receives a
30-minute meal period, which must start between the second and fifth hour of the shift. A paid 10-minute rest
period is given for each four hours, and no one works more than three hours without one.</p>
<h2>B.3 Colorado</h2>
<p>B.3.1 <strong>Paid sick leave.</strong> Colorado employees accrue 1 hour of paid sick leave for every 30 hours
worked, up to 48 hours a year.</p>
<p>B.3.2 <strong>Daily overtime.</strong> Non-exempt employees in Colorado are also paid overtime for hours over 12
in a workday, and for any hours beyond 12 consecutive hours, whether or not they fall in one workday.</p>
<p>B.3.3 <strong>Meal and rest periods.</strong> Colorado requires an uninterrupted 30-minute meal period for
shifts exceeding five hours, and a paid 10-minute rest period for each four hours worked.</p>
<h2>B.4 Texas</h2>
<p>B.4.1 <strong>Sick time.</strong> Texas has no paid sick leave law. Quenby gives each Texas employee 32 hours of
company sick time on January 1, prorated in the year you join; it does not carry over.</p>
<p>B.4.2 <strong>Overtime and breaks.</strong> Texas employees have no daily overtime. Texas does not regulate meal
or rest breaks for adult employees, so the Company standard in Section 4.4 applies.</p>
<h2>B.5 New York (remote employees)</h2>
<p>B.5.1 <strong>Paid sick leave.</strong> New York employees receive 56 hours of paid sick leave each calendar
year, credited on January 1.</p>
<p>B.5.2 <strong>Overtime and spread of hours.</strong> New York has no daily overtime. A non-exempt employee whose
workday spans more than 10 hours from start to finish receives one extra hour of pay for that day.</p>
<p>B.5.3 <strong>Meal periods.</strong> A non-exempt employee whose shift lasts more than six hours and spans the
period 11:00 a.m. to 2:00 p.m. takes a 30-minute midday meal period within that period.</p>
<h2>Acknowledgment of Receipt</h2>
<p>I acknowledge that I have received the Quenby Labs, Inc. Employee Handbook for U.S. Employees, that I will
read it, and that my employment is at will. I understand that the Company may change its policies at any
time.</p>
<p>Employee name: ______________________ Signature: ______________________ Date: ____________</p>
""",
)

USERS = (
    User(
        "ql-dana",
        ("I'm a senior software engineer, level L5, at the Seattle hub.", "I'm on the primary on-call rotation."),
    ),
    User("ql-marcus", ("I'm a customer support specialist at the Austin office.", "I've been with Quenby four years.")),
    User(
        "ql-keisha",
        ("I'm a support engineer working remotely from Buffalo, New York.", "Seven years with the company now."),
    ),
    User("ql-tomas", ("Recruiting coordinator at San Mateo HQ.", "I joined a little over a year ago.")),
    User("ql-lena", ("Product designer, L4, based at the Denver hub.",)),
    User("ql-raj", ("I'm an engineering manager, M2.",)),
    User("ql-nina", ("I've just started at Quenby as a data analyst.",)),
    User("ql-owen", ("I'm an IT support technician at the Denver hub.", "I've been here three and a half years.")),
)

TIME_OFF = {
    "exempt": "at least 18 days",
    "non-exempt, less than 3 years": ("120 hours", "15 days"),
    "non-exempt, 3 to 6 years": ("152 hours", "19 days"),
    "non-exempt, 6 years or more": ("184 hours", "23 days"),
}
PTO_CAP = {
    "less than 3 years": "180 hours",
    "3 to 6 years": "228 hours",
    "6 years or more": "276 hours",
}
SICK = {
    "California": "five days of paid sick leave",
    "Washington": "1 hour for every 40 hours worked",
    "Colorado": "1 hour of paid sick leave for every 30 hours worked",
    "Texas": "32 hours of company sick time",
    "New York": "56 hours of paid sick leave",
}
DAILY_OVERTIME = {
    "California": "over 8 in a workday",
    "Colorado": "over 12 in a workday",
    "Washington, Texas, New York": "no daily overtime",
}
MEAL = {
    "California": "before the end of the fifth hour",
    "Washington": "between the second and fifth hour",
    "Colorado": "shifts exceeding five hours",
    "Texas": "more than 6 hours",
    "New York": "11:00 a.m. to 2:00 p.m.",
}
ANCHOR = {
    "San Mateo": "Tuesday and Thursday",
    "Seattle": "Monday and Wednesday",
    "Denver": "Wednesday and Thursday",
    "Austin": "Tuesday and Wednesday",
    "remote": "no anchor days",
}
HUB_ANCHOR = {k: v for k, v in ANCHOR.items() if k != "remote"}
COMMUTER = {"San Mateo, Denver, Austin": "$185 per month", "Seattle": "ORCA transit card"}
HOME_OFFICE = {"Hub": "$450", "remote": "$1,250"}
ON_CALL = {
    "exempt primary": "$425 per on-call week",
    "exempt secondary": "$210 per on-call week",
    "non-exempt": "$4.25 per standby hour",
}
JURY = {"exempt": "full salary", "non-exempt": "up to 10 scheduled workdays"}
LEARNING = {"L1 to L3": "$1,000", "L4 and L5": "$1,750", "L6, L7 and managers": "$2,500"}
NOTICE = {"employees": "two weeks' notice", "people managers": "four weeks' notice"}

QUESTIONS = (
    rule_question("ql-dana", "How many days of annual leave do I have?", TIME_OFF, "exempt"),
    rule_question("ql-dana", "How much paid sick leave do I get?", SICK, "Washington"),
    rule_question("ql-dana", "Which days am I expected in the office?", ANCHOR, "Seattle"),
    rule_question("ql-dana", "What commuter benefit do I get?", COMMUTER, "Seattle"),
    rule_question("ql-dana", "What's the on-call stipend for my week on call?", ON_CALL, "exempt primary"),
    rule_question("ql-marcus", "How many days of annual leave do I have?", TIME_OFF, "non-exempt, 3 to 6 years"),
    rule_question("ql-marcus", "What's the most PTO I can build up?", PTO_CAP, "3 to 6 years"),
    rule_question("ql-marcus", "When do I have to take my lunch break?", MEAL, "Texas"),
    rule_question("ql-marcus", "Do I get sick days?", SICK, "Texas"),
    rule_question(
        "ql-marcus", "Do I get overtime if I work a ten-hour day?", DAILY_OVERTIME, "Washington, Texas, New York"
    ),
    rule_question("ql-marcus", "Does Quenby help with my commute?", COMMUTER, "San Mateo, Denver, Austin"),
    rule_question("ql-keisha", "How many days of annual leave do I have?", TIME_OFF, "non-exempt, 6 years or more"),
    rule_question("ql-keisha", "How much sick leave do I get each year?", SICK, "New York"),
    rule_question("ql-keisha", "What are the rules on my meal break?", MEAL, "New York"),
    rule_question("ql-keisha", "How am I paid for being on call?", ON_CALL, "non-exempt"),
    rule_question("ql-keisha", "How much can I spend on setting up my home office?", HOME_OFFICE, "remote"),
    rule_question("ql-keisha", "Which days do I need to be in the office?", ANCHOR, "remote"),
    rule_question("ql-tomas", "How many days of annual leave do I have?", TIME_OFF, "non-exempt, less than 3 years"),
    rule_question("ql-tomas", "When must my meal break start?", MEAL, "California"),
    rule_question("ql-tomas", "When does daily overtime kick in for me?", DAILY_OVERTIME, "California"),
    rule_question("ql-tomas", "How much sick leave do I get?", SICK, "California"),
    rule_question("ql-tomas", "Am I paid if I'm called for jury duty?", JURY, "non-exempt"),
    rule_question("ql-lena", "How many days of annual leave do I have?", TIME_OFF, "exempt"),
    rule_question("ql-lena", "How do I earn sick leave?", SICK, "Colorado"),
    rule_question("ql-lena", "What are our anchor days?", ANCHOR, "Denver"),
    rule_question("ql-lena", "What is my learning budget this year?", LEARNING, "L4 and L5"),
    rule_question("ql-lena", "Will I be paid if I get called for jury service?", JURY, "exempt"),
    rule_question("ql-raj", "How many days of annual leave do I have?", TIME_OFF, "exempt"),
    rule_question("ql-raj", "How much paid sick leave do I get?", SICK, None),
    rule_question("ql-raj", "Which days do I have to come into the office?", HUB_ANCHOR, None),
    rule_question("ql-raj", "How much is my learning budget?", LEARNING, "L6, L7 and managers"),
    rule_question("ql-raj", "How much notice should I give if I resign?", NOTICE, "people managers"),
    rule_question("ql-nina", "How many days of annual leave do I have?", TIME_OFF, None),
    rule_question("ql-nina", "How much sick leave will I get?", SICK, None),
    general_question("ql-nina", "What's the 401(k) match?", "100% of the first 4%"),
    general_question("ql-nina", "When does my health insurance start?", "first day of the month after"),
    rule_question("ql-owen", "How many days of annual leave do I have?", TIME_OFF, "non-exempt, 3 to 6 years"),
    rule_question("ql-owen", "Is there daily overtime for me?", DAILY_OVERTIME, "Colorado"),
    rule_question("ql-owen", "What's the rule for my meal break?", MEAL, "Colorado"),
    rule_question("ql-owen", "How much sick leave do I build up?", SICK, "Colorado"),
)

HANDBOOK = Handbook(
    name="quenby",
    title="Quenby Labs, Inc. Employee Handbook for U.S. Employees",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
