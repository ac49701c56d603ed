"""Merrowby Academy (an HTML file): a secondary school's staff guide written as an A to Z (letter headings,
one bold entry per topic), with staff defined once by contract type and their jobs (teaching staff,
support staff, supply and casual staff), three campuses defined by their year groups, several contract
types' rules in one sentence, campus rules in a list or in consecutive sentences, contract types in lower
case throughout, and general entries beside them. Contract types and campuses.
Tuning (held out until 2026-12-03)."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Merrowby Academy: Staff Guide A to Z</h1>
<p>Welcome to Merrowby. This guide answers the everyday questions about working here, in alphabetical
order. It sits alongside the policies on the staff shared drive, which always take precedence. Corrections
and suggestions to Rhiannon Castellane, Business Manager.</p>
<p>Merrowby is one school on three campuses: <b>Abbotsgate</b> (Years 7 to 9), <b>Linley Fields</b> (Years
10 and 11) and the sixth form centre on <b>Ferris Street</b>. Several entries depend on what kind of contract
you hold:</p>
<ul>
<li><b>teaching staff</b>: everyone on a teacher&rsquo;s contract, including heads of department, the
leadership team and early career teachers;</li>
<li><b>support staff</b>: everyone on a support contract, such as teaching assistants, cover supervisors,
technicians, the site team, the office, finance and IT;</li>
<li><b>supply and casual staff</b>: agency supply teachers and anyone we pay by the hour, such as exam
invigilators and casual sports coaches.</li>
</ul>
<h2>A</h2>
<p><b>Absence.</b> If you are ill and cannot come in, phone; a text or email is not enough. Teaching staff
ring the cover line by 06:45 so that lessons can be covered, support staff ring their line manager by 07:45,
and supply and casual staff tell their agency, or the cover office if we booked them directly, by 07:15.
Say how long you expect to be off. A self-certification form is completed on your return, and a fit note is
needed from the eighth day.</p>
<h2>B</h2>
<p><b>Briefing.</b> There is a short staff briefing on each campus at 08:20 every Monday and Thursday.
Abbotsgate holds it in the library, Linley Fields in the drama studio and Ferris Street in the common room.
Notes go out by email afterwards for anyone who is teaching or on duty at that time.</p>
<h2>C</h2>
<p><b>Car parking.</b> Parking is limited on every campus, so please car share or cycle if you can. Where to
park depends on your campus:</p>
<ul>
<li>Abbotsgate: the staff car park behind the sports hall, entered from the service road.</li>
<li>Linley Fields: the overflow car park on Tenter Lane; the front car park is for visitors and
minibuses.</li>
<li>Ferris Street: there is no staff parking on site; permits for the Dyer Street multi-storey are available
from reception.</li>
</ul>
<p><b>Cover.</b> Cover is arranged by the cover office and published on the cover board by 08:15. Check it
before registration.</p>
""",
    """
<h2>D</h2>
<p><b>Dress code.</b> Smart, professional dress. PE staff and technicians may wear the Merrowby polo shirt and
appropriate footwear. Lanyards are worn at all times (see <i>ID</i>).</p>
<h2>F</h2>
<p><b>Fire.</b> When the alarm sounds, take your class out by the nearest exit and take the register at the
assembly point. At Abbotsgate the assembly point is the astroturf pitch. At Linley Fields, classes line up on
the bottom field, in tutor groups. Ferris Street assembles on Chapel Row, at the far end of the building,
where students stand by their registration group. Fire drills are held once a term on each campus.</p>
<h2>H</h2>
<p><b>Holidays.</b> Term dates are set by the Trust and published on the website a year ahead. Leave in term
time is granted only in exceptional circumstances, by the Headteacher, and should be requested in writing at
least four weeks before.</p>
<h2>I</h2>
<p><b>ID.</b> Everyone wears a photo ID card on a Merrowby lanyard, visible at all times. The colour shows
the kind of contract you hold: green for teaching staff, purple for support staff, orange for supply and
casual staff. Visitors wear a red visitor lanyard and are accompanied. If you forget your card, collect a
day pass from reception.</p>
<p><b>INSET.</b> There are five training days a year, when the school is closed to students. Dates are in the
calendar.</p>
<h2>K</h2>
<p><b>Keys and fobs.</b> Door fobs and keys are issued by the site team and signed for. Report a lost fob at
once so it can be cancelled; a replacement fob costs 15 GBP.</p>
""",
    """
<h2>L</h2>
<p><b>Lunch.</b> Staff can buy lunch in the student dining hall on each campus. Staff on lunch duty eat free
that day.</p>
<h2>P</h2>
<p><b>Pay.</b> Payslips are in the HR portal. Teaching staff are paid on the last working day of the month,
support staff on the 20th, and supply and casual staff every Friday, for the week before, through their
agency or the casual payroll. Please send timesheets to the finance office by Monday lunchtime.</p>
<p><b>Photocopying.</b> Send jobs to reprographics at least two working days ahead. Class sets of more than
30 copies should not be printed on the staffroom printers.</p>
<h2>S</h2>
<p><b>Safeguarding.</b> If you are worried about a child, report it the same day to the Designated
Safeguarding Lead, Ms Priya Okonjo-Hale, or to a deputy, and log it in the safeguarding system. Never promise
a child that you will keep a secret. Everyone completes safeguarding training each September.</p>
<h2>V</h2>
<p><b>Visitors.</b> All visitors sign in at reception. If you are expecting one, let reception know the day
before.</p>
<h2>W</h2>
<p><b>Wi-Fi.</b> Staff devices use the MerrowbyStaff network. Personal phones use the guest network, with
your staff login.</p>
""",
)

