"""Yarrowdale Resources: an Australian mining company's Site Employment Guide, a plain-English summary
of its enterprise agreement for three operations in two states (Mount Carrow iron ore mine, FIFO, and
Port Tallis Terminal, residential, in Western Australia; Bindaree coal mine, DIDO, in Queensland). An
abbreviations table declares PME, Staff, FIFO, DIDO, R&R, swing, continuous shiftworker, day worker,
SSE, LSL and BAC once. A roster matrix keyed by site x work group (production, maintenance, Staff)
decides whether someone is a continuous shiftworker, which the annual-leave table (roster class x
length of service, service in the column headers) then needs; the leave clause runs over a page
break, with the loading by roster class on the next page. A classification table gives typical roles
by level, a site allowance table has sites as columns and level bands as rows, pre-start times are
keyed by site in consecutive sentences, roster-change notice has a Bindaree exception, overtime
differs for PME and two Staff grade bands, long service leave follows the site's state, travel and
housing allowances by site, and extra PPE as lists under lead-ins naming each site. Sites, states,
work groups, rosters, levels, Staff grades and length of service. Written blind to the code. Tuning
set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Yarrowdale Resources: Site Employment Guide 2025</h1>
<p><em>A plain-English guide to the Yarrowdale Operations Enterprise Agreement 2024 and to conditions at our three
operations. Issued by People and Culture, Yarrowdale Resources Pty Ltd, Level 9, 220 Terrace Road, Perth WA.
Version 2.1, 1 July 2025. If this guide and the EA differ, the EA prevails.</em></p>
<h2>1. Abbreviations and terms</h2>
<table>
<tr><th>Term</th><th>Meaning</th></tr>
<tr><td>EA</td><td>the Yarrowdale Operations Enterprise Agreement 2024, which covers PME</td></tr>
<tr><td>PME</td><td>production and maintenance employees, classified from Level 1 to Level 6 under the EA</td></tr>
<tr><td>Staff</td><td>employees on individual Staff contracts, graded S1 to S5: professional, technical, supervisory
and administrative roles</td></tr>
<tr><td>FIFO</td><td>fly-in fly-out: travel to site on a company charter flight from Perth</td></tr>
<tr><td>DIDO</td><td>drive-in drive-out: travel to site from home within the Bindaree residential zone</td></tr>
<tr><td>R&amp;R</td><td>rest and recreation: the rostered days off at the end of a swing</td></tr>
<tr><td>Swing</td><td>one block of rostered shifts, for example the 14 shifts of a 2/1 roster</td></tr>
<tr><td>Continuous shiftworker</td><td>an employee whose roster includes Saturdays, Sundays and public holidays as
ordinary working days: anyone on the 2/1, 8/6, 7/7 or 4/4 roster</td></tr>
<tr><td>Day worker</td><td>an employee on the 5/2 roster, Monday to Friday</td></tr>
<tr><td>SSE</td><td>Site Senior Executive, the most senior manager at each operation</td></tr>
<tr><td>LSL</td><td>long service leave</td></tr>
<tr><td>BAC</td><td>blood alcohol concentration</td></tr>
</table>
<h2>2. Our operations</h2>
<table>
<tr><th>Operation</th><th>State</th><th>What we do</th><th>How you get there</th></tr>
<tr><td>Mount Carrow Mine</td><td>Western Australia</td><td>open-pit iron ore mine and processing plant</td><td>FIFO
from Perth; you live at Carrow Ridge Village while on swing</td></tr>
<tr><td>Bindaree Mine</td><td>Queensland</td><td>open-cut metallurgical coal mine</td><td>DIDO from Kellerton, Wallam
or Coopers Gap</td></tr>
<tr><td>Port Tallis Terminal</td><td>Western Australia</td><td>rail unloading, stockyard and ship loading</td><td>
residential: employees live in the town of Port Tallis</td></tr>
</table>
<p>Each operation has its own SSE, safety team and site medic. Head office functions are in Perth.</p>
""",
    """
<h2>3. Rosters</h2>
<p>3.1 Your roster depends on your operation and on whether you work in production, in maintenance or as
Staff:</p>
<table>
<tr><th>Operation</th><th>Production (PME)</th><th>Maintenance (PME)</th><th>Staff</th></tr>
<tr><td>Mount Carrow</td><td>2/1 FIFO: 14 x 12-hour shifts, then 7 days R&amp;R; day and night swings
alternate</td><td>8/6 FIFO: 8 x 12-hour day shifts, then 6 days R&amp;R</td><td>8/6 FIFO, day shifts only</td></tr>
<tr><td>Bindaree</td><td>7/7 DIDO: 7 x 12.5-hour shifts, then 7 days off; days and nights in alternate
swings</td><td>7/7 DIDO, as for production</td><td>5/2, Monday to Friday</td></tr>
<tr><td>Port Tallis</td><td>4/4 continuous: 2 day shifts and 2 night shifts of 12 hours, then 4 days off</td>
<td>5/2, Monday to Friday</td><td>5/2, Monday to Friday</td></tr>
</table>
<p>3.2 Day shift begins with a pre-start meeting, which is paid time. At Mount Carrow, the pre-start is at 05:30 in
the crib room of your area. Bindaree's pre-start is held at 05:15 at the bathhouse muster point, timed for the
arrival of the bus from Kellerton. Port Tallis crews muster at 06:00 in the Terminal Control Building. Night
shifts start twelve hours after day shift.</p>
<p>3.3 Yarrowdale gives at least 28 days' notice of a permanent change to your roster. At Bindaree, the Site
Consultative Committee agreed in 2023 to a shorter period of 14 days' notice, in exchange for the DIDO allowance
in clause 9.3.</p>
<p>3.4 No shift may exceed 13 hours including handover, except in an emergency declared by the SSE, and everyone
has at least 10 hours off between shifts.</p>
<h2>4. Classifications and pay</h2>
<p>4.1 PME are classified by skill. The typical roles at each level, and the base hourly rates from 1 July 2025,
are:</p>
<table>
<tr><th>Level</th><th>Typical roles</th><th>Base hourly rate</th></tr>
<tr><td>Level 1</td><td>trainee operator; utility (new starters, for their first six months)</td><td>$41.86</td></tr>
<tr><td>Level 2</td><td>operator of one class of mobile equipment; stockyard operator</td><td>$44.20</td></tr>
<tr><td>Level 3</td><td>multi-skilled operator (haul truck, water cart, dozer); reclaimer operator</td><td>$46.95</td></tr>
<tr><td>Level 4</td><td>tradesperson (heavy diesel fitter, electrician, boilermaker); excavator operator</td>
<td>$50.10</td></tr>
<tr><td>Level 5</td><td>advanced tradesperson; ship loader operator; control room operator</td><td>$53.65</td></tr>
<tr><td>Level 6</td><td>dragline operator; leading hand</td><td>$57.30</td></tr>
</table>
<p>4.2 Staff salaries are set by grade in each Staff contract and reviewed every 1 July.</p>
""",
    """
<h2>5. Site allowance</h2>
<p>5.1 PME receive a site allowance for every rostered shift worked, on top of the base rate:</p>
<table>
<tr><th>Classification</th><th>Mount Carrow</th><th>Bindaree</th><th>Port Tallis</th></tr>
<tr><td>Levels 1 to 3</td><td>$58.40 per shift</td><td>$41.20 per shift</td><td>$17.90 per shift</td></tr>
<tr><td>Levels 4 to 6</td><td>$63.10 per shift</td><td>$44.75 per shift</td><td>$19.35 per shift</td></tr>
</table>
<p>5.2 The allowance is not paid for shifts not worked, such as shifts on leave. For Staff, the site allowance is
built into salary and is not paid separately.</p>
<h2>6. Overtime</h2>
<p>6.1 PME are paid overtime at time and a half for the first two hours and double time after that. On a public
holiday, all hours worked are paid at double time and a half.</p>
<p>6.2 Staff on grades S1 and S2 do not receive overtime pay: additional hours approved by their manager are taken
as time off in lieu (TOIL), hour for hour, within three months.</p>
<p>6.3 Staff on grades S3 to S5 are not paid for additional hours, as their salary covers reasonable additional
hours.</p>
<h2>7. Annual leave</h2>
<p>7.1 Every employee receives paid annual leave under the EA or their Staff contract. The amount depends on
whether you are a day worker or a continuous shiftworker (clause 1), and on your years of continuous service with
Yarrowdale:</p>
<table>
<tr><th>Roster class</th><th>Less than 5 years' continuous service</th><th>5 years' continuous service or
more</th></tr>
<tr><td>Day workers (5/2 roster)</td><td>152 hours (four weeks)</td><td>159.6 hours (four weeks and one day)</td></tr>
<tr><td>Continuous shiftworkers (2/1, 8/6, 7/7 and 4/4 rosters)</td><td>190 hours (five weeks)</td><td>202 hours
(five weeks and one 12-hour shift)</td></tr>
</table>
<p>7.2 Leave accrues progressively through the year and is deducted in hours for the rostered shifts you would
have worked. On a FIFO or DIDO roster, book leave in whole swings where you can, so that you are not flown or
driven in for part of a swing. Leave requests go to your supervisor at least four weeks ahead; requests for the
Christmas and Easter swings are balloted in September each year.</p>
<p>7.3 Annual leave loading is paid when the leave is taken. Day workers receive a loading of 17.5 per cent.
Continuous shiftworkers receive 20 per cent, which stands in place of the shift penalties they would otherwise
have earned.</p>
<p>7.4 You may cash out annual leave once a year, if at least four weeks of leave remain in your balance
afterwards. A cash-out is paid at your base hourly rate plus the loading in clause 7.3, and must be requested in
writing on the form available from your site's payroll officer. Leave that you have cashed out cannot later be
taken as</p>
""",
    """
<p>time off, and you may not cash out leave during a notice period. On termination, untaken leave is paid out in
full, with the loading.</p>
<h2>8. Other leave</h2>
<p>8.1 All employees receive 10 days (76 hours) of paid personal/carer's leave a year, accruing progressively. A
continuous shiftworker who misses a 12-hour shift uses 12 hours of the balance.</p>
<p>8.2 LSL follows the law of the state in which your operation is located, as improved by the EA. At the
Western Australian operations, Mount Carrow and Port Tallis, employees become entitled to 10.5 weeks of LSL after
10 years' continuous service. At Bindaree, employees are entitled to 9.1 weeks of LSL after 8 years' continuous
service, and may take it pro rata from 6 years.</p>
<p>8.3 You receive the public holidays of your operation's state. A public holiday that falls during R&amp;R is not
replaced by another day off: instead, continuous shiftworkers are paid 7.6 hours at ordinary rates for it.</p>
<h2>9. Travel and accommodation</h2>
<p>9.1 <strong>Mount Carrow.</strong> Charter flights leave from the Yarrowdale charter terminal on Dunreath Drive,
Perth Airport; check in at least 75 minutes before departure. Travel time is unpaid, but a FIFO travel allowance
of $118 is paid for each return trip.</p>
<p>9.2 <strong>Carrow Ridge Village.</strong> You keep the same room for every swing. The wet mess closes at 21:00
and a limit of four standard drinks a night applies.</p>
<p>9.3 <strong>Bindaree.</strong> Employees must live within the Bindaree residential zone (Kellerton, Wallam or
Coopers Gap). The company bus leaves Kellerton depot at 04:10 for day shift; employees who drive themselves instead
receive a DIDO allowance of $74 per swing.</p>
<p>9.4 <strong>Port Tallis.</strong> No travel allowance is paid. Employees who do not rent a company house
receive a housing allowance of $410 a week.</p>
<h2>10. Fitness for work and PPE</h2>
<p>10.1 Yarrowdale has a zero alcohol limit at all three operations: a breath test reading above 0.000% BAC means
you are stood down for the rest of the shift without pay.</p>
<p>10.2 Standard PPE everywhere is a hard hat, safety glasses, steel-capped boots, long-sleeved hi-vis shirt and
trousers, and hearing protection. Each operation adds its own items.</p>
<p>At Bindaree, where coal dust is combustible:</p>
<ul>
<li>flame-resistant (FR) shirt and trousers in place of standard hi-vis workwear;</li>
<li>a personal gas monitor in the pit and the coal handling plant.</li>
</ul>
<p>At Port Tallis, on the wharf and the ship loader:</p>
<ul>
<li>an inherent-buoyancy life jacket;</li>
<li>a P2 dust mask in the stockyard during reclaiming.</li>
</ul>
<p>At Mount Carrow, from November to March:</p>
<ul>
<li>a neck flap on your hard hat;</li>
<li>a cooling vest for pit and plant crews when the heat index is above 38.</li>
</ul>
""",
)

