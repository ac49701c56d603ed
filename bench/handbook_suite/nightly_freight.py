"""Nightly Freight Ltd: a UK overnight pallet-network haulier's Drivers' and Depot Staff Rulebook, written as a
terse numbered rulebook (Parts, clauses "3.4(b)", Schedules, an amendment record) with cross-references
("subject to 4.4", "see 3.6", "treated as a Driver for 3.3") and defined terms in 1.2 (Driver, Class C and
Class C+E licences with their old names Class 2 and Class 1, Trunker, Day driver, Shunter, Depot staff, Office
staff, Peak Period). Five depots (Daventry Hub, Leeds, Doncaster, Avonmouth, Carlisle). A base-rate table keyed
by depot x licence class, with shunters and depot staff in the clause after it; trunker rota patterns by depot
in consecutive sentences; a night premium for Drivers and shunters against a percentage for depot staff;
overtime in lettered sub-clauses where an Avonmouth exception applies to drivers only (not to Avonmouth depot
staff); a night-out allowance with a Carlisle rate; a Company minimum rest rule by role (trunkers, day drivers,
shunters) whose exceptions clause runs over the page break; holiday by continuous service in one sentence;
absence calls by role; and Schedule 1, a depot table with staff parking. Role (via job words: artic, rigid,
loader, planner), licence class, depot, shift and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Nightly Freight Ltd: Drivers' and Depot Staff Rulebook</h1>
<p><strong>Issue 14.</strong> Effective 6 April 2025. Supersedes Issue 13 (April 2024). Authorised by the Operations
Director. Controlled copy on the DriverApp and the depot noticeboards; printed copies are uncontrolled.</p>
<h2>Part 1. Application and definitions</h2>
<p>1.1 This Rulebook applies to every employee of Nightly Freight Ltd (&ldquo;the Company&rdquo;) at the depots in
Schedule 1. It forms part of your contract of employment except where it says otherwise. Agency drivers follow the
Agency Driver Instructions (NF-OPS-09), not this Rulebook.</p>
<p>1.2 In this Rulebook:</p>
<p>(a) &ldquo;Base depot&rdquo; means the depot where you start and finish duty, as named in your contract.</p>
<p>(b) &ldquo;Driver&rdquo; means an employee employed to drive a goods vehicle over 3.5 tonnes on the public road. A
Driver holds either a Class C licence (rigid vehicles; formerly Class 2) or a Class C+E licence (articulated and
drawbar vehicles; formerly Class 1).</p>
<p>(c) &ldquo;Trunker&rdquo; means a C+E Driver rostered to night trunk work: a fixed overnight run between the base
depot and Daventry Hub.</p>
<p>(d) &ldquo;Day driver&rdquo; means a Driver, of either licence class, on multi-drop delivery or collection work
starting between 04:30 and 08:00.</p>
<p>(e) &ldquo;Shunter&rdquo; means an employee who moves trailers within the yard at Daventry Hub. A Shunter does not
drive on the public road, is not a Driver for the purposes of Part 4, but is treated as a Driver for 3.3.</p>
<p>(f) &ldquo;Depot staff&rdquo; means warehouse operatives, loaders and forklift operators at any depot.</p>
<p>(g) &ldquo;Office staff&rdquo; means transport planners, traffic clerks and administrators.</p>
<p>(h) &ldquo;Peak Period&rdquo; means 17 November to 24 December inclusive.</p>
<p>(i) &ldquo;Pay week&rdquo; means Sunday 00:00 to Saturday 23:59.</p>
<h2>Part 2. Depots and rostering</h2>
<p>2.1 The Company's depots are listed in Schedule 1. Daventry Hub is the central sortation hub: every trunk runs to
or from it.</p>
<p>2.2 Rosters for the next pay week are posted on the DriverApp and on the depot noticeboard by 12:00 each
Thursday. Swaps must be agreed by the Transport Office and recorded on the roster.</p>
<p>2.3 Trunker patterns. At Daventry Hub, trunkers work four nights on, four nights off. At Leeds and Doncaster,
trunkers work Sunday to Thursday nights. At Avonmouth, trunkers work Monday to Friday nights. Carlisle trunkers run
the Scottish trunk on three long nights a week (Monday, Wednesday and Friday), with a night out after each (see
3.6).</p>
<p>2.4 Day drivers at every depot work five days, Monday to Friday. Saturday working is by rota at Leeds only.</p>
<p>2.5 Depot staff work the shift named in their contract: days (06:00 to 14:30), lates (14:00 to 22:30) or nights
(22:00 to 06:30).</p>
""",
    """
<h2>Part 3. Pay and allowances</h2>
<p>3.1 Base hourly rates for Drivers from 6 April 2025:</p>
<table>
<tr><th>Base depot</th><th>Class C</th><th>Class C+E</th></tr>
<tr><td>Daventry Hub</td><td>&pound;16.10</td><td>&pound;18.45</td></tr>
<tr><td>Leeds</td><td>&pound;15.55</td><td>&pound;17.80</td></tr>
<tr><td>Doncaster</td><td>&pound;15.30</td><td>&pound;17.35</td></tr>
<tr><td>Avonmouth</td><td>&pound;16.40</td><td>&pound;18.90</td></tr>
<tr><td>Carlisle</td><td>&pound;14.95</td><td>&pound;16.85</td></tr>
</table>
<p>A C+E licence holder employed on Class C work is paid the Class C rate for that duty.</p>
<p>3.2 Other rates. Shunters are paid &pound;16.20 an hour. Depot staff are paid &pound;12.95 an hour at every depot;
forklift operators receive a further 60p an hour while holding a current truck licence. Office staff are salaried
as stated in their contract.</p>
<p>3.3 Night premium. (Drivers and Shunters) Hours on duty between 22:00 and 06:00 attract a premium of &pound;1.90
an hour on top of the base rate. Depot staff on the night shift receive instead a premium of 18% of the base rate
for every hour of the shift. Office staff: not applicable.</p>
<p>3.4 Overtime. Overtime is paid weekly, one week in arrears:</p>
<p>(a) Drivers: time and a quarter for hours over 48 in a pay week;</p>
<p>(b) notwithstanding (a), Drivers whose base depot is Avonmouth are paid time and a third for hours over 45 in a pay
week (Avonmouth Collective Agreement, Schedule 2);</p>
<p>(c) Depot staff and Shunters, at all depots including Avonmouth: time and a half for hours over 40 in a pay
week;</p>
<p>(d) Office staff are not paid overtime. Extra hours agreed in advance are taken as time off in lieu within eight
weeks.</p>
<p>3.5 Bank holidays. Work on a bank holiday is paid at double time, with a day off in lieu, for all employees.</p>
<p>3.6 Night-out allowance. (Drivers only) A Driver who takes a daily rest in the cab away from the base depot is paid
a night-out allowance of &pound;34.00 a night. Drivers based at Carlisle are paid &pound;41.50 a night for
night-outs on the Scottish trunk. A night out must be taken in a secure lorry park where one is listed on the
DriverApp (see 4.7).</p>
<p>3.7 Pay day. Wages are paid by BACS every Friday, one week in arrears. Payslips are on the DriverApp.</p>
<p>3.8 Deductions. No deduction is made for damage to a vehicle or load except under the Disciplinary Procedure
(NF-HR-04) and with your written agreement.</p>
""",
    """
<h2>Part 4. Drivers' hours and rest</h2>
<p>4.1 Drivers must comply with the drivers' hours rules (assimilated Regulation (EC) 561/2006) and the Road Transport
(Working Time) Regulations 2005. Where this Part is stricter than the law, this Part applies. Breach of this Part is
gross misconduct.</p>
<p>4.2 Driving limits (the law, repeated for convenience): 9 hours' driving in a day, extendable to 10 hours twice a
week; 56 hours' driving in a week and 90 hours in any two consecutive weeks; a break of at least 45 minutes after
4.5 hours' driving, which may be split into a first break then a second break of at least 30 minutes.</p>
<p>4.2A Working time. Under the Road Transport (Working Time) Regulations 2005, a Driver's working time must not
exceed 60 hours in a week or an average of 48 hours a week over the reference period. The Company's reference
periods are fixed 17-week periods starting on the first Sunday in January, May and September. Periods of
availability (for example waiting at a customer's gate with a known start time) are recorded on the tachograph
with the availability symbol and do not count as working time.</p>
<p>4.2B Night work. A Driver who performs any night work (work between 00:00 and 04:00) in a 24-hour period must not
have more than 10 hours' working time in that period, unless the Night Planner has recorded that the duty falls under
the Company's workforce agreement of 2019. Trunkers should expect every duty to be night work.</p>
<p>4.2C Fitness to drive. You must not drive if you are unfit through fatigue, illness or medication. Ring the Night
Planner or the Transport Office: you will never be disciplined for declaring yourself unfit to drive.</p>
<p>4.3 Minimum rest. Subject to 4.4, the Company minimum rest between the end of one duty and the start of the next
is:</p>
<p>(a) Trunkers: 13 hours;</p>
<p>(b) Day drivers: 11 hours;</p>
<p>(c) Shunters: 12 hours (Daventry Hub local agreement, 2022).</p>
<p>This is the Company's fatigue standard and is longer than the legal minimum. No planner may roster, and no
employee may accept, a duty that starts before it has been met.</p>
<p>4.4 Exceptions to 4.3.</p>
<p>(a) The minimum in 4.3(a) may be reduced to 10 hours no more than twice in a pay week, and only where the Night
Planner has agreed the reduction and recorded the reason on the duty sheet before the duty starts.</p>
<p>(b) No reduction may be made under (a) for a Trunker who drove for more than 9 hours on the previous duty, or who
is rostered for a night out at the end of the next duty.</p>
<p>(c) The minimum in 4.3(b) may not be reduced, except that in the Peak Period Day drivers based at Leeds or
Doncaster may agree in writing to a reduced minimum of 10 hours on up to three days a week (Peak Period Agreement
2024, clause 6).</p>
""",
    """
<p><em>4.4 Exceptions to 4.3 (continued)</em></p>
<p>(d) The minimum in 4.3(c) may not be reduced in any circumstances.</p>
<p>(e) A Driver who is delayed on the road so that 4.3 cannot be met before the next rostered duty must ring the
Night Planner (Trunkers) or the Transport Office at the base depot (Day drivers) before the end of the duty. The
next duty will be moved; you will not lose pay for the hours moved.</p>
<p>4.5 Weekly rest. Drivers take a regular weekly rest of at least 45 hours. A reduced weekly rest of at least 24
hours may be taken only with the Transport Office's agreement and must be compensated as the law requires.</p>
<p>4.6 Tachograph. Your driver card must be in the tachograph for every duty. If your card is lost, stolen or
damaged, report it to the DVLA within 7 days, tell the Transport Office before your next duty, and make a printout
at the start and end of each duty until the new card arrives.</p>
<p>4.7 Vehicle checks and parking. Before every duty the Driver carries out a walkround check of not less than 15
minutes and records it on the DriverApp defect report. A loaded trailer may be left only at a depot or in a secure
lorry park on the DriverApp list.</p>
<h2>Part 5. Holidays</h2>
<p>5.1 The holiday year runs from 1 January to 31 December. Your entitlement, including the eight bank holidays, is
28 days; after 5 years' continuous service it is 30 days, and after 10 years' continuous service it is 32 days.
Part-time employees are entitled pro rata.</p>
<p>5.2 Drivers book holiday through the Transport Office at the base depot; Depot staff and Shunters through their
shift manager; Office staff through their line manager. No Driver may take holiday in the Peak Period. Depot staff
may take up to three days in the Peak Period with the shift manager's agreement.</p>
<p>5.3 Up to five days may be carried into the next holiday year with the Operations Director's agreement.</p>
<h2>Part 6. Absence</h2>
<p>6.1 If you cannot attend for duty you must ring in personally. Text messages are not accepted.</p>
<p>(a) Trunkers ring the Night Planner on 01327 960 500 before 14:00 on the day of the duty.</p>
<p>(b) Day drivers ring the Transport Office at the base depot before 04:30.</p>
<p>(c) Shunters and Depot staff ring their shift manager at least 2 hours before the shift starts.</p>
<p>(d) Office staff contact their line manager by 09:30.</p>
<p>6.2 Company sick pay is paid after 6 months' service, at full base pay for up to ten working days in any rolling
12 months, then Statutory Sick Pay only.</p>
""",
    """
<h2>Schedule 1. Depots</h2>
<table>
<tr><th>Depot</th><th>Address</th><th>Staff parking (cars)</th></tr>
<tr><td>Daventry Hub</td><td>Royal Oak Way North, Daventry NN11 8QL</td><td>Staff car park at Gate 2. Gate 1 is for
HGVs only.</td></tr>
<tr><td>Leeds</td><td>Stourton Link, Leeds LS10 1RW</td><td>Overflow car park on Cross Green Lane; the yard is for
HGVs only.</td></tr>
<tr><td>Doncaster</td><td>Carcroft Common, Doncaster DN6 8DD</td><td>Marked bays 1 to 40 in front of the office
block.</td></tr>
<tr><td>Avonmouth</td><td>Kings Weston Lane, Bristol BS11 8AX</td><td>Shared car park at Severnside Business Park;
permit from reception.</td></tr>
<tr><td>Carlisle</td><td>Kingmoor Park, Carlisle CA6 4SJ</td><td>Gravel car park behind the workshop.</td></tr>
</table>
<p>Cars must not be left in any depot yard. A Trunker on a night out may leave a car in the depot car park for up to
48 hours; tell the gatehouse.</p>
<h2>Schedule 2. Avonmouth Collective Agreement (summary)</h2>
<p>The Company recognises the Freight Workers' Union for Drivers based at Avonmouth. The Avonmouth Collective
Agreement (2023, reviewed annually) varies 3.4(a) for those Drivers only, as set out in 3.4(b). All other terms in
this Rulebook apply at Avonmouth unchanged. Depot staff at Avonmouth are not covered by the Agreement.</p>
<h2>Schedule 3. Contacts</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Night Planner (24 hours)</td><td>01327 960 500</td></tr>
<tr><td>Payroll</td><td>payroll@nightlyfreight.example</td></tr>
<tr><td>HR and this Rulebook</td><td>People Team, Daventry Hub, extension 210</td></tr>
</table>
<h2>Amendment record</h2>
<table>
<tr><th>Issue</th><th>Date</th><th>Clauses changed</th></tr>
<tr><td>14</td><td>April 2025</td><td>3.1, 3.2 (new rates); 3.6 (Carlisle rate); 4.4(c) (Peak Period Agreement)</td>
</tr>
<tr><td>13</td><td>April 2024</td><td>4.3 (Company minimum rest for Shunters); Schedule 1 (Avonmouth parking)</td></tr>
<tr><td>12</td><td>April 2023</td><td>Schedule 2 added</td></tr>
</table>
""",
)

