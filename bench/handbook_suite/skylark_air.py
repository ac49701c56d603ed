"""Skylark Air: a regional airline's Crew and Ground Staff Handbook, written in numbered clauses in four parts
(general and definitions, crew, ground staff, all employees), with defined terms in quotation marks. Three bases in
two countries (Bergen and Stavanger in Norway, Aberdeen in the United Kingdom) named once in a base table that also
gives each base's fleet (ATR 72-600, Embraer E175) and employing company, so a base has to be placed in its country.
Crew ranks (captain, first officer, senior cabin crew, cabin crew) and ground staff departments (Engineering, Ground
Operations, Customer Service), with job words to place (ramp agent, check-in, B1 engineer). Days off per roster
period by roster pattern (full-time 5/4, part-time 75% and 50%) in consecutive sentences; report times by base in
sentences ("At the Bergen base, ..."); a sector allowance table by rank x base with a footnote for senior cabin crew
alone on the ATR; crew leave days for full-time crew by country in a sentence and for part-time patterns in a table,
with summer leave bidding that new joiners in their first year do not take part in (they accrue monthly instead);
simulator training by fleet; ground staff shift allowance by department in a list under a lead-in, licence and
de-icing allowances by country; ground staff leave by country and service; staff travel that differs in the first
year of service; self-certification and sickness reporting by country and staff group; payday by country. Rank,
department, base, country, fleet, roster pattern and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Skylark Air Crew and Ground Staff Handbook</h1>
<p><em>Edition 7, effective 1 April 2025. Issued by People and Culture, Skylark Air AS, Flyplassvegen 210, Bergen.
This handbook applies to employees of Skylark Air AS in Norway and of its subsidiary Skylark Air (UK) Ltd at
Aberdeen. Where a collective agreement or the law of the country of employment gives an employee more, that
prevails.</em></p>
<h2>PART A: GENERAL</h2>
<h3>1. About this handbook</h3>
<p>1.1 This handbook is arranged in four parts. Part A applies to everyone and sets out the definitions used
throughout. Part B applies to crew only, Part C to ground staff only, and Part D to all employees.</p>
<p>1.2 Flight and duty time rules are set out in full in the Operations Manual, Part A (OM-A). Where this handbook
and OM-A differ on flight time limitations, OM-A prevails.</p>
<h3>2. Definitions</h3>
<p>2.1 In this handbook:</p>
<p>"Base" means the airport named in an employee's contract where their duties start and end: Bergen (BGO),
Stavanger (SVG) or Aberdeen (ABZ).</p>
<p>"Crew" means flight crew (captains and first officers) and cabin crew (senior cabin crew and cabin crew).</p>
<p>"Ground staff" means employees of the Engineering, Ground Operations and Customer Service departments.</p>
<p>"Roster period" means a period of 28 consecutive days for which a crew roster is published.</p>
<p>"Roster pattern" means the pattern of duty days and days off in an employee's contract. Full-time crew work the
5/4 pattern: five duty days followed by four days off. Part-time crew work the 75% pattern or the 50% pattern, with
75% or 50% of the full-time duty days in each roster period, in fixed blocks agreed with Crew Planning.</p>
<p>"New joiner" means an employee in their first twelve months of service with Skylark.</p>
<h3>3. Bases and fleet</h3>
<p>3.1 Skylark operates from three bases:</p>
<table>
<tr><th>Base</th><th>Country</th><th>Fleet based there</th><th>Employer</th></tr>
<tr><td>Bergen (BGO)</td><td>Norway</td><td>ATR 72-600 and Embraer E175</td><td>Skylark Air AS</td></tr>
<tr><td>Stavanger (SVG)</td><td>Norway</td><td>ATR 72-600</td><td>Skylark Air AS</td></tr>
<tr><td>Aberdeen (ABZ)</td><td>United Kingdom</td><td>Embraer E175</td><td>Skylark Air (UK) Ltd</td></tr>
</table>
<p>3.2 Employees at the Norwegian bases are paid in NOK on the 20th of each month. Employees at Aberdeen are paid in
GBP on the last working day of each month.</p>
""",
    """
<h2>PART B: CREW</h2>
<h3>4. Rostering</h3>
<p>4.1 Rosters are published at least 14 days before the start of each roster period.</p>
<p>4.2 Full-time crew have at least 12 days off in each roster period. Part-time crew on the 75% pattern have at least
16 days off in each roster period. On the 50% pattern, crew have at least 19 days off.</p>
<p>4.3 No crew member may be rostered for more than 100 block hours in any 28 consecutive days, or more than 900 block
hours in a calendar year.</p>
<h3>5. Reporting for duty</h3>
<p>5.1 At the Bergen base, crew report to the crew centre on the first floor of the domestic terminal 60 minutes
before the scheduled departure of their first sector. At Stavanger, crew report to the crew room next to gate 14,
50 minutes before departure. Aberdeen crew report 75 minutes before departure, because they pass through staff
security screening.</p>
<p>5.2 Crew must be contactable by Crew Control from two hours before report time.</p>
<h3>6. Crew allowances</h3>
<p>6.1 A sector allowance is paid for each sector flown, at the following rates:</p>
<table>
<tr><th>Rank</th><th>Bergen</th><th>Stavanger</th><th>Aberdeen</th></tr>
<tr><td>Captain</td><td>NOK 410</td><td>NOK 385</td><td>&pound;31</td></tr>
<tr><td>First officer</td><td>NOK 290</td><td>NOK 270</td><td>&pound;22</td></tr>
<tr><td>Senior cabin crew<sup>1</sup></td><td>NOK 215</td><td>NOK 195</td><td>&pound;16</td></tr>
<tr><td>Cabin crew</td><td>NOK 160</td><td>NOK 145</td><td>&pound;12</td></tr>
</table>
<p><small><sup>1</sup> Senior cabin crew operating as the only cabin crew member on an ATR 72-600 receive a further
NOK 90 per sector. This does not apply on the E175, which always carries at least two cabin crew.</small></p>
<p>6.2 A night-stop allowance is paid for each night spent away from base on duty: NOK 780 a night for crew at the
Norwegian bases and &pound;48 a night for crew at Aberdeen. Hotels are booked by Crew Control.</p>
<p>6.3 Allowances are paid with the salary for the month after the sectors are flown.</p>
""",
    """
<h3>7. Crew leave</h3>
<p>7.1 Crew leave is given in leave days: calendar days free of all duty, in addition to the rostered days off. The
leave year is the calendar year.</p>
<p>7.2 Full-time crew based at Bergen or Stavanger receive 35 leave days a year. Full-time crew based at Aberdeen
receive 32 leave days a year, which include the UK bank holidays.</p>
<p>7.3 Part-time crew receive leave days in proportion to their roster pattern:</p>
<table>
<tr><th>Roster pattern</th><th>Bergen and Stavanger</th><th>Aberdeen</th></tr>
<tr><td>75% pattern</td><td>27 leave days</td><td>24 leave days</td></tr>
<tr><td>50% pattern</td><td>18 leave days</td><td>16 leave days</td></tr>
</table>
<p>7.4 Every crew member is given at least 14 consecutive leave days between 1 June and 31 August. Summer leave is
allocated by seniority bidding in January.</p>
<p>7.5 New joiners do not take part in summer leave bidding. Instead of the annual figure in 7.2 or 7.3, a new joiner
accrues one twelfth of it for each completed month of service, and may take accrued leave days from their fourth
month, when Crew Planning can roster them.</p>
<h3>8. Training</h3>
<p>8.1 Flight crew complete an operator proficiency check in the simulator every six months. ATR 72-600 crews train
at the Aerosim centre in Copenhagen; E175 crews train at the Northwind Training Centre in Oslo.</p>
<p>8.2 Cabin crew complete recurrent safety and emergency procedures training every twelve months at their base.
Cabin crew at Bergen, who fly both types, also complete differences training every year.</p>
<h3>9. Uniform</h3>
<p>9.1 Uniform is issued free of charge and must be worn as set out in the Uniform Standards Guide. Crew receive 240
uniform points a year to order replacements. Ground staff receive replacements on request through their
supervisor.</p>
""",
    """
<h2>PART C: GROUND STAFF</h2>
<h3>10. Departments</h3>
<p>10.1 Engineering carries out line maintenance at all three bases and base maintenance in the Bergen hangar. It
employs licensed aircraft engineers (B1 and B2) and mechanics.</p>
<p>10.2 Ground Operations employs ramp agents, dispatchers and de-icing operators at Bergen and Stavanger. At
Aberdeen, ground handling is contracted to Granite Handling Services, and Skylark employs no ground operations
staff there.</p>
<p>10.3 Customer Service employs check-in, gate and sales desk agents at all three bases.</p>
<h3>11. Shifts and allowances</h3>
<p>11.1 Engineering works a four-on, four-off pattern of 12-hour day and night shifts. Ground Operations and
Customer Service work rotating early and late shifts set by the flight programme.</p>
<p>11.2 Shift allowance is paid on basic salary to ground staff who work the rotating shift pattern of their
department:</p>
<ul>
<li>Engineering: 19% of basic salary</li>
<li>Ground Operations: 13% of basic salary</li>
<li>Customer Service: 8% of basic salary</li>
</ul>
<p>Part-time ground staff receive the same percentage of their part-time salary.</p>
<p>11.3 Licensed aircraft engineers holding a B1 or B2 licence receive a licence allowance of NOK 3,400 a month at
the Norwegian bases and &pound;290 a month at Aberdeen.</p>
<p>11.4 Ground Operations staff at Bergen and Stavanger receive a de-icing season allowance of NOK 2,100 a month from
November to March.</p>
<h3>12. Ground staff leave</h3>
<p>12.1 Ground staff at the Norwegian bases receive 25 working days of holiday a year (five weeks) under the Holidays
Act and the collective agreement; those aged 60 or over receive one extra week.</p>
<p>12.2 Ground staff at Aberdeen receive 26 days of annual leave plus the UK bank holidays, rising to 28 days after
five years' service.</p>
<p>12.3 Ground staff book leave through their department's leave planner. In Norway, at least three weeks of holiday
must be taken between 1 June and 30 September.</p>
""",
    """
<h2>PART D: ALL EMPLOYEES</h2>
<h3>13. Probation</h3>
<p>13.1 All new employees serve a probation period of six months. For crew, probation also ends only once the crew
member has passed their line check.</p>
<h3>14. Staff travel</h3>
<p>14.1 Employees and their registered partner may travel on Skylark flights on standby tickets. New joiners may
book standby tickets on Skylark flights only, for themselves only, and for no more than four return journeys in
their first year.</p>
<p>14.2 From the end of the first year of service, employees may also book reduced-rate tickets on partner airlines
through the StaffFly portal, for themselves, their registered partner and their children under 25.</p>
<h3>15. Sickness</h3>
<p>15.1 Crew who are unfit to fly call Crew Control at least three hours before report time. Ground staff call their
shift leader before the start of their shift.</p>
<p>15.2 Employees in Norway may self-certify sickness for up to 8 calendar days at a time. Employees at Aberdeen may
self-certify for up to 7 calendar days; after that a fit note is needed.</p>
<h3>16. Contacts</h3>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Rosters, leave days and swaps (crew)</td><td>Crew Planning, crewplanning@skylark.example</td></tr>
<tr><td>Sickness and disruption (crew, 24 hours)</td><td>Crew Control</td></tr>
<tr><td>Pay and allowances</td><td>Payroll, Bergen head office</td></tr>
<tr><td>Ground staff leave</td><td>Your department's leave planner</td></tr>
</table>
""",
)

