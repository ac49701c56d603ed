"""Hollowmere Veterinary Group (an HTML file): a vet group's intranet "What applies to me?" page, with a
two-step finder (job titles sorted into three role groups, three practices described), a grid whose
columns are the role groups and whose rows are topics, lettered footnotes with an exception for one
job title, a second grid whose columns are the practices, and an "Everyone" checklist. Role groups
(named by job title) and practices.
Held out until its failures were seen; tuning since.
"""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Hollowmere Veterinary Group: What applies to me?</h1>
<p><i>Staff Hub &rsaquo; People &rsaquo; What applies to me? &middot; Owner: People &amp; Practice Support
&middot; Reviewed every January</i></p>
<p>This page replaces the old staff handbook. Most of what you need to know depends on two things: the
<b>role group</b> your job belongs to and the <b>practice</b> you are based at. Find both below, then read
down the right column of each grid. If a row of a grid is blank for you, the "Everyone" list at the bottom
of this page is what applies.</p>
<h2>Step 1: find your role group</h2>
<p>Your job title is on your contract. Each job title belongs to exactly one role group:</p>
<table>
<tr><th>Role group</th><th>Job titles in it</th></tr>
<tr><td><b>Veterinary Surgeons</b></td><td>veterinary surgeons (small animal and equine), veterinary interns,
clinical directors</td></tr>
<tr><td><b>Nursing &amp; Care</b></td><td>registered veterinary nurses (RVNs), student veterinary nurses
(SVNs), animal care assistants (ACAs), the hospital's nursing supervisors</td></tr>
<tr><td><b>Client Care</b></td><td>receptionists, client care coordinators, practice administrators,
the insurance claims clerk</td></tr>
</table>
<p>Locums and agency staff are not covered by this page: their terms are in their booking confirmation.</p>
<h2>Step 2: find your practice</h2>
<p>Your base practice is named in your contract, even if you sometimes cover at another one.</p>
<ul>
<li><b>Ashby Road Animal Hospital</b>, Hollowmere town centre: our referral and emergency hospital, open
day and night, all year, and the home of the group's out-of-hours service.</li>
<li><b>Kelder Street Surgery</b>, Pellingford: a small-animal first-opinion surgery, open weekdays and
Saturday mornings.</li>
<li><b>Marsh Lane Equine Centre</b>, near Wenlow: horses and ponies only, with a yard, stabling for twelve
in-patients and two ambulatory vehicles for visits.</li>
</ul>
<p>Not sure which applies? Your practice manager (Grid B) can tell you, and so can the People team on
extension 2240.</p>
""",
    """
<h2>Grid A: what depends on your role group</h2>
<p>Read the column for your role group. Lettered notes are under the grid.</p>
<table>
<tr><th>Topic</th><th>Veterinary Surgeons</th><th>Nursing &amp; Care</th><th>Client Care</th></tr>
<tr><td>Annual leave (bank holidays on top)</td><td>30 days</td><td>28 days</td><td>25 days</td></tr>
<tr><td>CPD allowance per year</td><td>6 days and GBP 1,600</td><td>4 days and GBP 850 (a)</td>
<td>2 days and GBP 250</td></tr>
<tr><td>Out-of-hours (OOH) rota</td><td>1 night in 5, plus 1 weekend in 6</td><td>1 night in 7 (b)</td>
<td>not on the rota</td></tr>
<tr><td>OOH payment</td><td>GBP 110 per night</td><td>GBP 68 per night (b)</td><td>&ndash;</td></tr>
<tr><td>What you wear</td><td>navy scrubs</td><td>bottle-green scrubs</td><td>plum tunic</td></tr>
<tr><td>Sick pay (full pay)</td><td>13 weeks</td><td>9 weeks</td><td>6 weeks</td></tr>
<tr><td>Notice after probation</td><td>three months</td><td>two months</td><td>one month</td></tr>
<tr><td>Professional fees</td><td>RCVS renewal paid by Hollowmere</td><td>RCVS renewal paid by Hollowmere
(RVNs)</td><td>&ndash;</td></tr>
</table>
<p><b>(a)</b> For student veterinary nurses the CPD allowance is used for college days and the clinical
coach's time; the GBP amount is the same.</p>
<p><b>(b)</b> Student veterinary nurses are in Nursing &amp; Care for every row of this grid except the OOH
rows: they do no OOH nights until they have qualified and registered, and are therefore not paid for them.
Animal care assistants are on the OOH rota only at the hospital.</p>
<p>OOH nights run from 19:00 to 08:00. The following morning is free for anyone who was called in after
midnight; tell the duty planner before you go home.</p>
<h2>Grid B: what depends on your practice</h2>
<table>
<tr><th>Topic</th><th>Ashby Road Animal Hospital</th><th>Kelder Street Surgery</th>
<th>Marsh Lane Equine Centre</th></tr>
<tr><td>Opening hours</td><td>open day and night, every day of the year</td><td>08:00 to 19:00 Mon to Fri,
08:30 to 12:30 Sat</td><td>07:30 to 17:30 Mon to Sat; visits by appointment</td></tr>
<tr><td>Staff parking</td><td>Ferrier Street multi-storey; the permit is refunded through payroll</td>
<td>none on site: pay-and-display on Cole Row, refunded up to GBP 4 a day</td>
<td>gravel yard behind the stables</td></tr>
<tr><td>Breaks</td><td>staggered 40-minute breaks, set on the rota board</td><td>the surgery closes for
lunch from 13:00 to 14:00</td><td>one 45-minute break, taken between yard work and visits</td></tr>
<tr><td>Fire assembly point</td><td>the ambulance bay</td><td>the bus shelter opposite</td>
<td>the lunging ring</td></tr>
<tr><td>Practice manager</td><td>Imogen Larch</td><td>Tobias Quell</td><td>Ruth Anand-Baird</td></tr>
</table>
""",
    """
