"""Tamarack Regional Transit Authority: a Canadian public-sector collective agreement between a provincial
transit authority and Local 418 of a transit workers' union, covering bus operators, maintenance (licensed
mechanics and bus servicers), station attendants and office/clerical staff. Articles and clauses numbered
"Article 14.03", with definitions of Division, Garage (North, Ridgeline, Harbourside), spare board, regular
run, sign-up and seniority; probationary periods by classification; a daily guarantee, days off and a spread
premium that differ for spare board and regular run operators; shift premiums for the afternoon and midnight
shifts of maintenance and stations; 35 office hours with straight time up to forty before overtime; a
vacation table by completed years of service written as ranges ("1 to 4 years", "after 5 years", "10 to 14
years"); employee parking by garage in consecutive sentences; a tool, footwear and uniform article by
classification; Schedule "A", a wage table by classification and step that runs onto the next page after
the general increases; and Letter of Understanding No. 3, which gives Harbourside Garage an earlier spread
premium and a fifth sign-up. Classification, garage, Division, seniority, spare board vs regular run and
maintenance/stations shift. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Tamarack Regional Transit Authority Collective Agreement 2025-2027</h1>
<p><strong>Between</strong> Tamarack Regional Transit Authority (hereinafter the "Authority") <strong>and</strong>
Transit and Allied Workers' Union, Local 418 (hereinafter the "Union")</p>
<p><em>Term: January 1, 2025 to December 31, 2027. Ratified by the membership on March 6, 2025 and approved by the
Authority's Board of Directors on March 19, 2025. Printed by Labour Relations, Tamarack Regional Transit Authority,
300 Wicklow Street, Port Calloway.</em></p>
<h2>Article 1 - Purpose</h2>
<p>1.01 The purpose of this Agreement is to maintain harmonious relations between the Authority and its
employees, to provide an amicable method of settling differences, and to set out the wages, hours of work and
other working conditions of employees in the bargaining unit.</p>
<h2>Article 2 - Recognition</h2>
<p>2.01 The Authority recognizes the Union as the sole and exclusive bargaining agent for all employees of the
Authority in the classifications listed in Schedule "A", save and except supervisors, dispatchers, persons above
the rank of supervisor, and persons employed in a confidential capacity in matters relating to labour
relations.</p>
<h2>Article 3 - Definitions</h2>
<p>3.01 In this Agreement:</p>
<p>(a) "<strong>Division</strong>" means one of the four operating divisions of the Authority: Bus Transportation,
Fleet Maintenance, Stations, and Administrative Services.</p>
<p>(b) "<strong>Garage</strong>" means one of the Authority's three bus garages: North Garage (1450 Kelso Road),
Ridgeline Garage (88 Ridgeline Drive) and Harbourside Garage (2 Quayside Road). Bus Operators, Licensed Mechanics
and Bus Servicers are each assigned to a Garage.</p>
<p>(c) "<strong>Regular run</strong>" means a run or block of work, with fixed hours and days off, selected by an
Operator at a sign-up.</p>
<p>(d) "<strong>Spare board</strong>" means the list of Operators at each Garage who do not hold a regular run
and who are assigned daily to cover open work, absences, extra service and charters.</p>
<p>(e) "<strong>Sign-up</strong>" means the selection of runs, in order of seniority, for a service period.</p>
<p>(f) "<strong>Seniority</strong>" means the length of an employee's continuous service in the bargaining unit
from the most recent date of hire, and "years of service" has the same meaning.</p>
<p>(g) "<strong>Spread</strong>" means the time elapsed between the start and the finish of an Operator's day's
work, including unpaid breaks between the pieces of a split run.</p>
<p>3.02 Wherever the masculine or feminine gender is used in this Agreement it shall be read as including any
gender, and the singular includes the plural.</p>
<h2>Article 9 - Seniority and Probation</h2>
<p>9.01 Seniority shall be applied on a Division-wide basis for lay-off and recall, and on a Garage basis for
sign-ups and vacation selection by Operators.</p>
<p>9.02 A new employee shall be on probation and shall not be entitled to seniority until the completion of the
probationary period, after which seniority shall date from the date of hire.</p>
""",
    """
<p>9.03 The probationary period is:</p>
<p>(a) for Bus Operators, one hundred and twenty (120) days worked, which includes the paid classroom and
on-road training period;</p>
<p>(b) for Licensed Mechanics, Bus Servicers and Station Attendants, ninety (90) days worked;</p>
<p>(c) for Clerk II and Clerk III, sixty (60) working days.</p>
<p>9.04 An employee who is absent for more than ten (10) working days during the probationary period shall have
the period extended by the length of the absence.</p>
<h2>Article 12 - Sign-ups</h2>
<p>12.01 There shall be four (4) system sign-ups each year, effective on the first Sunday of January, April,
June and September. The work for each sign-up shall be posted at each Garage not less than fourteen (14) days
before selection begins. (See also Letter of Understanding No. 3.)</p>
<p>12.02 Operators select regular runs in order of Garage seniority. An Operator who does not select a regular
run, or whose seniority does not permit one, is assigned to the spare board for the service period.</p>
<h2>Article 14 - Hours of Work: Bus Operators</h2>
<p>14.01 <strong>Regular runs.</strong> Regular runs shall be made up as far as practicable of eight (8) hours'
work. An Operator holding a regular run shall be paid the platform time of the run, plus allowances, and shall
be guaranteed not less than seven and one-half (7.5) hours' pay for each day the run is worked. The days off of
a regular run are those posted with the run and remain fixed for the sign-up.</p>
<p>14.02 <strong>Spread.</strong> Split runs shall be completed within a spread of thirteen (13) hours. Time
worked beyond a spread of twelve (12) hours shall be paid at the rate of time and one-half as a spread
premium.</p>
<p>14.03 <strong>Spare board.</strong> An Operator assigned to the spare board shall be guaranteed eight (8)
hours' pay for each day on which the Operator reports as scheduled and is available for work, whether or not
work is assigned. Spare board assignments for the following day shall be posted by 17:00. Spare board Operators
have two (2) consecutive days off each week, which rotate weekly in the order posted with the spare board.</p>
<p>14.04 A spare board Operator who is held at the Garage for more than ninety (90) minutes without an
assignment may be released by the dispatcher, and shall still receive the guarantee under Article 14.03.</p>
<p>14.05 Operators shall have a minimum of ten (10) hours off between the finish of one day's work and the start
of the next.</p>
<h2>Article 15 - Hours of Work: Maintenance, Stations and Administrative Services</h2>
<p>15.01 Licensed Mechanics, Bus Servicers and Station Attendants work forty (40) hours a week, in shifts of eight
(8) consecutive hours including a paid lunch period of thirty (30) minutes, on one of three shifts: day shift,
07:00 to 15:00; afternoon shift, 15:00 to 23:00; and midnight shift, 23:00 to 07:00.</p>
<p>15.02 <strong>Shift premium.</strong> An employee working the afternoon shift shall be paid a shift premium of
$1.15 per hour for all hours worked on that shift. An employee working the midnight shift shall receive a shift
premium of $1.60 per hour. No premium is paid for the day shift.</p>
<p>15.03 Clerk II and Clerk III employees work thirty-five (35) hours a week, Monday to Friday, between 08:00 and
17:00, with an unpaid lunch period of one (1) hour.</p>
""",
    """
<h2>Article 17 - Overtime</h2>
<p>17.01 Bus Operators, Licensed Mechanics, Bus Servicers and Station Attendants shall be paid at the rate of
time and one-half for all time worked in excess of eight (8) hours in a day, other than the spread premium
in Article 14.02, and for all time worked on a scheduled day off.</p>
<p>17.02 Clerk II and Clerk III employees shall be paid at straight time for hours worked between thirty-five
(35) and forty (40) hours in a week, and at time and one-half for hours worked beyond forty (40) in a week.</p>
<p>17.03 An employee may elect to bank overtime as time off, at the applicable rate, up to a maximum bank of
forty (40) hours. Banked time not taken by November 30 shall be paid out in the first pay in December.</p>
<p>17.04 An employee who is called in to work outside regular hours shall be paid a minimum of three (3) hours
at the overtime rate.</p>
<h2>Article 19 - Vacations</h2>
<p>19.01 An employee's annual vacation depends on the employee's completed years of service, as follows:</p>
<table>
<tr><th>Completed years of service</th><th>Annual vacation with pay</th></tr>
<tr><td>Less than 1 year</td><td>one (1) working day for each full month of service, to a maximum of
ten</td></tr>
<tr><td>1 to 4 years</td><td>10 working days</td></tr>
<tr><td>After 5 years (5 to 9 years)</td><td>15 working days</td></tr>
<tr><td>10 to 14 years</td><td>20 working days</td></tr>
<tr><td>15 to 24 years</td><td>25 working days</td></tr>
<tr><td>25 years or more</td><td>30 working days</td></tr>
</table>
<p>19.02 Operators select vacation in order of Garage seniority on the vacation sheet posted at their Garage on
November 1. All other employees select vacation in order of seniority within their Division. Not more than
twelve percent (12%) of the Operators at a Garage may be on vacation in any week from June 15 to September 15.</p>
<p>19.03 Vacation pay shall be the employee's regular straight-time pay, including any shift premium regularly
paid, for the days of vacation taken.</p>
<h2>Article 20 - Statutory Holidays</h2>
<p>20.01 Employees shall be paid for the following eleven (11) holidays: New Year's Day, Family Day, Good Friday,
Victoria Day, Canada Day, Civic Holiday, Labour Day, National Day for Truth and Reconciliation, Thanksgiving Day,
Remembrance Day and Christmas Day. In addition, each employee shall be granted one (1) floating holiday each
calendar year, to be taken at a time agreed with the supervisor.</p>
<p>20.02 An employee required to work on a statutory holiday shall be paid at double time for the hours worked,
in addition to the holiday pay.</p>
<h2>Article 22 - Sick Leave</h2>
<p>22.01 Employees earn sick leave credits at the rate of one and one-half (1.5) days for each month of service,
which may accumulate without limit. An employee absent because of illness shall notify the supervisor or
dispatcher at least two (2) hours before the start of the shift or assignment.</p>
""",
    """
<h2>Article 24 - Tools, Safety Footwear and Uniforms</h2>
<p>24.01 Bus Operators shall be issued uniforms under the Uniform Points Plan, with an allotment of 240 uniform
points a year, to be ordered from the Authority's uniform supplier.</p>
<p>24.02 Licensed Mechanics shall supply their own hand tools and shall receive a tool allowance of $780 per
calendar year, paid in the first pay in February. The Authority shall insure tools stored in the employee's tool
box at the Garage against fire and theft.</p>
<p>24.03 Bus Servicers and Station Attendants shall receive a safety footwear allowance of $260 every twelve (12)
months on presentation of a receipt. Station Attendants are also issued a winter parka every three (3) years.</p>
<p>24.04 Clerk II and Clerk III employees are not required to wear a uniform.</p>
<h2>Article 26 - Employee Parking and Transit Passes</h2>
<p>26.01 Each employee, and the employee's spouse and dependent children, shall receive a free annual transit
pass valid on all services of the Authority.</p>
<p>26.02 Employees at North Garage may park free of charge in the employee lot on Kelso Road. At Ridgeline
Garage, parking is provided in the fenced lot behind the wash bay. Harbourside Garage has no employee lot;
employees assigned there are reimbursed up to $55 a month towards parking in the Quayside Parkade. Station
Attendants and Administrative Services employees may use the staff parking at Wicklow Street Centre.</p>
<h2>Article 31 - Term of Agreement</h2>
<p>31.01 This Agreement shall be effective from January 1, 2025 and shall remain in force until December 31,
2027, and from year to year thereafter unless either party gives written notice to bargain within the ninety
(90) days before its expiry.</p>
<h2>Schedule "A" - Wage Rates</h2>
<p>A.1 The rates below are effective January 1, 2025. They shall be increased by a general wage increase of
3.0% effective January 1, 2026 and a further 2.75% effective January 1, 2027.</p>
<p>A.2 An employee moves to the next step on completion of the service shown at the head of each column, and
remains at the top rate ("after 36 months") thereafter. Trainee Operators are paid the Start rate during
training.</p>
<p>A.3 A Licensed Mechanic who holds a current Certificate of Qualification in a second trade, or who is
designated as Lead Hand, shall be paid $1.40 per hour in addition to the rates shown.</p>
<p>A.4 The hourly rates by classification and step are set out on the following page.</p>
""",
    """
<p><strong>Schedule "A" (continued) - Hourly Rates effective January 1, 2025</strong></p>
<table>
<tr><th>Classification</th><th>Division</th><th>Start</th><th>After 12 months</th><th>After 24 months</th>
<th>After 36 months</th></tr>
<tr><td>Bus Operator</td><td>Bus Transportation</td><td>$27.86</td><td>$30.14</td><td>$32.57</td><td>$35.09</td></tr>
<tr><td>Licensed Mechanic</td><td>Fleet Maintenance</td><td>$37.40</td><td>$38.95</td><td>$40.51</td>
<td>$42.28</td></tr>
<tr><td>Bus Servicer</td><td>Fleet Maintenance</td><td>$26.10</td><td>$27.35</td><td>$28.62</td><td>$29.88</td></tr>
<tr><td>Station Attendant</td><td>Stations</td><td>$25.44</td><td>$26.71</td><td>$27.98</td><td>$29.26</td></tr>
<tr><td>Clerk II</td><td>Administrative Services</td><td>$24.80</td><td>$25.93</td><td>$27.07</td><td>$28.19</td></tr>
<tr><td>Clerk III</td><td>Administrative Services</td><td>$27.15</td><td>$28.46</td><td>$29.77</td><td>$31.03</td></tr>
</table>
<h2>Letter of Understanding No. 3 - Harbourside Garage: Ferry Connector Service</h2>
<p>Between Tamarack Regional Transit Authority and Transit and Allied Workers' Union, Local 418.</p>
<p>WHEREAS the routes operated from Harbourside Garage connect with the Port Calloway ferry sailings, whose
timetable changes each summer and causes long gaps between the morning and afternoon peaks;</p>
<p>AND WHEREAS the parties wish to keep split runs at Harbourside Garage attractive to senior Operators;</p>
<p>NOW THEREFORE the parties agree that, notwithstanding Articles 12.01 and 14.02, the following shall apply to
Operators assigned to Harbourside Garage only:</p>
<p>1. Time worked beyond a spread of eleven (11) hours shall be paid at time and one-half as a spread
premium.</p>
<p>2. In addition to the system sign-ups, there shall be a summer sign-up effective on the last Sunday of June,
so that Harbourside Garage has five (5) sign-ups a year.</p>
<p>3. All other terms of the Collective Agreement apply to Harbourside Garage without change.</p>
<p>This Letter forms part of the Collective Agreement and expires with it, unless renewed by the parties.</p>
<p>Signed at Port Calloway this 19th day of March, 2025.</p>
<p>For the Authority: <em>R. Okafor, Director, Labour Relations</em> &nbsp;&nbsp; For the Union: <em>D.
Lachance, President, Local 418</em></p>
""",
)

