"""Rookley and Vale Fire and Rescue Service: a fire service's Station Personnel Instructions (SPI),
issued like standing orders: numbered instructions ("SPI 4.2"), "Note:" paragraphs with
exceptions, a definitions table (whole-time, day-crewing, on-call, watch, flexi-duty officer), a
stations table with call signs and duty systems, a rank x contract pay table (salary for
whole-time, retainer and hourly rate for on-call) with a footnote, helmet markings by rank,
leave by duty system with a rank exception, watch duties and fitness months for the four
Rookley watches in one sentence each, drill nights and turnout limits by on-call station, and an
amendment record. Ranks, watches, duty systems and stations. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Rookley and Vale Fire and Rescue Service: Station Personnel Instructions</h1>
<p><em>SPI Issue 9. Issued by the Head of Service Delivery under the authority of the Chief Fire Officer. In
force from 3 March 2025 and supersedes Issue 8 in full. Station Commanders are to ensure every member of
their station has read this issue.</em></p>
<h2>Part 1: Application and definitions</h2>
<p><strong>SPI 1.1</strong> These instructions apply to all operational personnel of Rookley and Vale Fire and
Rescue Service ("the Service") at its four stations. Control Room staff and support staff at Service
Headquarters, Vale House, Quarry Lane, Rookley, are covered by the Support Staff Handbook instead.</p>
<p><strong>SPI 1.2</strong> Where an instruction differs from the Service's Conditions of Service Agreement, the
Agreement prevails. Questions on these instructions go to your Station Commander in the first instance.</p>
<p><strong>SPI 1.3</strong> In these instructions:</p>
<table>
<tr><th>Term</th><th>Meaning</th></tr>
<tr><td>whole-time</td><td>Personnel employed full time, on the shift duty system or on day-crewing.</td></tr>
<tr><td>shift duty system</td><td>Two day shifts, then two night shifts, then four rota days off, worked by
the four watches at Rookley only (see Part 3).</td></tr>
<tr><td>watch</td><td>One of the four whole-time crews at Rookley: Red, White, Blue and Green Watch.</td></tr>
<tr><td>day-crewing</td><td>Whole-time personnel who crew the station during the day on weekdays, with the
station's on-call section covering nights and weekends. Caddon Cross only.</td></tr>
<tr><td>on-call</td><td>Personnel employed part time to respond to their station from home or work when
alerted (formerly "retained").</td></tr>
<tr><td>alerter</td><td>The pager and phone app issued to on-call personnel.</td></tr>
<tr><td>flexi-duty officer</td><td>A Station Manager or above, providing officer cover to a group of
stations on the officer rota rather than riding with a watch.</td></tr>
<tr><td>RMC</td><td>The Resource Management Centre at Vale House, staffed 24 hours, telephone 01632 960
400.</td></tr>
</table>
<p><strong>SPI 1.4</strong> The Service's stations are:</p>
<table>
<tr><th>Station</th><th>Call sign</th><th>Duty system</th><th>Appliances</th></tr>
<tr><td>Rookley</td><td>RV01</td><td>Shift duty system (Red, White, Blue and Green Watches)</td><td>Two pumping
appliances; aerial ladder platform</td></tr>
<tr><td>Caddon Cross</td><td>RV04</td><td>Day-crewing, with an on-call section</td><td>One pumping appliance;
water carrier</td></tr>
<tr><td>Hembury</td><td>RV11</td><td>On-call</td><td>One pumping appliance</td></tr>
<tr><td>Lowmarsh</td><td>RV14</td><td>On-call</td><td>One pumping appliance; rescue boat</td></tr>
</table>
<p>Note: Rookley and Caddon Cross are also the Service's training venues. On-call personnel from Hembury and
Lowmarsh attend courses at Caddon Cross unless their course notice says otherwise.</p>
""",
    """
<h2>Part 2: Ranks, markings and pay</h2>
<p><strong>SPI 2.1</strong> Rank is shown on the fire helmet and on the epaulettes of station wear. Wear the
markings of your substantive rank; markings are not worn for acting up.</p>
<table>
<tr><th>Rank</th><th>Fire helmet</th><th>Epaulettes</th></tr>
<tr><td>Firefighter</td><td>Plain yellow</td><td>Plain</td></tr>
<tr><td>Crew Manager</td><td>Yellow with one black band</td><td>One silver bar</td></tr>
<tr><td>Watch Manager</td><td>White with one black band</td><td>Two silver bars</td></tr>
<tr><td>Station Manager</td><td>White with two black bands</td><td>One silver pip</td></tr>
</table>
<p><strong>SPI 2.2</strong> Pay is set by rank and by contract. Rates from 1 July 2024:</p>
<table>
<tr><th>Rank</th><th>Whole-time basic salary (a year)</th><th>On-call retainer (a year)</th><th>On-call hourly
rate (incidents and drill)</th></tr>
<tr><td>Firefighter (competent)</td><td>£34,862</td><td>£3,486</td><td>£16.71</td></tr>
<tr><td>Crew Manager</td><td>£37,044</td><td>£3,704</td><td>£17.76</td></tr>
<tr><td>Watch Manager</td><td>£39,515</td><td>£3,952</td><td>£18.94</td></tr>
<tr><td>Station Manager</td><td>£43,870 *</td><td>not applicable</td><td>not applicable</td></tr>
</table>
<p><small>* Plus a flexi-duty allowance of 20% of basic salary while on the officer rota.</small></p>
<p>Note: Firefighters in development are paid 95% of the competent rates above until their development
record is signed off.</p>
<p><strong>SPI 2.3</strong> The on-call retainer above is for a full-cover contract (120 hours of availability
a week). A part-cover contract (60 hours) carries half the retainer; the hourly rate is the same.</p>
<p><strong>SPI 2.4</strong> Acting up. Personnel who act up into the next rank for a full shift or longer are
paid at the higher rank's rate for the whole shift. Acting up for part of a shift attracts no payment.</p>
<p><strong>SPI 2.5</strong> Additional responsibility allowances are paid in monthly instalments:</p>
<ul>
<li>aerial ladder platform operators (Rookley): £1,240 a year;</li>
<li>rescue boat crew (Lowmarsh): £980 a year, provided the boat competence is in date;</li>
<li>station fire safety champions: £410 a year.</li>
</ul>
<h2>Part 3: Duty systems and attendance</h2>
<p><strong>SPI 3.1</strong> Shift duty system. Day shifts run from 09:00 to 18:00 and night shifts from 18:00 to
09:00. Each shift parades in the appliance bay at its start for roll call and riding positions. During night
shifts crews may stand down in the rest room between 23:00 and 07:00, subject to calls and to the Watch
Manager's instructions.</p>
<p><strong>SPI 3.2</strong> Day-crewing. Personnel are on station from 08:00 to 18:00, Monday to Friday. In
addition, each member provides on-call cover from home on one weekend in four, paid at the on-call hourly
rate for any turnout.</p>
<p><strong>SPI 3.3</strong> On-call availability is declared on the alerter app a week ahead. A section that
cannot crew its appliance is reported to the RMC by the Watch Manager (on-call).</p>
""",
    """
<p><strong>SPI 3.4</strong> Turnout. While available, on-call personnel must be able to reach their station
within 5 minutes of the alerter sounding.</p>
<p>Note: At Hembury the limit is 7 minutes, because of the distance from the outlying farms of the station
ground. This exception does not apply to the Caddon Cross on-call section.</p>
<p><strong>SPI 3.5</strong> Drill nights. Every on-call section drills for two hours each week: at Caddon
Cross on Mondays from 19:00, at Hembury on Tuesdays from 19:30 and at Lowmarsh on Wednesdays from 19:15.
Drill attendance is paid at the hourly rate in SPI 2.2.</p>
<h2>Part 4: Leave</h2>
<p><strong>SPI 4.1</strong> The leave year runs with the calendar year. Leave is booked through the Station
Commander on the StationRota system and is not confirmed until it shows there.</p>
<p><strong>SPI 4.2</strong> Personnel on the shift duty system receive 26 rota shifts of annual leave a year.</p>
<p>Note: Watch Managers on the shift duty system receive 28 rota shifts.</p>
<p><strong>SPI 4.3</strong> Day-crewing personnel receive 32 days of annual leave and flexi-duty officers 34
days, in both cases in addition to public holidays. Personnel on the shift duty system who are rostered on
a public holiday receive a further rota shift of leave in lieu instead.</p>
<p><strong>SPI 4.4</strong> On-call personnel have no leave entitlement in days. They may book up to 6 weeks a
year of leave from cover, during which no availability is required; holiday pay is added to the retainer
each quarter. No more than 2 weeks of it may fall in the school summer holidays.</p>
<p><strong>SPI 4.5</strong> No more than two personnel from the same watch, or from the same on-call section,
may be on leave on the same shift.</p>
<h2>Part 5: Watch responsibilities (Rookley)</h2>
<p><strong>SPI 5.1</strong> Besides its operational duties, each watch carries one station-wide
responsibility for the whole year: Red Watch inspects and maintains the hydrants in the station ground; White
Watch services and tests the breathing apparatus sets; Blue Watch delivers the home fire safety visits booked
through the RMC; and Green Watch tests the hose and ladders each quarter.</p>
<p><strong>SPI 5.2</strong> A watch hands its responsibility log to the next watch at every change of shift.
Defects are reported to the Watch Manager of the watch responsible, not to the watch on duty.</p>
<h2>Part 6: Fitness and health</h2>
<p><strong>SPI 6.1</strong> Every operational member completes the annual fitness assessment. At Rookley each
watch is assessed in its own month: Red Watch in February, White Watch in June, Blue Watch in August and Green
Watch in November. Day-crewing and on-call personnel are assessed together at Caddon Cross in October.
Flexi-duty officers are assessed in their appraisal month.</p>
<p><strong>SPI 6.2</strong> Anyone who may wear breathing apparatus must be clean-shaven where the mask seals
against the face. Beards are permitted for personnel with a written exemption from the Occupational Health
Unit only.</p>
""",
    """
<h2>Part 7: Reporting sickness</h2>
<p><strong>SPI 7.1</strong> Personnel on the shift duty system telephone the RMC at least 2 hours before the
start of the shift, so that a detachment can be arranged, and then inform their Watch Manager.</p>
<p><strong>SPI 7.2</strong> Day-crewing personnel telephone the Caddon Cross station office by 07:00 on each day
of absence. On-call personnel set themselves unavailable on the alerter app and tell their Watch Manager
(on-call) before the next drill night. Flexi-duty officers inform the Group Duty Officer, who rearranges the
officer rota.</p>
<p>Note: An injury at work, however minor, is also reported on form RV-IR1 before the end of the shift.</p>
<h2>Part 8: Kit and station wear</h2>
<p><strong>SPI 8.1</strong> Fire kit contaminated at an incident is bagged in a red contaminated-kit bag at the
scene and sent for cleaning through the RMC. Spare kit is held at Rookley and Caddon Cross.</p>
<p><strong>SPI 8.2</strong> Station wear is navy. Personal items and jewellery other than a plain wedding band
are not worn on the fireground.</p>
<h2>Amendment record</h2>
<table>
<tr><th>Issue</th><th>Date</th><th>Amendment</th></tr>
<tr><td>7</td><td>2022</td><td>Day-crewing introduced at Caddon Cross (SPI 3.2).</td></tr>
<tr><td>8</td><td>2023</td><td>Hembury turnout exception added (note to SPI 3.4).</td></tr>
<tr><td>9</td><td>2025</td><td>Pay rates (SPI 2.2) updated; Lowmarsh drill night moved; watch responsibilities
(SPI 5.1) reallocated.</td></tr>
</table>
<p><em>Uncontrolled when printed. Check the Service intranet for the current issue.</em></p>
""",
)

