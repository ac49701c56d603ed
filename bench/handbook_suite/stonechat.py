"""Stonechat Haulage: a road haulier's driver handbook in short numbered instructions, with a table
keyed by vehicle class (hourly rate, walkaround time, company speed limit), the depots in a
definition list (gate hours, where to sign on, fuelling, transport manager), training and nights out
with several classes named in one sentence, and the drivers' hours section running onto the next
page. Vehicle classes and depots. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Stonechat Haulage: Driver Handbook</h1>
<p><b>Issue 9.</b> Read this before your first shift and keep it in the cab. It applies to every Stonechat
driver, whatever you drive and wherever you are based. The law always comes first: nothing in this handbook
allows you to break the drivers' hours rules, the Highway Code or the conditions of your licence. Questions
go to the transport manager at your depot.</p>
<h2>1. Before you drive</h2>
<ol>
<li>Sign on at your depot and collect your run sheet and keys. Put your tachograph card in before the vehicle
moves, and leave it in until the end of your duty.</li>
<li>Carry out a full walkaround check and record it in the DriverCheck app, with photos of any defect. A
vehicle with a safety-critical defect does not leave the yard.</li>
<li>Check your load is secured and your paperwork matches it. If it does not, ring the traffic office before
you set off, not after.</li>
<li>Stonechat's alcohol limit is zero. Random tests are carried out at every depot, and a positive result is
treated as gross misconduct.</li>
<li>Hands-free calls only, and only when it is safe. Never touch a phone while the wheels are turning.</li>
</ol>
<h2>2. Vehicle classes</h2>
<p>Your contract names the class of vehicle you are employed to drive. Your hourly rate, the time allowed for
the walkaround check and our company speed limit on motorways all depend on it:</p>
<table>
<tr><th>Vehicle class</th><th>Licence</th><th>Hourly rate</th><th>Walkaround check</th>
<th>Company motorway limit</th></tr>
<tr><td>Class 1 (articulated: tractor unit and trailer)</td><td>C+E</td><td>17.85 GBP</td><td>25 minutes</td>
<td>52 mph</td></tr>
<tr><td>Class 2 (rigid, over 7.5 tonnes)</td><td>C</td><td>16.20 GBP</td><td>20 minutes</td><td>54 mph</td></tr>
<tr><td>7.5-tonne rigid</td><td>C1</td><td>14.60 GBP</td><td>15 minutes</td><td>58 mph</td></tr>
<tr><td>Vans up to 3.5 tonnes</td><td>B</td><td>12.95 GBP</td><td>10 minutes</td><td>62 mph</td></tr>
</table>
<p>The walkaround time is paid and is part of your shift; do not cut it short to make up time. The company
limit is the most you may drive at on a motorway, even where the legal limit is higher. Hours beyond your
contracted 45 hours a week are paid at time and a third.</p>
<p>Drivers who move up a class, for example after passing their C+E test on our training scheme, are paid the
new rate from the first shift on which they drive the bigger vehicle.</p>
<h2>3. Licences and training</h2>
<p>We check every driver's licence online every three months. Tell your transport manager at once about any
endorsement, medical condition or court summons. Drivers of Class 1 and Class 2 vehicles and of 7.5-tonne
rigids must hold a valid Driver CPC card, keeping it up with 35 hours of periodic training every five years,
which Stonechat arranges in paid time. Van drivers do not need one; instead they attend our own one-day van
safety course every two years.</p>
""",
    """
<h2>4. Our depots</h2>
<p>Each depot has its own gate hours, sign-on point and fuelling arrangements:</p>
<dl>
<dt><b>Oxenholt</b> (head office and main cross-dock), Unit 4, Carnforth Way</dt>
<dd>The gate is open around the clock. Sign on at the traffic office above loading bay 3. Fuel from the depot's
own diesel pump; the pump key is kept by the yard shunter. Transport manager: Gwen Talbot.</dd>
<dt><b>Saltrigg</b>, Kelso Park Industrial Estate</dt>
<dd>The gate is open from 05:00 to 23:00; outside those hours ring the security lodge on the intercom. Sign on
in the portacabin next to the weighbridge. Fuel at the Cobb Lane truck stop with your company fuel card.
Transport manager: Rhys Cadogan.</dd>
<dt><b>Cindervale</b> (chilled and frozen), Tern Road</dt>
<dd>The gate is open from 04:30 to 22:30. Sign on at the transport desk inside the chilled warehouse, wearing
the thermal jacket from your locker. Fuel at the bunded tank behind the trailer park, logged on the tablet
in the fuel bay. Transport manager: Hannah Okafor-Reid.</dd>
</dl>
<p>Park your own car in the staff car park, never in the yard or in a trailer bay. Visitors and agency drivers
report to the traffic office before they go anywhere else.</p>
<h2>5. Nights out</h2>
<p>Some runs need a night away from base. The traffic office tells you at least a day in advance, and you
receive a night-out allowance of 34.50 GBP for each night, paid with your wages. Class 1 drivers sleep in the
sleeper cab, parked at a secure truck park booked by the traffic office. Class 2 and 7.5-tonne drivers have no
bunk in the cab, so the traffic office books them a room at a budget hotel with lorry parking. Van drivers
are always back at base the same day and do no nights out.</p>
<h2>6. Drivers' hours and breaks</h2>
<p>Stonechat plans every run within the drivers' hours rules, but you are responsible for keeping to them.
The main limits are:</p>
<ul>
<li>no more than 4.5 hours of driving before a break of at least 45 minutes, which you may split into a
quarter of an hour followed by half an hour;</li>
<li>no more than 9 hours of driving in a day, extended to 10 hours twice a week;</li>
<li>a daily rest of at least 11 hours, which may be reduced to 9 hours no more than three times between
weekly rests;</li>
</ul>
""",
    """
<ul>
<li>no more than 56 hours of driving in a week, and 90 hours in any two weeks in a row;</li>
<li>a weekly rest of at least 45 hours, or a reduced one of 24 hours every other week.</li>
</ul>
<p>If traffic or a breakdown means you cannot finish within your hours, stop somewhere safe, ring the traffic
office and make a manual entry on the tachograph explaining why. Nobody at Stonechat will ask you to drive
over your hours, and if anyone does, report it to the transport manager.</p>
<p>Download your tachograph card at the depot at least every 28 days. Your vehicle unit is downloaded by the
workshop.</p>
<h2>7. Accidents and breakdowns</h2>
<ol>
<li>Stop, switch on your hazard lights and put on your high-visibility vest.</li>
<li>If anyone is hurt, call 999 first. Do not admit blame to anyone.</li>
<li>Take photos of the scene, the vehicles and any damage, and fill in the accident card in your cab pack.</li>
<li>Ring the traffic office as soon as it is safe. For a breakdown, ring the breakdown number on the key fob
and the traffic office.</li>
</ol>
<h2>8. Pay and paperwork</h2>
<p>Wages are paid weekly, on Thursday, for the week ending the previous Saturday. Hand in or scan your
delivery notes and any receipts before you sign off. Claims for meals, parking or tolls must reach the traffic
office within 30 days.</p>
""",
)

