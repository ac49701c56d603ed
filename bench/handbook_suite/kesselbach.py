"""Kesselbach Logistik UK (an HTML file): the UK employee handbook of a German-owned contract-logistics
company, exported from its intranet as an FAQ, with a breadcrumb, an export stamp and question headings
("Do I get paid more for nights?") under topic headings. "Tariff" and "non-tariff" colleagues are
defined once, by job (warehouse operatives, MHE drivers, loaders, stock controllers and team leaders on
grades T1 to T4 against managers and office teams), with a German gloss. Three warehouse sites (Kettleby
Park, Ravenholm Gateway, Coldharbour Cross) and four shifts (earlies, lates, nights, weekend). Shift times
are given per shift with the sites in one sentence; the shift allowance is keyed by shift for tariff
colleagues only; holiday by tariff status and service in consecutive sentences; Christmas bonus,
overtime and sick pay by tariff status; a benefits table whose columns are the sites (canteen, getting to
work, site allowance) with numbered footnotes that make exceptions (Kettleby Park nights get a meal
voucher, the Ravenholm shuttle does not run for the weekend shift); a section naming two departments at
once (Inventory Control and Quality Assurance: the December stock count), home working by office
department, and absence calls by shift. Site, shift, tariff status, department, job and length of
service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p><small>KesselNet UK &gt; People &gt; Handbook &gt; Questions and answers</small></p>
<h1>Kesselbach Logistik UK: Your Handbook in Questions and Answers</h1>
<p><em>Exported from KesselNet on 14 October 2025 at 09:12 by the People Team, Kesselbach Logistik UK Ltd, Unit 4,
Kettleby Park, Kettleby KT9 4RW. Kesselbach Logistik UK Ltd is a member of the Kesselbach Group, headquartered in
Hagenfeld, Germany. This export may be out of date: the live pages on KesselNet always take priority.</em></p>
<h2>About this handbook</h2>
<h3>Who does this handbook apply to?</h3>
<p>Everyone employed by Kesselbach Logistik UK Ltd at our three UK warehouse sites, Kettleby Park, Ravenholm
Gateway and Coldharbour Cross, including the office teams based at Kettleby Park. Agency workers supplied by our
labour partners have their own terms and should speak to their agency's on-site coordinator.</p>
<h3>What do "tariff" and "non-tariff" mean?</h3>
<p>These words come from our German parent company, where pay for most staff is set by a
<em>Tarifvertrag</em> (collective agreement). In the UK:</p>
<ul>
<li><strong>Tariff colleagues</strong> are those whose pay and conditions are set by the Kesselbach UK Pay and
Conditions Agreement, negotiated each spring with our recognised union, the Warehouse and Transport Workers'
Federation (WTWF). They are warehouse operatives and pickers, MHE drivers (reach, counterbalance and VNA
trucks), loaders, stock controllers and team leaders, on grades T1 to T4.</li>
<li><strong>Non-tariff colleagues</strong> (you may hear "AT", from the German <em>au&szlig;ertariflich</em>) are
on individual salaried contracts. They are shift managers and all other managers, and everyone in the office
teams: Transport Planning, Customer Service, HR, Finance and IT.</li>
</ul>
<p>Your contract says which you are. Where an answer below does not mention tariff or non-tariff, it applies to
everyone.</p>
<h3>Which shift am I on?</h3>
<p>Warehouse colleagues work one of four shift patterns: <strong>earlies</strong> and <strong>lates</strong>
(Monday to Friday, 8 hours), <strong>nights</strong> (Sunday to Thursday nights, 8 hours) or the
<strong>weekend</strong> shift (Friday, Saturday and Sunday, 12 hours each day, paid as 40 hours a week). Office
teams work Monday to Friday, 37.5 hours a week.</p>
""",
    """
<h2>Shifts and pay</h2>
<h3>What are the shift times at my site?</h3>
<p>Shift times are set by each site to fit its customers' collection slots. Earlies run 06:00 to 14:00 at
Kettleby Park, 05:45 to 13:45 at Ravenholm Gateway and 06:30 to 14:30 at Coldharbour Cross. Lates follow on:
14:00 to 22:00 at Kettleby Park, 13:45 to 21:45 at Ravenholm Gateway and 14:30 to 22:30 at Coldharbour Cross.
Nights are 22:00 to 06:00 at Kettleby Park, 21:45 to 05:45 at Ravenholm Gateway and 22:30 to 06:30 at
Coldharbour Cross. The weekend shift starts at 07:00 and finishes at 19:00 at all three sites.</p>
<h3>Do I get paid more for lates, nights or weekends?</h3>
<p>Yes, if you are a tariff colleague. The shift allowance is a percentage added to your basic hourly rate for
every hour worked on that shift:</p>
<ul>
<li>Earlies carry no shift allowance.</li>
<li>Lates: a shift allowance of 12% of your basic hourly rate.</li>
<li>Nights: a night allowance of one third (33.3%) of your basic hourly rate.</li>
<li>Weekend shift: a weekend enhancement of 45% on every hour.</li>
</ul>
<p>Non-tariff colleagues, including shift managers, do not receive a shift allowance: their salary takes their
working pattern into account.</p>
<h3>Is overtime paid?</h3>
<p>Tariff colleagues are paid overtime at time and a half for hours beyond their contracted shift, Monday to
Saturday, and at double time on Sundays (except for the weekend shift, whose Sunday hours are ordinary hours).
Overtime must be authorised by your shift manager before you work it. Non-tariff colleagues are not paid for
overtime; occasional extra hours are part of the job, and your manager may agree time off in return.</p>
<h3>When am I paid?</h3>
<p>Tariff colleagues are paid weekly, every Friday, one week in arrears. Non-tariff colleagues are paid monthly on
the 28th. Payslips are on the KesselPay app.</p>
<h3>Is there a Christmas bonus?</h3>
<p>Tariff colleagues receive a Christmas bonus (our German colleagues call it <em>Weihnachtsgeld</em>) of 55% of
one month's basic pay, paid with the last pay in November, if they have passed probation by 1 November.
Non-tariff colleagues do not receive the Christmas bonus; they take part in the Group Incentive Plan, which can
pay up to 10% of salary each April depending on UK and Group results.</p>
""",
    """
<h2>Holidays and absence</h2>
<h3>How much holiday do I get?</h3>
<p>The holiday year runs from 1 January to 31 December, and bank holidays are on top of the allowances below.
Tariff colleagues receive 26 days' holiday a year. Tariff colleagues with five or more years' continuous service
receive 28 days' holiday. Non-tariff colleagues receive 30 days' holiday, whatever their length of service.</p>
<p>Weekend shift colleagues have their holiday converted to hours, because their shifts are 12 hours long: ask
your team leader for your hours figure.</p>
<h3>I work in Inventory Control or Quality Assurance. Can I take holiday in December?</h3>
<p>Colleagues in Inventory Control and in Quality Assurance cannot take holiday between 14 December and 2 January,
because both teams are needed for the year-end stock count at every site and for the customer audits that
follow it. Please book your Christmas break before 14 December or after 2 January. Everyone else can book
holiday over Christmas in the usual way, subject to the site's holiday allocation.</p>
<h3>How do I book holiday?</h3>
<p>Request it in the KesselPay app at least two weeks ahead. Each site publishes how many colleagues per shift can
be off in any week; requests are approved first come, first served.</p>
<h3>What do I do if I'm sick?</h3>
<p>Call the absence line on 01632 960 410 and speak to the duty shift manager. If you work earlies, call by 04:30
on the day. Lates colleagues must call by 11:00. On nights, call by 18:00. Weekend shift colleagues call by 05:00
on the day. Text messages and social media messages are not accepted.</p>
<h3>Will I be paid when I'm off sick?</h3>
<p>Everyone receives Statutory Sick Pay if eligible. After passing probation, tariff colleagues also receive
company sick pay of four weeks' full pay in any rolling 12 months. Non-tariff colleagues receive company sick
pay of 13 weeks' full pay in any rolling 12 months, after probation.</p>
<h3>How long is probation?</h3>
<p>Probation is 12 weeks for everyone. It can be extended once, by up to 12 weeks.</p>
<h2>Where you work</h2>
<h3>Can I work from home?</h3>
<p>Warehouse colleagues cannot, as their work is on site. In the office teams at Kettleby Park, Transport
Planning colleagues may work two days a week from home, once the planning desk rota is covered. Customer Service
colleagues may work one day a week from home. HR, Finance and IT colleagues may work up to three days a week from
home.</p>
""",
    """
<h3>What does my site offer?</h3>
<p>Each site has its own facilities, agreed with the site's employee forum. The site allowance is paid to tariff
colleagues only, for every hour worked.</p>
<table>
<tr><th></th><th>Kettleby Park</th><th>Ravenholm Gateway</th><th>Coldharbour Cross</th></tr>
<tr><td>Staff restaurant</td><td>subsidised canteen, hot meals from &pound;2.40 (1)</td><td>vending machines and
microwaves only</td><td>subsidised canteen, hot meals from &pound;2.10</td></tr>
<tr><td>Getting to work</td><td>free staff car park</td><td>free shuttle bus from Ravenholm Parkway station (2)</td>
<td>free car park, with bays for car sharers</td></tr>
<tr><td>Site allowance (tariff only)</td><td>no site allowance</td><td>&pound;1.05 an hour</td><td>&pound;0.60 an
hour (3)</td></tr>
<tr><td>Lockers</td><td>yes</td><td>yes</td><td>yes</td></tr>
</table>
<p><small>(1) The Kettleby Park canteen closes at 20:00. Nights colleagues at Kettleby Park instead receive a
&pound;4.50 meal voucher for each night shift, loaded onto their staff card.<br>
(2) The shuttle bus does not run at weekends. Weekend shift colleagues at Ravenholm Gateway may claim a shared
taxi from the station, booked through the gatehouse.<br>
(3) Paid from 1 April 2025, when the chilled-goods operation at Coldharbour Cross opened.</small></p>
<h3>What else is there for everyone?</h3>
<p>All colleagues can join the pension plan, to which Kesselbach contributes 5% of basic pay when you contribute
at least 4%. There is also a cycle-to-work scheme, free eye tests for screen and MHE users, and the Employee
Assistance Programme on 0800 555 0192, open 24 hours a day.</p>
<h3>What safety footwear do I need?</h3>
<p>Everyone in the warehouse wears S3 safety boots and a hi-vis vest. New starters receive one pair of boots
free; replacements are ordered through your team leader every 12 months.</p>
<p><small>Page history: 14 Oct 2025, sickness call times updated (People Team). 1 Apr 2025, Coldharbour Cross site
allowance added (Reward). 6 Jan 2025, holiday section revised after the 2024 pay agreement (People Team).</small></p>
""",
)

