"""Cobbleford Energy: a customer contact centre's team charter written in the first person plural ("We
agree shift swaps ...", "In Billing we ..."), with the three teams described in one paragraph, a handling-time and
quality table by team, huddle times for all three teams in one sentence, pay bands (CC1 to CC3) defined by
job title and then named in rules, goodwill credit limits for several bands in one sentence, the bands
section running onto the next page, and floor-wide agreements beside them. Teams and pay bands.
Tuning (held out until 2026-12-03)."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Cobbleford Energy Contact Centre: Our Team Charter</h1>
<p><i>Agreed by the advisers, coaches and team managers of the Wexcombe contact centre at the charter
workshop in January, and reviewed every six months. Signed copies are pinned up by each team's pods.</i></p>
<h2>Why we are here</h2>
<p>Every day we help around four thousand households with their gas and electricity. Customers call us
when something has gone wrong or changed, so we aim to sort it out on the first call, to be honest about
what we can and cannot do, and to leave every customer knowing what happens next.</p>
<h2>How we work together, whichever team we are in</h2>
<ul>
<li>We log in on time and ready to take calls, with our headsets tested.</li>
<li>We take two paid screen breaks of ten minutes and an unpaid lunch of 30 minutes on every full shift,
at the times on the real-time board, so the queue stays covered.</li>
<li>We agree shift swaps with each other and record them in Rotaplan at least 72 hours before the first
of the two shifts.</li>
<li>If we are ill, we ring the workforce planning line before our shift starts, never a text to a
colleague.</li>
<li>We never put a customer on hold without telling them why and for how long.</li>
</ul>
<h2>Our teams</h2>
<p>The floor is split into three teams. Billing handles bills, payments, meter readings and payment plans.
Moving Home sets up and closes accounts when customers move, and handles change of tenancy. Priority
Services looks after customers on the priority register: older customers, people with a disability or
a medical condition, and households in vulnerable circumstances.</p>
<p>Each team sets its own handling time target and is quality checked in its own way:</p>
<table>
<tr><th>Team</th><th>Average handling time target</th><th>Calls quality checked per adviser each
month</th></tr>
<tr><td>Billing</td><td>7 minutes</td><td>4 calls</td></tr>
<tr><td>Moving Home</td><td>9 minutes</td><td>6 calls</td></tr>
<tr><td>Priority Services</td><td>12 minutes, as a guide only; a call takes as long as it needs</td><td>10
calls, including a follow-up call to the customer</td></tr>
</table>
<p>Each team starts the day with a short stand-up huddle at its pods. In Billing we huddle at 08:45, before
the lines open; Moving Home huddles at 09:15, once the first wave of calls has been answered; and in
Priority Services we meet at 10:30, after the morning peak, so that nobody vulnerable is left waiting.</p>
<h2>Pay bands</h2>
<p>Every adviser is on one of three pay bands. Your band is on your contract and on your payslip:</p>
<ul>
<li><b>CC1</b>: customer advisers, including everyone in their first year;</li>
<li><b>CC2</b>: experienced advisers who have passed the CC2 assessment;</li>
<li><b>CC3</b>: senior advisers and team coaches, who take escalated calls and coach others.</li>
</ul>
""",
    """
<p>Bands decide how much we can do for a customer on our own and how we work. Goodwill credits are for when
we have let a customer down: a CC1 adviser can give up to 25 GBP without asking anyone, a CC2 adviser up to
60 GBP, and CC3 advisers up to 150 GBP. Anything above your limit goes to a team manager with a note of
what went wrong.</p>
<p>Working from home is agreed by band. CC1 advisers work in the centre for their first six months and then
from home one day a week; CC2 advisers can work from home two days a week; and CC3 advisers can work three
days a week from home, as long as they are in the centre on the days they coach.</p>
<p>Annual leave also goes up with the band: CC1 advisers have 25 days, CC2 advisers 27 days and CC3
advisers 29 days, on top of the bank holidays. Leave is booked in Rotaplan, first come first served, and no
more than four people from one team can be off in the same week.</p>
<h2>What we ask of our team managers</h2>
<ul>
<li>A one-to-one with each of us every month, in a quiet room, not at the desk.</li>
<li>Quality feedback within five working days of a call being checked.</li>
<li>Honest answers about targets, changes and why they are happening.</li>
</ul>
<h2>When things get hard</h2>
<p>Some calls are upsetting. After a difficult call, we can take a few minutes off the phone and tell our
team manager or a coach. The employee assistance line is free, confidential and open day and night. Abuse
towards us is never acceptable: we may end an abusive call after one warning, and we flag it on the
account.</p>
<h2>Keeping this charter alive</h2>
<p>Any of us can suggest a change to the charter at a team huddle. Changes are agreed at the six-monthly
review and the new version is signed by everyone on the floor.</p>
""",
)

