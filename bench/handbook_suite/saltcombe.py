"""Saltcombe Museums Trust: a heritage charity's welcome letter to new staff, in running prose signed by
the director, where the rules are tucked into subordinate clauses and asides ("If, like most of our
guides, you are ...", "colleagues at X, where ..., may ..."), three contract types defined once in a
sentence (the casual ones called "the bank") and then named, three sites' rules in one long sentence,
and a "What's changed this season" box giving old and new values. Contract types and sites.
Tuning (held out until 2026-12-03)."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Saltcombe Museums Trust: A Letter to New Colleagues</h1>
<p><i>From Marguerite Fenwick-Shaw, Director. Please keep this letter: it is the staff handbook.</i></p>
<p>Dear colleague,</p>
<p>Welcome to the Trust. We are a small charity, and although we look after three very different places,
we try to run them as one team. The Harbour Museum sits on the quay in Saltcombe itself, in the old fish
market; Brinehouse Mill, two miles up the Brine valley, is a working watermill that still grinds flour on
Saturdays; and Gullet Point Lighthouse stands at the far end of the headland, where visitors can climb the
tower on fine days. Your offer letter names one of these as your home site, and although you may be asked
to help out at the others now and then, it is your home site whose arrangements apply to you.</p>
<p>Your offer letter also names your contract, which is one of three kinds: permanent, which means
salaried and all year round; seasonal, which is fixed-term and runs from the Easter weekend to the end of
the October half-term; and casual, for colleagues on what we have always called the bank, who are offered
shifts as they come up and are free to turn them down. Much of what follows depends on one or the other,
and I have tried to say so wherever it does.</p>
<h2>Your first morning</h2>
<p>Please arrive in good time on your first day and every day after it. Staff at the Harbour Museum should
be in by 09:20, coming in through the staff door on Quay Lane rather than the main entrance; at the mill,
where the wheel and the sluice have to be checked before anyone is let in, the day begins at 09:50 in the
mill office above the wheel pit; and if your home site is the lighthouse, which opens last because of the
tide on the causeway, you sign in at the keeper's cottage by 10:25.</p>
<p>On that first morning everyone is shown the fire exits, the first-aid box and the accident book, and
walks the building with the duty manager. Beyond that, each site asks for one piece of training of its own
within your first fortnight: the object handling course for those at the Harbour Museum, where so much of
the collection is on open display, the machinery safety induction with the miller for those at Brinehouse,
and, because the tower stair is narrow and steep, the tower evacuation drill for those at Gullet Point.</p>
<h2>Getting here</h2>
<p>Parking is the question everyone asks, so here is the whole answer. There is no staff parking at the
Harbour Museum, although the Trust will pay for a season ticket for the Quayside long-stay car park if you
ask the office before the end of April; colleagues at Brinehouse Mill may leave their cars in the field
behind the granary, except on flour Saturdays, when the field is needed for visitors and staff use the
village hall instead; and because no private cars are allowed on Gullet Point at all, lighthouse staff
travel out on the Trust minibus, which leaves the forecourt of Saltcombe station at 09:45 and comes back
from the point at 17:40.</p>
""",
    """
<h2>Leave, sickness and notice</h2>
<p>Holidays work differently depending on how you are employed. Permanent colleagues, who are with us all
year, have 26 days of annual leave plus the bank holidays, though since the museums are at their busiest in
August we ask that no more than ten of those days are taken between June and September. If, like most of our
guides, you are on a seasonal contract, you build up leave at 2.5 days for each full month worked, which you
take before the season ends rather than being paid for it, unless your duty manager has turned a request
down in writing. Casual colleagues, for whom a fixed allowance would make no sense, receive holiday pay of
12.07% on top of every hour they work, shown as a separate line on the payslip.</p>
<p>If you are ill, ring the duty manager at your home site before you are due in (please do not text), and
let us know each day until we agree otherwise. Sick pay, which again follows your contract, is full pay for
10 weeks and then half pay for a further 10 weeks for permanent staff, whereas seasonal staff receive full
pay for up to 3 weeks in any one season, and bank colleagues, who are paid only for the shifts they have
accepted, receive Statutory Sick Pay where they qualify for it. After seven calendar days we will need a
fit note from your doctor.</p>
<p>Probation lasts 16 weeks for everyone, and during it either side may end the contract with a week's
notice. Once it is over, permanent colleagues give one month's notice, seasonal colleagues give two weeks'
notice, and bank colleagues need not give any notice at all, although we do ask for 48 hours' warning if
you have to drop a shift you have already accepted.</p>
<h2>Pay and the little things</h2>
<p>Everyone is paid on the 25th of the month, by bank transfer; if you are on the bank, the hours you have
logged in the rota app by the 5th are paid that month. Expenses, which are rare, are claimed on the paper
form in the staff room within a month.</p>
<p>You will be given a sage-green fleece and a name badge, which you wear whenever you are on the visitor
side of the building. Visitors notice the badge more than anything else, so please wear it.</p>
<p>Finally, the best thing about working here: you and your household may visit any of our sites free of
charge, and you may bring up to four guests with you each time, as long as you show your badge at the
desk.</p>
""",
    """
<h2>What's changed this season</h2>
<table>
<tr><th>What</th><th>Until last season</th><th>From 1 April</th></tr>
<tr><td>Staff discount in the Trust's shops and cafes (everyone)</td><td>10%</td><td>15%</td></tr>
<tr><td>Free guests on a staff visit</td><td>two guests</td><td>up to four guests</td></tr>
<tr><td>Lighthouse minibus, morning departure</td><td>09:30</td><td>09:45</td></tr>
<tr><td>Mill staff room</td><td>granary loft</td><td>the old cart shed</td></tr>
</table>
<p>None of the other arrangements in this letter have changed since last year. If anything here does not
match what you were told at interview, it is this letter that is right, and I would be glad to hear about
it.</p>
<p>With every good wish for your first season with us,</p>
<p><b>Marguerite Fenwick-Shaw</b><br/>Director, Saltcombe Museums Trust<br/>The Harbour Museum, Old Fish
Market, Saltcombe</p>
""",
)

