"""Corrick Civil Engineering Ltd: a civil-engineering contractor's Site Handbook (terms, allowances and site rules),
written as a controlled site document (revision letter, numbered sections, defined terms in Capitals from a
glossary). Three ways of being on site, defined only in the glossary: Direct Operatives and Staff (employed by
Corrick), Labour-only Subcontractors (self-employed, engaged by Corrick under CIS) and Subcontract Operatives
(employed by a Supply Chain Partner), so "I'm with Halden Access, the scaffold sub" or "I invoice you through CIS"
has to be placed. Four sites named once in a site table (site code, start time, car park) with site rules in
sentences (Port Ardell's tide roster and marine uplift, Mossgill's Saturdays); pay tables per trade (scaffolders,
electricians, plant operators) where the trade is named only in the heading and the lead-in line, with general and
skilled operatives in a sentence and a lead-in saying the rates are for Direct Operatives only; pay day and
overtime by engagement type; a travel and lodging policy with rates by site that continues onto the next page
(exclusions and a Port Ardell supplement after the break); holidays by engagement type and service; tool
allowances and PPE by trade and engagement. Trade (via job words: crane, dumper, improver), grade, site,
engagement type and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Corrick Civil Engineering Ltd: Site Handbook</h1>
<p><strong>Document CCE-SH-01, Revision C.</strong> Effective 3 March 2025. Owner: Operations Director. This is a
controlled document; the current revision is on the CorrickSite app and in every site cabin. Printed copies are
uncontrolled.</p>
<h2>1. Scope and glossary</h2>
<p>1.1 This Handbook sets out the terms, allowances and site rules for everyone who works on a Corrick site. Where a
term is defined below it is written with a capital letter. Sections 3 to 6 say which of the groups below they apply
to; sections 7 and 8 apply to everyone on site.</p>
<p>1.2 Glossary.</p>
<p><strong>Direct Operative</strong>: a person employed by Corrick on an hourly-paid contract of employment in a
trade or operative grade (general operatives, skilled operatives, scaffolders, electricians and plant
operators).</p>
<p><strong>Staff</strong>: a person employed by Corrick on a monthly salary: site engineers, foremen, supervisors,
site managers, quantity surveyors and planners.</p>
<p><strong>Labour-only Subcontractor</strong> (LOS): a self-employed individual engaged directly by Corrick to supply
their own labour, and paid by Corrick under the Construction Industry Scheme (CIS) against a weekly timesheet.</p>
<p><strong>Supply Chain Partner</strong>: a company engaged by Corrick under a subcontract to carry out a package of
work (for example scaffolding, electrical installation or plant hire with operator).</p>
<p><strong>Subcontract Operative</strong>: a person employed or engaged by a Supply Chain Partner, not by
Corrick.</p>
<p><strong>Home Site</strong>: the site named on your engagement documents as the place you normally report to.</p>
<p><strong>Travel Zone</strong>: the band into which the shortest road distance from your home to your Home Site
falls (see 5.1).</p>
<p><strong>Tide Roster</strong>: the weekly roster issued at Port Ardell, which sets start and finish times to the
tide for work below the quay deck.</p>
<p><strong>Permit to Work</strong>: a written authorisation issued by the Site Manager, without which high-risk
work (live electrical isolation, confined spaces, lifting over water) may not start.</p>
<p><strong>Card</strong>: the competence card that shows you are trained and assessed for your trade or machine.
It must be carried on site at all times.</p>
""",
    """
<h2>2. Sites</h2>
<p>2.1 Corrick's current sites are listed in the table. Report to the site cabin for induction before your first
shift; nobody may start work on any site without a site induction, whatever their engagement.</p>
<table>
<tr><th>Code</th><th>Site</th><th>Client</th><th>Day start</th><th>Car park</th></tr>
<tr><td>SKV</td><td>Skelby Viaduct refurbishment</td><td>North Fells Rail</td><td>07:30</td><td>Compound B,
off Dale Lane</td></tr>
<tr><td>MGB</td><td>Mossgill Bypass</td><td>Wardshire County Council</td><td>06:45</td><td>Crossways
compound</td></tr>
<tr><td>PAQ</td><td>Port Ardell Quay Extension</td><td>Port Ardell Harbour Trust</td><td>set by the Tide
Roster</td><td>Harbour Trust overflow car park, Pier Road</td></tr>
<tr><td>WWT</td><td>Wexcombe Water Treatment Works upgrade</td><td>Tamebrook Water</td><td>08:00</td><td>Client's
Gate 4 car park only</td></tr>
</table>
<p>2.2 At Skelby Viaduct the working day is 07:30 to 17:30 Monday to Thursday and 07:30 to 13:00 on Friday, because
the railway possessions are booked for the weekend. At Mossgill Bypass the working day is 06:45 to 17:00 Monday to
Friday, and 06:45 to 12:30 on Saturdays from April to September. Wexcombe works 08:00 to 16:30 Monday to Friday;
the client does not allow work on site outside those hours.</p>
<p>2.3 Work below the quay deck at Port Ardell follows the Tide Roster, published on the CorrickSite app by 14:00
each Friday for the following week. Direct Operatives working below the quay deck receive a marine uplift of
&pound;1.35 an hour. Life jackets must be worn at all times within 2 metres of the quay edge.</p>
<p>2.4 At Wexcombe, all entry into chambers, tanks and wet wells is confined space work under a Permit to Work. The
client's water hygiene card is required before you enter the treatment area.</p>
<h2>3. Pay (Direct Operatives)</h2>
<p>3.1 The rates in this section apply to Direct Operatives only and are effective from 3 March 2025. Labour-only
Subcontractors are paid the day rate in their engagement letter. Subcontract Operatives are paid by their own
employer, and nothing in sections 3 to 6 applies to them.</p>
<p>3.2 General operatives are paid &pound;15.80 an hour. Skilled operatives (pipelayers, steel fixers, formworkers
and banksmen) are paid &pound;16.90 an hour.</p>
""",
    """
<h3>3.3 Scaffolders</h3>
<p>Rates by Card grade:</p>
<table>
<tr><th>Grade</th><th>Card</th><th>Hourly rate</th></tr>
<tr><td>Trainee</td><td>Trainee (red)</td><td>&pound;17.20</td></tr>
<tr><td>Scaffolder</td><td>Part 2 (blue)</td><td>&pound;20.85</td></tr>
<tr><td>Advanced</td><td>Advanced (gold)</td><td>&pound;23.40</td></tr>
</table>
<h3>3.4 Electricians</h3>
<p>Rates by grade; the grade is the one on your Card:</p>
<table>
<tr><th>Grade</th><th>Hourly rate</th><th>Weekly tool allowance</th></tr>
<tr><td>Improver</td><td>&pound;18.60</td><td>&pound;7.25</td></tr>
<tr><td>Electrician</td><td>&pound;22.35</td><td>&pound;11.50</td></tr>
<tr><td>Approved</td><td>&pound;24.10</td><td>&pound;11.50</td></tr>
</table>
<h3>3.5 Plant operators</h3>
<p>Rates by machine; where you are Carded for more than one machine, you are paid the rate for the machine you are
operating that day:</p>
<table>
<tr><th>Machine</th><th>Hourly rate</th></tr>
<tr><td>Forward tipping dumper; ride-on roller</td><td>&pound;17.45</td></tr>
<tr><td>Telehandler</td><td>&pound;18.30</td></tr>
<tr><td>360 excavator over 10 tonnes</td><td>&pound;19.75</td></tr>
<tr><td>Crawler crane</td><td>&pound;23.95</td></tr>
</table>
<h2>4. Pay day and overtime</h2>
<p>4.1 Direct Operatives are paid weekly, every Thursday, one week in arrears. Staff are paid on the 25th of each
month. Labour-only Subcontractors submit their timesheet on the CorrickSite app by 10:00 on Monday and are paid, net
of the CIS deduction, on the second Friday after the week worked.</p>
<p>4.2 Overtime (Direct Operatives): time and a half for hours over 39 in a week and for all Saturday hours; double
time for Sundays and bank holidays. Staff do not receive overtime; time worked at weekends is taken as time off in
lieu. Labour-only Subcontractors are paid their day rate, with no overtime premium.</p>
<p>4.3 Tool allowances (Direct Operatives): electricians as in 3.4. Scaffolders are issued a harness, lanyard and
podger from site stores and receive no tool allowance. Skilled operatives receive &pound;4.60 a week.</p>
""",
    """
<h2>5. Travel and lodging</h2>
<p>5.1 Travel. Direct Operatives and Staff who travel daily from home receive a daily travel allowance by Travel
Zone: Zone A (up to 15 miles) no allowance; Zone B (over 15 and up to 30 miles) &pound;6.40 a day; Zone C (over 30
and up to 50 miles) &pound;11.90 a day. Where Corrick provides a crew van, no travel allowance is paid for the days
you travel in it.</p>
<p>5.2 Lodging. Direct Operatives and Staff whose home is more than 50 miles from their Home Site may lodge near the
site and claim a lodging allowance for each night lodged, instead of a travel allowance, subject to the
following:</p>
<p>(a) the lodging allowance is paid at the rate for the Home Site: Skelby Viaduct &pound;42.00 a night; Mossgill
Bypass &pound;39.75 a night; Port Ardell Quay Extension &pound;48.50 a night;</p>
<p>(b) Wexcombe is not a lodging site: every Wexcombe worker is within daily travel, so no lodging allowance is paid
at Wexcombe and travel is paid under 5.1;</p>
<p>(c) lodging must be booked through the Corrick travel desk, or in accommodation the Site Manager has approved,
and receipts are not needed for the allowance;</p>
<p>(d) one return journey home each weekend is paid at 45p a mile, or by rail at standard class;</p>
""",
    """
<p><em>5.2 Lodging (continued)</em></p>
<p>(e) the lodging allowance is not paid to Labour-only Subcontractors, whose day rate includes all travel and
lodging costs, nor to Subcontract Operatives, whose lodging is a matter for their own employer;</p>
<p>(f) at Port Ardell, a Direct Operative on the Tide Roster who finishes after 22:00 and lodges near the site
receives a late-finish supplement of &pound;11.00 for that night.</p>
<h2>6. Holidays</h2>
<p>6.1 The holiday year runs from 1 January to 31 December. Direct Operatives are entitled to 22 days' holiday plus
the eight bank holidays; after three years' continuous service with Corrick this rises to 25 days. Staff are
entitled to 26 days plus the bank holidays, rising to 28 days after five years' continuous service.</p>
<p>6.2 Five days of each employee's holiday must be taken in the Christmas shutdown, from 22 December 2025 to 2
January 2026, when every site is closed.</p>
<p>6.3 Labour-only Subcontractors are self-employed and receive no paid holiday from Corrick; they should tell the
Site Manager at least two weeks before any week they will not be available. Subcontract Operatives' holidays are
arranged with their own employer.</p>
<p>6.4 Direct Operatives book holiday with their Site Manager at least two weeks ahead; Staff book through the
CorrickSite app.</p>
<h2>7. PPE and equipment</h2>
<p>7.1 Direct Operatives and Staff are issued PPE free of charge: helmet, boots, hi-vis, gloves and eye protection.
Worn or damaged items are replaced free on return of the old item.</p>
<p>7.2 Labour-only Subcontractors and Subcontract Operatives must arrive with their own PPE to the Corrick standard
(helmet with chin strap, safety boots with midsole, Class 2 hi-vis). Site stores will sell replacement items at
cost.</p>
""",
    """
<h2>8. Trade rules (everyone on site)</h2>
<h3>8.1 Scaffolders</h3>
<p>Harnesses are inspected by the site scaffold supervisor every three months and tagged; an untagged harness must
not be used. Every scaffold is handed over with a scaffold tag, and inspected at least every 7 days.</p>
<h3>8.2 Electricians</h3>
<p>Live working is not permitted on any Corrick site. Isolation needs a Permit to Work and a personal padlock; the
key stays with you.</p>
<h3>8.3 Plant operators</h3>
<p>Complete the pre-use check on the CorrickSite app before 10 minutes past your start time. No plant may be
operated without a banksman where it reverses into a pedestrian area.</p>
<h2>9. Contacts</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Pay, holiday and allowances</td><td>Corrick Payroll, 01632 770 410</td></tr>
<tr><td>Travel desk (lodging bookings)</td><td>travel@corrick.example</td></tr>
<tr><td>Safety concerns (24 hours)</td><td>Corrick SafeLine, 0800 470 118</td></tr>
</table>
<h2>Revision record</h2>
<table>
<tr><th>Rev</th><th>Date</th><th>Changes</th></tr>
<tr><td>C</td><td>March 2025</td><td>New rates (3.2 to 3.5); Port Ardell supplement 5.2(f); Wexcombe car park</td></tr>
<tr><td>B</td><td>October 2024</td><td>Port Ardell added; Tide Roster defined</td></tr>
<tr><td>A</td><td>April 2024</td><td>First issue</td></tr>
</table>
""",
)