USERS = (
    User("kb-gemma", ("I do nights at the Kettleby Park shed.", "I'm a picker, been here three years.")),
    User(
        "kb-tomasz",
        ("I'm a reach truck driver on lates at Ravenholm Gateway.", "Seven years with Kesselbach now."),
    ),
    User("kb-aisha", ("I'm on the weekend shift at Coldharbour Cross.", "Warehouse operative.")),
    User(
        "kb-oliver",
        ("I'm a transport planner in the Kettleby Park office.", "I'm non-tariff, on a salaried contract."),
    ),
    User("kb-sinead", ("I'm a stock controller in Inventory Control at Ravenholm.", "I work earlies.")),
    User("kb-mark", ("Team leader on earlies at Coldharbour Cross.",)),
    User("kb-priti", ("I've just started as a warehouse operative.",)),
    User("kb-lewis", ("I'm an HR business partner at Kesselbach.",)),
    User("kb-fran", ("I'm a loader on the weekend team at Ravenholm.",)),
)

SHIFT_ALLOWANCE = {
    "earlies": "no shift allowance",
    "lates": "12% of your basic hourly rate",
    "nights": "one third (33.3%)",
    "weekend": "45% on every hour",
}
NIGHTS = {"Kettleby Park": "22:00 to 06:00", "Ravenholm": "21:45 to 05:45", "Coldharbour": "22:30 to 06:30"}
EARLIES = {"Kettleby Park": "06:00 to 14:00", "Ravenholm": "05:45 to 13:45", "Coldharbour": "06:30 to 14:30"}
HOLIDAY = {
    "tariff, under five years": "26 days' holiday",
    "tariff, five years or more": "28 days' holiday",
    "non-tariff": "30 days' holiday",
}
TARIFF_HOLIDAY = {k: v for k, v in HOLIDAY.items() if k.startswith("tariff")}
BONUS = {"tariff": "55% of one month's basic pay", "non-tariff": "Group Incentive Plan"}
OVERTIME = {"tariff": "time and a half", "non-tariff": "not paid for overtime"}
SICK_PAY = {"tariff": "four weeks' full pay", "non-tariff": "13 weeks' full pay"}
SITE_ALLOWANCE = {"Kettleby Park": "no site allowance", "Ravenholm": "£1.05 an hour", "Coldharbour": "£0.60 an hour"}
MEALS = {
    "Kettleby Park days": "hot meals from £2.40",
    "Kettleby Park nights": "£4.50 meal voucher",
    "Ravenholm": "vending machines and microwaves only",
    "Coldharbour": "hot meals from £2.10",
}
TRAVEL = {
    "Kettleby Park": "free staff car park",
    "Ravenholm weekdays": "free shuttle bus",
    "Ravenholm weekend": "shared taxi",
    "Coldharbour": "bays for car sharers",
}
SITE_TRAVEL = {k: v for k, v in TRAVEL.items() if k != "Ravenholm weekend"}
HOME_WORKING = {
    "Transport Planning": "two days a week from home",
    "Customer Service": "one day a week from home",
    "HR, Finance and IT": "up to three days a week",
    "warehouse": "their work is on site",
}
SICK_CALL = {"earlies": "by 04:30", "lates": "by 11:00", "nights": "by 18:00", "weekend": "by 05:00"}

