"""Glenmorrow Software, Inc.: a US employee handbook in legalistic prose with capitalised defined
terms and "Section 5.3" cross references; rules keyed by FLSA classification (Exempt / Non-Exempt),
Work Arrangement (Office / Hybrid / Remote, in a table), Level (L1-L6, in a table), Years of
Service (PTO accrual tiers) and Work Location State, whose California, New York and Texas rules
sit in a State Addendum at the end and override the general sections. Held-out set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

TITLE = "Glenmorrow Software, Inc. Employee Handbook"

PAGES = (
    f"""
<h1>{TITLE}</h1>
<p><em>United States Edition. Effective January 1, 2025. This Handbook supersedes all prior handbooks,
policies and practices on the subjects it addresses.</em></p>
<p>Employment with Glenmorrow Software, Inc. (the &ldquo;Company&rdquo;) is at will. Nothing in this
Handbook creates a contract of employment or a promise of employment for any specific duration. The
Company may amend, interpret or rescind any policy at any time, subject to applicable law. Where the law
of the state in which an Employee works provides a greater benefit than this Handbook, the Company will
comply with that law, and the State Addendum at the end of this Handbook controls over any conflicting
Section.</p>

<h2>Section 1. Definitions</h2>
<p>The following capitalized terms have the meanings given below wherever they appear in this
Handbook.</p>
<p><strong>1.1 &ldquo;Employee&rdquo;</strong> means any individual on the Company's U.S. payroll.
Independent contractors and workers supplied by staffing agencies are not Employees.</p>
<p><strong>1.2 &ldquo;Exempt Employee&rdquo;</strong> means an Employee who is paid on a salary basis and
whose position is classified as exempt from the overtime requirements of the Fair Labor Standards Act
(&ldquo;FLSA&rdquo;) and applicable state law.</p>
<p><strong>1.3 &ldquo;Non-Exempt Employee&rdquo;</strong> means an Employee whose position is not
exempt and who is therefore entitled to overtime pay. Non-Exempt Employees are paid for all hours
worked at an hourly rate.</p>
<p><strong>1.4 &ldquo;Work Arrangement&rdquo;</strong> means the arrangement recorded for the Employee
in Workday: an <em>Office Employee</em> is assigned to a Company office and works there on a regular
basis; a <em>Hybrid Employee</em> is assigned to a Company office and works partly from home; a
<em>Remote Employee</em> is not assigned to any office. The Company's offices are located in San
Francisco, California; Austin, Texas; and New York, New York.</p>
<p><strong>1.5 &ldquo;Work Location State&rdquo;</strong> means the state in which the Employee
primarily performs work: for Office and Hybrid Employees, the state of the assigned office; for Remote
Employees, the state of the home address on file.</p>
<p><strong>1.6 &ldquo;Years of Service&rdquo;</strong> means complete years of continuous employment
measured from the Employee's Service Date. An Employee who is rehired within twelve (12) months of
separation retains prior service.</p>
<p><strong>1.7 &ldquo;Level&rdquo;</strong> means the Employee's job level within the Company's career
framework, from L1 (Associate) through L6 (Distinguished or Director).</p>
<p><strong>1.8 &ldquo;Workweek&rdquo;</strong> means the seven consecutive days beginning at 12:00 a.m.
Pacific Time on Sunday. <strong>&ldquo;Pay Period&rdquo;</strong> means each biweekly period for which
wages are paid; there are twenty-six (26) Pay Periods in a calendar year.</p>
""",
    """