USERS = (
    User(
        "yd-jack",
        ("I drive a haul truck at Mount Carrow.", "I'm a Level 3 operator and I've been with Yarrowdale six years."),
    ),
    User("yd-mei", ("I'm an electrician at Mount Carrow, Level 4.", "I started three years ago.")),
    User("yd-shane", ("Heavy diesel fitter at Bindaree, Level 4.", "Two years in.")),
    User("yd-aroha", ("I'm a payroll officer at Port Tallis, Staff grade S2.",)),
    User(
        "yd-liam",
        ("Ship loader operator at Port Tallis on the 4/4 roster, Level 5.", "Eleven years with the company."),
    ),
    User("yd-tegan", ("I'm an environmental advisor at Bindaree, Staff grade S4.", "I've been here eight years.")),
    User("yd-noah", ("I'm a graduate mining engineer, Staff grade S1.",)),
    User("yd-ruby", ("I've just started with Yarrowdale as a Level 1 trainee operator.",)),
)

LEAVE = {
    "day worker, under 5 years": "152 hours",
    "day worker, 5 years or more": "159.6 hours",
    "continuous shiftworker, under 5 years": "190 hours",
    "continuous shiftworker, 5 years or more": "202 hours",
}
DAY_WORKER_LEAVE = {"under 5 years": "152 hours", "5 years or more": "159.6 hours"}
LOADING = {"day worker": "17.5 per cent", "continuous shiftworker": "20 per cent"}
ROSTER = {
    "Mount Carrow production": "2/1 FIFO",
    "Mount Carrow maintenance and Staff": "8/6 FIFO",
    "Bindaree PME": "7/7 DIDO",
    "Port Tallis production": "4/4 continuous",
    "day workers": "5/2, Monday to Friday",
}
ALLOWANCE = {
    "Mount Carrow, Levels 1 to 3": "$58.40 per shift",
    "Bindaree, Levels 1 to 3": "$41.20 per shift",
    "Port Tallis, Levels 1 to 3": "$17.90 per shift",
    "Mount Carrow, Levels 4 to 6": "$63.10 per shift",
    "Bindaree, Levels 4 to 6": "$44.75 per shift",
    "Port Tallis, Levels 4 to 6": "$19.35 per shift",
}
LOW_LEVEL_ALLOWANCE = {k: v for k, v in ALLOWANCE.items() if "Levels 1 to 3" in k}
PRE_START = {"Mount Carrow": "05:30", "Bindaree": "05:15", "Port Tallis": "06:00"}
ROSTER_NOTICE = {"standard": "28 days' notice", "Bindaree": "14 days' notice"}
OVERTIME = {
    "PME": "time and a half for the first two hours",
    "S1 and S2": "time off in lieu",
    "S3 to S5": "salary covers reasonable additional hours",
}
LSL = {"Western Australia": "10.5 weeks", "Queensland": "9.1 weeks"}
TRAVEL = {"Mount Carrow": "$118", "Bindaree": "$74 per swing", "Port Tallis": "$410 a week"}
PPE = {"Bindaree": "flame-resistant", "Port Tallis": "life jacket", "Mount Carrow": "cooling vest"}