USERS = (
    User("sa-ingrid", ("I fly out of Stavanger as a first officer on the ATRs.",)),
    User("sa-callum", ("Captain on the E175 at Aberdeen.", "Full-time, with Skylark since 2012.")),
    User("sa-maren", ("I'm senior cabin crew in Bergen, mostly on the ATR.", "I work the 75% pattern.")),
    User("sa-tom", ("Full-time cabin crew, based at Aberdeen.", "I joined in March this year.")),
    User("sa-erik", ("I'm a B1 licensed engineer in the Bergen hangar.",)),
    User("sa-fiona", ("I work on the check-in desks at Aberdeen airport.", "I've been there six years.")),
    User("sa-lars", ("Ramp agent at Stavanger.", "Five years with the company.")),
    User("sa-anna", ("I'm a captain with Skylark.",)),
    User("sa-hamish", ("I'm cabin crew on the 50% pattern.", "Bergen-based, two years in.")),
    User("sa-sigrid", ("I work in ground operations.",)),
    User("sa-jonas", ("First officer at the Bergen base, flying the E175.", "Full-time.")),
    User("sa-kirsty", ("I've just joined Skylark as cabin crew.",)),
)

SECTOR = {
    "captain, Bergen": "NOK 410",
    "captain, Stavanger": "NOK 385",
    "captain, Aberdeen": "£31",
    "first officer, Bergen": "NOK 290",
    "first officer, Stavanger": "NOK 270",
    "first officer, Aberdeen": "£22",
    "senior cabin crew, Bergen": "NOK 215",
    "senior cabin crew, Stavanger": "NOK 195",
    "senior cabin crew, Aberdeen": "£16",
    "cabin crew, Bergen": "NOK 160",
    "cabin crew, Stavanger": "NOK 145",
    "cabin crew, Aberdeen": "£12",
}
CAPTAIN_SECTOR = {k: v for k, v in SECTOR.items() if k.startswith("captain")}
CABIN_SECTOR = {k: v for k, v in SECTOR.items() if k.startswith("cabin crew")}
REPORT = {"Bergen": "60 minutes", "Stavanger": "50 minutes", "Aberdeen": "75 minutes"}
DAYS_OFF = {"full-time": "12 days off", "75% pattern": "16 days off", "50% pattern": "19 days off"}
CREW_LEAVE = {
    "Norway, full-time": "35 leave days",
    "Aberdeen, full-time": "32 leave days",
    "Norway, 75% pattern": "27 leave days",
    "Aberdeen, 75% pattern": "24 leave days",
    "Norway, 50% pattern": "18 leave days",
    "Aberdeen, 50% pattern": "16 leave days",
}
NORWAY_CREW_LEAVE = {k: v for k, v in CREW_LEAVE.items() if k.startswith("Norway")}
NEW_JOINER_LEAVE = {
    "new joiner": "one twelfth",
    **{k: v for k, v in CREW_LEAVE.items() if k != "Aberdeen, full-time"},
}
SIMULATOR = {"ATR 72-600": "Copenhagen", "E175": "Oslo"}
NIGHT_STOP = {"Norway": "NOK 780", "Aberdeen": "£48"}
SHIFT = {"Engineering": "19%", "Ground Operations": "13%", "Customer Service": "8%"}
LICENCE = {"Norway": "NOK 3,400", "Aberdeen": "£290"}
GROUND_LEAVE = {
    "Norway": "25 working days",
    "Aberdeen, under five years": "26 days",
    "Aberdeen, five years or more": "28 days",
}
STAFF_TRAVEL = {"new joiner": "four return journeys", "after first year": "StaffFly portal"}
SELF_CERT = {"Norway": "8 calendar days", "Aberdeen": "7 calendar days"}
PAYDAY = {"Norway": "20th of each month", "Aberdeen": "last working day of each month"}

