"""Callisto CX: a multinational contact centre's employee guide written as a slide deck turned
into text (short headings, "Key points" bullet lists, two-column "If you are... / then..."
tables, an FAQ at the end), with three sites named by city, code and country (Cape Town, Manila,
Belfast), agent tiers, team leaders and support functions (WFM, QA), day/swing/graveyard shifts,
night premium, meal and transport rules by payroll country, lateness rules by tier, bonus by tier
or role, and FAQ answers that add to or narrow the slides. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Callisto CX: Your Employee Guide 2025</h1>
<p><em>People Team deck, v3.2. Shared with every new starter at induction, day 1.</em></p>
<h2>Welcome to Callisto</h2>
<p>We look after customers for 14 brands from three sites: Cape Town (CPT, South Africa), Manila (MNL,
Philippines) and Belfast (BFS, Northern Ireland). One way of working, three local rulebooks where the
law or the market needs one.</p>
<h3>Key points</h3>
<ul>
<li>Pay extras, leave and allowances follow your payroll country, i.e. the site on your contract.</li>
<li>Everything else in this deck applies at every site, unless a slide says otherwise.</li>
<li>Your Team Leader (TL) is your first stop for any question about this guide.</li>
</ul>
<h2>Who's who on the floor</h2>
<ul>
<li><strong>Tier 1</strong>: first-contact agents on voice, chat and email.</li>
<li><strong>Tier 2</strong>: technical and billing specialists who take transfers from Tier 1.</li>
<li><strong>Tier 3</strong>: escalations and complex complaints, the last stop before the client.</li>
<li><strong>Team Leaders (TLs)</strong>: one for every 12 to 15 agents.</li>
<li><strong>Workforce planners (WFM)</strong>: forecasting, scheduling and real-time adherence.</li>
<li><strong>Quality analysts (QA)</strong>: call and chat evaluations, calibration with clients.</li>
</ul>
<p>WFM and QA are called "support functions" in the rest of this deck.</p>
<h2>Our shifts</h2>
<table>
<tr><th>Shift</th><th>Local hours</th></tr>
<tr><td>Day</td><td>07:00 to 16:00</td></tr>
<tr><td>Swing (you may hear "mid")</td><td>14:00 to 23:00</td></tr>
<tr><td>Graveyard</td><td>22:00 to 07:00</td></tr>
</table>
<h3>Key points</h3>
<ul>
<li>Every shift includes a one-hour unpaid meal break and two paid 15-minute breaks.</li>
<li>WFM publishes rotas in Rota+ three weeks ahead.</li>
<li>Shift bidding opens every quarter; bids are ranked by tenure, then by QA average.</li>
<li>Belfast runs graveyard for the Horizon Telecom account only (see FAQ).</li>
</ul>
""",
    """
<h2>Night work pays more</h2>
<p>Your night premium depends on your payroll country. It does not depend on the client, or on what
the shift is called.</p>
<table>
<tr><th>If you are...</th><th>then...</th></tr>
<tr><td>on the Manila payroll</td><td>you get a night differential of 20% of your basic hourly rate for
every hour worked between 22:00 and 06:00.</td></tr>
<tr><td>on the Cape Town payroll</td><td>you get a night shift allowance of R28 per hour for every hour
worked between 22:00 and 06:00.</td></tr>
<tr><td>on the Belfast payroll</td><td>you get an unsocial hours premium of £2.10 per hour, for hours
worked between 23:00 and 06:00 only.</td></tr>
</table>
<h3>Key points</h3>
<ul>
<li>Paid on hours actually logged in, not on rostered hours.</li>
<li>Not paid on annual leave or sick days.</li>
<li>TLs get the same premium as their agents, on the same hours.</li>
</ul>
<h2>Meal allowance</h2>
<p>Swing and graveyard only. There is no meal allowance on day shift, when the canteen is fully open.</p>
<table>
<tr><th>If you are...</th><th>then...</th></tr>
<tr><td>in Cape Town</td><td>R65 meal voucher per swing or graveyard shift, issued on your badge.</td></tr>
<tr><td>in Manila</td><td>PHP 180 per swing or graveyard shift, added to your payslip twice a
month.</td></tr>
<tr><td>in Belfast</td><td>£6.00 canteen credit per swing or graveyard shift, loaded to your
badge.</td></tr>
</table>
<h2>Getting home safely</h2>
<table>
<tr><th>If your shift starts or ends between 22:00 and 06:00 and you are...</th><th>then...</th></tr>
<tr><td>in Cape Town</td><td>book the company shuttle in Rota+ by 18:00; it collects you from, or drops you at,
your registered home address.</td></tr>
<tr><td>in Manila</td><td>you get a transport allowance of PHP 250 per shift (no booking needed).</td></tr>
<tr><td>in Belfast</td><td>ask reception for a pre-booked taxi; Callisto pays the account
directly.</td></tr>
</table>
""",
    """
<h2>Being on time</h2>
<p>On time means logged in and in Ready state at your scheduled start, not walking through the door at
your start time.</p>
<table>
<tr><th>If you are...</th><th>then...</th></tr>
<tr><td>Tier 1</td><td>you have a 2-minute grace period. Log in more than 2 minutes late and it counts as
a lateness occurrence; 5 occurrences in a rolling 90 days start a formal attendance review.</td></tr>
<tr><td>Tier 2</td><td>you have a 5-minute grace period (up to 5 minutes late is not counted); 6 occurrences in a rolling 90 days start a
formal attendance review.</td></tr>
<tr><td>Tier 3</td><td>you have a 10-minute grace period. Lateness of more than 10 minutes is handled by your TL case
by case, with no occurrence count.</td></tr>
<tr><td>a TL, WFM or QA</td><td>there is no grace period. TLs log in 15 minutes before the first agent on
their team is due.</td></tr>
</table>
<h3>Key points</h3>
<ul>
<li>Can't make it in? Call the WFM hotline at least 2 hours before your shift starts.</li>
<li>A no-call no-show is treated as unauthorised absence under the Disciplinary Policy.</li>
</ul>
<h2>Bonus and KPIs</h2>
<table>
<tr><th>If you are...</th><th>then...</th></tr>
<tr><td>Tier 1</td><td>monthly bonus of up to 8% of monthly base pay, on QA score, CSAT and average handle
time (AHT).</td></tr>
<tr><td>Tier 2</td><td>monthly bonus of up to 10% of monthly base pay, on QA score, CSAT and first
contact resolution.</td></tr>
<tr><td>Tier 3</td><td>quarterly bonus of up to 12% of quarterly base pay, on resolution rate and client
escalations avoided.</td></tr>
<tr><td>a TL</td><td>quarterly team bonus of up to 15% of quarterly base pay, on your team's KPIs and
attrition.</td></tr>
<tr><td>in a support function (WFM or QA)</td><td>annual bonus of up to 7% of annual salary under the
Support Functions Plan, paid in March.</td></tr>
</table>
<h3>Key points</h3>
<ul>
<li>Agents earn no bonus for a month in which their QA average is below 85%.</li>
<li>No bonus is paid during the 3-month probation.</li>
<li>Moving tiers mid-month? Your bonus is split pro rata by days in each tier.</li>
</ul>
""",
    """
<h2>Time off</h2>
<table>
<tr><th>If you are...</th><th>then...</th></tr>
<tr><td>on the Cape Town payroll</td><td>you get 18 working days' annual leave, plus South African public
holidays.</td></tr>
<tr><td>on the Manila payroll</td><td>you get 15 days' vacation leave a year, plus Philippine regular
holidays.</td></tr>
<tr><td>on the Belfast payroll</td><td>you get 25 days' annual leave, plus 10 bank holidays on the
Northern Ireland calendar.</td></tr>
</table>
<h3>Key points</h3>
<ul>
<li>Book leave in Rota+ at least 14 days ahead.</li>
<li>Peak season: Tier 1 and Tier 2 agents cannot book annual leave from 15 November to 5 January.</li>
<li>Tier 3, TLs and support functions can, for no more than 5 consecutive working days.</li>
</ul>
<h2>FAQ</h2>
<p><strong>Can I swap a shift with a colleague?</strong><br>
Yes, with someone in the same tier and skill. Request the swap in Rota+ at least 48 hours before the
earlier of the two shifts; WFM approves it.</p>
<p><strong>I work graveyard in Belfast. Is anything different?</strong><br>
Belfast graveyard is for the Horizon Telecom account only, and you will never be rostered more than 4
graveyard shifts in a row.</p>
<p><strong>Do QA analysts work nights?</strong><br>
In Manila, yes: each analyst covers one graveyard week in four so that night contacts are evaluated too.
Elsewhere QA works days.</p>
<p><strong>I'm on swing. Does the night premium apply to me?</strong><br>
Only to the hours that fall inside your country's premium window (see "Night work pays more").</p>
<p><strong>Who do I talk to about my payslip?</strong><br>
Raise a ticket with People Services in the Callisto Hub; payroll queries are answered within 3 working
days.</p>
""",
)

