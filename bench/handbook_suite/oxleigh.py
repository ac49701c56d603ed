"""Oxleigh County Council: a local authority. Held out."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Oxleigh County Council: Local Conditions of Service</h1>
<p>Agreed between the Council and the recognised trade unions through the Joint Consultative Committee, and
effective from 1 April. These local conditions supplement the national agreement for local government
services. Where the two differ, these local conditions apply to employees of the Council.</p>
<h2>Part 1: Interpretation</h2>
<p>1.1 In these conditions the following words have the meanings given below.</p>
<p><b>"Directorate"</b> means the part of the Council in which an employee's post sits, being Adult Social
Care, Highways and Transport, or Libraries and Heritage.</p>
<p><b>"Grade"</b> means the grade of the employee's post on the Council's pay structure, numbered OC1 (the
lowest) to OC12.</p>
<p><b>"Work Style"</b> means the way of working recorded for the post, being one of the following:</p>
<ul>
<li><b>"Fixed-Base Worker"</b>: an employee who works from a named Council building on four or more days a
week;</li>
<li><b>"Agile Worker"</b>: an employee who divides their working time between home and any Council
hub;</li>
<li><b>"Mobile Worker"</b>: an employee whose duties are carried out mainly in the community or on the road
network, using a Council hub only occasionally.</li>
</ul>
<p><b>"Essential Car User"</b> means an employee whose post cannot be done without regular use of a car, as
confirmed by the Head of Service; and <b>"Casual Car User"</b> means any other employee authorised to use a
private car on Council business.</p>
<p><b>"Standby"</b> means a period outside normal working hours during which an employee must be
contactable and able to respond.</p>
<p>1.2 Headings are for ease of reference only. A reference to a Schedule is to a Schedule to these
conditions, and the Schedules form part of them.</p>
<h2>Part 2: Appointment</h2>
<p>2.1 Every new employee serves a probationary period of 26 weeks, which may be extended once by up to a
further 13 weeks.</p>
<p>2.2 Appointment is normally made at the bottom point of the Grade for the post.</p>
<h2>Part 3: Working time</h2>
<p>3.1 The standard working week is 37 hours. Employees below Grade OC10 may work flexitime within a
bandwidth of 07:00 to 19:00.</p>
<p>3.2 A flexitime credit of up to 12 hours may be carried from one four-week accounting period into the next.
A debit of up to 8 hours may be carried forward. Any credit above the limit is lost.</p>
<p>3.3 Employees required to be on Standby are paid the allowance for their Directorate set out in
Schedule 3.</p>
""",
    """
<h2>Part 4: Leave</h2>
<p>4.1 Annual leave is calculated by Grade in accordance with Schedule 1, in addition to the eight bank
holidays.</p>
<p>4.2 The leave year runs from 1 April to 31 March. Up to five days may be carried over with the consent of
the line manager.</p>
<p>4.3 Employees with five years' continuous local government service receive 5 further days of annual leave
on top of the Schedule 1 figure.</p>
<h2>Part 5: Allowances and expenses</h2>
<p>5.1 An employee whose Work Style requires them to work at home receives the home working allowance set out
in Part A of Schedule 2, paid monthly with salary.</p>
<p>5.2 Mileage for journeys on Council business is reimbursed at the rates in Part B of Schedule 2. Claims
are made through the MyOxleigh portal within 3 months of the journey; later claims will not be paid.</p>
<p>5.3 Home-to-base travel is not reimbursed, except for Mobile Workers, for whom the first journey of the
day counts from home.</p>
<h2>Part 6: Ending employment</h2>
<p>6.1 During probation, either party may end the employment by giving one week's notice.</p>
<p>6.2 After probation, the period of notice to be given by either party depends on the employee's Grade:</p>
<p>(a) Grades OC1 to OC5: one month;<br>
(b) Grades OC6 to OC9: two months;<br>
(c) Grade OC10 and above: three months.</p>
<p>6.3 The Council may pay in lieu of all or part of the notice period.</p>
<h2>Part 7: Sickness</h2>
<p>7.1 An employee who is unable to attend work must notify their line manager by telephone before 09:30 on
the first day of absence, and keep in touch at agreed intervals.</p>
<p>7.2 A fit note is needed for any absence of more than seven calendar days.</p>
""",
    """
<h2>Schedule 1: Annual leave</h2>
<table>
<tr><th>Grade</th><th>Annual leave per leave year (before the service addition in 4.3)</th></tr>
<tr><td>OC1 to OC5</td><td>26 days</td></tr>
<tr><td>OC6 to OC9</td><td>28 days</td></tr>
<tr><td>OC10 to OC12</td><td>30 days</td></tr>
</table>
<h2>Schedule 2: Allowances</h2>
<p><b>Part A: Home working allowance.</b> An Agile Worker receives a home working allowance of 18 GBP a
month towards heating, lighting and broadband. A Mobile Worker, who completes reports and calls from home
between visits, receives 9 GBP a month. Fixed-Base Workers are not paid a home working allowance, but may
claim for an agreed occasional day at home through the expenses process.</p>
<p><b>Part B: Mileage rates.</b></p>
<table>
<tr><th></th><th>Essential Car User</th><th>Casual Car User</th></tr>
<tr><td>Rate per business mile</td><td>52 pence</td><td>45 pence</td></tr>
<tr><td>Annual lump sum</td><td>960 GBP, paid in twelve instalments</td><td>none</td></tr>
<tr><td>Passenger supplement</td><td>5 pence per passenger per mile</td><td>5 pence per passenger per mile</td></tr>
</table>
<h2>Schedule 3: Standby allowances</h2>
<p>The Standby allowance is paid for each session of Standby (one weeknight, or one 12-hour period at a
weekend), at the following rates:</p>
<ul>
<li>Adult Social Care (emergency duty team cover): 31 GBP per session;</li>
<li>Highways and Transport (winter gritting and incident response): 44 GBP per session;</li>
<li>Libraries and Heritage: not applicable, as the directorate has no standby rota.</li>
</ul>
<p>Time actually spent responding to a call-out during Standby is paid in addition, at the overtime rate.</p>
""",
)

