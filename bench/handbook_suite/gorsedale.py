"""Gorsedale Construction: a building contractor's site induction booklet, with numbered golden rules, a
trade table (paperwork before starting, extra protective equipment), toolbox talk days for four trades in
one sentence, trades in lower case ("electricians", "roofers"), a "Site facts" definition list per project
site (hours, welfare, parking, site manager), and the working-at-height section running onto the next page.
Trades and sites.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Gorsedale Construction: Site Induction Booklet</h1>
<p>Everyone who works on a Gorsedale site, whether directly employed or working for one of our
subcontractors, reads this booklet and attends the site induction before starting work. Keep it with you:
the site manager may ask to see it. If anything here conflicts with the construction phase plan for your
site, the plan wins, and you should point out the difference to the site manager.</p>
<h2>Our golden rules</h2>
<ol>
<li>Sign in at the gatehouse every day and sign out when you leave. No signing in for anyone else.</li>
<li>Wear a hard hat, safety boots, a hi-vis vest, gloves and eye protection at all times outside the welfare
areas.</li>
<li>Never remove or alter a guard rail, scaffold board, barrier or sign. If it is in your way, ask.</li>
<li>Keep to the marked pedestrian routes. The speed limit for every vehicle on site is 5 mph.</li>
<li>No alcohol or drugs. Gorsedale carries out random testing, and a refusal counts as a positive result.</li>
<li>Smoking and vaping are allowed only in the marked smoking shelter, never inside a building under
construction.</li>
<li>Report every accident, injury or near miss to the site manager before you leave site that day.</li>
</ol>
<h2>Rules for your trade</h2>
<p>The golden rules apply to every trade. On top of them, each trade has paperwork that must be in place
before work starts, and extra protective equipment to wear for its work. Your supervisor checks both at the
start of each job.</p>
<table>
<tr><th>Trade</th><th>Paperwork before you start</th><th>Extra protective equipment</th></tr>
<tr><td>Scaffolders</td><td>an approved design drawing for anything other than a basic scaffold</td><td>a
twin-lanyard harness, clipped on at all times when erecting or striking</td></tr>
<tr><td>Electricians</td><td>an isolation permit signed by the authorised person for the
site</td><td>insulated gloves when testing or working near live parts</td></tr>
<tr><td>Groundworkers</td><td>a permit to dig, issued after the service drawings have been checked and the
area scanned</td><td>orange hi-vis trousers when working near plant</td></tr>
<tr><td>Roofers</td><td>a hot works permit for any torch-on work, closed off one hour after the work
ends</td><td>flame-resistant overalls whenever a torch is lit</td></tr>
</table>
<h2>Toolbox talks</h2>
<p>Each trade has a short toolbox talk once a week, at the start of the shift, on the risks of the work
coming up. Scaffolders have theirs on Monday, electricians on Tuesday, groundworkers on Wednesday and
roofers on Thursday. Attendance is recorded, and you will not be allowed to start work that week until you
have signed the record.</p>
""",
    """
<h2>Site facts</h2>
<p>Gorsedale has three live sites. The facts for each are below; they are also on the notice board in the
gatehouse.</p>
<dl>
<dt><b>Pendry Wharf</b> (84 apartments in two blocks on the old dock)</dt>
<dd>Working hours: 07:30 to 17:30, with quiet working only before 08:00.</dd>
<dd>Welfare: the cabins on the quayside, next to the tower crane base.</dd>
<dd>Parking: Chandlers Yard, a five-minute walk along the quay; there is no parking inside the hoarding.</dd>
<dd>Site manager: Ffion Tregarth.</dd>
<dt><b>Hexley Road</b> (a new teaching block at an open primary school)</dt>
<dd>Working hours: 08:00 to 16:00, and no deliveries while the children arrive and leave.</dd>
<dd>Welfare: the ground floor of the old caretaker's house.</dd>
<dd>Parking: none on site; park in the public car park on Tanner Street.</dd>
<dd>Site manager: Desmond Okafor-Reid.</dd>
<dt><b>Quarry Lane</b> (112 homes for sale and rent, built in phases)</dt>
<dd>Working hours: 07:00 to 18:00, and on Saturday mornings with the site manager's agreement.</dd>
<dd>Welfare: the converted farmhouse at the top of the site.</dd>
<dd>Parking: the contractors' compound by plot 40.</dd>
<dd>Site manager: Gwendolyn Achterberg.</dd>
</dl>
<p>Outside working hours the gates are locked and the site is monitored by CCTV. Do not arrange to collect
tools out of hours without the site manager's say-so.</p>
<h2>Welfare and housekeeping</h2>
<p>Eat and drink only in the welfare areas. Keep your work area tidy as you go, and put waste in the right
skip: timber, metal, plasterboard and general waste are separated on every site. Trailing leads must be run
at high level or covered.</p>
<h2>Working at height</h2>
<p>Most serious accidents in construction are falls. Plan work at height so that it is done from a proper
working platform with edge protection, and only use a ladder for short jobs of light work where a platform
is not practical. Mobile towers are erected only by someone who holds a tower card, and every tower is
inspected before use and after any alteration.</p>
""",
    """
<p>Scaffolds are inspected by a competent scaffolder after erection, after any alteration and after bad
weather. A scaffold with a red tag must not be used by anyone, including the scaffold gang, until it has been
re-inspected and re-tagged green. Never overload a working platform with materials, and never work on a
roof edge or an open floor edge that does not have edge protection.</p>
<h2>Training and cards</h2>
<p>Everyone on site must hold a valid skills card for their trade or role. Your supervisor checks it at
induction. Apprentices and trainees are accompanied by a card holder at all times. Gorsedale pays for the
first aid at work course for anyone who volunteers to be a site first aider.</p>
<h2>Emergencies</h2>
<p>If you hear the fire siren, stop work, make your tools safe and leave by the nearest marked route to the
assembly point shown at the gatehouse. Do not go back for belongings. First aiders wear a green hard hat, and
first aid kits are kept in every welfare area.</p>
""",
)

