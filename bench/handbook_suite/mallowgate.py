"""Mallowgate: a software company. Held out."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p>Mallowgate Wiki &rsaquo; People &rsaquo; Handbook</p>
<h1>Mallowgate Wiki: People Handbook</h1>
<p><i>Space owner: People Ops &middot; Last edited 9 January by Joana Verhoek &middot; 6 min read</i></p>
<p><b>Note:</b> this wiki page is the source of truth. If something in a Slack thread or an old slide deck
says otherwise, the wiki wins. Spotted something out of date? Comment below or ping @people-ops.</p>
<h2>Who employs you</h2>
<p>Mallowgate hires people through three local companies:</p>
<ul>
<li><b>Mallowgate Lda</b> for everyone employed in Portugal (Lisbon and remote)</li>
<li><b>Mallowgate sp. z o.o.</b> for employees in Poland (Warsaw and remote)</li>
<li><b>Mallowgate Software Canada Inc.</b> for employees in Canada (Toronto and remote)</li>
</ul>
<p>Some people work with us as independent contractors on a B2B services agreement instead. Everything on
this page is written for employees; where contractors are treated differently, the paragraph is tagged
<b>[contractors]</b>.</p>
<h2>Time off, stipend and payday at a glance</h2>
<p>The numbers below follow your employing company, not the team you're in or where your manager sits.</p>
<table>
<tr><th></th><th>Portugal</th><th>Poland</th><th>Canada</th></tr>
<tr><td>Paid annual leave</td><td>25 days</td><td>26 days</td><td>21 days</td></tr>
<tr><td>Home office stipend</td><td>35 EUR a month</td><td>150 PLN a month</td><td>60 CAD a month</td></tr>
<tr><td>Payday</td><td>the 24th of each month</td><td>last working day of the month</td><td>every second
Friday</td></tr>
</table>
<p>On top of your annual leave you get the public holidays of the country you're employed in. Book leave in
Burrow; your lead approves it. Leave is counted in working days and you can carry up to five of them into the
first quarter of the next year.</p>
<p><b>[contractors]</b> None of the table applies to you: you invoice monthly under your agreement, and your
time off is simply unbilled time. Please add planned absences to the team calendar anyway.</p>
<h2>Sick days</h2>
<p>Feeling rough? Post "out sick" in your team channel and put it in Burrow when you're back. No doctor's
note is needed for the first three days. Your local statutory rules apply after that.</p>
""",
    """
<p>Mallowgate Wiki &rsaquo; Engineering &rsaquo; Teams</p>
<h1>On-call and learning budgets by team</h1>
<p><i>Space owner: Engineering Leadership &middot; Last edited 2 December by Arvid Nakamura</i></p>
<p>We have four product engineering teams: Platform, Payments, Mobile and Data. Each one decides how it
handles incidents, within the rules of the <b>Incident Handbook</b>. This is how on-call looks today:</p>
<h3>Platform</h3>
<p>Carries the primary pager one week in five. The rotation hands over every Monday at the team stand-up,
and the outgoing person writes a short handover note in #platform-oncall.</p>
<h3>Payments</h3>
<p>Rotates one week in four, because the card-processing cutover jobs run overnight and a second pair of
eyes is always scheduled for the monthly settlement run.</p>
<h3>Mobile</h3>
<p>Mobile has no pager rotation. App releases go out on a schedule, and anything that breaks in production
out of hours is routed to Platform first.</p>
<h3>Data</h3>
<p>The data folks cover business hours only. Overnight pipeline failures page nobody; they're picked up
the next morning and reruns are usually done before the 10:00 reporting deadline.</p>
<p>Being on call earns an extra day of leave for every full on-call week, for employees.
<b>[contractors]</b> On-call is billed at the rate in your statement of work.</p>
<h2>Learning budget</h2>
<p>Every engineer gets a personal learning budget each calendar year for conferences, courses and books.
It's set per team, because the teams' tooling and conference circuits differ:</p>
<ul>
<li>Platform: 1,800 EUR</li>
<li>Payments: 2,200 EUR (includes the PCI training that the team must take)</li>
<li>Mobile: 1,500 EUR</li>
<li>Data: 2,000 EUR</li>
</ul>
<p>Amounts are per person and don't roll over. Local currency equivalents are used for employees in
Poland and Canada. <b>[contractors]</b> The learning budget is for employees only.</p>
""",
    """
<p>Mallowgate Wiki &rsaquo; IT &rsaquo; Getting set up</p>
<h1>Laptops, accounts and security</h1>
<p><i>Space owner: IT &amp; Security &middot; Last edited 17 January by Noor Castellanos</i></p>
<h2>Your laptop</h2>
<p>Employees get a company laptop, a 14-inch developer machine with 32 GB of memory, shipped to your home
before your first day and enrolled in our device management. We refresh it every three years, or earlier if it stops
coping with your builds.</p>
<p><b>[contractors]</b> Please use your own hardware. We pay a one-off 400 EUR setup grant with your first
invoice to cover a second screen or a decent headset, and IT will check that your machine meets the
security baseline (disk encryption, screen lock, automatic updates) before you get access to production
systems.</p>
<h2>Accounts</h2>
<p>You'll get your email, chat, code hosting and Burrow accounts on day one. Production access is granted
by your team lead after your security onboarding session.</p>
<h2>Lost or stolen device</h2>
<p>Report it in #sec-help within 2 hours, whatever time of day, so that the device can be locked and wiped.
This applies to everyone, including contractors using their own machines.</p>
<h2>Working hours</h2>
<p>We're spread over many time zones, so we keep meetings inside our shared collaboration window of 13:00
to 16:00 UTC. Outside it, plan your own day. Wednesdays are meeting-free for everyone.</p>
<h2>See also</h2>
<ul>
<li>People Handbook</li>
<li>Incident Handbook</li>
<li>Expenses: claiming through Coinpath</li>
</ul>
""",
)