USERS = (
    User(
        "cx-darren",
        ("Advanced scaffolder, direct with Corrick.", "I'm on the Skelby Viaduct job.", "Four years with the firm."),
    ),
    User("cx-lee", ("I'm with Halden Access, we're the scaffold sub on the Skelby job.",)),
    User(
        "cx-moira",
        ("Site engineer at Port Ardell.", "Six years with Corrick.", "I live in Leeds, well over 100 miles away."),
    ),
    User(
        "cx-ian",
        (
            "Approved electrician at Wexcombe treatment works.",
            "Direct employee, joined last year.",
            "I live about 22 miles from site.",
        ),
    ),
    User("cx-bogdan", ("I drive the crawler crane at Mossgill.", "On Corrick's books for seven years.")),
    User("cx-kev", ("I'm a plant operator.",)),
    User("cx-shauna", ("I'm an electrical improver, employed by Corrick.", "Two years in.")),
    User("cx-ola", ("General operative at Port Ardell.", "I'm self-employed, Corrick pays me under CIS.")),
    User("cx-ben", ("Trainee scaffolder, Corrick direct, on the bypass at Mossgill.",)),
    User("cx-nina", ("I'm the site manager at Wexcombe.", "Three years with Corrick.")),
    User("cx-ray", ("I run the 360 at Wexcombe.", "Self-employed, I invoice you through CIS.")),
    User("cx-jo", ("I work for Corrick.", "Been with the company ten years.")),
    User("cx-gary", ("Dumper driver at Skelby, direct.", "Started in January.")),
)

