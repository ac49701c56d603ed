"""Northfield Credit Union (an HTML file): "for employees in X" sentences, a section headed
"(Operations only)", "Each department has its own ...", and lists under a lead-in naming a
region ("Colleagues in the Northern region:"). Departments and regions. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Northfield Credit Union Colleague Guide</h1>
<p>This guide is for every colleague of Northfield Credit Union. We are organised in three departments,
Lending, Operations and the Branch Network, and in three regions, Northern, Southern and Western.</p>
<h2>Pay and bonus</h2>
<p>Pay day is the 25th of each month; when it falls on a weekend, salaries are paid on the Friday before.</p>
<p>For employees in Lending, the annual bonus is up to 12% of salary, paid in June. For employees in
Operations, the bonus is a flat 1,800 USD paid in March. For employees in the Branch Network, the bonus is
up to 7% of salary, paid in December.</p>
<h2>Refunds to members</h2>
<p>Each department has its own limit for goodwill refunds that a colleague may grant without a second
signature. Lending has a limit of 500 USD per member; Operations has 250 USD; the Branch Network has
120 USD. Anything above the limit goes to the department head.</p>
<h2>Out-of-hours cover (Operations only)</h2>
<p>The duty rota runs from 18:00 to 08:00 on weekdays and all weekend. Colleagues on the rota receive
60 USD per shift and a taxi home after midnight.</p>
<h2>Regional arrangements</h2>
<p>Start times and timesheet days are set by each region.</p>
<p>Colleagues in the Northern region:</p>
<ul><li>start work at 08:15;</li><li>submit timesheets on Thursdays;</li>
<li>use the Harrowgate hub for training.</li></ul>
<p>Colleagues in the Southern region:</p>
<ul><li>start work at 08:45;</li><li>submit timesheets on Fridays;</li>
<li>use the Kingsbay hub for training.</li></ul>
<p>Colleagues in the Western region:</p>
<ul><li>start work at 09:00;</li><li>submit timesheets on Mondays;</li>
<li>use the Tollmouth hub for training.</li></ul>
<h2>Complaints</h2>
<p>Every member complaint is logged in the case system within 24 hours, whoever receives it.</p>
""",
)

USERS = (
    User("nf-grace", ("I work in Lending.", "I'm in the Northern region.")),
    User("nf-hamid", ("I'm part of the Operations team in the Southern region.",)),
    User("nf-zoe", ("I work in the Branch Network, Western region.",)),
    User("nf-paul", ("I'm in the Southern region.",)),
    User("nf-ruth", ("I work in Lending.", "I've been a loan officer for six years.")),
)

BONUS = {"Lending": "12% of salary", "Operations": "1,800 USD", "Branch Network": "7% of salary"}
REFUND = {"Lending": "500 USD", "Operations": "250 USD", "Branch Network": "120 USD"}
START = {"Northern": "08:15", "Southern": "08:45", "Western": "09:00"}
TIMESHEETS = {"Northern": "Thursdays", "Southern": "Fridays", "Western": "Mondays"}

QUESTIONS = (
    rule_question("nf-grace", "What bonus can I get?", BONUS, "Lending"),
    rule_question("nf-hamid", "How much is my annual bonus?", BONUS, "Operations"),
    rule_question("nf-zoe", "What is my bonus?", BONUS, "Branch Network"),
    rule_question("nf-paul", "How much is the annual bonus for me?", BONUS, None),
    rule_question("nf-grace", "Up to what amount can I refund a member without a second signature?", REFUND, "Lending"),
    rule_question("nf-hamid", "What is my goodwill refund limit?", REFUND, "Operations"),
    rule_question("nf-zoe", "How much can I refund a member on my own?", REFUND, "Branch Network"),
    rule_question("nf-paul", "What is my refund limit?", REFUND, None),
    rule_question("nf-grace", "What time do I start work?", START, "Northern"),
    rule_question("nf-hamid", "When does my working day start?", START, "Southern"),
    rule_question("nf-zoe", "What is my start time?", START, "Western"),
    rule_question("nf-paul", "What time should I start work?", START, "Southern"),
    rule_question("nf-ruth", "What time do I start work?", START, None),
    rule_question("nf-grace", "On which day do I submit my timesheet?", TIMESHEETS, "Northern"),
    rule_question("nf-zoe", "When are timesheets due?", TIMESHEETS, "Western"),
    rule_question("nf-paul", "Which day do I hand in timesheets?", TIMESHEETS, "Southern"),
    rule_question("nf-ruth", "On which day are my timesheets due?", TIMESHEETS, None),
    general_question("nf-hamid", "How much am I paid for an out-of-hours shift?", "60 USD per shift"),
    general_question("nf-ruth", "When is pay day?", "25th of each month"),
    general_question("nf-paul", "How quickly must a member complaint be logged?", "24 hours"),
)

HANDBOOK = Handbook(
    name="northfield",
    title="Northfield Credit Union Colleague Guide",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
