"""Tarnbridge Omnibus Company: a collective agreement with a definitions clause (the job families
by their members' job titles), general terms in numbered clauses (one of them naming all three job
families in a sentence, another keyed by garage), and a schedule per job family, one of them with a
pay table by grade. Job families, garages and grades.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Tarnbridge Omnibus Company: Collective Agreement</h1>
<p>This Agreement is made between Tarnbridge Omnibus Company Limited ("the Company") and the Road and
Allied Transport Workers' Union ("the Union"). It covers every employee in the bargaining unit at the
Company's garages and replaces all earlier agreements between the parties. It runs for two years from
1 July and continues afterwards until either party gives three months' notice to renegotiate.</p>
<h2>Clause 1. Definitions</h2>
<p>1.1 In this Agreement the following words have the meanings given below.</p>
<ul>
<li>"Bus Operator" means an employee whose main duty is driving a bus in passenger service, including
an employee who also acts as a driver trainer or route learner.</li>
<li>"Engineering Staff" means fitters, vehicle electricians, bodyshop staff, cleaners of the
fleet and engineering apprentices.</li>
<li>"Control Staff" means service controllers, bus inspectors and radio room staff.</li>
<li>"Job family" means one of the three groups above. Each job family has a Schedule to this
Agreement: Schedule A for Bus Operators, Schedule B for Engineering Staff and Schedule C for
Control Staff.</li>
<li>"Garage" means Wexcombe Road, Millhaven or Stanlow Cross, whichever is named in the employee's
contract as their place of work.</li>
<li>"Duty" means a single day's work as shown on the roster, from signing on to signing off.</li>
<li>"Week" means the period from 00:01 on Sunday to midnight the following Saturday.</li>
</ul>
<p>1.2 Where a Schedule says something different from the general terms, the Schedule applies to the
job family it covers.</p>
<h2>Clause 2. Recognition</h2>
<p>2.1 The Company recognises the Union as the sole body for collective bargaining on pay, hours and
conditions for the bargaining unit. 2.2 Accredited representatives are given reasonable paid time off
for their duties, agreed in advance with the garage manager.</p>
<h2>Clause 3. Annual leave</h2>
<p>3.1 The leave year runs from 1 April to 31 March. 3.2 The annual leave entitlement is 28 days for
Bus Operators, 26 days for Engineering Staff and 27 days for Control Staff, in each case in addition
to the eight public holidays. 3.3 Leave is allocated by the rota clerk at each garage in accordance
with the leave chart, and a maximum of two weeks may be taken between June and September.</p>
""",
    """
<h2>Clause 4. Sickness</h2>
<p>4.1 An employee with at least six months' continuous service who is absent through sickness receives
full pay for 8 weeks followed by half pay for a further 8 weeks in any rolling twelve months. 4.2 The
first three days of any absence are paid only if the absence was reported at least one hour before
the employee was due to sign on.</p>
<h2>Clause 5. Reporting for work</h2>
<p>5.1 Employees sign on at their own garage at the time shown on the roster. Those at Wexcombe Road
sign on at the Output Office on the ground floor, those at Millhaven at the gatehouse kiosk, and those
at Stanlow Cross in the first-floor duty room above the workshop. 5.2 An employee more than five
minutes late may be sent home without pay if the duty has been covered.</p>
<h2>Clause 6. Staff parking</h2>
<p>6.1 Wexcombe Road has no staff car park; employees whose garage is Wexcombe Road receive instead a
free travel pass for the Company's town network, which is also valid for their household. 6.2 At
Millhaven staff park in the rear yard behind the fuel island. 6.3 At Stanlow Cross staff use the
overflow car park on Brindle Lane, not the depot yard.</p>
<h2>Clause 7. Grievances and discipline</h2>
<p>7.1 An employee may raise a grievance in writing with their line manager within 21 days of the
matter complained of. 7.2 A hearing will be held within ten working days of the grievance being
received, and the employee may be accompanied by a Union representative or a colleague. 7.3 Appeals
are heard by a manager from another garage.</p>
<h2>Clause 8. Pay</h2>
<p>8.1 Wages are paid weekly on Thursdays, one week in arrears. 8.2 Basic rates and premiums are set out
in the Schedules and will be increased on 1 July in the second year of this Agreement by the rise in
the consumer price index for the preceding April, with a minimum increase of 2%.</p>
<h2>Schedule A: Bus Operators</h2>
<p>A1. The standard working week for Bus Operators is 38 hours, averaged over the roster cycle, with
no duty rostered for longer than ten hours. A2. A Bus Operator may not be rostered to work more than
two Sundays in any three. A3. Duties worked on a Sunday are paid at time and a half. A4. Where the
spread-over of a duty exceeds eleven hours, a spread-over allowance of 4.75 GBP is paid for that duty.
A5. Every duty of more than five and a half hours includes a meal relief of at least 40 minutes.</p>
""",
    """
<h2>Schedule B: Engineering Staff</h2>
<p>B1. Engineering Staff work a standard week of 39 hours on a rotating pattern of early, late and
night shifts. Shifts change each Monday.</p>
<p>B2. The basic hourly rates for Engineering Staff are:</p>
<table>
<tr><th>Grade</th><th>Typical job titles</th><th>Basic hourly rate</th></tr>
<tr><td>E1</td><td>Fleet cleaner, tyre fitter</td><td>14.10 GBP</td></tr>
<tr><td>E2</td><td>Fitter, vehicle electrician, bodyshop technician</td><td>16.35 GBP</td></tr>
<tr><td>E3</td><td>Chargehand, diagnostic technician</td><td>17.80 GBP</td></tr>
</table>
<p>Engineering apprentices are paid under their apprenticeship agreement and are not graded.</p>
<p>B3. Work on a Sunday is paid at double time. B4. An employee who supplies their own hand tools
receives a tool allowance of 6.40 GBP a week. B5. An employee called out outside their rostered shift is
paid for a minimum of four hours at the overtime rate, and the call-out time starts when they leave
home.</p>
<h2>Schedule C: Control Staff</h2>
<p>C1. Control Staff work a standard week of 37.5 hours. Each shift starts 15 minutes before the
rostered time for a paid handover. C2. Sunday shifts are paid at time and three quarters. C3. Radio room
staff are entitled to a free eyesight test every year and to a contribution towards glasses used for
screen work. C4. Bus inspectors carry the Company's ticket machine and body camera, and must complete
the conflict-avoidance course within three months of appointment.</p>
<p>Signed for the Company and for the Union on the same day, in two original copies.</p>
""",
)