USERS = (
    User("rv-dan", ("I'm a firefighter on Blue Watch at Rookley.",)),
    User("rv-shaz", ("Crew Manager, White Watch.", "I've been at Rookley since 2019.")),
    User("rv-gethin", ("I'm on-call at Hembury.", "Day job's at the garage in the village, I'm a firefighter.")),
    User("rv-moira", ("Watch Manager on Green Watch at Rookley.",)),
    User("rv-liam", ("Just signed my on-call contract for Lowmarsh, as a firefighter.", "I'm on the boat crew too.")),
    User("rv-anwen", ("I'm a Crew Manager with the on-call section at Caddon Cross.",)),
    User("rv-tobi", ("Firefighter on the day-crewing rota at Caddon Cross.",)),
    User("rv-fern", ("I'm a Station Manager, I do flexi-duty cover for the northern group.",)),
    User("rv-will", ("I work Red Watch.",)),
    User("rv-kez", ("I'm a firefighter.",)),
)

SALARY = {
    "Firefighter": "£34,862",
    "Crew Manager": "£37,044",
    "Watch Manager": "£39,515",
    "Station Manager": "£43,870",
}
RETAINER = {"Firefighter": "£3,486", "Crew Manager": "£3,704", "Watch Manager": "£3,952"}
HOURLY = {"Firefighter": "£16.71", "Crew Manager": "£17.76", "Watch Manager": "£18.94"}
FIREFIGHTER_PAY = {"whole-time": "£34,862", "on-call": ("£3,486", "£16.71")}
HELMET = {
    "Firefighter": "plain yellow",
    "Crew Manager": "yellow with one black band",
    "Watch Manager": "white with one black band",
    "Station Manager": "white with two black bands",
}
HOURS = {"shift duty system": "09:00 to 18:00", "day-crewing": "08:00 to 18:00"}
TURNOUT = {"Caddon Cross or Lowmarsh": "5 minutes", "Hembury": "7 minutes"}
DRILL = {"Caddon Cross": "19:00", "Hembury": "19:30", "Lowmarsh": "19:15"}
LEAVE = {
    "shift, Firefighter or Crew Manager": "26 rota shifts",
    "shift, Watch Manager": "28 rota shifts",
    "day-crewing": "32 days",
    "flexi-duty": "34 days",
    "on-call": "6 weeks",
}
WATCH_DUTY = {
    "Red": "hydrants",
    "White": "breathing apparatus sets",
    "Blue": "home fire safety visits",
    "Green": "hose and ladders",
}
FITNESS = {
    "Red": "February",
    "White": "June",
    "Blue": "August",
    "Green": "November",
    "day-crewing or on-call": "October",
    "flexi-duty": "appraisal month",
}
SICK = {
    "shift duty system": "2 hours before",
    "day-crewing": "by 07:00",
    "on-call": "unavailable on the alerter app",
    "flexi-duty": "Group Duty Officer",
}

