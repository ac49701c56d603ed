"""Pennant Hotels: a team member handbook written in the second person ("If you work in the
kitchen, you ..."), with exceptions ("unless you work in the kitchen", "except at Saltings"), several
departments' rules in one sentence, and a hotel's rules beside the group's. Departments and
hotels. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Pennant Hotels: Team Member Handbook</h1>
<p>Welcome to Pennant. Whether you have joined us at Calder Quay in the city, at Ardlow House in the hills
or at the Saltings Hotel on the coast, this handbook is yours to keep. It explains what you can expect
from us and what we ask of you in return. Most of it applies to everyone. Where something depends on your
department or on the hotel you work at, we tell you.</p>
<p>When we talk about housekeeping, we mean room attendants, linen porters and floor supervisors. The
kitchen means everyone from kitchen porters to the head chef. Front office covers reception,
reservations, concierge and night porters.</p>
<h2>Getting to work</h2>
<p>Please never use the guest entrance when you arrive for a shift, even if you are running late. At
Calder Quay you come in through the staff door on Mill Wynd, behind the hotel. At Ardlow House, use the
side door next to the walled garden. The staff entrance at the Saltings Hotel is the green door under
the terrace, beside the delivery bay. You will be given a key fob on your first day; if you lose it,
tell security straight away.</p>
<h2>Your uniform</h2>
<p>We give you your uniform and we launder it for you. Hand it in at the linen room at the end of your
shift and collect a clean set before the next one. You will also get a pair of non-slip shoes when you
start, which we replace when they wear out.</p>
<h2>Breaks and meals</h2>
<p>For every six hours you work, you are entitled to a break of 20 minutes, away from guest areas. You can
have a free hot meal during any shift of five hours or more. If you work split shifts, you may eat once
in each part of the day.</p>
<h2>Holidays</h2>
<p>You are entitled to 28 days of paid holiday a year, bank holidays included, unless you work in the
kitchen: because kitchen rotas run on split shifts and late finishes, kitchen team members get 30 days.
The holiday year runs from January to December, and you should ask for holiday at least three weeks in
advance through your head of department.</p>
<p>The Saltings Hotel closes every winter, from the second week of November until the start of February.
If you work there, you must take at least 10 days of your holiday during the closure; the rest can be
taken in the open season outside July and August.</p>
""",
    """
<h2>If you are ill</h2>
<p>If you cannot come in because you are unwell, phone (do not text) as early as you can, and in any case
before your shift is due to start. If you are in housekeeping you call the head housekeeper, whereas
kitchen team members ring the head chef and front office colleagues ring the duty manager. If you cannot
get through, leave a message at reception and keep trying. From the eighth day of absence you will need
a fit note from your doctor.</p>
<h2>Tips and service charge</h2>
<p>All tips and the service charge go into one tronc, which an independent troncmaster shares out every
four weeks through payroll. Shares are worked out on points for each hour you work: front office
colleagues earn 3 points an hour, kitchen team members 4 points and housekeeping 2 points. Supervisors
in any department earn one extra point an hour on top. Management does not take part in the tronc.</p>
<h2>Living in</h2>
<p>Some of our team live on site. If you do, the rent comes straight out of your pay: at Ardlow House it
is 85 GBP a week, and at the Saltings Hotel 70 GBP a week, both including heating, electricity and
wifi. There is no staff accommodation at Calder Quay, though the hotel manager can help you find a room
nearby. Rooms are inspected once a month, and guests of yours may not stay overnight.</p>
<h2>Staying with us</h2>
<p>You can book any Pennant hotel for yourself, family or friends at 35 GBP a night, room only, subject
to availability and not on Saturday nights in the summer. You also get half price on food in our
restaurants when you are off duty.</p>
<h2>Your first weeks</h2>
<p>Your first twelve weeks are a probation period. Your head of department will meet you at the end of
week four and week ten to talk about how it is going. You will be paid every other Friday, by bank
transfer, with your payslip available online.</p>
""",
)

USERS = (
    User("pn-agnieszka", ("I'm a room attendant at Calder Quay.",)),
    User("pn-declan", ("I'm a commis chef.", "I live in at Ardlow House.")),
    User("pn-yasmin", ("I work on reception at the Saltings Hotel.",)),
    User("pn-fergus", ("I started at Ardlow House in the spring.",)),
    User("pn-tereza", ("I'm in housekeeping, mostly on the second floor.",)),
)

LEAVE = {"Housekeeping": "28 days", "Front office": "28 days", "Kitchen": "30 days"}
ENTRANCE = {"Calder Quay": "Mill Wynd", "Ardlow House": "walled garden", "Saltings": "under the terrace"}
SICK_CALL = {"Housekeeping": "head housekeeper", "Kitchen": "head chef", "Front office": "duty manager"}
RENT = {"Ardlow House": "85 GBP a week", "Saltings": "70 GBP a week"}
TRONC = {"Front office": "3 points", "Kitchen": "4 points", "Housekeeping": "2 points"}

QUESTIONS = (
    rule_question("pn-agnieszka", "How many days' holiday do I get?", LEAVE, "Housekeeping"),
    rule_question("pn-declan", "How much annual leave am I entitled to?", LEAVE, "Kitchen"),
    rule_question("pn-yasmin", "How many days of paid holiday do I have a year?", LEAVE, "Front office"),
    rule_question("pn-fergus", "How many days' holiday do I get a year?", LEAVE, None),
    rule_question("pn-agnieszka", "Which entrance do I use when I come in for a shift?", ENTRANCE, "Calder Quay"),
    rule_question("pn-yasmin", "Where is the staff entrance?", ENTRANCE, "Saltings"),
    rule_question("pn-fergus", "How do I get in to work? Which door?", ENTRANCE, "Ardlow House"),
    rule_question("pn-tereza", "Where is the staff entrance?", ENTRANCE, None),
    rule_question("pn-declan", "Who do I phone if I'm sick and can't come in?", SICK_CALL, "Kitchen"),
    rule_question("pn-tereza", "Who should I call if I'm off sick?", SICK_CALL, "Housekeeping"),
    rule_question("pn-yasmin", "Who do I ring if I'm too ill to work?", SICK_CALL, "Front office"),
    rule_question("pn-fergus", "Who do I tell if I'm ill?", SICK_CALL, None),
    rule_question("pn-declan", "How much rent do I pay for my staff room?", RENT, "Ardlow House"),
    rule_question("pn-yasmin", "What would it cost me to live in?", RENT, "Saltings"),
    rule_question("pn-yasmin", "How many tronc points do I earn per hour?", TRONC, "Front office"),
    rule_question("pn-tereza", "How are tips shared, how many points do I get an hour?", TRONC, "Housekeeping"),
    rule_question("pn-agnieszka", "How many points an hour do I get in the tronc?", TRONC, "Housekeeping"),
    general_question("pn-agnieszka", "What's the room rate for friends and family?", "35 GBP a night"),
    general_question("pn-declan", "How long is my break?", "20 minutes"),
    general_question("pn-yasmin", "How much holiday must I take during the winter closure?", "10 days"),
)

HANDBOOK = Handbook(
    name="pennant",
    title="Pennant Hotels: Team Member Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