USERS = (
    User("tb-ewan", ("I'm a bus driver at Millhaven garage.",)),
    User("tb-farah", ("I'm a bus inspector.", "My garage is Wexcombe Road.")),
    User("tb-colin", ("I'm a grade E2 fitter.", "I work at Stanlow Cross.")),
    User("tb-nadia", ("I've worked out of the Stanlow Cross garage for nine years.",)),
    User("tb-oliver", ("I work in the engineering section.", "I'm on nights this month.")),
)

LEAVE = {"Bus Operators": "28 days", "Engineering": "26 days", "Control": "27 days"}
SUNDAY = {"Bus Operators": "time and a half", "Engineering": "double time", "Control": "time and three quarters"}
WEEK = {"Bus Operators": "38 hours", "Engineering": "39 hours", "Control": "37.5 hours"}
RATE = {"E1": "14.10 GBP", "E2": "16.35 GBP", "E3": "17.80 GBP"}
SIGN_ON = {"Wexcombe Road": "Output Office", "Millhaven": "gatehouse kiosk", "Stanlow Cross": "first-floor duty room"}
PARKING = {"Wexcombe Road": "free travel pass", "Millhaven": "rear yard", "Stanlow Cross": "Brindle Lane"}

QUESTIONS = (
    rule_question("tb-ewan", "How many days of annual leave do I get?", LEAVE, "Bus Operators"),
    rule_question("tb-farah", "How much annual leave am I entitled to?", LEAVE, "Control"),
    rule_question("tb-oliver", "What's my annual leave entitlement?", LEAVE, "Engineering"),
    rule_question("tb-nadia", "How many days' leave do I get a year?", LEAVE, None),
    rule_question("tb-ewan", "How am I paid for working a Sunday?", SUNDAY, "Bus Operators"),
    rule_question("tb-colin", "What's the rate for Sunday work?", SUNDAY, "Engineering"),
    rule_question("tb-farah", "What do I get paid for a Sunday shift?", SUNDAY, "Control"),
    rule_question("tb-nadia", "What is the Sunday rate?", SUNDAY, None),
    rule_question("tb-colin", "What's my basic hourly rate?", RATE, "E2"),
    rule_question("tb-oliver", "What is my hourly rate of pay?", RATE, None),
    rule_question("tb-ewan", "How many hours is my standard week?", WEEK, "Bus Operators"),
    rule_question("tb-colin", "What is my standard working week?", WEEK, "Engineering"),
    rule_question("tb-farah", "How long is my standard working week?", WEEK, "Control"),
    rule_question("tb-ewan", "Where do I sign on?", SIGN_ON, "Millhaven"),
    rule_question("tb-nadia", "Where do I sign on for a duty?", SIGN_ON, "Stanlow Cross"),
    rule_question("tb-oliver", "Where do I sign on?", SIGN_ON, None),
    rule_question("tb-farah", "Is there staff parking at my garage?", PARKING, "Wexcombe Road"),
    rule_question("tb-colin", "Where can I park?", PARKING, "Stanlow Cross"),
    general_question("tb-colin", "How long do I have to raise a grievance?", "21 days"),
    general_question("tb-nadia", "How long is full sick pay?", "8 weeks"),
)

HANDBOOK = Handbook(
    name="tarnbridge",
    title="Tarnbridge Omnibus Company: Collective Agreement",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