USERS = (
    User("mb-rosalind", ("I teach geography at Abbotsgate.",)),
    User("mb-kit", ("I'm a teaching assistant.", "I work at the Linley Fields campus.")),
    User("mb-dominika", ("I do supply work at Merrowby through an agency, mostly at Ferris Street.",)),
    User("mb-obi", ("I'm on a support staff contract, working in the finance office.",)),
    User("mb-heather", ("I'm based at Linley Fields.",)),
)

ABSENCE = {"Teaching staff": "06:45", "Support staff": "07:45", "Supply and casual staff": "07:15"}
LANYARD = {"Teaching staff": "green", "Support staff": "purple", "Supply and casual staff": "orange"}
PAY = {"Teaching staff": "last working day", "Support staff": "20th", "Supply and casual staff": "every Friday"}
PARKING = {"Abbotsgate": "behind the sports hall", "Linley Fields": "Tenter Lane", "Ferris Street": "Dyer Street"}
BRIEFING = {"Abbotsgate": "library", "Linley Fields": "drama studio", "Ferris Street": "common room"}
FIRE = {"Abbotsgate": "astroturf", "Linley Fields": "bottom field", "Ferris Street": "Chapel Row"}

QUESTIONS = (
    rule_question("mb-rosalind", "What time do I have to phone in by if I'm ill?", ABSENCE, "Teaching staff"),
    rule_question("mb-kit", "By what time should I call in sick?", ABSENCE, "Support staff"),
    rule_question(
        "mb-dominika", "If I can't come in, by when do I need to let someone know?", ABSENCE, "Supply and casual staff"
    ),
    rule_question("mb-heather", "What's the deadline for ringing in sick?", ABSENCE, None),
    rule_question("mb-rosalind", "What colour lanyard should I wear?", LANYARD, "Teaching staff"),
    rule_question("mb-obi", "Which colour is my lanyard?", LANYARD, "Support staff"),
    rule_question("mb-dominika", "What colour lanyard do I get?", LANYARD, "Supply and casual staff"),
    rule_question("mb-kit", "When do I get paid?", PAY, "Support staff"),
    rule_question("mb-rosalind", "What day of the month is payday for me?", PAY, "Teaching staff"),
    rule_question("mb-obi", "When is my salary paid?", PAY, "Support staff"),
    rule_question("mb-dominika", "How often am I paid?", PAY, "Supply and casual staff"),
    rule_question("mb-rosalind", "Where should I park?", PARKING, "Abbotsgate"),
    rule_question("mb-kit", "Where is staff parking?", PARKING, "Linley Fields"),
    rule_question("mb-dominika", "Where can I park my car?", PARKING, "Ferris Street"),
    rule_question("mb-obi", "Where do staff park?", PARKING, None),
    rule_question("mb-heather", "Where is the morning staff briefing held?", BRIEFING, "Linley Fields"),
    rule_question("mb-dominika", "Where do I go for staff briefing?", BRIEFING, "Ferris Street"),
    rule_question("mb-rosalind", "Where is the fire assembly point?", FIRE, "Abbotsgate"),
    rule_question("mb-heather", "Where do we assemble if the fire alarm goes off?", FIRE, "Linley Fields"),
    general_question("mb-obi", "How much does a replacement door fob cost?", "15 GBP"),
    general_question(
        "mb-kit", "Who do I report a safeguarding concern to?", ("Okonjo-Hale", "Designated Safeguarding Lead")
    ),
)

HANDBOOK = Handbook(
    name="merrowby",
    title="Merrowby Academy: Staff Guide A to Z",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