QUESTIONS = (
    rule_question(
        "yd-jack", "How many days of annual leave do I have?", LEAVE, "continuous shiftworker, 5 years or more"
    ),
    rule_question("yd-jack", "What's my leave loading?", LOADING, "continuous shiftworker"),
    rule_question("yd-jack", "How much site allowance do I get?", ALLOWANCE, "Mount Carrow, Levels 1 to 3"),
    rule_question("yd-jack", "When do I become entitled to long service leave?", LSL, "Western Australia"),
    rule_question("yd-jack", "What time is pre-start on day shift?", PRE_START, "Mount Carrow"),
    rule_question("yd-jack", "How much notice do I get if my roster changes?", ROSTER_NOTICE, "standard"),
    rule_question("yd-mei", "How many days of annual leave do I have?", LEAVE, "continuous shiftworker, under 5 years"),
    rule_question("yd-mei", "What roster will I be on?", ROSTER, "Mount Carrow maintenance and Staff"),
    rule_question("yd-mei", "What's the site allowance for me?", ALLOWANCE, "Mount Carrow, Levels 4 to 6"),
    rule_question("yd-mei", "Is there any extra PPE I need in summer?", PPE, "Mount Carrow"),
    rule_question(
        "yd-shane", "How many days of annual leave do I have?", LEAVE, "continuous shiftworker, under 5 years"
    ),
    rule_question("yd-shane", "What site allowance is paid per shift?", ALLOWANCE, "Bindaree, Levels 4 to 6"),
    rule_question("yd-shane", "What extra PPE do I have to wear?", PPE, "Bindaree"),
    rule_question("yd-shane", "How much notice will I get of a roster change?", ROSTER_NOTICE, "Bindaree"),
    rule_question("yd-shane", "Do I get anything for driving myself to site?", TRAVEL, "Bindaree"),
    rule_question("yd-shane", "How long until I can take long service leave?", LSL, "Queensland"),
    rule_question("yd-aroha", "How many days of annual leave do I have?", DAY_WORKER_LEAVE, None),
    rule_question("yd-aroha", "What leave loading will I get?", LOADING, "day worker"),
    rule_question("yd-aroha", "Am I paid overtime if I stay late at month end?", OVERTIME, "S1 and S2"),
    rule_question("yd-aroha", "Is there a travel or housing allowance?", TRAVEL, "Port Tallis"),
    rule_question("yd-aroha", "What roster do I work?", ROSTER, "day workers"),
    rule_question(
        "yd-liam", "How many days of annual leave do I have?", LEAVE, "continuous shiftworker, 5 years or more"
    ),
    rule_question("yd-liam", "What's the site allowance for my level?", ALLOWANCE, "Port Tallis, Levels 4 to 6"),
    rule_question("yd-liam", "Is there special PPE on the ship loader?", PPE, "Port Tallis"),
    rule_question("yd-liam", "What time do day shift crews muster?", PRE_START, "Port Tallis"),
    rule_question("yd-liam", "How much long service leave have I earned?", LSL, "Western Australia"),
    rule_question("yd-tegan", "How many days of annual leave do I have?", LEAVE, "day worker, 5 years or more"),
    rule_question("yd-tegan", "Do I get paid for extra hours?", OVERTIME, "S3 to S5"),
    rule_question("yd-tegan", "What's the long service leave entitlement for me?", LSL, "Queensland"),
    rule_question("yd-tegan", "How much is my leave loading?", LOADING, "day worker"),
    rule_question("yd-noah", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("yd-noah", "When do I qualify for long service leave?", LSL, None),
    rule_question("yd-noah", "How are my extra hours paid back?", OVERTIME, "S1 and S2"),
    general_question("yd-noah", "How much personal leave do I get?", "76 hours"),
    rule_question(
        "yd-ruby", "How many days of annual leave do I have?", LEAVE, "continuous shiftworker, under 5 years"
    ),
    rule_question("yd-ruby", "How much is the site allowance?", LOW_LEVEL_ALLOWANCE, None),
    general_question("yd-ruby", "What's my base hourly rate?", "$41.86", ("$44.20", "$46.95")),
    rule_question("yd-ruby", "How is overtime paid?", OVERTIME, "PME"),
)

HANDBOOK = Handbook(
    name="yarrowdale",
    title="Yarrowdale Resources: Site Employment Guide 2025",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
