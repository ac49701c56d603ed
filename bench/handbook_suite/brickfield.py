"""Brickfield Construction: a contractor's no-nonsense site and office handbook of short numbered
rules with cross-references ("see Rule 14"), three tables (overtime by day, trade rates and tool
allowances, distance bands) and a "Site-specific arrangements" appendix per project. Rules are
keyed by staff group (hourly-paid operatives under the Working Rule Agreement, salaried site
management, head office), by trade, by CSCS or plant card, by home-to-site distance band and by
project; one general rule is overridden for one project in its appendix. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Brickfield Construction Ltd: Site and Office Handbook</h1>
<p><strong>Issue 11, March 2025.</strong> Read it. Keep it in your van or your desk drawer. If something in here
is not clear, ask your Site Manager or HR at Brickfield House before you act, not after.</p>
<h2>Section A: General</h2>
<p><strong>Rule 1.</strong> This handbook applies to everyone directly employed by Brickfield Construction Ltd.
Subcontractors follow the site rules (Section F and the Appendix) but not the pay rules.</p>
<p><strong>Rule 2.</strong> There are three groups of employees:</p>
<ol>
<li><strong>Operatives</strong>: hourly-paid, site-based trades: joiners, bricklayers, scaffolders, plant
operators and general operatives (labourers). Operatives are employed under the Brickfield Working Rule
Agreement (the WRA), which follows the industry's CIJC agreement.</li>
<li><strong>Site management</strong>: salaried staff based on our projects: Site Managers, Assistant Site
Managers, Site Engineers, Project Managers and site-based Quantity Surveyors.</li>
<li><strong>Head office</strong>: salaried staff at Brickfield House, Rotherham: estimating, buying, accounts,
payroll, HR and design.</li>
</ol>
<p><strong>Rule 3.</strong> Where a rule applies to one group only, it says so. If this handbook and the WRA
disagree, the WRA wins for operatives.</p>
<p><strong>Rule 4.</strong> No card, no start. See Rule 9.</p>
<p><strong>Rule 5.</strong> Drugs and alcohol: zero tolerance. Testing is random and after any incident.
Refusing a test counts as a positive result.</p>
<p><strong>Rule 6.</strong> No phone calls while operating plant or walking on haul roads.</p>
<p><strong>Rule 7.</strong> Smoke and vape in the designated area only, never in cabins or vehicles (but see
Appendix C).</p>
<p><strong>Rule 8.</strong> Operatives are paid weekly by BACS every Friday, one week in hand. Salaried staff
(site management and head office) are paid monthly on the 28th, or the working day before if the 28th falls at
a weekend.</p>
<h2>Section B: Cards and competence</h2>
<p><strong>Rule 9.</strong> Everyone working on a Brickfield site holds a valid card for the work they do:</p>
<ul>
<li>CSCS Green (Labourer): general operatives;</li>
<li>CSCS Red (Apprentice or Trainee): apprentices and trainees;</li>
<li>CSCS Blue (Skilled Worker): joiners and bricklayers;</li>
<li>CSCS Gold (Advanced Craft or Supervisor): chargehands and foremen;</li>
<li>CSCS Black (Manager): Site Managers and Project Managers;</li>
<li>CPCS or NPORS: plant operators, for each category of plant they drive; CISRS: scaffolders.</li>
</ul>
<p><strong>Rule 10.</strong> Red card holders work under the direct supervision of a Blue or Gold card holder of
the same trade.</p>
<p><strong>Rule 11.</strong> Plant is operated only by holders of a CPCS or NPORS card for that category. That
includes site dumpers and telehandlers, and it includes "just moving it for a minute".</p>
<p><strong>Rule 12.</strong> A Gold card holder appointed as chargehand receives a supplement of £0.85 per hour.</p>
<p><strong>Rule 13.</strong> Brickfield pays for card renewals and the test that goes with them once you have 12
months' continuous service. Before that, you pay and we refund you when you reach 12 months.</p>
""",
    """
<h2>Section C: Hours, pay and overtime</h2>
<p><strong>Rule 14.</strong> The operatives' working week is 39 hours: 8 hours Monday to Thursday and 7 hours on
Friday, with an unpaid 30-minute lunch. Site working hours differ by project: see the Appendix.</p>
<p><strong>Rule 15.</strong> Site management work the hours the project needs, on a 45-hour contract. Head office
hours are 08:30 to 17:00, Monday to Friday, with an hour for lunch.</p>
<p><strong>Rule 16.</strong> Operatives' basic hourly rates are set by trade: see Table 3 (Rule 27).</p>
<p><strong>Rule 17.</strong> Overtime for operatives is paid at the rates in Table 1. All overtime is authorised
by the Site Manager in advance; unauthorised hours are not paid.</p>
<table>
<tr><th colspan="3">Table 1: Overtime rates (operatives only)</th></tr>
<tr><th>Day</th><th>Hours</th><th>Rate</th></tr>
<tr><td>Monday to Thursday</td><td>After 8 hours</td><td>Time and a half (x1.5)</td></tr>
<tr><td>Friday</td><td>After 7 hours</td><td>Time and a half (x1.5)</td></tr>
<tr><td>Saturday</td><td>First 4 hours</td><td>Time and a half (x1.5)</td></tr>
<tr><td>Saturday</td><td>After 4 hours</td><td>Double time (x2)</td></tr>
<tr><td>Sunday</td><td>All hours</td><td>Double time (x2)</td></tr>
<tr><td>Bank holiday</td><td>All hours</td><td>Double time (x2), plus a day off in lieu</td></tr>
</table>
<p><strong>Rule 18.</strong> Sunday working is by agreement only, and not on every project: the hospital trust
allows no Sunday working at St Wilfrid's (Appendix C).</p>
<p><strong>Rule 19.</strong> Site management are not paid overtime. Authorised Saturday or Sunday working is paid
as a weekend working payment of £165 per shift.</p>
<p><strong>Rule 20.</strong> Head office staff are not paid overtime. Weekend or evening work agreed in advance
with your manager is taken back as time off in lieu, hour for hour, within two months.</p>
<h2>Section D: Holidays</h2>
<p><strong>Rule 21.</strong> Operatives: 22 days' annual leave plus the 8 bank holidays. The leave year runs
January to December.</p>
<p><strong>Rule 22.</strong> Salaried staff (site management and head office): 25 days' annual leave plus bank
holidays.</p>
<p><strong>Rule 23.</strong> Every site and Brickfield House closes between Christmas and New Year. Three days of
everyone's annual leave (Rule 21 or Rule 22) are held back for the shutdown.</p>
<p><strong>Rule 24.</strong> Book leave at least two weeks ahead with your Site Manager (head office: your line
manager). Not more than two operatives of the same trade off on one project in the same week.</p>
""",
    """
<h2>Section E: Travel, lodging and tools</h2>
<p><strong>Rule 25.</strong> Operatives receive a daily travel allowance for each day worked, according to the
distance from home to site (one way, shortest road route). No allowance is paid for days of absence or leave.</p>
<table>
<tr><th colspan="3">Table 2: Distance bands (operatives only)</th></tr>
<tr><th>Band</th><th>Home to site</th><th>Daily travel allowance</th></tr>
<tr><td>A</td><td>Up to 15 miles</td><td>Nil</td></tr>
<tr><td>B</td><td>Over 15, up to 30 miles</td><td>£6.40</td></tr>
<tr><td>C</td><td>Over 30, up to 50 miles</td><td>£11.20</td></tr>
<tr><td>D</td><td>Over 50 miles</td><td>£14.60, or lodging (Rule 26)</td></tr>
</table>
<p><strong>Rule 26.</strong> If you live in Band D and you and the Site Manager agree that you will lodge near
the site, you receive a lodging allowance of £46.50 per night instead of the daily travel allowance, plus your
fare home at weekends.</p>
<p><strong>Rule 27.</strong> Basic rates and weekly tool allowances by trade are in Table 3. The tool allowance is
paid with your wages and covers the hand tools on your trade's tool list. Brickfield supplies all 110V power
tools.</p>
<table>
<tr><th colspan="5">Table 3: Trade rates and tool allowances (from 30 June 2025)</th></tr>
<tr><th>Trade</th><th>Card</th><th>WRA grade</th><th>Basic rate per hour</th><th>Tool allowance per week</th></tr>
<tr><td>General operative (labourer)</td><td>CSCS Green</td><td>General Operative</td><td>£13.60</td><td>See Rule 28</td></tr>
<tr><td>Plant operator</td><td>CPCS or NPORS</td><td>Skill Rate 1</td><td>£15.75</td><td>See Rule 28</td></tr>
<tr><td>Scaffolder</td><td>CISRS Scaffolder</td><td>Skill Rate 2</td><td>£16.40</td><td>£4.60</td></tr>
<tr><td>Advanced scaffolder</td><td>CISRS Advanced</td><td>Advanced Craft</td><td>£18.30</td><td>£4.60</td></tr>
<tr><td>Bricklayer</td><td>CSCS Blue</td><td>Craft</td><td>£17.25</td><td>£7.40</td></tr>
<tr><td>Joiner</td><td>CSCS Blue</td><td>Craft</td><td>£17.25</td><td>£9.80</td></tr>
</table>
<p><strong>Rule 28.</strong> Plant operators and general operatives receive no tool allowance, because Brickfield
supplies all plant, hand tools and consumables for their work.</p>
<p><strong>Rule 29.</strong> Apprentices receive a one-off tool kit grant of £350 in their first year instead of a
weekly tool allowance.</p>
<p><strong>Rule 30.</strong> Tools are insured up to £1,500 only when locked in a Brickfield site container
overnight. Tools left in vans are not covered.</p>
<p><strong>Rule 31.</strong> Salaried staff do not receive the WRA travel allowances (Rule 25). Site management
receive a car allowance of £5,400 a year (Project Managers have a company car instead). Head office staff claim
45p per mile for business journeys in their own car; the journey to Brickfield House is not business mileage.</p>
""",
    """
<h2>Section F: PPE and site rules</h2>
<p><strong>Rule 32.</strong> Minimum PPE on every Brickfield site, at all times outside the cabins: hard hat,
hi-vis vest or jacket, safety boots with midsole protection, gloves and eye protection. Brickfield issues PPE
free; bring the worn item back for a replacement. Stricter site rules are in the Appendix and override this
rule.</p>
<p><strong>Rule 33.</strong> Hard hat colours: white for site management; black for chargehands, foremen and
supervisors; blue for operatives; orange for slingers and signallers; green for anyone in their first two weeks
with Brickfield.</p>
<p><strong>Rule 34.</strong> Scaffolders wear a full body harness with a twin-tail lanyard and clip on at all times
above 2 m, in line with SG4. Harnesses are inspected before every use.</p>
<p><strong>Rule 35.</strong> Plant operators wear the seat belt at all times and never move plant in a pedestrian
zone without a plant and vehicle marshal.</p>
<p><strong>Rule 36.</strong> No shorts, no vest tops, no rigger boots. Long hair tied back.</p>
<p><strong>Rule 37.</strong> Nobody starts work without the site induction for that project. An induction on one
project does not cover another; see the Appendix for induction days.</p>
<p><strong>Rule 38.</strong> Report every accident, near miss and damaged item of plant to the Site Manager before
you leave site that day. If it is not in the accident book, it did not happen.</p>
<p><strong>Rule 39.</strong> Keep welfare cabins clean. Food is eaten in the canteen cabin, not at the workface.</p>
<p><strong>Rule 40.</strong> Sickness: operatives ring their Site Manager before site start time on the first day;
salaried staff ring their line manager. From day 8 you need a fit note.</p>
<h2>Appendix: Site-specific arrangements</h2>
<p>Each project's arrangements below add to the rules above and, where they differ, replace them for that
project.</p>
<h3>A. Canal Basin Phase 2 (CB2), Leeds</h3>
<p>Two residential towers, 212 apartments. Site Manager: Dan Okafor.</p>
<ul>
<li><strong>Site working hours:</strong> 07:30 to 16:30 Monday to Thursday, 07:30 to 15:30 Friday.</li>
<li><strong>Parking:</strong> none on site. Free permits for the Water Lane multi-storey from the site office.</li>
<li><strong>PPE:</strong> chin straps on hard hats for all work at height and anywhere inside the tower crane radius.</li>
<li><strong>Induction:</strong> Monday and Wednesday mornings, booked through the site office.</li>
</ul>
""",
    """
<h3>B. A631 Rudston Bypass (RB), East Riding</h3>
<p>4.2 km of new single carriageway with two bridges, built next to the live B1253. Site Manager: Karen Lister.</p>
<ul>
<li><strong>Site working hours:</strong> 07:00 to 16:00 Monday to Thursday, 07:00 to 15:00 Friday.</li>
<li><strong>Parking:</strong> main compound off Kilham Lane. Do not park on the verges of the B1253.</li>
<li><strong>PPE:</strong> full-sleeve orange hi-vis jacket and trousers (Class 3) at all times beyond the compound
gate. Yellow hi-vis is not accepted on RB.</li>
<li><strong>Welfare:</strong> main cabins in the compound; satellite welfare units at each bridge.</li>
<li><strong>Induction:</strong> Tuesdays, in the compound.</li>
</ul>
<h3>C. St Wilfrid's Hospital Multi-Storey Car Park (SW), Sheffield</h3>
<p>A 640-space car park on a live hospital site. Patients, visitors and ambulances come first. Site Manager:
Claire Haddow.</p>
<ul>
<li><strong>Site working hours:</strong> 08:00 to 17:00 Monday to Thursday, 08:00 to 16:00 Friday. No breaking,
piling or disc cutting before 09:00.</li>
<li><strong>Weekends:</strong> Saturday working 08:00 to 13:00 only. No Sunday working at any time: this is a
condition of our contract with the hospital trust and overrides Rule 18.</li>
<li><strong>Parking:</strong> no parking anywhere on the hospital estate. Use Brinsworth Lane Park and Ride; the
Brickfield shuttle runs every 15 minutes from 07:15.</li>
<li><strong>Smoking and vaping:</strong> banned on the whole hospital estate, including inside vehicles. This
replaces Rule 7 on SW.</li>
<li><strong>PPE:</strong> FFP3 masks for all cutting, drilling and chasing of concrete.</li>
<li><strong>Induction:</strong> Thursdays, at the site office by the Porter's Lodge gate.</li>
</ul>
<p><em>Issued by the Operations Director, Brickfield Construction Ltd, Brickfield House, Rotherham. Uncontrolled
when printed: check the site office for the current issue.</em></p>
""",
)