USERS = (
    User("sc-darren", ("I drive a Class 1 artic out of Oxenholt.",)),
    User("sc-priya", ("I'm a 7.5-tonne driver.", "I'm based at the Saltrigg depot.")),
    User("sc-lewis", ("I'm on the vans at Cindervale.",)),
    User("sc-marta", ("I drive rigids, Class 2.",)),
    User("sc-jon", ("I'm a new driver at Oxenholt, I start on Monday.",)),
)

RATE = {"Class 1": "17.85 GBP", "Class 2": "16.20 GBP", "7.5-tonne": "14.60 GBP", "Van": "12.95 GBP"}
WALKAROUND = {"Class 1": "25 minutes", "Class 2": "20 minutes", "7.5-tonne": "15 minutes", "Van": "10 minutes"}
SPEED = {"Class 1": "52 mph", "Class 2": "54 mph", "7.5-tonne": "58 mph", "Van": "62 mph"}
TRAINING = {"Class 1": "Driver CPC", "Class 2": "Driver CPC", "7.5-tonne": "Driver CPC", "Van": "van safety course"}
NIGHT_OUT = {"Class 1": "sleeper cab", "Class 2": "budget hotel", "7.5-tonne": "budget hotel", "Van": "no nights out"}
GATE = {"Oxenholt": "around the clock", "Saltrigg": "05:00 to 23:00", "Cindervale": "04:30 to 22:30"}
SIGN_ON = {"Oxenholt": "loading bay 3", "Saltrigg": "weighbridge", "Cindervale": "transport desk"}
FUEL = {"Oxenholt": "pump key", "Saltrigg": "Cobb Lane", "Cindervale": "bunded tank"}
MANAGER = {"Oxenholt": "Gwen Talbot", "Saltrigg": "Rhys Cadogan", "Cindervale": "Hannah Okafor-Reid"}

QUESTIONS = (
    rule_question("sc-darren", "What's my hourly rate?", RATE, "Class 1"),
    rule_question("sc-darren", "What's the fastest I'm allowed to go on the motorway?", SPEED, "Class 1"),
    rule_question("sc-darren", "Where do I sleep when I'm on a night out?", NIGHT_OUT, "Class 1"),
    rule_question("sc-darren", "Where do I sign on in the morning?", SIGN_ON, "Oxenholt"),
    rule_question("sc-darren", "How do I fill up with diesel?", FUEL, "Oxenholt"),
    general_question("sc-darren", "What's the company's drink-drive limit?", "limit is zero"),
    rule_question("sc-priya", "How much do I get paid an hour?", RATE, "7.5-tonne"),
    rule_question("sc-priya", "How long am I given for my walkaround check?", WALKAROUND, "7.5-tonne"),
    rule_question("sc-priya", "Who is my transport manager?", MANAGER, "Saltrigg"),
    rule_question("sc-priya", "What time does the yard gate open?", GATE, "Saltrigg"),
    rule_question("sc-priya", "What training do I have to keep up to date?", TRAINING, "7.5-tonne"),
    rule_question("sc-lewis", "What's my speed limit on motorways?", SPEED, "Van"),
    rule_question("sc-lewis", "Will I have to stay away overnight?", NIGHT_OUT, "Van"),
    rule_question("sc-lewis", "Where do I go to sign on?", SIGN_ON, "Cindervale"),
    rule_question("sc-lewis", "Is there any training I need to do regularly?", TRAINING, "Van"),
    rule_question("sc-marta", "How much time do I get to do my vehicle checks?", WALKAROUND, "Class 2"),
    rule_question("sc-marta", "What's the hourly pay for my job?", RATE, "Class 2"),
    rule_question("sc-marta", "Who's my transport manager?", MANAGER, None),
    rule_question("sc-jon", "Can I get into the yard at night?", GATE, "Oxenholt"),
    rule_question("sc-jon", "What will my hourly rate be?", RATE, None),
    general_question("sc-jon", "How long can I drive before I have to take a break?", "4.5 hours"),
    general_question("sc-jon", "What's the overtime rate?", "time and a third"),
)

HANDBOOK = Handbook(
    name="stonechat",
    title="Stonechat Haulage: Driver Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