USERS = (
    User("nh-gaz", ("Night trunker out of Daventry, C+E.", "Six years on the firm.")),
    User("nh-karen", ("I'm on the rigids at Leeds, multi-drop days. Class C.", "Joined a couple of years back.")),
    User("nh-dev", ("Shunter at Daventry Hub, nights.", "Eleven years with Nightly.")),
    User("nh-marek", ("Doncaster. I drive the artic on nights.",)),
    User("nh-sian", ("I'm based at Avonmouth, driving a rigid on multi-drop.", "Three years' service.")),
    User("nh-ross", ("Carlisle depot. I do the Scottish trunk on the artic.",)),
    User("nh-bev", ("I'm a loader at Leeds on the night shift.",)),
    User("nh-tom", ("Just passed my C+E test, start with you on Monday.",)),
    User("nh-lisa", ("Transport planner in the Doncaster office.",)),
    User("nh-jay", ("I'm a driver with Nightly.", "Been here about twelve years.")),
    User("nh-andy", ("Class C, Carlisle depot, days.", "Nine years in.")),
    User("nh-priti", ("Warehouse operative at Avonmouth, day shift.", "Two years with the company.")),
)

PAY_C = {
    "Daventry Hub": "£16.10",
    "Leeds": "£15.55",
    "Doncaster": "£15.30",
    "Avonmouth": "£16.40",
    "Carlisle": "£14.95",
}
PAY_CE = {
    "Daventry Hub": "£18.45",
    "Leeds": "£17.80",
    "Doncaster": "£17.35",
    "Avonmouth": "£18.90",
    "Carlisle": "£16.85",
}
PAY = {
    **{f"{d} C": v for d, v in PAY_C.items()},
    **{f"{d} C+E": v for d, v in PAY_CE.items()},
    "Shunter": "£16.20",
    "Depot staff": "£12.95",
}
DRIVER_PAY = {k: v for k, v in PAY.items() if k.endswith(" C") or k.endswith(" C+E")}
PATTERN = {
    "Daventry Hub": "four nights on, four nights off",
    "Leeds and Doncaster": "Sunday to Thursday nights",
    "Avonmouth": "Monday to Friday nights",
    "Carlisle": "Monday, Wednesday and Friday",
}
NIGHT_PREMIUM = {"Drivers and Shunters": "£1.90", "Depot staff": "18% of the base rate"}
OVERTIME = {
    "Drivers": "time and a quarter",
    "Avonmouth Drivers": "time and a third",
    "Depot staff and Shunters": "time and a half",
    "Office staff": "time off in lieu",
}
NIGHT_OUT = {"other depots": "£34.00", "Carlisle": "£41.50"}
REST = {"Trunkers": "13 hours", "Day drivers": "11 hours", "Shunters": "12 hours"}
DRIVER_REST = {"Trunkers": "13 hours", "Day drivers": "11 hours"}
HOLIDAY = {"under 5 years": "28 days", "5 to 10 years": "30 days", "10 years or more": "32 days"}
CALL_IN = {
    "Trunkers": "before 14:00",
    "Day drivers": "before 04:30",
    "Shunters and Depot staff": "at least 2 hours before the shift starts",
    "Office staff": "by 09:30",
}
PARKING = {
    "Daventry Hub": "Gate 2",
    "Leeds": "Cross Green Lane",
    "Doncaster": "bays 1 to 40",
    "Avonmouth": "Severnside Business Park",
    "Carlisle": "behind the workshop",
}

