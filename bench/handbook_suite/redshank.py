"""Redshank Packaging: a manufacturer's employee handbook for two plants, with rules keyed by shift
pattern (defined once, then named in bulleted lists under a lead-in), protective equipment as
lists under a lead-in naming the job, the annual-leave policy continuing onto the next page, a
section naming two departments ("Maintenance and Quality Assurance"), site information as lists
under "At <site>:" lead-ins, and general rules beside them. Sites, shift patterns, departments and
jobs. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Redshank Packaging: Employee Handbook</h1>
<p>For production, warehouse, maintenance and quality employees at the Carrow Bridge and Thistleby plants.
Keep this handbook in your locker; the current version is also pinned on the noticeboard outside each
canteen. If anything here is unclear, ask your shift manager.</p>
<h2>About this handbook</h2>
<p>Redshank makes corrugated cases, trays and printed cartons for food and drink producers. Our plants at
Carrow Bridge and Thistleby run around the clock, and most of our employees work shifts. The people on the
shop floor belong to four departments:</p>
<ul>
<li>Production: machine operators, printer minders and line leaders;</li>
<li>Warehouse and Despatch: forklift drivers, despatch clerks and loaders;</li>
<li>Maintenance: maintenance technicians and electricians;</li>
<li>Quality Assurance: QA inspectors and the laboratory technician.</li>
</ul>
<h2>Shift patterns</h2>
<p>Each employee works one of three shift patterns, named in their contract:</p>
<ul>
<li>Continental shifts: 12-hour shifts, four on and four off, rotating between days and nights;</li>
<li>Double days: an early shift from 06:00 to 14:00 and a late shift from 14:00 to 22:00, alternating
weekly, Monday to Friday;</li>
<li>Permanent nights: 22:00 to 06:00, Sunday night to Thursday night.</li>
</ul>
<h2>Rules for everyone</h2>
<ul>
<li>Clock in and out at the turnstile with your own badge. Never clock in for anyone else: it is treated as
gross misconduct.</li>
<li>Wages are paid weekly, every Friday, by bank transfer. Payslips are on the self-service kiosk.</li>
<li>Mobile phones must stay in your locker while you are on the production floor.</li>
<li>Smoking and vaping are allowed only in the shelters marked on the site plan.</li>
<li>Report every accident and near miss to your shift manager before the end of your shift, however
small.</li>
</ul>
""",
    """
<h2>Pay for shift work</h2>
<p>A shift allowance is paid on top of basic pay, as a percentage of basic pay, for the shift pattern in
your contract:</p>
<ul>
<li>Continental shifts: 18% of basic pay.</li>
<li>Double days: 10% of basic pay.</li>
<li>Permanent nights: 33% of basic pay.</li>
</ul>
<p>If you move to another pattern for four weeks or more, the allowance of the new pattern is paid from the
first week. Overtime is paid at time and a half from Monday to Saturday and at double time on Sundays and bank
holidays. All overtime must be agreed with your shift manager before you work it.</p>
<h2>Breaks</h2>
<p>On an 8-hour shift you have one paid break of 30 minutes. On a 12-hour shift you have two paid breaks of
30 minutes and one unpaid break of 20 minutes. Breaks are taken in rotation so that the lines keep running,
and never at the machine.</p>
<h2>Annual leave</h2>
<p>The holiday year runs from 1 January to 31 December. Book leave at the self-service kiosk at least 14 days
before the first day you want off; your shift manager approves it. No more than two people from the same
crew can be off at the same time.</p>
<p>Your annual leave entitlement depends on your shift pattern:</p>
<ul>
<li>Continental shifts: 276 hours a year, which is 23 shifts of 12 hours; bank holidays are included in this
figure, because the plant works on them.</li>
<li>Double days: 25 days a year, plus the eight bank holidays.</li>
<li>Permanent nights: 27 days a year, plus the eight bank holidays.</li>
</ul>
<p>Part-time employees receive a pro rata share of the entitlement for their pattern.</p>
""",
    """
<p>Each plant shuts down once a year for maintenance, and part of your annual leave must be taken during the
shutdown. The Carrow Bridge plant closes for the first two weeks of August, and 10 days of your leave are
used for the closure. The Thistleby plant closes between Christmas and New Year, and 3 days of your leave
are used for it. Maintenance staff at both plants usually work through the shutdown and take that leave at
another time agreed with the maintenance manager.</p>
<p>You can carry up to 40 hours of unused leave into the next holiday year, if your shift manager agrees.
Leave is not paid in lieu except when you leave the company.</p>
<h2>Protective equipment</h2>
<p>Everyone on the shop floor wears safety boots and safety glasses at all times, and hearing protection in
the areas marked with a blue sign. Your job may require more:</p>
<p>Machine operators must also wear:</p>
<ul>
<li>cut-resistant gloves when handling knives, blades and board edges;</li>
<li>a bump cap when working under the corrugator bridge.</li>
</ul>
<p>Forklift drivers must also wear:</p>
<ul>
<li>a high-visibility vest, inside and outside the buildings;</li>
<li>the seat belt, whenever the truck is moving.</li>
</ul>
<p>Maintenance technicians must also wear:</p>
<ul>
<li>arc-rated overalls when working on live electrical panels;</li>
<li>a harness when working at height on the corrugator.</li>
</ul>
<p>QA inspectors must also wear a white coat and a hairnet in the print finishing area.</p>
<p>Forklift drivers renew their licence every three years on a refresher course that Redshank arranges and
pays for. Nobody may drive a truck without a valid licence and a daily pre-use check.</p>
""",
    """
<h2>Maintenance and Quality Assurance</h2>
<p>This section applies to the Maintenance and Quality Assurance departments. Both departments run a standby
rota, so that a breakdown or a quality hold can be dealt with at any hour. Employees on the standby rota
receive 45 GBP for each night on standby and are paid from the moment they are called until they leave the
site, with a minimum of two hours. You must be able to reach the plant within 45 minutes while on standby.</p>
<p>Production and Warehouse and Despatch employees are not on any standby rota. If they are asked to stay
on after their shift, the time is paid as overtime.</p>
<h2>Site information</h2>
<p>At Carrow Bridge:</p>
<ul>
<li>If you are ill, phone the gatehouse on extension 210 at least two hours before your shift starts.</li>
<li>Park in the staff car park off Tanyard Lane, never in the lorry yard.</li>
<li>The canteen is open 24 hours a day, with hot meals at every shift change.</li>
</ul>
<p>At Thistleby:</p>
<ul>
<li>If you are ill, ring your shift manager on the mobile number printed on your locker card, at least two
hours before your shift starts.</li>
<li>Park in the overflow car park on Saltmarsh Road; the front car park is for visitors.</li>
<li>There is no canteen, but there are vending machines, fridges and microwaves in the mess room.</li>
</ul>
<p>At both plants a fit note is needed for any sickness absence of more than seven days.</p>
""",
)