QUESTIONS = (
    rule_question("kb-gemma", "Do I get paid extra for my shift?", SHIFT_ALLOWANCE, "nights"),
    rule_question("kb-gemma", "What are my shift hours?", NIGHTS, "Kettleby Park"),
    rule_question("kb-gemma", "What can I get to eat at work?", MEALS, "Kettleby Park nights"),
    rule_question("kb-gemma", "How much holiday do I get?", HOLIDAY, "tariff, under five years"),
    rule_question("kb-gemma", "Is there a site allowance where I work?", SITE_ALLOWANCE, "Kettleby Park"),
    rule_question("kb-tomasz", "What's the shift allowance for me?", SHIFT_ALLOWANCE, "lates"),
    rule_question("kb-tomasz", "How many days' holiday do I get a year?", HOLIDAY, "tariff, five years or more"),
    rule_question("kb-tomasz", "How much is the site allowance?", SITE_ALLOWANCE, "Ravenholm"),
    rule_question("kb-tomasz", "How do I get to site if I don't drive?", TRAVEL, "Ravenholm weekdays"),
    rule_question("kb-tomasz", "Do I get a Christmas bonus?", BONUS, "tariff"),
    rule_question("kb-aisha", "What enhancement do I get for my shift?", SHIFT_ALLOWANCE, "weekend"),
    rule_question("kb-aisha", "What site allowance do I get?", SITE_ALLOWANCE, "Coldharbour"),
    rule_question("kb-aisha", "Is there a canteen?", MEALS, "Coldharbour"),
    rule_question("kb-aisha", "How much holiday am I entitled to?", TARIFF_HOLIDAY, None),
    rule_question("kb-oliver", "How much holiday do I get?", HOLIDAY, "non-tariff"),
    rule_question("kb-oliver", "Do I get a Christmas bonus?", BONUS, "non-tariff"),
    rule_question("kb-oliver", "Do I get paid for overtime?", OVERTIME, "non-tariff"),
    rule_question("kb-oliver", "How many days can I work from home?", HOME_WORKING, "Transport Planning"),
    rule_question("kb-oliver", "How much company sick pay would I get?", SICK_PAY, "non-tariff"),
    general_question("kb-sinead", "Can I book time off over Christmas?", "between 14 December and 2 January"),
    rule_question("kb-sinead", "Is there a shift allowance for my shift?", SHIFT_ALLOWANCE, "earlies"),
    rule_question("kb-sinead", "What time does my shift start and finish?", EARLIES, "Ravenholm"),
    rule_question("kb-sinead", "By what time do I have to call in sick?", SICK_CALL, "earlies"),
    rule_question("kb-mark", "How much company sick pay do I get?", SICK_PAY, "tariff"),
    rule_question("kb-mark", "How is my overtime paid?", OVERTIME, "tariff"),
    rule_question("kb-mark", "What hours are my shifts?", EARLIES, "Coldharbour"),
    rule_question("kb-mark", "How do people get to work at my site?", SITE_TRAVEL, "Coldharbour"),
    rule_question("kb-priti", "Will I get a shift allowance?", SHIFT_ALLOWANCE, None),
    rule_question("kb-priti", "Is there a site allowance?", SITE_ALLOWANCE, None),
    rule_question("kb-priti", "How much holiday will I get?", HOLIDAY, "tariff, under five years"),
    general_question("kb-priti", "How much does the company put into my pension?", "5% of basic pay"),
    rule_question("kb-lewis", "How much holiday do I get?", HOLIDAY, "non-tariff"),
    rule_question("kb-lewis", "How often can I work from home?", HOME_WORKING, "HR, Finance and IT"),
    rule_question("kb-lewis", "Do I get a bonus?", BONUS, "non-tariff"),
    rule_question("kb-fran", "How do I get to site from the station?", TRAVEL, "Ravenholm weekend"),
    rule_question("kb-fran", "What's the enhancement for my shift?", SHIFT_ALLOWANCE, "weekend"),
    rule_question("kb-fran", "When do I need to ring in if I'm ill?", SICK_CALL, "weekend"),
)

HANDBOOK = Handbook(
    name="kesselbach",
    title="Kesselbach Logistik UK: Your Handbook in Questions and Answers",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