<h2>Everyone</h2>
<p>These apply to every employee, whatever your role group and practice:</p>
<ul>
<li><b>Pay day.</b> Salaries are paid on the 20th of each month (the working day before, if the 20th is a
weekend). Payslips are in the Staff Hub app.</li>
<li><b>Probation.</b> Probation lasts six months, with reviews at months two and five. During probation
notice is one week on either side.</li>
<li><b>If you are ill.</b> Ring your practice's duty line before 07:30 on the first day; do not text or
message. From the eighth day you need a fit note.</li>
<li><b>Pet care.</b> Staff get 25% off treatment for up to four pets of their own household, and medicines
at cost price. Pets must be registered on the practice system in your name.</li>
<li><b>Radiation safety.</b> Everyone who may enter an X-ray room completes the radiation safety refresher
every two years, in paid time.</li>
<li><b>Expenses.</b> Claims go through the Staff Hub app within six weeks of the spend, with a receipt.</li>
<li><b>Working time.</b> A full-time week is 40 hours, and part-time colleagues receive leave, CPD and
sick pay pro rata.</li>
</ul>
<p>Something not covered here? Ask your practice manager, or the People team on extension 2240. Comments on
this page are switched off; use the feedback button instead.</p>
""",
)

USERS = (
    User("hv-anwen", ("I'm one of the vets at the Ashby Road hospital.",)),
    User("hv-callum", ("Student vet nurse, second year.", "I'm based at the equine centre on Marsh Lane.")),
    User("hv-deepa", ("Work-wise I'm on reception.", "My base is the Kelder St surgery.")),
    User("hv-fergus", ("I'm an RVN.",)),
    User("hv-ines", ("Been based at Marsh Lane since March.",)),
)

VS, NC, SVN, CC = "Veterinary Surgeons", "Nursing & Care", "Student veterinary nurse", "Client Care"
ASHBY, KELDER, MARSH = "Ashby Road", "Kelder Street", "Marsh Lane"

LEAVE = {VS: "30 days", NC: "28 days", CC: "25 days"}
CPD = {VS: "GBP 1,600", NC: "GBP 850", CC: "GBP 250"}
OOH_ROTA = {
    VS: "1 night in 5",
    NC: "1 night in 7",
    SVN: ("no OOH nights", "until they have qualified"),
    CC: "not on the rota",
}
OOH_PAY = {VS: "GBP 110 per night", NC: "GBP 68 per night", SVN: "not paid for them"}
WEAR = {VS: "navy scrubs", NC: "bottle-green scrubs", CC: "plum tunic"}
SICK = {VS: "13 weeks", NC: "9 weeks", CC: "6 weeks"}
NOTICE = {VS: "three months", NC: "two months", CC: "one month"}
PARKING = {ASHBY: "Ferrier Street", KELDER: "Cole Row", MARSH: "behind the stables"}
BREAKS = {ASHBY: "40-minute", KELDER: "13:00 to 14:00", MARSH: "45-minute"}
ASSEMBLY = {ASHBY: "ambulance bay", KELDER: "bus shelter", MARSH: "lunging ring"}
MANAGER = {ASHBY: "Imogen Larch", KELDER: "Tobias Quell", MARSH: "Ruth Anand-Baird"}

QUESTIONS = (
    rule_question("hv-anwen", "How much annual leave do I get?", LEAVE, VS),
    rule_question("hv-anwen", "What's my CPD budget this year?", CPD, VS),
    rule_question("hv-anwen", "How often will I be on out-of-hours?", OOH_ROTA, VS),
    rule_question("hv-anwen", "What do I get paid for an OOH night?", OOH_PAY, VS),
    rule_question("hv-anwen", "Where can staff park?", PARKING, ASHBY),
    general_question("hv-anwen", "Is there a discount on treatment for my own dog?", "25%"),
    rule_question("hv-callum", "Will I have to do night shifts on the out-of-hours rota?", OOH_ROTA, SVN),
    rule_question("hv-callum", "What colour scrubs do I wear?", WEAR, NC),
    rule_question("hv-callum", "Where do we go if the fire alarm goes off?", ASSEMBLY, MARSH),
    rule_question("hv-callum", "Who's the practice manager at my place?", MANAGER, MARSH),
    rule_question("hv-callum", "How many days of holiday do I get a year?", LEAVE, NC),
    rule_question("hv-deepa", "What's the uniform for my job?", WEAR, CC),
    rule_question("hv-deepa", "When do I get my lunch break?", BREAKS, KELDER),
    rule_question("hv-deepa", "How much notice would I have to give if I left?", NOTICE, CC),
    rule_question("hv-deepa", "Is there anywhere to park near work?", PARKING, KELDER),
    rule_question("hv-fergus", "How much is the out-of-hours payment per night?", OOH_PAY, NC),
    rule_question("hv-fergus", "How long do I get full sick pay for?", SICK, NC),
    rule_question("hv-fergus", "Where do I park?", PARKING, None),
    general_question("hv-fergus", "What day of the month is pay day?", "20th"),
    rule_question("hv-ines", "How long is my break?", BREAKS, MARSH),
    rule_question("hv-ines", "How much annual leave am I entitled to?", LEAVE, None),
    general_question("hv-ines", "How long is probation?", "six months"),
)

HANDBOOK = Handbook(
    name="hollowmere",
    title="Hollowmere Veterinary Group: What applies to me?",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
