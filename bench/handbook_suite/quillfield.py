"""Quillfield House: a care home's staff guide for its care and nursing teams, with a table of the
three units, a rota table keyed by shift pattern (times, breaks, enhancements), handover places as
a list per unit, visiting hours for all three units in one sentence, unit training in consecutive
sentences, tunic colours by role, sickness extensions per unit and the annual-leave section (hours
by pattern, in lower case) running onto the next page. Units, shift patterns and roles.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Quillfield House: Staff Guide for Care and Nursing Teams</h1>
<p>Welcome to Quillfield House. This guide is for the nurses, senior carers, care assistants and activity
workers who look after our residents. It does not replace your contract or the Larkmoor Care Partnership
policies on the staff intranet; it explains how things work here, day to day. If anything is unclear, ask
your unit lead or the home manager, Delia Fenwick.</p>
<h2>Our units</h2>
<p>Quillfield has 64 beds over three units, each with its own unit lead and its own team:</p>
<table>
<tr><th>Unit</th><th>Where</th><th>Residents</th><th>Unit lead</th></tr>
<tr><td>Heron</td><td>Ground floor, east wing</td><td>24 beds: nursing care for people living with
dementia</td><td>Marisol Acheampong, RMN</td></tr>
<tr><td>Linnet</td><td>First floor</td><td>28 beds: residential care</td><td>Graham Petrie</td></tr>
<tr><td>Wren</td><td>Ground floor, west wing</td><td>12 beds: short stays and step-down care after a
hospital discharge</td><td>Oona Kilbride, RGN</td></tr>
</table>
<p>You are appointed to one unit, but when staffing is short you may be asked to help out on another. When
you do, follow that unit's routines for the rest of the shift.</p>
<h2>Shift patterns and the rota</h2>
<p>Each unit lead draws up the rota four weeks ahead; it is posted in the staff room and in the rota app.
Your contract names one of three shift patterns:</p>
<table>
<tr><th>Pattern</th><th>Shift times</th><th>Breaks</th><th>Enhancement on top of your basic rate</th></tr>
<tr><td>Long days</td><td>07:45 to 20:15, three or four shifts a week</td><td>60 minutes unpaid, taken as two
half-hour breaks</td><td>1.35 GBP an hour, on Saturdays and Sundays only</td></tr>
<tr><td>Earlies and lates</td><td>earlies 07:30 to 14:30, lates 14:15 to 21:15</td><td>20 minutes
paid</td><td>0.85 GBP an hour, for hours worked after 18:00</td></tr>
<tr><td>Nights</td><td>20:00 to 08:00</td><td>45 minutes paid, taken on the unit</td><td>2.40 GBP an hour,
for every hour of the shift</td></tr>
</table>
<p>Arrive in time for the handover at the start of your shift; handover is paid time. You may swap a shift
with a colleague in the same role on the same unit, as long as your unit lead agrees at least 48 hours before
the first of the two shifts. The person giving the shift away records the swap in the rota app.</p>
<p>Bank holidays are paid at time and a half, whatever your pattern.</p>
""",
    """
<h2>Handover</h2>
<p>Handover takes a quarter of an hour and is led by the nurse or senior carer in charge of the outgoing
shift. Each unit holds it somewhere residents will not overhear:</p>
<ul>
<li>Heron holds handover in the quiet lounge beside the garden door, never in the corridors.</li>
<li>On Linnet, handover is at the nurses' station opposite the lift.</li>
<li>Wren uses the clinic room, where the hospital discharge letters are kept.</li>
</ul>
<h2>Visiting</h2>
<p>Visitors sign in at reception and use the hand gel by the door. Visiting times differ between the units:
Linnet welcomes visitors from 10:30 to 20:00, Wren from 14:00 to 19:30 so that therapy sessions can take
place in the mornings, and Heron has open visiting at any hour, because familiar faces help residents living
with dementia to settle. Protected mealtimes apply everywhere: please ask visitors not to arrive between
12:15 and 13:15 unless they are helping their relative to eat.</p>
<h2>Training</h2>
<p>Everyone completes the Larkmoor induction and the Care Certificate within their first 12 weeks, and the
yearly e-learning (safeguarding, infection control, fire safety and basic life support) by the anniversary of
their start date. Fire drills are held every three months, on days and on nights.</p>
<p>Each unit also has training of its own, booked by the unit lead during your first three months. Staff
appointed to Heron take the Tier 2 dementia course, two days at the Larkmoor academy. On Linnet, everyone
attends the falls prevention workshop. Staff on Wren complete the wound care module and are then signed off
on pressure-area care by the tissue viability nurse.</p>
<h2>Uniform</h2>
<p>Quillfield provides three tunics and two pairs of trousers, and replaces them when they wear out. The tunic
colour shows your role: navy for nurses, lilac for senior carers and teal for care assistants. Activity
workers wear their own clothes with a name badge. On every shift you are bare below the elbows: no watch, no
bracelets, no nail varnish and no rings except a plain band.</p>
<h2>If you are ill</h2>
<p>Phone the home yourself, rather than sending a text, at least four hours before your shift starts; for a
night shift, by 14:30 on the day. Ask for the nurse in charge of your unit: Heron is on extension 4201, Linnet
on extension 4202 and Wren on extension 4203. Tell them when you expect to be back. From the eighth day of
sickness you need a fit note from your GP.</p>
<h2>Annual leave</h2>
<p>The leave year runs from 1 April to 31 March. Everyone is entitled to 5.6 weeks of annual leave a year,
with bank holidays included in that figure, because the home is staffed every day of the year. Leave is held
in hours so that it matches the shifts you work. For a full-time contract the entitlement is:</p>
<ul>
<li>long days (36 contracted hours a week): 201.6 hours;</li>
<li>earlies and lates (37.5 contracted hours a week): 210 hours;</li>
<li>nights (34.5 contracted hours a week): 193.2 hours.</li>
</ul>
""",
    """
<p>Part-time staff receive the same 5.6 weeks, pro rata to their contracted hours. Book leave in the rota app
at least four weeks before the rota for that period is published. No more than two people from the same unit
may be on leave in the same week, and Christmas Day, Boxing Day and New Year's Day are shared out so that
everyone works at least one of the three. Night staff book their leave with the night manager, Sunil Varghese,
rather than with their unit lead. Up to one week of unused leave can be carried into the next leave year if
your unit lead agrees; anything more is lost on 31 March.</p>
<h2>Pay</h2>
<p>Larkmoor pays monthly, on the 26th, or on the last working day before it when the 26th falls at a weekend.
Enhancements for your shift pattern are paid one month in arrears and appear on your payslip as separate
lines. Payslips are in the Larkmoor staff app.</p>
<h2>Looking after yourself</h2>
<p>Free drinks and a hot meal are provided for staff on every shift; please eat in the staff room, not in
front of residents. The employee assistance line is free and confidential, day and night. If a resident or
a relative is abusive towards you, tell the nurse in charge straight away and write it up in the incident log
before the end of your shift.</p>
""",
)