USERS = (
    User("cl-thandi", ("I'm a Tier 1 agent at the Cape Town site.", "I'm on the graveyard rota this quarter.")),
    User("cl-paolo", ("I work out of our Philippines centre.", "Tier 2, and I'm on nights.")),
    User("cl-aoife", ("I'm a team leader in Belfast.", "My team works swing.")),
    User("cl-renz", ("I work in workforce management at the Manila site.",)),
    User("cl-sipho", ("I'm one of the escalations agents, Tier 3.",)),
    User("cl-ciaran", ("I'm on the Belfast payroll.", "I do day shifts.")),
    User("cl-mae", ("I'm a quality analyst in Manila.",)),
)

NIGHT = {"MNL": "20% of your basic hourly rate", "CPT": "R28", "BFS": "£2.10"}
MEAL = {"CPT": "R65", "MNL": "PHP 180", "BFS": "£6.00"}
TRANSPORT = {"CPT": "company shuttle", "MNL": "PHP 250", "BFS": "pre-booked taxi"}
GRACE = {
    "Tier 1": ("2-minute", "2 minutes"),
    "Tier 2": ("5-minute", "5 minutes"),
    "Tier 3": ("10-minute", "10 minutes"),
    "TL/WFM/QA": "no grace period",
}
BONUS = {"Tier 1": "8%", "Tier 2": "10%", "Tier 3": "12%", "TL": "15%", "WFM/QA": "7%"}
LEAVE = {"CPT": "18 working days", "MNL": "15 days", "BFS": "25 days"}
PEAK = {"Tier 1/2": "15 November", "others": "5 consecutive working days"}