USERS = (
    User("cf-joss", ("I'm a CC1 adviser in the Billing team.",)),
    User("cf-amara", ("I work in Moving Home.", "I'm on pay band CC2.")),
    User("cf-devika", ("I'm a senior adviser on band CC3, in Priority Services.",)),
    User("cf-lorna", ("I'm on the Billing team.",)),
    User("cf-hamid", ("My band is CC2; I passed the assessment in the summer.",)),
)

HANDLING = {"Billing": "7 minutes", "Moving Home": "9 minutes", "Priority Services": "12 minutes"}
QUALITY = {"Billing": "4 calls", "Moving Home": "6 calls", "Priority Services": "10 calls"}
HUDDLE = {"Billing": "08:45", "Moving Home": "09:15", "Priority Services": "10:30"}
GOODWILL = {"CC1": "25 GBP", "CC2": "60 GBP", "CC3": "150 GBP"}
HOME = {"CC1": "one day a week", "CC2": "two days a week", "CC3": "three days a week"}
LEAVE = {"CC1": "25 days", "CC2": "27 days", "CC3": "29 days"}

QUESTIONS = (
    rule_question("cf-joss", "What's my average handling time target?", HANDLING, "Billing"),
    rule_question("cf-amara", "How long should my calls take on average?", HANDLING, "Moving Home"),
    rule_question("cf-devika", "What handling time are we aiming for?", HANDLING, "Priority Services"),
    rule_question("cf-hamid", "What is my AHT target?", HANDLING, None),
    rule_question("cf-lorna", "What time is our daily huddle?", HUDDLE, "Billing"),
    rule_question("cf-devika", "When does my team have its morning stand-up?", HUDDLE, "Priority Services"),
    rule_question("cf-amara", "What time is the team huddle?", HUDDLE, "Moving Home"),
    rule_question("cf-amara", "How many of my calls get quality checked each month?", QUALITY, "Moving Home"),
    rule_question("cf-joss", "How many calls a month are checked for quality?", QUALITY, "Billing"),
    rule_question("cf-lorna", "How many of my calls are listened to by the quality team monthly?", QUALITY, "Billing"),
    rule_question("cf-joss", "How much goodwill credit can I give a customer without asking?", GOODWILL, "CC1"),
    rule_question("cf-amara", "What's my limit for goodwill payments?", GOODWILL, "CC2"),
    rule_question("cf-devika", "Up to how much can I credit a customer as a goodwill gesture?", GOODWILL, "CC3"),
    rule_question("cf-lorna", "How much goodwill credit am I allowed to give?", GOODWILL, None),
    rule_question("cf-hamid", "How many days can I work from home?", HOME, "CC2"),
    rule_question("cf-joss", "Can I work from home, and how often?", HOME, "CC1"),
    rule_question("cf-devika", "How much home working am I allowed?", HOME, "CC3"),
    rule_question("cf-hamid", "How many days' annual leave do I get?", LEAVE, "CC2"),
    rule_question("cf-devika", "What's my holiday entitlement?", LEAVE, "CC3"),
    general_question("cf-lorna", "How long is my lunch break?", "30 minutes"),
    general_question("cf-hamid", "How far ahead do I need to record a shift swap?", "72 hours"),
)

HANDBOOK = Handbook(
    name="cobbleford",
    title="Cobbleford Energy Contact Centre: Our Team Charter",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