USERS = (
    User("ox-harriet", ("I'm a social worker in Adult Social Care, grade OC7.", "I'm an essential car user.")),
    User("ox-femi", ("I work for Highways and Transport as a highway inspector: mobile worker, grade OC5.",)),
    User(
        "ox-clara",
        ("Libraries and Heritage, grade OC10.", "I'm an agile worker, so I split my week between home and the hub."),
    ),
    User("ox-jun", ("I'm classed as a casual car user.",)),
    User("ox-bethan", ("My contract says I'm an agile worker.",)),
)

LEAVE = {"OC1-OC5": "26 days", "OC6-OC9": "28 days", "OC10-OC12": "30 days"}
NOTICE = {"OC1-OC5": "one month", "OC6-OC9": "two months", "OC10-OC12": "three months"}
HOME = {"Agile": "18 GBP", "Mobile": "9 GBP", "Fixed-Base": "not paid a home working allowance"}
MILEAGE = {"Essential": "52 pence", "Casual": "45 pence"}
STANDBY = {
    "Adult Social Care": "31 GBP",
    "Highways and Transport": "44 GBP",
    "Libraries and Heritage": "no standby rota",
}

QUESTIONS = (
    rule_question("ox-harriet", "How many days of annual leave do I get?", LEAVE, "OC6-OC9"),
    rule_question("ox-femi", "What's my holiday entitlement?", LEAVE, "OC1-OC5"),
    rule_question("ox-clara", "How much annual leave am I entitled to?", LEAVE, "OC10-OC12"),
    rule_question("ox-bethan", "How many days' holiday do I get a year?", LEAVE, None),
    rule_question("ox-harriet", "How much notice would I have to give to leave?", NOTICE, "OC6-OC9"),
    rule_question("ox-femi", "What notice period applies to me if I resign?", NOTICE, "OC1-OC5"),
    rule_question("ox-clara", "How long is my notice period?", NOTICE, "OC10-OC12"),
    rule_question("ox-jun", "What's my notice period?", NOTICE, None),
    rule_question("ox-clara", "Do I get money towards working from home?", HOME, "Agile"),
    rule_question("ox-femi", "Is there a home working allowance for me?", HOME, "Mobile"),
    rule_question("ox-bethan", "How much is the home working allowance?", HOME, "Agile"),
    rule_question("ox-harriet", "What home working allowance do I get?", HOME, None),
    rule_question("ox-harriet", "What mileage rate can I claim?", MILEAGE, "Essential"),
    rule_question("ox-jun", "How much per mile do I get for driving on council business?", MILEAGE, "Casual"),
    rule_question("ox-clara", "What's the mileage rate for me?", MILEAGE, None),
    rule_question("ox-harriet", "What am I paid for being on standby?", STANDBY, "Adult Social Care"),
    rule_question("ox-femi", "How much is the standby allowance?", STANDBY, "Highways and Transport"),
    rule_question("ox-clara", "Will I get a standby payment?", STANDBY, "Libraries and Heritage"),
    rule_question("ox-bethan", "What's the standby rate?", STANDBY, None),
    general_question("ox-jun", "How many flexi hours can I carry over?", "12 hours"),
    general_question("ox-bethan", "How long is probation?", "26 weeks"),
)

HANDBOOK = Handbook(
    name="oxleigh",
    title="Oxleigh County Council: Local Conditions of Service",
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