RATE = {
    "general operative": "£15.80",
    "skilled operative": "£16.90",
    "trainee scaffolder": "£17.20",
    "scaffolder": "£20.85",
    "advanced scaffolder": "£23.40",
    "improver": "£18.60",
    "electrician": "£22.35",
    "approved electrician": "£24.10",
    "dumper or roller": "£17.45",
    "telehandler": "£18.30",
    "360 excavator": "£19.75",
    "crawler crane": "£23.95",
    "Labour-only Subcontractor": "engagement letter",
    "Subcontract Operative": "own employer",
}
PLANT_RATE = {k: RATE[k] for k in ("dumper or roller", "telehandler", "360 excavator", "crawler crane")}
START = {"Skelby Viaduct": "07:30", "Mossgill Bypass": "06:45", "Port Ardell": "Tide Roster", "Wexcombe": "08:00"}
CAR_PARK = {
    "Skelby Viaduct": "Compound B",
    "Mossgill Bypass": "Crossways compound",
    "Port Ardell": "Pier Road",
    "Wexcombe": "Gate 4",
}
LODGING = {
    "Skelby Viaduct": "£42.00",
    "Mossgill Bypass": "£39.75",
    "Port Ardell": "£48.50",
    "Wexcombe": "not a lodging site",
}
TRAVEL = {"Zone B": "£6.40", "Zone C": "£11.90"}
PAY_DAY = {
    "Direct Operatives": "every Thursday",
    "Staff": "25th of each month",
    "Labour-only Subcontractors": "second Friday",
}
OVERTIME = {
    "Direct Operatives": "time and a half",
    "Staff": "time off in lieu",
    "Labour-only Subcontractors": "no overtime premium",
}
HOLIDAY = {
    "Direct Operatives, under three years": "22 days",
    "Direct Operatives, three years or more": "25 days",
    "Staff, under five years": "26 days",
    "Staff, five years or more": "28 days",
    "Labour-only Subcontractors": "no paid holiday",
    "Subcontract Operatives": "their own employer",
}
EMPLOYEE_HOLIDAY_TEN_YEARS = {
    k: HOLIDAY[k] for k in ("Direct Operatives, three years or more", "Staff, five years or more")
}
TOOL_ALLOWANCE = {
    "improver": "£7.25",
    "electrician": "£11.50",
    "scaffolder": "no tool allowance",
    "skilled operative": "£4.60",
}
PPE = {"employed by Corrick": "free of charge", "not employed by Corrick": "their own PPE"}