<h2>Section 2. Work Arrangements</h2>
<p><strong>2.1 Expectations.</strong> Each Employee's Work Arrangement is set out in the offer letter
and may be changed only with the written approval of the Employee's manager and People Operations. The
in-office expectation and the related allowances for each Work Arrangement are as follows:</p>
<table>
<tr><th>Work Arrangement</th><th>In-office expectation</th><th>Home Office Allowance (one time)</th><th>Monthly stipend</th></tr>
<tr><td>Office Employee</td><td>four (4) days per Workweek</td><td>&mdash;</td><td>Commuter Benefit of $130</td></tr>
<tr><td>Hybrid Employee</td><td>every Tuesday and Thursday (the &ldquo;Anchor Days&rdquo;)</td><td>$400</td><td>Commuter Benefit of $65</td></tr>
<tr><td>Remote Employee</td><td>attendance at the annual Company Summit</td><td>$1,000</td><td>Connectivity Stipend of $55</td></tr>
</table>
<p><strong>2.2 Home Office Allowance.</strong> The allowance is paid once, upon submission of receipts
within ninety (90) days of the Employee's start date, and may be used only for furniture and equipment
for a dedicated workspace. Items purchased with it remain Company property.</p>
<p><strong>2.3 Remote Employees.</strong> A Remote Employee must notify People Operations at least
thirty (30) days before relocating to a different state, because the Employee's Work Location State,
and with it the applicable provisions of the State Addendum, will change.</p>

<h2>Section 3. Hours of Work and Overtime</h2>
<p><strong>3.1 Timekeeping.</strong> Non-Exempt Employees must record all time worked, including meal
periods, in Workday Time Tracking. Working &ldquo;off the clock&rdquo; is prohibited. Exempt Employees
do not record hours but must record PTO and sick leave taken.</p>
<p><strong>3.2 Overtime.</strong> Exempt Employees are not eligible for overtime pay. Non-Exempt
Employees are paid overtime at one and one-half (1.5) times their regular rate of pay for all hours
worked in excess of forty (40) hours in a Workweek, unless the State Addendum provides otherwise. All
overtime must be approved in advance by the Employee's manager; unapproved overtime will be paid but
may result in corrective action.</p>
<p><strong>3.3 Meal and Rest Periods.</strong> Except as provided in the State Addendum, a Non-Exempt
Employee who works more than six (6) consecutive hours shall take an unpaid, duty-free meal period of
at least thirty (30) minutes, scheduled with the Employee's manager so as to begin no earlier than the
second hour of the shift. Non-Exempt Employees may also take a paid rest break of up to ten (10) minutes for each four (4)
hours worked. Exempt Employees are expected to manage their own breaks.</p>
<p><strong>3.4 Lactation Accommodation.</strong> All Employees who need to express breast milk will be
given reasonable break time and a private space, other than a restroom, in which to do so.</p>
""",
    """
<h2>Section 4. Paid Time Off</h2>
<p><strong>4.1 Eligibility.</strong> All regular Employees scheduled to work twenty (20) or more hours
per Workweek accrue paid time off (&ldquo;PTO&rdquo;) from their first day of employment. PTO may be used
for vacation, personal matters and any other purpose not covered by Section 5 (Sick Leave).</p>
<p><strong>4.2 Accrual Rate.</strong> PTO accrues each Pay Period at the rate determined by the
Employee's Years of Service on the first day of that Pay Period:</p>
<table>
<tr><th>Years of Service</th><th>Accrual per Pay Period</th><th>Annual equivalent (full time)</th></tr>
<tr><td>Fewer than 2</td><td>4.62 hours</td><td>fifteen (15) days</td></tr>
<tr><td>2 but fewer than 5</td><td>6.15 hours</td><td>twenty (20) days</td></tr>
<tr><td>5 or more</td><td>7.69 hours</td><td>twenty-five (25) days</td></tr>
</table>
<p>Employees working fewer than forty (40) hours per Workweek accrue on a pro rata basis. An Employee
whose Service Date is before January 1, 2020 and who accrued under the Company's prior vacation plan
will not accrue at a lower rate than the rate in effect for that Employee on December 31, 2019.</p>
<p><strong>4.3 Accrual Cap.</strong> PTO stops accruing when an Employee's balance reaches 150% of the
Employee's annual accrual under Section 4.2, and resumes in the first Pay Period after the balance falls
below that amount. PTO does not otherwise expire.</p>
<p><strong>4.4 Requesting PTO.</strong> Requests should be submitted in Workday at least ten (10)
business days in advance for absences of three (3) or more days. Managers may deny requests for
legitimate business reasons, including product launches and quarter-end close.</p>
<p><strong>4.5 Separation.</strong> Except where the State Addendum provides otherwise, accrued but
unused PTO is not paid out upon separation from employment for any reason.</p>