USERS = (
    User(
        "tk-marie",
        ("I drive out of the North Garage and hold a regular run.", "I've been an operator for twelve years."),
    ),
    User("tk-dev", ("I'm a bus operator on the spare board at Harbourside.", "I was hired about 18 months ago.")),
    User(
        "tk-luc",
        ("I'm a licensed mechanic at Ridgeline Garage, on afternoons.", "Seven years with the Authority."),
    ),
    User(
        "tk-priya",
        ("I'm a station attendant working midnights.", "I've been with the Authority two and a half years."),
    ),
    User("tk-ahmed", ("I'm a Clerk III in the payroll office.", "Twenty-two years of service this year.")),
    User("tk-jen", ("I'm a bus operator.",)),
    User("tk-sam", ("Bus servicer on the midnight shift at North Garage.", "I only started four months ago.")),
    User(
        "tk-rosa",
        ("Regular run operator out of Harbourside Garage.", "I've got twenty-seven years in."),
    ),
)

VACATION = {
    "less than 1 year": "one (1) working day for each full month",
    "1 to 4 years": "10 working days",
    "5 to 9 years": "15 working days",
    "10 to 14 years": "20 working days",
    "15 to 24 years": "25 working days",
    "25 years or more": "30 working days",
}
GUARANTEE = {"regular run": "seven and one-half (7.5) hours", "spare board": "eight (8) hours' pay"}
DAYS_OFF = {"regular run": "remain fixed for the sign-up", "spare board": "rotate weekly"}
SPREAD = {"North and Ridgeline": "spread of twelve (12) hours", "Harbourside": "spread of eleven (11) hours"}
SIGN_UPS = {"North and Ridgeline": "four (4) system sign-ups", "Harbourside": "five (5) sign-ups"}
PARKING = {
    "North": "employee lot on Kelso Road",
    "Ridgeline": "fenced lot behind the wash bay",
    "Harbourside": "$55 a month",
    "Stations and Administrative Services": "Wicklow Street Centre",
}
GARAGE_PARKING = {k: v for k, v in PARKING.items() if k in ("North", "Ridgeline", "Harbourside")}
SHIFT_PREMIUM = {"day": "No premium is paid", "afternoon": "$1.15 per hour", "midnight": "$1.60 per hour"}
PROBATION = {
    "Bus Operator": "one hundred and twenty (120) days worked",
    "maintenance and stations": "ninety (90) days worked",
    "clerical": "sixty (60) working days",
}
OVERTIME = {
    "operators, maintenance and stations": "in excess of eight (8) hours in a day",
    "clerical": "between thirty-five (35) and forty (40) hours",
}
KIT = {
    "Bus Operator": "240 uniform points",
    "Licensed Mechanic": "$780 per calendar year",
    "Bus Servicer and Station Attendant": "$260 every twelve (12) months",
    "clerical": "not required to wear a uniform",
}
OPERATOR_RATE = {"start": "$27.86", "12 months": "$30.14", "24 months": "$32.57", "36 months": "$35.09"}
TOP_RATE = {
    "Bus Operator": "$35.09",
    "Licensed Mechanic": "$42.28",
    "Bus Servicer": "$29.88",
    "Station Attendant": "$29.26",
    "Clerk II": "$28.19",
    "Clerk III": "$31.03",
}
STATION_RATE = {"start": "$25.44", "12 months": "$26.71", "24 months": "$27.98", "36 months": "$29.26"}
SERVICER_RATE = {"start": "$26.10", "12 months": "$27.35", "24 months": "$28.62", "36 months": "$29.88"}