USERS = (
    User("qf-ana", ("I'm a care assistant on Heron.", "I work long days.")),
    User("qf-tomasz", ("I work nights on the Linnet unit.",)),
    User("qf-bethan", ("I'm a senior carer on Wren, doing earlies and lates.",)),
    User("qf-kofi", ("I'm a nurse, and I'm on nights.",)),
    User("qf-ruth", ("I've just started as a care assistant on Linnet.",)),
)

BREAK = {"Long days": "60 minutes unpaid", "Earlies and lates": "20 minutes paid", "Nights": "45 minutes paid"}
ENHANCEMENT = {"Long days": "1.35 GBP", "Earlies and lates": "0.85 GBP", "Nights": "2.40 GBP"}
LEAVE = {"Long days": "201.6 hours", "Earlies and lates": "210 hours", "Nights": "193.2 hours"}
HANDOVER = {"Heron": "quiet lounge", "Linnet": "opposite the lift", "Wren": "clinic room"}
VISITING = {"Heron": "open visiting", "Linnet": "10:30 to 20:00", "Wren": "14:00 to 19:30"}
TRAINING = {"Heron": "Tier 2 dementia", "Linnet": "falls prevention", "Wren": "wound care module"}
TUNIC = {"Nurse": "navy", "Senior carer": "lilac", "Care assistant": "teal"}
SICK = {"Heron": "4201", "Linnet": "4202", "Wren": "4203"}

QUESTIONS = (
    rule_question("qf-ana", "What enhancement do I get on top of my hourly rate?", ENHANCEMENT, "Long days"),
    rule_question("qf-ana", "How long is my break, and is it paid?", BREAK, "Long days"),
    rule_question("qf-ana", "How many hours of holiday do I get a year?", LEAVE, "Long days"),
    rule_question("qf-ana", "What extra training do I need to do for my unit?", TRAINING, "Heron"),
    rule_question("qf-ana", "Where does handover happen?", HANDOVER, "Heron"),
    rule_question("qf-ana", "What colour tunic do I wear?", TUNIC, "Care assistant"),
    general_question("qf-ana", "How often do we have fire drills?", "every three months"),
    rule_question("qf-tomasz", "How much extra an hour do I get for my shifts?", ENHANCEMENT, "Nights"),
    rule_question("qf-tomasz", "What's my annual leave entitlement?", LEAVE, "Nights"),
    rule_question("qf-tomasz", "When can relatives visit residents on my unit?", VISITING, "Linnet"),
    rule_question("qf-tomasz", "Which extension do I ring if I'm off sick?", SICK, "Linnet"),
    rule_question("qf-bethan", "Do I get a paid break?", BREAK, "Earlies and lates"),
    rule_question("qf-bethan", "How much holiday am I entitled to?", LEAVE, "Earlies and lates"),
    rule_question("qf-bethan", "Where is the handover held on my unit?", HANDOVER, "Wren"),
    rule_question("qf-bethan", "Which unit-specific course do I have to complete?", TRAINING, "Wren"),
    rule_question("qf-bethan", "What colour is my uniform?", TUNIC, "Senior carer"),
    rule_question("qf-kofi", "How long is my break on shift?", BREAK, "Nights"),
    rule_question("qf-kofi", "What number do I phone when I'm sick?", SICK, None),
    rule_question("qf-kofi", "What colour tunic will I be given?", TUNIC, "Nurse"),
    general_question("qf-kofi", "How much notice do I need to swap a shift?", "48 hours"),
    rule_question("qf-ruth", "How long are the breaks on my shifts?", BREAK, None),
    rule_question("qf-ruth", "What training do I have to do for my unit?", TRAINING, "Linnet"),
    general_question("qf-ruth", "When is payday?", "26th"),
)

HANDBOOK = Handbook(
    name="quillfield",
    title="Quillfield House: Staff Guide for Care and Nursing Teams",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