USERS = (
    User("gd-callum", ("I'm a scaffolder working on the Pendry Wharf job.",)),
    User("gd-nadia", ("I'm an electrician.", "Right now I'm on the Hexley Road site.")),
    User("gd-piotr", ("I work for Gorsedale as a groundworker at Quarry Lane.",)),
    User("gd-sian", ("I'm a roofer.",)),
    User("gd-efe", ("I've just started on the Hexley Road site.",)),
)

PAPERWORK = {
    "Scaffolders": "approved design drawing",
    "Electricians": "isolation permit",
    "Groundworkers": "permit to dig",
    "Roofers": "hot works permit",
}
PPE = {
    "Scaffolders": "twin-lanyard harness",
    "Electricians": "insulated gloves",
    "Groundworkers": "orange hi-vis trousers",
    "Roofers": "flame-resistant overalls",
}
TOOLBOX = {"Scaffolders": "Monday", "Electricians": "Tuesday", "Groundworkers": "Wednesday", "Roofers": "Thursday"}
HOURS = {"Pendry Wharf": "07:30 to 17:30", "Hexley Road": "08:00 to 16:00", "Quarry Lane": "07:00 to 18:00"}
WELFARE = {"Pendry Wharf": "quayside", "Hexley Road": "caretaker's house", "Quarry Lane": "farmhouse"}
PARKING = {"Pendry Wharf": "Chandlers Yard", "Hexley Road": "Tanner Street", "Quarry Lane": "plot 40"}

QUESTIONS = (
    rule_question("gd-callum", "What paperwork do I need in place before I start work?", PAPERWORK, "Scaffolders"),
    rule_question("gd-nadia", "Which permit do I need before starting a job?", PAPERWORK, "Electricians"),
    rule_question("gd-piotr", "Which paperwork has to be in place before I start a job?", PAPERWORK, "Groundworkers"),
    rule_question("gd-efe", "What permit or paperwork do I need before I start?", PAPERWORK, None),
    rule_question("gd-sian", "What extra PPE do I have to wear?", PPE, "Roofers"),
    rule_question("gd-callum", "What protective equipment do I need on top of the basics?", PPE, "Scaffolders"),
    rule_question("gd-nadia", "Is there any extra safety gear I need for my work?", PPE, "Electricians"),
    rule_question("gd-piotr", "Which day is my toolbox talk?", TOOLBOX, "Groundworkers"),
    rule_question("gd-sian", "When is my weekly toolbox talk?", TOOLBOX, "Roofers"),
    rule_question("gd-nadia", "What day do we have our toolbox talk?", TOOLBOX, "Electricians"),
    rule_question("gd-callum", "What are the working hours on my site?", HOURS, "Pendry Wharf"),
    rule_question("gd-nadia", "What time does the site open and close?", HOURS, "Hexley Road"),
    rule_question("gd-piotr", "What hours can we work on site?", HOURS, "Quarry Lane"),
    rule_question("gd-sian", "What are the site working hours?", HOURS, None),
    rule_question("gd-efe", "Where's the canteen where I can have my lunch?", WELFARE, "Hexley Road"),
    rule_question("gd-callum", "Where are the welfare facilities?", WELFARE, "Pendry Wharf"),
    rule_question("gd-piotr", "Where do I park my van?", PARKING, "Quarry Lane"),
    rule_question("gd-nadia", "Where can I park?", PARKING, "Hexley Road"),
    general_question("gd-sian", "What's the speed limit on site?", "5 mph"),
    general_question("gd-efe", "Where am I allowed to smoke?", "smoking shelter"),
    general_question("gd-callum", "When do I have to report a near miss?", "before you leave site"),
)

HANDBOOK = Handbook(
    name="gorsedale",
    title="Gorsedale Construction: Site Induction Booklet",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