QUESTIONS = (
    rule_question("cx-darren", "What's my hourly rate?", RATE, "advanced scaffolder"),
    rule_question("cx-darren", "How many days' holiday do I get?", HOLIDAY, "Direct Operatives, three years or more"),
    rule_question("cx-darren", "What time do we start on site?", START, "Skelby Viaduct"),
    rule_question("cx-darren", "Do I get a tool allowance?", TOOL_ALLOWANCE, "scaffolder"),
    rule_question("cx-lee", "What's the hourly rate for my job?", RATE, "Subcontract Operative"),
    rule_question("cx-lee", "How many days of annual leave do I have?", HOLIDAY, "Subcontract Operatives"),
    rule_question("cx-lee", "Where do I park?", CAR_PARK, "Skelby Viaduct"),
    rule_question("cx-lee", "Do I get PPE from you?", PPE, "not employed by Corrick"),
    rule_question("cx-moira", "How many days of annual leave do I have?", HOLIDAY, "Staff, five years or more"),
    rule_question("cx-moira", "What's the lodging allowance?", LODGING, "Port Ardell"),
    rule_question("cx-moira", "When do I get paid?", PAY_DAY, "Staff"),
    rule_question("cx-ian", "What am I paid an hour?", RATE, "approved electrician"),
    rule_question("cx-ian", "How much is my tool allowance?", TOOL_ALLOWANCE, "electrician"),
    rule_question("cx-ian", "Is there a travel allowance for me?", TRAVEL, "Zone B"),
    rule_question("cx-ian", "How many days' holiday do I get?", HOLIDAY, "Direct Operatives, under three years"),
    rule_question("cx-bogdan", "What's my hourly rate?", RATE, "crawler crane"),
    rule_question("cx-bogdan", "What time does the working day start?", START, "Mossgill Bypass"),
    rule_question(
        "cx-bogdan", "How many days of annual leave do I have?", HOLIDAY, "Direct Operatives, three years or more"
    ),
    rule_question("cx-kev", "What's my hourly rate?", PLANT_RATE, None),
    rule_question("cx-kev", "Where do I park my car?", CAR_PARK, None),
    general_question("cx-kev", "When must my pre-use check be done?", "10 minutes past your start time"),
    rule_question("cx-shauna", "What's my pay per hour?", RATE, "improver"),
    rule_question("cx-shauna", "How many days' holiday do I get?", HOLIDAY, "Direct Operatives, under three years"),
    rule_question("cx-shauna", "Where do I park?", CAR_PARK, None),
    rule_question("cx-ola", "How many days of annual leave do I have?", HOLIDAY, "Labour-only Subcontractors"),
    rule_question("cx-ola", "When do I get paid?", PAY_DAY, "Labour-only Subcontractors"),
    general_question(
        "cx-ola", "Can I claim lodging?", "includes all travel and lodging", forbid=("£42.00", "£39.75", "£48.50")
    ),
    rule_question("cx-ben", "What's my hourly rate?", RATE, "trainee scaffolder"),
    rule_question("cx-ben", "What time do I start?", START, "Mossgill Bypass"),
    rule_question("cx-nina", "How many days of annual leave do I have?", HOLIDAY, "Staff, under five years"),
    rule_question("cx-nina", "Do I get overtime?", OVERTIME, "Staff"),
    rule_question("cx-nina", "Where do staff park?", CAR_PARK, "Wexcombe"),
    rule_question("cx-ray", "What rate am I paid?", RATE, "Labour-only Subcontractor"),
    rule_question("cx-ray", "Do I get paid holiday?", HOLIDAY, "Labour-only Subcontractors"),
    rule_question("cx-ray", "Is there an overtime rate for Saturdays?", OVERTIME, "Labour-only Subcontractors"),
    rule_question("cx-jo", "How many days of annual leave do I have?", EMPLOYEE_HOLIDAY_TEN_YEARS, None),
    general_question("cx-jo", "When is the Christmas shutdown?", "22 December 2025"),
    rule_question("cx-gary", "What's my hourly rate?", RATE, "dumper or roller"),
    rule_question("cx-gary", "How much holiday do I get?", HOLIDAY, "Direct Operatives, under three years"),
    rule_question("cx-gary", "Where do I park?", CAR_PARK, "Skelby Viaduct"),
)

HANDBOOK = Handbook(
    name="corrick_civils",
    title="Corrick Civil Engineering Ltd: Site Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
