"""Wrenfield Playhouse: a producing theatre's new-starter induction slide deck exported to PDF, with
numbered slide titles, terse bullets led by an abbreviation ("FOH: ...", "Tech: ..."), speaker notes
that hold some of the rules, departments defined once by their jobs and contract types (Core, Season,
Casual) defined once by their terms and then named (in lower case in places), a holiday table by
contract type, and "Everyone" slides beside them. Departments and contract types.
Tuning (held out until 2026-12-03)."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Wrenfield Playhouse: New Starter Induction</h1>
<p><i>Slides and speaker notes from the induction session, exported for the staff handbook. Season 14.</i></p>
<h2>Slide 1: Welcome backstage</h2>
<ul>
<li>Wrenfield Playhouse Trust: a producing theatre, 640-seat main house, eight productions a year</li>
<li>This deck is the staff handbook. Keep the PDF; the People Office updates it every season</li>
<li>Questions: People Office, Room 3, off the stage door corridor</li>
</ul>
<p><i>Speaker notes:</i> Before we go any further, work out two things: which department you are in and
which contract you are on. Where a slide differs between departments or contracts, it says which one.
Anything without a label applies to everyone.</p>
<h2>Slide 2: Which department am I in?</h2>
<ul>
<li><b>Front of House (FOH)</b>: ushers, bar and caf&eacute; staff, duty managers</li>
<li><b>Box Office</b>: ticket sales at the window, the phone line and the group bookings desk</li>
<li><b>Stage &amp; Technical (Tech)</b>: stage crew, flys, lighting, sound, and the wardrobe running crew</li>
</ul>
<h2>Slide 3: Which contract am I on?</h2>
<ul>
<li><b>Core</b>: permanent, salaried</li>
<li><b>Season</b>: fixed-term, for one production season (autumn, spring or summer)</li>
<li><b>Casual</b>: zero-hours, paid by the hour, shifts offered through the rota app</li>
</ul>
<p><i>Speaker notes:</i> If your letter says &ldquo;fixed-term&rdquo;, you are Season, whatever your
department. Casuals are sometimes called &ldquo;the pool&rdquo;.</p>
<h2>Slide 4: Everyone, every day</h2>
<ul>
<li>Sign in and out on the board at the stage door. It is the fire roll</li>
<li>Phones silent and out of sight in the auditorium and the wings</li>
<li>Fire alarm: leave by the nearest exit, assembly point on Minster Green</li>
<li>No alcohol before or during a shift</li>
<li>Staff discount in the caf&eacute; and bars: 30% off food and soft drinks</li>
</ul>
""",
    """
<h2>Slide 5: Call times (evening performances, curtain up 19:30)</h2>
<ul>
<li>Tech: 17:40, for the pre-show checks of set, flys and lighting</li>
<li>Box Office: 18:05, cash float counted before the window opens</li>
<li>FOH: 18:25, team briefing in the circle bar</li>
</ul>
<p><i>Speaker notes:</i> The house opens at 19:00 for every show. For matinees, count the same gaps back
from the curtain time on the call sheet.</p>
<h2>Slide 6: What to wear</h2>
<ul>
<li>FOH: burgundy waistcoat and name badge, issued on your first shift; your own black trousers or skirt</li>
<li>Box Office: teal polo shirts with the Wrenfield logo, three issued when you start</li>
<li>Tech: blacks, meaning all-black clothing with no logos, plus steel toe-cap boots</li>
</ul>
<p><i>Speaker notes:</i> Whatever you wear, soft-soled shoes only anywhere the audience can hear you.</p>
<h2>Slide 7: Off sick?</h2>
<p>Phone (do not text) before your call time. Who you phone depends on your department:</p>
<ul>
<li>FOH: the duty manager mobile, 07700 900412</li>
<li>Box Office: the supervisor line, ext. 2207</li>
<li>Tech: the production manager, ext. 2260</li>
</ul>
<p><i>Speaker notes:</i> From the fourth day off you need to fill in the self-certification form, and from
the eighth day a fit note from your doctor.</p>
<h2>Slide 8: Your first week</h2>
<ul>
<li>Shadow shifts with a buddy from your department</li>
<li>Backstage tour and fire walk with the stage door keeper</li>
</ul>
<p><i>Speaker notes:</i> Each department also has one course you must pass in the first week. FOH starters
take the evacuation marshal course, because ushers clear the auditorium in an alarm. Box Office starters
do the TillPoint ticketing course over two mornings. In Tech you'll do the working-at-height and flying
induction before you touch a fly line.</p>
""",
    """
<h2>Slide 9: Holiday</h2>
<table>
<tr><th>Contract</th><th>Holiday</th></tr>
<tr><td>Core</td><td>26 days a year, plus bank holidays</td></tr>
<tr><td>Season</td><td>2.5 days for each full month of your contract, taken between productions</td></tr>
<tr><td>Casual</td><td>no booked holiday: 12.07% holiday pay is added to every hour you work</td></tr>
</table>
<p><i>Speaker notes:</i> Nobody takes holiday in tech week or on a press night. Book it in the rota app at
least four weeks ahead.</p>
<h2>Slide 10: Free tickets</h2>
<ul>
<li>Core: 4 comps per production, any performance except press night</li>
<li>Season: 2 comps for each production in your season</li>
<li>Casual: standby tickets at 5 GBP on the day, if seats are left</li>
</ul>
<h2>Slide 11: Leaving us</h2>
<p><i>Speaker notes:</i> We hope you won't, but if you do: if you're core, your notice period is one
calendar month. Season staff give two weeks' notice, or the contract simply ends on the date in your letter.
Casuals have no notice period; just tell the rota team you're leaving the pool, and release any shifts
you've already accepted.</p>
<h2>Slide 12: Getting paid</h2>
<ul>
<li>Everyone is paid on the 28th of each month, by bank transfer</li>
<li>Payslips are in the rota app two days before</li>
<li>Overtime and extra shifts are claimed on the timesheet by the 10th</li>
</ul>
<p><i>Speaker notes:</i> That's it. Grab a coffee, and the stage door keeper will take you on the tour.</p>
""",
)