USERS = (
    User("mw-ines", ("I'm on the Payments squad.", "I'm a permanent employee on the Portuguese payroll.")),
    User("mw-tomasz", ("I contract for Mallowgate on a B2B agreement.", "Team: Platform.")),
    User("mw-chloe", ("Hi! Mobile team, working out of Toronto.",)),
    User("mw-dara", ("I'm in the Data team.",)),
    User("mw-zofia", ("My employment contract is with the Warsaw entity.",)),
)

LEAVE = {"Portugal": "25 days", "Poland": "26 days", "Canada": "21 days"}
STIPEND = {"Portugal": "35 EUR", "Poland": "150 PLN", "Canada": "60 CAD"}
PAYDAY = {"Portugal": "24th", "Poland": "last working day", "Canada": "every second Friday"}
ON_CALL = {
    "Platform": "one week in five",
    "Payments": "one week in four",
    "Mobile": "no pager rotation",
    "Data": "business hours only",
}
LEARNING = {"Platform": "1,800 EUR", "Payments": "2,200 EUR", "Mobile": "1,500 EUR", "Data": "2,000 EUR"}
LAPTOP = {"employee": "32 GB", "contractor": "400 EUR"}

QUESTIONS = (
    rule_question("mw-ines", "How many days of holiday do I get a year?", LEAVE, "Portugal"),
    rule_question("mw-zofia", "What's my annual leave entitlement?", LEAVE, "Poland"),
    rule_question("mw-chloe", "How much vacation do I get?", LEAVE, "Canada"),
    rule_question("mw-dara", "How many paid days off do I have per year?", LEAVE, None),
    rule_question("mw-ines", "Is there an allowance for working from home?", STIPEND, "Portugal"),
    rule_question("mw-chloe", "How much do I get for my home office each month?", STIPEND, "Canada"),
    rule_question("mw-zofia", "What's the monthly home office money?", STIPEND, "Poland"),
    rule_question("mw-dara", "How much is the home office stipend?", STIPEND, None),
    rule_question("mw-ines", "How often am I on call?", ON_CALL, "Payments"),
    rule_question("mw-tomasz", "What does the on-call rotation look like for me?", ON_CALL, "Platform"),
    rule_question("mw-chloe", "Do I have to be on call?", ON_CALL, "Mobile"),
    rule_question("mw-dara", "What are my on-call duties?", ON_CALL, "Data"),
    rule_question("mw-zofia", "How often will I be on call?", ON_CALL, None),
    rule_question("mw-ines", "How much can I spend on training and conferences this year?", LEARNING, "Payments"),
    rule_question("mw-dara", "What's my yearly learning budget?", LEARNING, "Data"),
    rule_question("mw-chloe", "How big is my conference budget?", LEARNING, "Mobile"),
    rule_question("mw-tomasz", "What computer do I get from the company?", LAPTOP, "contractor"),
    rule_question("mw-ines", "What laptop will I be given?", LAPTOP, "employee"),
    rule_question("mw-zofia", "When do I get paid?", PAYDAY, "Poland"),
    rule_question("mw-chloe", "When is payday?", PAYDAY, "Canada"),
    general_question("mw-dara", "What hours are meetings supposed to happen in?", "13:00"),
    general_question("mw-tomasz", "How quickly must I report a stolen laptop?", "2 hours"),
)

HANDBOOK = Handbook(
    name="mallowgate",
    title="Mallowgate Wiki: People Handbook",
    split="heldout",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
