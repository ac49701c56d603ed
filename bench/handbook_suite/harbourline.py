"""Harbourline Logistics: rules keyed by site inside a sentence ("At the Porto site, core hours
are ...") and by role inside a sentence ("Shift Supervisors have ..."), several in one paragraph,
under topic headings that name no context. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Harbourline Logistics: Site and People Policies</h1>
<p>Harbourline runs three cross-dock sites, in Porto, Rotterdam and Gdansk. The policies below apply to
all staff unless a sentence names a site or a role.</p>
<h2>Core hours</h2>
<p>At the Porto site, core hours are 10:00 to 16:00. At the Rotterdam site, core hours are 07:30 to 14:30,
and at the Gdansk site they are 09:00 to 15:00. Outside core hours, time is flexible within the 40-hour
week.</p>
<h2>Parking</h2>
<p>Staff at the Porto site park in car park P2 on Rua do Freixo. In Rotterdam, staff use the Waalhaven
staff garage; at the Gdansk site, parking is on the east apron behind gate 4. Visitors always park at
reception.</p>
<h2>Training budget</h2>
<p>Every employee has a personal training budget for courses and certificates. Shift Supervisors have
2,800 EUR a year. Warehouse Operatives have 950 EUR a year, and Transport Planners have 1,600 EUR a year.
Unspent budget does not roll over into the next year.</p>
<h2>Canteen</h2>
<p>The canteen subsidy is 4.20 EUR per meal at every site, and hot meals are served until 14:00.</p>
""",
    """
<h2>Protective equipment</h2>
<p>Everyone who crosses the dock floor wears a high-visibility vest. Warehouse Operatives must also wear
S3 safety boots and cut-resistant gloves. Shift Supervisors carry a radio and a first-aid pouch on every
shift. Transport Planners work in the planning office and need nothing beyond the vest.</p>
<h2>Shift patterns</h2>
<p>At the Porto site the early shift starts at 05:45. The Rotterdam site runs its early shift from 06:15,
and Gdansk starts the early shift at 05:00. Late shifts end eight and a half hours after they start.</p>
<h2>Booking holidays</h2>
<p>Holidays are booked in the Rota app at least 21 days ahead. Requests for the peak weeks before
Christmas are decided by lot in October.</p>
""",
)

USERS = (
    User("hl-rui", ("I'm a Shift Supervisor based at the Porto site.",)),
    User("hl-anouk", ("I work as a Transport Planner.", "I'm at our Rotterdam site.")),
    User("hl-piotr", ("I'm a Warehouse Operative in Gdansk.",)),
    User("hl-sofia", ("I work at the Porto site.",)),
    User("hl-tom", ("I'm a Warehouse Operative.", "I started in January.")),
)

CORE = {"Porto": "10:00 to 16:00", "Rotterdam": "07:30 to 14:30", "Gdansk": "09:00 to 15:00"}
PARKING = {"Porto": "car park P2", "Rotterdam": "Waalhaven", "Gdansk": "east apron"}
EARLY = {"Porto": "05:45", "Rotterdam": "06:15", "Gdansk": "05:00"}
TRAINING = {"Shift Supervisor": "2,800 EUR", "Warehouse Operative": "950 EUR", "Transport Planner": "1,600 EUR"}
PROTECTIVE = {
    "Shift Supervisor": "radio and a first-aid pouch",
    "Warehouse Operative": "S3 safety boots",
    "Transport Planner": "nothing beyond the vest",
}

QUESTIONS = (
    rule_question("hl-rui", "What are my core hours?", CORE, "Porto"),
    rule_question("hl-rui", "Where do I park?", PARKING, "Porto"),
    rule_question("hl-rui", "When does the early shift start?", EARLY, "Porto"),
    rule_question("hl-rui", "How big is my training budget?", TRAINING, "Shift Supervisor"),
    rule_question("hl-rui", "What protective equipment do I need?", PROTECTIVE, "Shift Supervisor"),
    rule_question("hl-anouk", "When are core hours?", CORE, "Rotterdam"),
    rule_question("hl-anouk", "Where should I park my car?", PARKING, "Rotterdam"),
    rule_question("hl-anouk", "How much training budget do I have per year?", TRAINING, "Transport Planner"),
    rule_question("hl-anouk", "Which safety gear must I wear?", PROTECTIVE, "Transport Planner"),
    general_question("hl-anouk", "How much is the canteen subsidy per meal?", "4.20 EUR"),
    rule_question("hl-piotr", "What are the core hours at my site?", CORE, "Gdansk"),
    rule_question("hl-piotr", "What time does my early shift begin?", EARLY, "Gdansk"),
    rule_question("hl-piotr", "What is my yearly training budget?", TRAINING, "Warehouse Operative"),
    rule_question("hl-piotr", "What protective equipment must I wear?", PROTECTIVE, "Warehouse Operative"),
    general_question("hl-piotr", "How far ahead do I have to book holidays?", "21 days"),
    rule_question("hl-sofia", "What are my core hours?", CORE, "Porto"),
    rule_question("hl-sofia", "Where can I park?", PARKING, "Porto"),
    rule_question("hl-sofia", "How much is my training budget?", TRAINING, None),
    rule_question("hl-sofia", "What protective equipment do I need?", PROTECTIVE, None),
    rule_question("hl-tom", "How big is my training budget?", TRAINING, "Warehouse Operative"),
    rule_question("hl-tom", "What do I have to wear on the dock?", PROTECTIVE, "Warehouse Operative"),
    rule_question("hl-tom", "What are my core hours?", CORE, None),
    rule_question("hl-tom", "When does my early shift start?", EARLY, None),
)

HANDBOOK = Handbook(
    name="harbourline",
    title="Harbourline Logistics: Site and People Policies",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