USERS = (
    User(
        "bf-darren",
        (
            "I'm a joiner, blue CSCS card.",
            "Working on the Canal Basin job in Leeds at the moment.",
            "I live about 40 miles from the site.",
        ),
    ),
    User(
        "bf-kyle",
        (
            "Scaffolder, currently on the Rudston bypass.",
            "Home's Middlesbrough, about 90 miles away, so the site manager's agreed I stay in digs near the job in the week.",
        ),
    ),
    User(
        "bf-marek", ("I drive a 360 excavator for Brickfield.", "I'm over on the St Wilfrid's hospital car park job.")
    ),
    User(
        "bf-shaun",
        (
            "I'm a general labourer, just got my green card.",
            "I'm on the bypass at Rudston, it's about 20 miles from home.",
        ),
    ),
    User("bf-claire", ("I'm the site manager at St Wilfrid's.",)),
    User("bf-gemma", ("I'm a site engineer with Brickfield.",)),
    User("bf-nadia", ("I work in payroll at Brickfield House.",)),
    User("bf-lee", ("I've just started on the Canal Basin site.",)),
)

START = {"CB2": "07:30", "RB": "07:00", "SW": "08:00"}
PARKING = {"CB2": "Water Lane", "RB": "Kilham Lane", "SW": "Brinsworth Lane"}
SITE_PPE = {"CB2": "chin straps", "RB": "orange", "SW": "FFP3"}
TOOLS = {
    "joiner": "£9.80",
    "bricklayer": "£7.40",
    "scaffolder": "£4.60",
    "plant or general operative": "no tool allowance",
}
RATE = {
    "general operative": "£13.60",
    "plant operator": "£15.75",
    "scaffolder": "£16.40",
    "advanced scaffolder": "£18.30",
    "craft": "£17.25",
}
TRAVEL = {"B": "£6.40", "C": "£11.20", "D": "£14.60"}
SUNDAY = {"operative": "double time", "site management": "£165", "head office": "time off in lieu"}
SATURDAY = {
    "operative": ("time and a half", "double time"),
    "site management": "£165",
    "head office": "time off in lieu",
}
HOLIDAY = {"operative": "22 days", "salaried": "25 days"}
PAYDAY = {"operative": "every Friday", "salaried": "28th"}