QUESTIONS = (
    rule_question("sa-ingrid", "What's my sector allowance?", SECTOR, "first officer, Stavanger"),
    rule_question("sa-ingrid", "How long before departure do I report?", REPORT, "Stavanger"),
    rule_question("sa-ingrid", "Where do I do my sim checks?", SIMULATOR, "ATR 72-600"),
    rule_question("sa-ingrid", "How many leave days do I get a year?", NORWAY_CREW_LEAVE, None),
    rule_question("sa-callum", "What sector allowance do I get?", SECTOR, "captain, Aberdeen"),
    rule_question("sa-callum", "How many leave days do I have?", CREW_LEAVE, "Aberdeen, full-time"),
    rule_question("sa-callum", "What's the night-stop allowance?", NIGHT_STOP, "Aberdeen"),
    rule_question("sa-callum", "Where is my simulator training?", SIMULATOR, "E175"),
    rule_question("sa-maren", "How much do I get per sector?", SECTOR, "senior cabin crew, Bergen"),
    general_question("sa-maren", "Is there anything extra when I'm the only cabin crew on the ATR?", "NOK 90"),
    rule_question("sa-maren", "How many leave days do I get?", CREW_LEAVE, "Norway, 75% pattern"),
    rule_question("sa-maren", "How many days off am I guaranteed each roster period?", DAYS_OFF, "75% pattern"),
    rule_question("sa-tom", "How many leave days do I get this year?", NEW_JOINER_LEAVE, "new joiner"),
    general_question("sa-tom", "Can I bid for summer leave?", "do not take part in summer leave bidding"),
    rule_question("sa-tom", "What staff travel can I use?", STAFF_TRAVEL, "new joiner"),
    rule_question("sa-tom", "What's the sector allowance for me?", SECTOR, "cabin crew, Aberdeen"),
    rule_question("sa-erik", "What shift allowance do I get?", SHIFT, "Engineering"),
    rule_question("sa-erik", "How much is the licence allowance?", LICENCE, "Norway"),
    rule_question("sa-erik", "How many days of holiday do I have?", GROUND_LEAVE, "Norway"),
    rule_question("sa-fiona", "What's my shift allowance?", SHIFT, "Customer Service"),
    rule_question("sa-fiona", "How many days of annual leave do I have?", GROUND_LEAVE, "Aberdeen, five years or more"),
    rule_question("sa-fiona", "How long can I self-certify when I'm sick?", SELF_CERT, "Aberdeen"),
    rule_question("sa-lars", "What shift allowance is paid?", SHIFT, "Ground Operations"),
    general_question("sa-lars", "Is there an allowance for the de-icing season?", "NOK 2,100"),
    rule_question("sa-lars", "How many days of holiday do I have?", GROUND_LEAVE, "Norway"),
    rule_question("sa-lars", "When is payday?", PAYDAY, "Norway"),
    rule_question("sa-anna", "What's my sector allowance?", CAPTAIN_SECTOR, None),
    rule_question("sa-anna", "How early do I report for my first sector?", REPORT, None),
    general_question("sa-anna", "What's the yearly limit on block hours?", "900 block hours"),
    rule_question("sa-hamish", "How many leave days do I get?", CREW_LEAVE, "Norway, 50% pattern"),
    rule_question("sa-hamish", "How many days off do I get per roster period?", DAYS_OFF, "50% pattern"),
    rule_question("sa-hamish", "What's my sector allowance?", SECTOR, "cabin crew, Bergen"),
    rule_question("sa-sigrid", "What shift allowance do I get?", SHIFT, "Ground Operations"),
    general_question(
        "sa-sigrid", "How do I report sick?", "call their shift leader", forbid=("Crew Control at least",)
    ),
    rule_question("sa-jonas", "What sector allowance do I get?", SECTOR, "first officer, Bergen"),
    rule_question("sa-jonas", "Where do I go for my simulator checks?", SIMULATOR, "E175"),
    rule_question("sa-jonas", "How many leave days a year do I get?", CREW_LEAVE, "Norway, full-time"),
    rule_question("sa-kirsty", "What staff travel can I use?", STAFF_TRAVEL, "new joiner"),
    rule_question("sa-kirsty", "How much is the sector allowance?", CABIN_SECTOR, None),
)

HANDBOOK = Handbook(
    name="skylark_air",
    title="Skylark Air Crew and Ground Staff Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
