"""Bramblecote: a chain of garden centres. Held out."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Bramblecote Garden Centres: Pay and Conditions Memo</h1>
<table>
<tr><td><b>To</b></td><td>All colleagues, centre managers and regional people partners</td></tr>
<tr><td><b>From</b></td><td>Hester Quayle, Head of Reward</td></tr>
<tr><td><b>Date</b></td><td>3 March</td></tr>
<tr><td><b>Subject</b></td><td>Pay, holiday and benefits for the new financial year</td></tr>
</table>
<p>Dear colleagues,</p>
<p>Thank you for another strong year. Sales of bedding plants and our new café menu beat the plan in every
region, and this memo sets out what that means for your pay and conditions. Centre managers, please print it
for the staff room and go through it at your next team huddle. The new rates and terms take effect from
6 April, and the first pay packet to include them is the April one, paid on the 28th as usual.</p>
<h2>1. Hourly pay by region</h2>
<p>We still pay by region, because the cost of living and the local jobs market differ so much between our
centres. The Team Member rate applies to every colleague below supervisor level: tills and shop floor,
outdoor plants and the café. Supervisors are paid the rate in the right-hand column.</p>
<table>
<tr><th>Region</th><th>Team Member hourly rate</th><th>Supervisor hourly rate</th></tr>
<tr><td>North</td><td>12.40 GBP</td><td>13.90 GBP</td></tr>
<tr><td>Midlands</td><td>12.55 GBP</td><td>14.05 GBP</td></tr>
<tr><td>South West</td><td>12.85 GBP</td><td>14.35 GBP</td></tr>
<tr><td>Scotland</td><td>12.70 GBP</td><td>14.20 GBP</td></tr>
</table>
<p>If you are not sure which region your centre belongs to, it is printed on the top of your payslip.</p>
<h2>2. Christmas late opening</h2>
<p>Late-night shopping will run again from the second week of November until Christmas. The late night
differs by region so that our delivery drivers can cover all of them. North centres open on Thursdays until
20:00; in the Midlands it is Fridays until 20:00. The South West stays open on Thursdays until 19:30, as last
year, and Scottish centres will open on Wednesdays until 20:00. Late-night hours are voluntary and are paid
at time and a quarter.</p>
""",
    """
<h2>3. Terms by contract type</h2>
<p>Most of our terms are the same whatever your contract. The ones that are not are set out below. Your
contract type is shown in your contract and in the colleague app under "My details".</p>
<table>
<tr><th></th><th>Permanent full-time</th><th>Permanent part-time</th><th>Seasonal (March to September)</th></tr>
<tr><td>Holiday</td><td>28 days, including bank holidays</td><td>pro rata to your contracted hours</td><td>12.07% of
hours worked, added to each pay packet</td></tr>
<tr><td>Company sick pay</td><td>full pay from the first day of absence, up to 10 days a year</td><td>full pay
after 26 weeks' service</td><td>statutory sick pay only</td></tr>
<tr><td>Colleague discount</td><td>25%</td><td>25%</td><td>15%</td></tr>
</table>
<p>The colleague discount applies in our shops and cafés, but not to gift cards, concessions or
the Christmas grotto. Seasonal colleagues who are offered a permanent contract move to the permanent terms
from the day it starts.</p>
<h2>4. Uniform</h2>
<p>From this spring the uniform comes in our new forest green. Each colleague is issued a new set in
April, free of charge, depending on where they work:</p>
<p>Café colleagues receive:</p>
<ul>
<li>two aprons and a peaked cap;</li>
<li>a voucher towards non-slip kitchen shoes.</li>
</ul>
<p>Outdoor plants colleagues receive:</p>
<ul>
<li>a waterproof jacket and over-trousers;</li>
<li>rigger boots and two pairs of gardening gloves.</li>
</ul>
<p>Colleagues on the tills and the shop floor receive two polo shirts and a fleece.</p>
<p>Please return your old uniform to your centre manager for recycling.</p>
""",
    """
<h2>5. Other changes</h2>
<p><b>Pension.</b> The company contribution rises from 4% to 5% of qualifying earnings for everyone in the
scheme. You do not need to do anything.</p>
<p><b>Long service.</b> Colleagues reaching ten years with Bramblecote will receive a 250 GBP voucher and an
extra day of holiday in that year.</p>
<p><b>Colleague app.</b> Rotas, payslips and holiday requests are all moving into the colleague app. Paper
rota sheets will stop at the end of May.</p>
<h2>6. Questions</h2>
<p>Speak to your centre manager first. If they cannot help, your regional people partner is always happy to
talk things through. Thank you again for everything you do for our customers.</p>
<p>Warm regards,</p>
<p>Hester Quayle<br>Head of Reward, Bramblecote Garden Centres</p>
""",
)