<h2>Section 5. Sick Leave</h2>
<p><strong>5.1 Allotment.</strong> On January 1 of each year (or on the start date, for new Employees),
each Employee is credited with 40 hours of paid sick leave, which may be used for the Employee's own
illness, injury or preventive care, or that of a family member. Unused sick leave does not carry over
and is not paid out upon separation. Where the State Addendum provides for a larger allotment, the
larger allotment applies instead of the 40 hours stated in this Section.</p>
<p><strong>5.2 Notice and Documentation.</strong> Employees must notify their manager as soon as
practicable. The Company will not require documentation for absences of three (3) consecutive workdays
or fewer, except as permitted by law.</p>

<h2>Section 6. Holidays</h2>
<p>The Company observes eleven (11) paid holidays each calendar year, including two (2) floating
holidays, as published by People Operations each December. A Non-Exempt Employee who is required to
work on a Company holiday will be paid for the hours worked in addition to holiday pay.</p>
""",
    """
<h2>Section 7. Compensation and Development</h2>
<p><strong>7.1 Pay Schedule.</strong> Employees are paid biweekly on Fridays by direct deposit. If a
payday falls on a Company holiday, Employees will be paid on the preceding business day.</p>
<p><strong>7.2 Learning Stipend.</strong> Each Employee may be reimbursed for courses, conferences,
certifications and books related to the Employee's current or reasonably anticipated role, up to the
annual amount for the Employee's Level set out below. Unused amounts do not roll over to the following
calendar year.</p>
<table>
<tr><th>Level</th><th>Annual Learning Stipend</th><th>Equity Refresh</th></tr>
<tr><td>L1 and L2</td><td>$2,500</td><td>Not eligible for Refresh Grants</td></tr>
<tr><td>L3 and L4</td><td>$1,500</td><td>Eligible for annual review</td></tr>
<tr><td>L5 and L6</td><td>$750</td><td>Eligible for annual review</td></tr>
</table>
<p><strong>7.3 Equity Refresh.</strong> An Employee whose Level makes the Employee eligible under
Section 7.2 will be considered for a restricted stock unit grant (a &ldquo;Refresh Grant&rdquo;) during
the annual review cycle each March, provided the Employee has completed at least twelve (12) months of
service by March 1. Refresh Grants are discretionary and are subject to approval by the Compensation
Committee and to the terms of the Company's equity plan. Employees at L1 and L2 participate in equity
through their new-hire grant only, and an Employee promoted to L3 becomes eligible in the next cycle.</p>

<h2>Section 8. Separation from Employment</h2>
<p><strong>8.1 Resignation.</strong> The Company requests that Employees give at least two (2) weeks'
written notice of resignation. Employees at L5 and L6 are asked to give four (4) weeks' notice.</p>
<p><strong>8.2 Final Pay.</strong> Except as provided in the State Addendum, an Employee's final wages
will be paid no later than the next regular payday following the Employee's last day of work, by the
same method as regular wages.</p>
<p><strong>8.3 Return of Property.</strong> All Company equipment, including laptops and any items
purchased with the Home Office Allowance under Section 2.2, must be returned within ten (10) days of
separation. Prepaid shipping labels are provided to Remote Employees.</p>
""",
    """
<h2>State Addendum</h2>
<p>This Addendum applies to Employees according to their Work Location State (Section 1.5). Where this
Addendum conflicts with the body of the Handbook, this Addendum controls. Employees in a state not
listed below are governed by the body of the Handbook and applicable law.</p>