USERS = (
    User("sm-rowan", ("I've got a permanent contract.", "My home site is the Harbour Museum.")),
    User("sm-tess", ("Seasonal guide up at the mill this year.",)),
    User("sm-yusuf", ("I'm a casual, on the bank list.", "Home site's Gullet Point.")),
    User("sm-bea", ("Been on a seasonal contract since Easter.",)),
    User("sm-osian", ("I work at Brinehouse.",)),
)

PERMANENT, SEASONAL, CASUAL = "permanent", "seasonal", "casual"
HARBOUR, MILL, LIGHTHOUSE = "Harbour Museum", "Brinehouse Mill", "Gullet Point Lighthouse"

LEAVE = {PERMANENT: "26 days", SEASONAL: "2.5 days", CASUAL: "12.07%"}
SICK = {PERMANENT: "10 weeks", SEASONAL: "3 weeks", CASUAL: "Statutory Sick Pay"}
NOTICE = {PERMANENT: "one month", SEASONAL: "two weeks", CASUAL: ("need not give any notice", "48 hours")}
ARRIVE = {HARBOUR: "09:20", MILL: "09:50", LIGHTHOUSE: "10:25"}
SIGN_IN = {HARBOUR: "Quay Lane", MILL: "wheel pit", LIGHTHOUSE: "keeper's cottage"}
TRAINING = {HARBOUR: "object handling", MILL: "machinery safety", LIGHTHOUSE: "tower evacuation"}
PARKING = {HARBOUR: "Quayside long-stay", MILL: "behind the granary", LIGHTHOUSE: "Trust minibus"}

QUESTIONS = (
    rule_question("sm-rowan", "How many days' holiday do I get?", LEAVE, PERMANENT),
    rule_question("sm-rowan", "What sick pay am I entitled to?", SICK, PERMANENT),
    rule_question("sm-rowan", "How much notice do I have to hand in if I want to leave?", NOTICE, PERMANENT),
    rule_question("sm-rowan", "What time do I need to be in?", ARRIVE, HARBOUR),
    rule_question("sm-rowan", "Where can I park for work?", PARKING, HARBOUR),
    rule_question("sm-tess", "How does annual leave work for me?", LEAVE, SEASONAL),
    rule_question("sm-tess", "Where do I sign in when I get there?", SIGN_IN, MILL),
    rule_question("sm-tess", "Is there somewhere to leave my car?", PARKING, MILL),
    rule_question("sm-tess", "Is there any extra training I have to do for my site?", TRAINING, MILL),
    rule_question("sm-tess", "If I quit mid-season, how much notice do I give?", NOTICE, SEASONAL),
    rule_question("sm-yusuf", "Do I get paid holiday?", LEAVE, CASUAL),
    rule_question("sm-yusuf", "What happens with pay if I'm off sick?", SICK, CASUAL),
    rule_question("sm-yusuf", "How do I get to work, can I drive there?", PARKING, LIGHTHOUSE),
    rule_question("sm-yusuf", "What time should I arrive for my shift?", ARRIVE, LIGHTHOUSE),
    general_question("sm-yusuf", "How much staff discount do we get in the cafe?", "15%"),
    rule_question("sm-bea", "How long would I get full pay if I was off ill?", SICK, SEASONAL),
    rule_question("sm-bea", "Where do staff park?", PARKING, None),
    general_question("sm-bea", "How many people can I bring in free when I visit?", "four guests"),
    rule_question("sm-osian", "What time am I supposed to start?", ARRIVE, MILL),
    rule_question("sm-osian", "How much annual leave do I have?", LEAVE, None),
    general_question("sm-osian", "When is pay day?", "25th"),
)

HANDBOOK = Handbook(
    name="saltcombe",
    title="Saltcombe Museums Trust: A Letter to New Colleagues",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