USERS = (
    User("bc-niamh", ("Part-time, café team.", "Our centre is in the Scotland region.")),
    User("bc-gary", ("I'm full-time on the outdoor plants team at one of the Midlands centres.",)),
    User("bc-eleri", ("I've got a seasonal contract this year.", "My store's in the South West.")),
    User("bc-hamish", ("I work at a centre in the North region.",)),
    User("bc-pat", ("I'm permanent part-time, mostly on the tills.",)),
)

RATE = {"North": "12.40 GBP", "Midlands": "12.55 GBP", "South West": "12.85 GBP", "Scotland": "12.70 GBP"}
LATE = {
    "North": "Thursdays until 20:00",
    "Midlands": "Fridays until 20:00",
    "South West": "Thursdays until 19:30",
    "Scotland": "Wednesdays until 20:00",
}
DISCOUNT = {"full-time": "25%", "part-time": "25%", "seasonal": "15%"}
HOLIDAY = {"full-time": "28 days", "part-time": "pro rata", "seasonal": "12.07%"}
SICK_PAY = {"full-time": "first day", "part-time": "26 weeks", "seasonal": "statutory sick pay only"}
UNIFORM = {"café": "aprons", "outdoor plants": "rigger boots", "tills": "polo shirts"}

QUESTIONS = (
    rule_question("bc-niamh", "What's my hourly rate from April?", RATE, "Scotland"),
    rule_question("bc-gary", "How much will I earn per hour?", RATE, "Midlands"),
    rule_question("bc-eleri", "What will I be paid an hour?", RATE, "South West"),
    rule_question("bc-hamish", "What's the new hourly pay for me?", RATE, "North"),
    rule_question("bc-pat", "What is my hourly rate?", RATE, None),
    rule_question("bc-niamh", "Which evening do we stay open late before Christmas?", LATE, "Scotland"),
    rule_question("bc-hamish", "What's the late night at Christmas for my centre?", LATE, "North"),
    rule_question("bc-gary", "When is late-night opening in the run-up to Christmas?", LATE, "Midlands"),
    rule_question("bc-eleri", "How much staff discount do I get?", DISCOUNT, "seasonal"),
    rule_question("bc-gary", "What's my colleague discount?", DISCOUNT, "full-time"),
    rule_question("bc-hamish", "How much discount do I get as staff?", DISCOUNT, None),
    rule_question("bc-niamh", "How much holiday do I get?", HOLIDAY, "part-time"),
    rule_question("bc-gary", "What's my holiday entitlement?", HOLIDAY, "full-time"),
    rule_question("bc-eleri", "How does my holiday work?", HOLIDAY, "seasonal"),
    rule_question("bc-pat", "When does company sick pay kick in for me?", SICK_PAY, "part-time"),
    rule_question("bc-eleri", "Do I get sick pay?", SICK_PAY, "seasonal"),
    rule_question("bc-hamish", "Am I paid if I'm off sick?", SICK_PAY, None),
    rule_question("bc-niamh", "What uniform will I be given?", UNIFORM, "café"),
    rule_question("bc-gary", "What's in my uniform issue?", UNIFORM, "outdoor plants"),
    rule_question("bc-pat", "What uniform do I get?", UNIFORM, "tills"),
    rule_question("bc-eleri", "What uniform items will I receive?", UNIFORM, None),
    general_question("bc-pat", "From what date do the new pay rates apply?", "6 April"),
)

HANDBOOK = Handbook(
    name="bramblecote",
    title="Bramblecote Garden Centres: Pay and Conditions Memo",
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