<h3>A. California</h3>
<p><strong>A.1 Sick Leave.</strong> In place of the allotment in Section 5.1, California Employees are
credited with 48 hours of paid sick leave each January 1.</p>
<p><strong>A.2 Overtime.</strong> In addition to Section 3.2, Non-Exempt Employees are paid overtime for
hours worked in excess of eight (8) hours in any workday, and double time for hours in excess of twelve
(12) hours in any workday.</p>
<p><strong>A.3 Meal and Rest Periods.</strong> Non-Exempt Employees must take a duty-free meal period
of at least thirty (30) minutes before the end of the fifth hour of work, and a second meal period
before the end of the tenth hour. A paid ten (10) minute rest period is provided for every four (4)
hours worked or major fraction thereof. A missed meal or rest period is compensated with one additional
hour of pay.</p>
<p><strong>A.4 Final Pay and PTO.</strong> Accrued, unused PTO is treated as earned wages and will be
paid in the Employee's final paycheck. An Employee who is discharged will be paid all final wages at the
time of termination. An Employee who resigns will be paid within seventy-two (72) hours, or on the last
day of work if the Employee gave at least seventy-two (72) hours' notice.</p>

<h3>B. New York</h3>
<p><strong>B.1 Sick Leave.</strong> In place of the allotment in Section 5.1, New York Employees are
credited with 56 hours of paid sick leave each January 1.</p>
<p><strong>B.2 Meal Periods.</strong> Non-Exempt Employees working a shift of more than six hours that
extends over the noon-day period receive a meal period of at least thirty (30) minutes between 11:00
a.m. and 2:00 p.m.</p>
<p><strong>B.3 PTO at Separation.</strong> Accrued, unused PTO will be paid out upon separation unless
the Employee is terminated for Cause or resigns without giving the notice requested in Section 8.1.
Final wages are paid as set out in Section 8.2.</p>