QUESTIONS = (
    rule_question("tk-marie", "How much vacation do I get this year?", VACATION, "10 to 14 years"),
    rule_question("tk-marie", "What's my minimum pay for a day on my run?", GUARANTEE, "regular run"),
    rule_question("tk-marie", "When does the spread premium start on a split?", SPREAD, "North and Ridgeline"),
    rule_question("tk-marie", "Where can I park at work?", PARKING, "North"),
    rule_question("tk-marie", "What's my hourly wage?", OPERATOR_RATE, "36 months"),
    rule_question(
        "tk-dev", "Am I guaranteed a full day's pay if they don't give me any work?", GUARANTEE, "spare board"
    ),
    rule_question("tk-dev", "After how long on a split do I get the spread premium?", SPREAD, "Harbourside"),
    rule_question("tk-dev", "What's my current hourly rate?", OPERATOR_RATE, "12 months"),
    rule_question("tk-dev", "How many sign-ups are there in a year?", SIGN_UPS, "Harbourside"),
    rule_question("tk-dev", "How many vacation days do I have?", VACATION, "1 to 4 years"),
    rule_question("tk-dev", "How do my days off work?", DAYS_OFF, "spare board"),
    rule_question("tk-luc", "How much vacation am I entitled to?", VACATION, "5 to 9 years"),
    rule_question("tk-luc", "What shift premium do I get?", SHIFT_PREMIUM, "afternoon"),
    rule_question("tk-luc", "Is there an allowance for my tools?", KIT, "Licensed Mechanic"),
    rule_question("tk-luc", "When does overtime start?", OVERTIME, "operators, maintenance and stations"),
    rule_question("tk-luc", "Where do I park?", PARKING, "Ridgeline"),
    rule_question("tk-luc", "What's the top hourly rate for my classification?", TOP_RATE, "Licensed Mechanic"),
    rule_question("tk-priya", "What premium do I get for my shift?", SHIFT_PREMIUM, "midnight"),
    rule_question("tk-priya", "Do I get anything towards safety boots?", KIT, "Bus Servicer and Station Attendant"),
    rule_question("tk-priya", "How many vacation days do I get?", VACATION, "1 to 4 years"),
    rule_question("tk-priya", "What's my hourly rate right now?", STATION_RATE, "24 months"),
    rule_question("tk-ahmed", "How much vacation do I get?", VACATION, "15 to 24 years"),
    rule_question("tk-ahmed", "How is overtime paid if I work past my usual hours?", OVERTIME, "clerical"),
    rule_question("tk-ahmed", "What's the top rate for my classification?", TOP_RATE, "Clerk III"),
    general_question("tk-ahmed", "How many hours a week do I work?", "thirty-five (35) hours a week"),
    rule_question("tk-jen", "How much vacation do I get?", VACATION, None),
    rule_question("tk-jen", "What's the daily pay guarantee?", GUARANTEE, None),
    rule_question("tk-jen", "Where can I park?", GARAGE_PARKING, None),
    general_question("tk-jen", "How many paid statutory holidays are there?", "eleven (11) holidays"),
    rule_question("tk-sam", "How long is my probation?", PROBATION, "maintenance and stations"),
    rule_question("tk-sam", "Do I get a premium for nights?", SHIFT_PREMIUM, "midnight"),
    rule_question("tk-sam", "What's my hourly rate?", SERVICER_RATE, "start"),
    rule_question("tk-sam", "How much vacation can I take this year?", VACATION, "less than 1 year"),
    rule_question("tk-rosa", "How much vacation am I entitled to?", VACATION, "25 years or more"),
    rule_question("tk-rosa", "When do I start getting paid spread premium?", SPREAD, "Harbourside"),
    rule_question("tk-rosa", "Is there parking at my garage?", PARKING, "Harbourside"),
    rule_question("tk-rosa", "How many times a year do we sign up for runs?", SIGN_UPS, "Harbourside"),
)

HANDBOOK = Handbook(
    name="tamarack",
    title="Tamarack Regional Transit Authority Collective Agreement 2025-2027",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