USERS = (
    User("wf-rosa", ("I usher a few nights a week.", "I'm on a zero-hours contract.")),
    User("wf-dev", ("I've joined the box office for the autumn season, it's a fixed-term contract.",)),
    User("wf-tomasz", ("I'm on the stage crew, doing lighting mostly.", "I'm permanent staff.")),
    User("wf-imogen", ("I work behind the bar at the Playhouse.",)),
    User("wf-keith", ("My contract's a permanent one.", "I only started last week.")),
)

CALL = {"Tech": "17:40", "Box Office": "18:05", "FOH": "18:25"}
DRESS = {"FOH": "burgundy waistcoat", "Box Office": "teal polo", "Tech": "all-black clothing"}
SICK = {"FOH": "07700 900412", "Box Office": "2207", "Tech": "2260"}
COURSE = {"FOH": "evacuation marshal", "Box Office": "TillPoint", "Tech": "flying induction"}
HOLIDAY = {"Core": "26 days", "Season": "2.5 days", "Casual": "12.07%"}
COMPS = {"Core": "4 comps", "Season": "2 comps", "Casual": "standby tickets"}
NOTICE = {"Core": "one calendar month", "Season": "two weeks", "Casual": "no notice period"}

QUESTIONS = (
    rule_question("wf-rosa", "What time do I need to be in for an evening show?", CALL, "FOH"),
    rule_question("wf-rosa", "What do I have to wear on shift?", DRESS, "FOH"),
    rule_question("wf-rosa", "How does holiday work for me?", HOLIDAY, "Casual"),
    rule_question("wf-rosa", "Do I get any free or cheap tickets?", COMPS, "Casual"),
    rule_question("wf-rosa", "If I want to stop working here, how much notice do I have to give?", NOTICE, "Casual"),
    general_question("wf-rosa", "What date do we get paid?", "28th"),
    rule_question("wf-dev", "When's my call time for evening performances?", CALL, "Box Office"),
    rule_question("wf-dev", "Who should I ring if I'm ill?", SICK, "Box Office"),
    rule_question("wf-dev", "How many days off do I get?", HOLIDAY, "Season"),
    rule_question("wf-dev", "Which course do I have to do in my first week?", COURSE, "Box Office"),
    rule_question("wf-dev", "How many comps can I get for a show?", COMPS, "Season"),
    rule_question("wf-tomasz", "what time's my call for the evening shows", CALL, "Tech"),
    rule_question("wf-tomasz", "Is there a dress code for my job?", DRESS, "Tech"),
    rule_question("wf-tomasz", "How much annual leave do I get?", HOLIDAY, "Core"),
    rule_question("wf-tomasz", "What's my notice period?", NOTICE, "Core"),
    rule_question("wf-tomasz", "Who do I call in sick to?", SICK, "Tech"),
    rule_question("wf-imogen", "Who do I phone if I'm too ill to come in for my shift?", SICK, "FOH"),
    rule_question("wf-imogen", "What training do I have to pass in my first week?", COURSE, "FOH"),
    rule_question("wf-imogen", "How much holiday am I entitled to?", HOLIDAY, None),
    rule_question("wf-keith", "How many free tickets do I get per production?", COMPS, "Core"),
    rule_question("wf-keith", "What time do I have to arrive for an evening performance?", CALL, None),
    general_question("wf-keith", "Where do we go if the fire alarm goes off?", "Minster Green"),
)

HANDBOOK = Handbook(
    name="wrenfield",
    title="Wrenfield Playhouse: New Starter Induction",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