QUESTIONS = (
    rule_question("cl-thandi", "What extra do I get paid for working nights?", NIGHT, "CPT"),
    rule_question("cl-thandi", "Is there a meal allowance on my shift?", MEAL, "CPT"),
    rule_question("cl-thandi", "How late can I log in before it counts against me?", GRACE, "Tier 1"),
    rule_question("cl-thandi", "What's the most I can earn in bonus?", BONUS, "Tier 1"),
    rule_question("cl-thandi", "How do I get home when my shift finishes?", TRANSPORT, "CPT"),
    rule_question("cl-paolo", "How much is night diff for me?", NIGHT, "MNL"),
    rule_question("cl-paolo", "Do I get anything for meals?", MEAL, "MNL"),
    rule_question("cl-paolo", "What's the grace period if I'm running late?", GRACE, "Tier 2"),
    rule_question("cl-paolo", "Can I take leave over Christmas?", PEAK, "Tier 1/2"),
    rule_question("cl-aoife", "What bonus can I get?", BONUS, "TL"),
    rule_question("cl-aoife", "Is there a meal allowance for my shift?", MEAL, "BFS"),
    rule_question("cl-aoife", "How many days of annual leave do I have?", LEAVE, "BFS"),
    general_question("cl-aoife", "How much notice is needed for a shift swap?", "48 hours"),
    rule_question("cl-renz", "Am I on a bonus scheme, and how much is it?", BONUS, "WFM/QA"),
    rule_question("cl-renz", "Is there any grace period for me if I'm a few minutes late?", GRACE, "TL/WFM/QA"),
    general_question("cl-renz", "How far in advance do rotas come out?", "three weeks ahead"),
    rule_question("cl-sipho", "What's my bonus potential?", BONUS, "Tier 3"),
    rule_question("cl-sipho", "How many minutes late can I be without it counting?", GRACE, "Tier 3"),
    rule_question("cl-sipho", "How much is the night premium?", NIGHT, None),
    rule_question("cl-sipho", "How much is the meal allowance?", MEAL, None),
    rule_question("cl-ciaran", "How much bonus could I earn?", BONUS, None),
    rule_question("cl-ciaran", "How much holiday do I get?", LEAVE, "BFS"),
    rule_question("cl-ciaran", "What's the lateness grace period?", GRACE, None),
    rule_question("cl-mae", "What bonus am I eligible for?", BONUS, "WFM/QA"),
    rule_question("cl-mae", "When I cover graveyard, do I get a meal allowance?", MEAL, "MNL"),
    general_question("cl-mae", "If I'm sick, how early do I need to call in?", "2 hours before"),
)

HANDBOOK = Handbook(
    name="callisto",
    title="Callisto CX: Your Employee Guide 2025",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