QUESTIONS = (
    rule_question("rv-dan", "What's my basic pay?", SALARY, "Firefighter"),
    rule_question("rv-dan", "When's my fitness test?", FITNESS, "Blue"),
    rule_question("rv-dan", "What's the extra job our watch is responsible for on station?", WATCH_DUTY, "Blue"),
    rule_question("rv-dan", "What time do day shifts start and finish?", HOURS, "shift duty system"),
    rule_question("rv-shaz", "What should my helmet look like?", HELMET, "Crew Manager"),
    rule_question("rv-shaz", "How much annual leave am I due?", LEAVE, "shift, Firefighter or Crew Manager"),
    rule_question("rv-shaz", "If I'm ill before a shift, how early do I have to ring in?", SICK, "shift duty system"),
    rule_question(
        "rv-gethin", "How quickly do I need to be at the station once the pager goes off?", TURNOUT, "Hembury"
    ),
    rule_question("rv-gethin", "What night is drill, and what time does it start?", DRILL, "Hembury"),
    rule_question("rv-gethin", "What do I get paid per hour when we're out on a shout?", HOURLY, "Firefighter"),
    rule_question("rv-moira", "How many shifts of leave do I get?", LEAVE, "shift, Watch Manager"),
    rule_question("rv-moira", "Which month are we due for fitness assessments?", FITNESS, "Green"),
    general_question("rv-moira", "Can I let three of my crew off on leave on the same shift?", "No more than two"),
    rule_question("rv-liam", "When are drill nights here?", DRILL, "Lowmarsh"),
    rule_question(
        "rv-liam", "How far from the station can I be when I'm available?", TURNOUT, "Caddon Cross or Lowmarsh"
    ),
    general_question("rv-liam", "Is there any extra pay for being on the boat?", "£980"),
    rule_question("rv-liam", "How much holiday can I take?", LEAVE, "on-call"),
    rule_question("rv-anwen", "I'm on a full-cover contract. What's my annual retainer?", RETAINER, "Crew Manager"),
    rule_question("rv-anwen", "Which evening do we train, and from when?", DRILL, "Caddon Cross"),
    rule_question("rv-anwen", "I've come down with flu. How do I report it?", SICK, "on-call"),
    rule_question("rv-tobi", "What are my hours on station?", HOURS, "day-crewing"),
    rule_question("rv-tobi", "How many days off a year do I get?", LEAVE, "day-crewing"),
    general_question("rv-tobi", "Do I have to cover any weekends?", "one weekend in four"),
    rule_question("rv-fern", "What markings go on my helmet?", HELMET, "Station Manager"),
    rule_question("rv-fern", "Who do I tell if I'm off sick?", SICK, "flexi-duty"),
    rule_question("rv-will", "What's the basic salary?", SALARY, None),
    rule_question("rv-will", "Which station job does our watch look after?", WATCH_DUTY, "Red"),
    rule_question("rv-kez", "How much do I get paid?", FIREFIGHTER_PAY, None),
    rule_question("rv-kez", "How much leave am I entitled to?", LEAVE, None),
)

HANDBOOK = Handbook(
    name="rookley",
    title="Rookley and Vale Fire and Rescue Service: Station Personnel Instructions",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