USERS = (
    User("rs-bartek", ("I'm a machine operator at Carrow Bridge, on the continental shift.",)),
    User("rs-rosalind", ("I drive a forklift in the warehouse at Thistleby.", "I'm on permanent nights.")),
    User("rs-kieran", ("I'm a maintenance technician.", "I work double days at Thistleby.")),
    User("rs-maud", ("I'm a QA inspector at the Carrow Bridge plant.",)),
    User("rs-ilse", ("I work four on, four off.",)),
    User("rs-ade", ("I started at Redshank last week.",)),
)

LEAVE = {"Continental": "276 hours", "Double days": "25 days", "Permanent nights": "27 days"}
ALLOWANCE = {"Continental": "18%", "Double days": "10%", "Permanent nights": "33%"}
SHUTDOWN = {"Carrow Bridge": "first two weeks of August", "Thistleby": "between Christmas and New Year"}
PPE = {
    "Machine operator": "cut-resistant gloves",
    "Forklift driver": "high-visibility vest",
    "Maintenance technician": "arc-rated overalls",
    "QA inspector": "white coat",
}
STANDBY = {
    "Maintenance": "45 GBP",
    "Quality Assurance": "45 GBP",
    "Production": "not on any standby rota",
    "Warehouse and Despatch": "not on any standby rota",
}
SICK = {"Carrow Bridge": "extension 210", "Thistleby": "locker card"}
PARKING = {"Carrow Bridge": "Tanyard Lane", "Thistleby": "Saltmarsh Road"}
CANTEEN = {"Carrow Bridge": "24 hours a day", "Thistleby": "vending machines"}

QUESTIONS = (
    rule_question("rs-bartek", "How much holiday do I get?", LEAVE, "Continental"),
    rule_question("rs-bartek", "What's my shift allowance?", ALLOWANCE, "Continental"),
    rule_question("rs-bartek", "What extra PPE do I need for my job?", PPE, "Machine operator"),
    rule_question("rs-bartek", "Can I get a hot meal on site?", CANTEEN, "Carrow Bridge"),
    rule_question("rs-bartek", "Who do I ring if I can't come in because I'm sick?", SICK, "Carrow Bridge"),
    rule_question("rs-rosalind", "How many days of annual leave do I get?", LEAVE, "Permanent nights"),
    rule_question("rs-rosalind", "How much shift premium do I get on top of my basic?", ALLOWANCE, "Permanent nights"),
    rule_question("rs-rosalind", "What protective gear do I have to wear?", PPE, "Forklift driver"),
    rule_question("rs-rosalind", "Where should I park?", PARKING, "Thistleby"),
    rule_question("rs-rosalind", "How do I call in sick?", SICK, "Thistleby"),
    general_question("rs-rosalind", "How often do I have to renew my forklift licence?", "every three years"),
    rule_question("rs-kieran", "Do I get paid for being on standby?", STANDBY, "Maintenance"),
    rule_question("rs-kieran", "What percentage shift allowance do I get?", ALLOWANCE, "Double days"),
    rule_question("rs-kieran", "When is the plant shutdown?", SHUTDOWN, "Thistleby"),
    rule_question("rs-kieran", "What PPE is required for my job?", PPE, "Maintenance technician"),
    rule_question("rs-maud", "How much is the standby payment?", STANDBY, "Quality Assurance"),
    rule_question("rs-maud", "What's my shift allowance?", ALLOWANCE, None),
    rule_question("rs-maud", "Is the canteen open at night?", CANTEEN, "Carrow Bridge"),
    rule_question("rs-ilse", "How much annual leave am I entitled to?", LEAVE, "Continental"),
    rule_question("rs-ilse", "Who do I phone when I'm off sick?", SICK, None),
    rule_question("rs-ade", "Where do I park?", PARKING, None),
    general_question("rs-ade", "What's the overtime rate on a Sunday?", "double time"),
    general_question("rs-ade", "When do we get paid?", "every Friday"),
)

HANDBOOK = Handbook(
    name="redshank",
    title="Redshank Packaging: Employee Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