QUESTIONS = (
    rule_question("bf-darren", "What time do we start in the morning?", START, "CB2"),
    rule_question("bf-darren", "How much tool money do I get?", TOOLS, "joiner"),
    rule_question("bf-darren", "What travel allowance can I get?", TRAVEL, "C"),
    rule_question("bf-darren", "If I work a Sunday what's the rate?", SUNDAY, "operative"),
    rule_question("bf-kyle", "What are the site hours here, what time's start?", START, "RB"),
    rule_question("bf-kyle", "What's the tool allowance for my trade?", TOOLS, "scaffolder"),
    general_question("bf-kyle", "What do I get for staying away during the week?", "£46.50", ("£6.40", "£11.20")),
    rule_question("bf-kyle", "Is there any special PPE on this job?", SITE_PPE, "RB"),
    rule_question("bf-marek", "What time do I have to be on site?", START, "SW"),
    rule_question("bf-marek", "Do I get a tool allowance?", TOOLS, "plant or general operative"),
    general_question("bf-marek", "Can I pick up some Sunday overtime on my job?", "no Sunday working"),
    rule_question("bf-marek", "What's my basic hourly rate?", RATE, "plant operator"),
    rule_question("bf-shaun", "how much an hour am I on?", RATE, "general operative"),
    rule_question("bf-shaun", "Do I get anything for travel?", TRAVEL, "B"),
    general_question("bf-shaun", "Am I allowed to move the dumper if the driver's on his break?", "CPCS or NPORS"),
    rule_question("bf-claire", "What do I get for working a Saturday?", SATURDAY, "site management"),
    rule_question("bf-claire", "How many days' annual leave do I get?", HOLIDAY, "salaried"),
    general_question("bf-claire", "Can I claim the daily travel allowance?", "£5,400", ("£6.40", "£11.20", "£14.60")),
    rule_question(
        "bf-gemma", "If I'm asked to come in on a Saturday, do I get paid for it?", SATURDAY, "site management"
    ),
    rule_question("bf-gemma", "What time does site start?", START, None),
    rule_question("bf-gemma", "Where am I supposed to park?", PARKING, None),
    rule_question("bf-nadia", "When do I get paid?", PAYDAY, "salaried"),
    rule_question("bf-nadia", "How much holiday do I get?", HOLIDAY, "salaried"),
    rule_question(
        "bf-nadia", "If I do a Saturday to get the month-end payroll out, what do I get?", SATURDAY, "head office"
    ),
    rule_question("bf-lee", "What time does work start on site each day?", START, "CB2"),
    rule_question("bf-lee", "How many days holiday do I get a year?", HOLIDAY, None),
    rule_question("bf-lee", "Is there a tool allowance?", TOOLS, None),
)

HANDBOOK = Handbook(
    name="brickfield",
    title="Brickfield Construction Ltd: Site and Office Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