QUESTIONS = (
    rule_question("nh-gaz", "What's my hourly rate?", PAY, "Daventry Hub C+E"),
    rule_question("nh-gaz", "How long do I have to rest between duties?", REST, "Trunkers"),
    rule_question("nh-gaz", "How many days' holiday do I get?", HOLIDAY, "5 to 10 years"),
    rule_question("nh-gaz", "What's the rota pattern for my nights?", PATTERN, "Daventry Hub"),
    rule_question("nh-karen", "What am I paid an hour?", PAY, "Leeds C"),
    rule_question("nh-karen", "What's the minimum rest I need before my next shift?", REST, "Day drivers"),
    rule_question("nh-karen", "How is overtime paid?", OVERTIME, "Drivers"),
    rule_question("nh-karen", "If I'm off sick, by when do I have to ring in?", CALL_IN, "Day drivers"),
    rule_question("nh-dev", "What's my hourly rate?", PAY, "Shunter"),
    rule_question("nh-dev", "How much rest do I need between shifts?", REST, "Shunters"),
    rule_question("nh-dev", "What's the overtime rate for me?", OVERTIME, "Depot staff and Shunters"),
    rule_question("nh-dev", "Do I get extra for working nights?", NIGHT_PREMIUM, "Drivers and Shunters"),
    rule_question("nh-marek", "What's the base rate for my job?", PAY, "Doncaster C+E"),
    rule_question("nh-marek", "Which nights am I rostered?", PATTERN, "Leeds and Doncaster"),
    rule_question("nh-marek", "I'm ill tonight. When do I need to phone in by?", CALL_IN, "Trunkers"),
    rule_question("nh-marek", "How much annual holiday do I get?", HOLIDAY, None),
    rule_question("nh-sian", "What do I get for overtime?", OVERTIME, "Avonmouth Drivers"),
    rule_question("nh-sian", "What's my hourly pay?", PAY, "Avonmouth C"),
    rule_question("nh-sian", "Where do I park my car?", PARKING, "Avonmouth"),
    rule_question("nh-ross", "How much is the night-out allowance?", NIGHT_OUT, "Carlisle"),
    rule_question("nh-ross", "What's my rate of pay?", PAY, "Carlisle C+E"),
    rule_question("nh-ross", "What's the minimum rest between my shifts?", REST, "Trunkers"),
    rule_question("nh-ross", "Which nights do I work?", PATTERN, "Carlisle"),
    rule_question("nh-bev", "What's the night premium for me?", NIGHT_PREMIUM, "Depot staff"),
    rule_question("nh-bev", "What's my overtime rate?", OVERTIME, "Depot staff and Shunters"),
    rule_question("nh-bev", "Where can I park?", PARKING, "Leeds"),
    rule_question("nh-tom", "What will my hourly rate be?", PAY_CE, None),
    rule_question("nh-tom", "Where do I park on my first day?", PARKING, None),
    rule_question("nh-tom", "How much holiday will I get?", HOLIDAY, "under 5 years"),
    general_question("nh-tom", "How long should my walkround check take?", "15 minutes"),
    rule_question("nh-lisa", "Do I get paid overtime?", OVERTIME, "Office staff"),
    rule_question("nh-lisa", "Where do staff park?", PARKING, "Doncaster"),
    general_question("nh-lisa", "How is bank holiday working paid?", "double time"),
    rule_question("nh-jay", "How much holiday am I entitled to?", HOLIDAY, "10 years or more"),
    rule_question("nh-jay", "What's my hourly rate?", DRIVER_PAY, None),
    rule_question("nh-jay", "What's the minimum rest between duties?", DRIVER_REST, None),
    rule_question("nh-andy", "What's my hourly rate?", PAY, "Carlisle C"),
    rule_question("nh-andy", "How many days' holiday do I get?", HOLIDAY, "5 to 10 years"),
    rule_question("nh-andy", "Where do I park at the depot?", PARKING, "Carlisle"),
    general_question("nh-andy", "What do I do if I lose my tacho card?", "within 7 days"),
    rule_question("nh-priti", "What's the overtime rate?", OVERTIME, "Depot staff and Shunters"),
    rule_question("nh-priti", "Where should I park?", PARKING, "Avonmouth"),
    rule_question("nh-priti", "How many holiday days do I get?", HOLIDAY, "under 5 years"),
)

HANDBOOK = Handbook(
    name="nightly_freight",
    title="Nightly Freight Ltd: Drivers' and Depot Staff Rulebook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