<h3>C. Texas</h3>
<p><strong>C.1 Sick Leave.</strong> Texas has no statewide paid sick leave requirement; Section 5.1
applies.</p>
<p><strong>C.2 Final Pay.</strong> An Employee who is discharged will be paid final wages within six (6)
calendar days of discharge. An Employee who resigns will be paid on the next regularly scheduled
payday.</p>
<p><strong>C.3 PTO at Separation.</strong> Section 4.5 applies. Texas Employees should note that the
Company does not pay out accrued, unused PTO.</p>
""",
)

USERS = (
    User("gm-dana", ("I'm an L4 engineer in the San Francisco office and I'm hybrid.", "I've been here three years.")),
    User("gm-luis", ("I'm hourly, on the support team out of the Austin office.", "I'm in the office full time.")),
    User("gm-priyanka", ("I'm fully remote, living in Buffalo, NY.", "I'm salaried exempt, level 2.")),
    User("gm-ken", ("I'm an L6 in the NYC office.",)),
    User("gm-rosa", ("I've been at Glenmorrow for six years now.", "I'm non-exempt.")),
    User("gm-theo", ("I just started last month as an L1.", "I work remotely from Texas.")),
    User("gm-jen", ("I'm a recruiter based in our SF office.",)),
)

LEARNING = {"L1-L2": "$2,500", "L3-L4": "$1,500", "L5-L6": "$750"}
EQUITY = {"L1-L2": "Not eligible for Refresh Grants", "L3-L6": "Eligible for annual review"}
IN_OFFICE = {
    "Office": "four (4) days per Workweek",
    "Hybrid": "every Tuesday and Thursday",
    "Remote": "annual Company Summit",
}
HOME_OFFICE = {"Hybrid": "$400", "Remote": "$1,000"}
COMMUTER = {"Office": "$130", "Hybrid": "$65"}
PTO_ACCRUAL = {
    "under 2 years": ("4.62 hours", "fifteen (15) days"),
    "2 to 5 years": ("6.15 hours", "twenty (20) days"),
    "5+ years": ("7.69 hours", "twenty-five (25) days"),
}
SICK = {"California": "48 hours", "New York": "56 hours", "Other states": "40 hours"}
OVERTIME_ELIGIBLE = {"Exempt": "not eligible for overtime", "Non-Exempt": "one and one-half (1.5) times"}
OVERTIME_TRIGGER = {"California": "eight (8) hours in any workday", "Other states": "forty (40) hours in a Workweek"}
MEAL = {
    "California": "before the end of the fifth hour",
    "New York": "between 11:00 a.m. and 2:00 p.m.",
    "Other states": "six (6) consecutive hours",
}
FINAL_PAY_DISCHARGE = {
    "California": "at the time of termination",
    "Texas": "six (6) calendar days",
    "Other states": "next regular payday",
}
PTO_PAYOUT = {
    "California": "paid in the Employee's final paycheck",
    "New York": "terminated for Cause",
    "Other states": "not paid out upon separation",
}

QUESTIONS = (
    rule_question("gm-dana", "How much can I claim back for courses and conferences this year?", LEARNING, "L3-L4"),
    rule_question("gm-dana", "Which days am I expected in the office?", IN_OFFICE, "Hybrid"),
    rule_question("gm-dana", "How fast am I building up PTO at the moment?", PTO_ACCRUAL, "2 to 5 years"),
    rule_question("gm-dana", "How many sick hours do I get a year?", SICK, "California"),
    rule_question("gm-dana", "Is there money for setting up my home desk?", HOME_OFFICE, "Hybrid"),
    rule_question("gm-luis", "If I work a 10-hour day, is any of it overtime?", OVERTIME_TRIGGER, "Other states"),
    rule_question("gm-luis", "What are the rules on my lunch break?", MEAL, "Other states"),
    rule_question(
        "gm-luis", "If I got let go, how quickly would I get my last paycheck?", FINAL_PAY_DISCHARGE, "Texas"
    ),
    rule_question("gm-luis", "Does the company help with what it costs me to get to work?", COMMUTER, "Office"),
    rule_question("gm-luis", "Am I eligible for an equity refresh?", EQUITY, None),
    rule_question("gm-priyanka", "When I work late, do I get overtime?", OVERTIME_ELIGIBLE, "Exempt"),
    rule_question("gm-priyanka", "Will I get refresher equity grants?", EQUITY, "L1-L2"),
    rule_question("gm-priyanka", "how much paid sick leave do I have?", SICK, "New York"),
    general_question("gm-priyanka", "Do you cover my home internet?", "$55"),
    rule_question("gm-priyanka", "What's my learning budget?", LEARNING, "L1-L2"),
    rule_question("gm-ken", "What's my annual learning stipend?", LEARNING, "L5-L6"),
    rule_question("gm-ken", "Am I in line for a refresh grant this year?", EQUITY, "L3-L6"),
    rule_question("gm-ken", "How much PTO do I accrue each pay period?", PTO_ACCRUAL, None),
    rule_question("gm-rosa", "What's my PTO accrual rate?", PTO_ACCRUAL, "5+ years"),
    rule_question("gm-rosa", "When do I have to take my meal break?", MEAL, None),
    general_question("gm-rosa", "Is there a limit to how much PTO I can build up?", "150%"),
    rule_question("gm-theo", "How much is the learning stipend for me?", LEARNING, "L1-L2"),
    rule_question("gm-theo", "How much PTO will I earn?", PTO_ACCRUAL, "under 2 years"),
    rule_question("gm-theo", "Can I expense a desk and chair for working at home?", HOME_OFFICE, "Remote"),
    rule_question("gm-theo", "How many hours of sick leave do I get?", SICK, "Other states"),
    rule_question("gm-jen", "How much sick time do I get?", SICK, "California"),
    rule_question("gm-jen", "If I leave, do I get paid for my unused PTO?", PTO_PAYOUT, "California"),
    rule_question("gm-jen", "How big is my learning stipend?", LEARNING, None),
)

HANDBOOK = Handbook(
    name="glenmorrow",
    title=TITLE,
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
