"""Skerrow Isles Ferries: an island ferry operator's Fleet Crew Manual (Section C, terms for seagoing
and port personnel), in paragraph numbers with a section letter ("C4.2"), definitions in "means"
form (officers, ratings, seagoing and port personnel), a fleet table with each vessel's route,
rotation and crew-change day and a numbered footnote, rules keyed by vessel, by department (deck,
engine, hotel, port), by officer or rating and by rank within a vessel group (a ratings' daily
rate schedule with the vessels as columns), cross-references ("see C4.3"), "Vessel notices" per
ship at the end and a revision record. Vessels, departments, ranks. Written blind to the code.
Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Skerrow Isles Ferries: Fleet Crew Manual</h1>
<p><em>Section C: Terms for Seagoing and Port Personnel. Revision 14, effective 7 April 2025. Controlled copies
are held on the bridge of each vessel and in each terminal office; all other copies are uncontrolled.</em></p>
<h2>C1 Scope and definitions</h2>
<p>C1.1 This section applies to everyone employed by Skerrow Isles Ferries Ltd ("the Company") aboard its
vessels or at its terminals. Head office staff at Harbour Chambers, Kelvoe, should refer to the Office Staff
Handbook. Sections A (Safety Management) and B (Navigation) are issued separately.</p>
<p>C1.2 In this section:</p>
<ul>
<li>"seagoing personnel" means personnel employed aboard a vessel, in the deck, engine or hotel
department;</li>
<li>"officers" means the Master, Chief Officer, Second Officer, Chief Engineer, Second Engineer and
Purser;</li>
<li>"ratings" means all other seagoing personnel, namely the Bosun, Able Seamen (AB), Ordinary Seamen (OS),
Motormen, Chefs and Stewards;</li>
<li>"port personnel" means personnel employed at the Kelvoe or Baramsay terminal, including linkspan
operators, vehicle marshals and ticket office staff;</li>
<li>"tour" means the period a crew member spends on duty between two crew changes; and</li>
<li>"rotation" means the fixed pattern of tours and leave periods of a vessel.</li>
</ul>
<h2>C2 The fleet, rotations and crew changes</h2>
<p>C2.1 Each vessel has its own rotation and crew-change day, as follows.</p>
<table>
<tr><th>Vessel</th><th>Route</th><th>Rotation</th><th>Crew change</th></tr>
<tr><td>MV Corran Star</td><td>Kelvoe to Baramsay, passengers and vehicles, 3 h 40 min</td><td>2 weeks on, 2 weeks
off; crew live aboard</td><td>Wednesday, at Kelvoe</td></tr>
<tr><td>MV Lochan Bride</td><td>Baramsay to Cullovay, passengers and vehicles, 35 min</td><td>7 days on, 7 days
off; crew live ashore</td><td>Monday, at Baramsay</td></tr>
<tr><td>MV Skua Trader</td><td>Kelvoe to Baramsay, freight only, overnight</td><td>3 weeks on, 3 weeks off;
crew live aboard</td><td>Friday, at Kelvoe <sup>1</sup></td></tr>
</table>
<p><small>1 Except during the annual dry dock, when the Skua Trader crew change at the Greyhaven repair yard and
the Crewing Office arranges travel.</small></p>
<p>C2.2 Report times on crew-change day: join the Corran Star by 12:00 and the Skua Trader by 16:00, before her
evening sailing. Lochan Bride crew, who work a day service, report to the Baramsay terminal at 06:15 on each day
of their tour for the first sailing.</p>
<p>C2.3 Swapping a whole tour with a colleague of the same rank needs the agreement of the Master and of the
Crewing Office at least 14 days before the crew change.</p>
<p>C2.4 Travel to the crew change is paid at standard-class rail fare or 45p a mile. Crew who live on Baramsay or
Cullovay travel free on Company sailings with their crew pass.</p>
<p>C2.5 Lochan Bride crew whose home is on the mainland are paid a lodging allowance of £38 a night for each
night spent on Baramsay during their tour.</p>
""",
    """
<h2>C3 Hours of work and rest</h2>
<p>C3.1 All seagoing personnel have at least 10 hours of rest in any 24-hour period and at least 77 hours in
any 7-day period. The Master keeps the record of hours of rest and signs it weekly.</p>
<p>C3.2 Aboard the Corran Star and Skua Trader, deck officers and ABs keep watches of six hours on and six hours
off. The engine department works days, 07:00 to 19:00, with one engineer on call at night for the unmanned
machinery space. The hotel department works to the catering rota set by the Purser.</p>
<p>C3.3 The Lochan Bride runs no night service: her crew work one shift of up to 12 hours a day, from the
first sailing to the last.</p>
<h2>C4 Pay and allowances</h2>
<p>C4.1 Officers are paid an annual salary that covers all hours worked, and are not paid overtime. Salary
scales for officers are in the Officers' Pay Agreement held by the Crewing Office.</p>
<p>C4.2 Ratings are paid a daily rate for each day of their tour (see C4.3). Hours worked beyond 12 in a day
are paid as overtime at £21.30 an hour, except for ratings on the Lochan Bride, whose overtime is paid at
£19.85 an hour. Port personnel are paid time and a half for hours beyond 40 in a week.</p>
<p>C4.3 Ratings' daily rates from 1 April 2025:</p>
<table>
<tr><th>Rating</th><th>Corran Star and Skua Trader</th><th>Lochan Bride</th></tr>
<tr><td>Bosun</td><td>£182.40</td><td>£168.90</td></tr>
<tr><td>Able Seaman (AB)</td><td>£156.20</td><td>£144.60</td></tr>
<tr><td>Ordinary Seaman (OS)</td><td>£131.75</td><td>£122.10</td></tr>
<tr><td>Motorman</td><td>£158.90</td><td>£147.30</td></tr>
<tr><td>Chef</td><td>£160.15</td><td>£148.25</td></tr>
<tr><td>Steward</td><td>£129.60</td><td>£120.40</td></tr>
</table>
<p><small>Ratings holding an in-date rescue boat certificate are paid a further £6.50 a day on any vessel.</small></p>
<p>C4.4 Salaries and daily rates are paid monthly, on the 25th, into a UK bank account.</p>
<h2>C5 Leave, sickness and medicals</h2>
<p>C5.1 For seagoing personnel, annual leave is included in the rotation: the leave periods of an equal-time
rotation cover the statutory entitlement and public holidays, and no leave is booked from a tour. Port
personnel receive 28 days of annual leave plus public holidays, booked with the Terminal Supervisor.</p>
<p>C5.2 If you are unfit to join your vessel, telephone the Crewing Office (01632 960 712, staffed 07:00 to
19:00) at least 24 hours before the crew change, so that a relief can be sent. Port personnel telephone the
Terminal Supervisor before their shift.</p>
<p>C5.3 If you fall ill or are injured while on tour, report at once to the head of your department aboard: the
Chief Officer for the deck department, the Chief Engineer for the engine department and the Purser for the
hotel department. Aboard the Skua Trader, which carries no Purser, hotel staff report to the Chief Officer.</p>
<p>C5.4 Seagoing personnel hold a seafarer medical certificate, renewed every 2 years, or every year from age
60. The Company pays for the medical and for the time taken.</p>
""",
    """
<h2>C6 Training and certificates</h2>
<p>C6.1 Besides the certificate of competency required for your rank, keep the following in date. Expired
training means you cannot sail or work and the Crewing Office will stand you down.</p>
<table>
<tr><th>Department</th><th>Training to keep in date</th><th>Refresher</th></tr>
<tr><td>Deck</td><td>Survival craft and rescue boats; ship security awareness</td><td>every 5 years</td></tr>
<tr><td>Engine</td><td>Advanced firefighting; high-voltage safety (engineers only)</td><td>every 5 years</td></tr>
<tr><td>Hotel</td><td>Crowd management; food hygiene level 2</td><td>every 3 years</td></tr>
<tr><td>Port</td><td>Traffic marshalling; linkspan operation (linkspan operators only)</td><td>every 2 years</td></tr>
</table>
<h2>C7 Uniform and protective equipment</h2>
<p>C7.1 Deck and engine ratings are issued two sets of orange coveralls and safety boots each year. Officers
wear the navy uniform with the stripes of their rank. Hotel ratings wear a white tunic in the galley and the
green Skerrow polo shirt in passenger areas. Port personnel wear the yellow hi-vis jacket marked SKERROW PORT
whenever they are on the marshalling lanes or the linkspan.</p>
<h2>Vessel notices</h2>
<table>
<tr><th>MV Corran Star</th></tr>
<tr><td>Boat and fire drill: Sundays at 10:30, on the outward crossing. Crew cabins are shared by ratings
on the same watch. Crew mess in the deck house, forward.</td></tr>
</table>
<table>
<tr><th>MV Lochan Bride</th></tr>
<tr><td>Boat and fire drill: Thursdays at 19:15, alongside at Baramsay after the last sailing. No crew
cabins; a crew rest room is provided on the car deck, port side.</td></tr>
</table>
<table>
<tr><th>MV Skua Trader</th></tr>
<tr><td>Boat and fire drill: at every crew change, before sailing, with the joining crew. Single cabins with
shower for all crew. Drivers travelling with their vehicles use the drivers' lounge only.</td></tr>
</table>
<h2>Revision record</h2>
<table>
<tr><th>Revision</th><th>Effective</th><th>Change</th></tr>
<tr><td>12</td><td>2023</td><td>Skua Trader rotation changed to three weeks on, three weeks off.</td></tr>
<tr><td>13</td><td>2024</td><td>Overtime rates (C4.2) revised.</td></tr>
<tr><td>14</td><td>2025</td><td>Daily rates (C4.3) updated; lodging allowance (C2.5) introduced.</td></tr>
</table>
""",
)

USERS = (
    User("sk-iain", ("I'm an AB on the Corran Star.",)),
    User("sk-marsaili", ("I'm Chief Officer on the Skua Trader.",)),
    User(
        "sk-pete",
        ("Motorman on the Lochan Bride.", "I live on the mainland so I stay over on Baramsay during my week on."),
    ),
    User("sk-rhona", ("I'm the Purser on the Corran Star.",)),
    User("sk-gav", ("I'm a steward.", "Mostly I'm on the cafeteria counter.")),
    User("sk-ewan", ("I drive the linkspan at the Kelvoe terminal.",)),
    User("sk-ailsa", ("Second Engineer.", "Just joined the Skua Trader.")),
    User("sk-donnie", ("I'm a deckhand on the Lochan Bride, an OS.",)),
    User("sk-kirsty", ("I'm one of the chefs.",)),
)

ROTATION = {"Corran Star": "2 weeks on", "Lochan Bride": "7 days on", "Skua Trader": "3 weeks on"}
CREW_CHANGE = {"Corran Star": "Wednesday", "Lochan Bride": "Monday", "Skua Trader": "Friday"}
REPORT = {"Corran Star": "12:00", "Lochan Bride": "06:15", "Skua Trader": "16:00"}
DRILL = {"Corran Star": "Sundays at 10:30", "Lochan Bride": "Thursdays at 19:15", "Skua Trader": "at every crew change"}
OVERTIME = {
    "officer": "not paid overtime",
    "rating, Corran Star or Skua Trader": "£21.30",
    "rating, Lochan Bride": "£19.85",
    "port": "time and a half",
}
RATE = {
    "Bosun, Corran Star or Skua Trader": "£182.40",
    "Bosun, Lochan Bride": "£168.90",
    "AB, Corran Star or Skua Trader": "£156.20",
    "AB, Lochan Bride": "£144.60",
    "OS, Corran Star or Skua Trader": "£131.75",
    "OS, Lochan Bride": "£122.10",
    "Motorman, Corran Star or Skua Trader": "£158.90",
    "Motorman, Lochan Bride": "£147.30",
    "Chef, Corran Star or Skua Trader": "£160.15",
    "Chef, Lochan Bride": "£148.25",
    "Steward, Corran Star or Skua Trader": "£129.60",
    "Steward, Lochan Bride": "£120.40",
}
STEWARD_RATE = {"Corran Star or Skua Trader": "£129.60", "Lochan Bride": "£120.40"}
CHEF_RATE = {"Corran Star or Skua Trader": "£160.15", "Lochan Bride": "£148.25"}
LEAVE = {"seagoing": "included in the rotation", "port": "28 days"}
ILL_ON_TOUR = {"deck": "Chief Officer", "engine": "Chief Engineer", "hotel": "Purser"}
TRAINING = {
    "deck": "Survival craft",
    "engine": "Advanced firefighting",
    "hotel": "Crowd management",
    "port": "Traffic marshalling",
}
UNIFORM = {
    "deck or engine rating": "orange coveralls",
    "officer": "navy uniform",
    "hotel rating": ("white tunic", "green Skerrow polo shirt"),
    "port": "yellow hi-vis jacket",
}

QUESTIONS = (
    rule_question("sk-iain", "How long is a trip on and off for me?", ROTATION, "Corran Star"),
    rule_question("sk-iain", "What's my day rate?", RATE, "AB, Corran Star or Skua Trader"),
    rule_question(
        "sk-iain", "What do I get per hour if I go over my hours?", OVERTIME, "rating, Corran Star or Skua Trader"
    ),
    rule_question("sk-iain", "Do I get holidays on top of my time off?", LEAVE, "seagoing"),
    rule_question("sk-marsaili", "Which day do we swap crews?", CREW_CHANGE, "Skua Trader"),
    rule_question("sk-marsaili", "Am I paid for extra hours?", OVERTIME, "officer"),
    rule_question("sk-marsaili", "When do we hold the boat and fire drill?", DRILL, "Skua Trader"),
    rule_question("sk-pete", "What's my rotation?", ROTATION, "Lochan Bride"),
    rule_question("sk-pete", "How much do I get a day?", RATE, "Motorman, Lochan Bride"),
    general_question("sk-pete", "Is there anything towards my digs on the island?", "£38"),
    rule_question("sk-pete", "If I take ill during my week on, who do I tell?", ILL_ON_TOUR, "engine"),
    rule_question("sk-rhona", "What day is changeover?", CREW_CHANGE, "Corran Star"),
    rule_question("sk-rhona", "Which courses do I have to keep current?", TRAINING, "hotel"),
    rule_question("sk-rhona", "When's the weekly drill?", DRILL, "Corran Star"),
    rule_question("sk-gav", "What's the daily rate for me?", STEWARD_RATE, None),
    general_question(
        "sk-gav", "If I'm too poorly to join the ship, who do I phone?", "01632 960 712", ("Terminal Supervisor",)
    ),
    rule_question("sk-gav", "What am I supposed to wear?", UNIFORM, "hotel rating"),
    rule_question("sk-ewan", "How much annual leave do I get?", LEAVE, "port"),
    rule_question("sk-ewan", "How is overtime paid for me?", OVERTIME, "port"),
    rule_question("sk-ewan", "What training do I need to keep up to date?", TRAINING, "port"),
    rule_question("sk-ewan", "What do I have to wear on the lanes?", UNIFORM, "port"),
    rule_question("sk-ailsa", "How long are the tours?", ROTATION, "Skua Trader"),
    rule_question("sk-ailsa", "Do I get overtime?", OVERTIME, "officer"),
    rule_question("sk-ailsa", "What time do I need to be aboard on changeover day?", REPORT, "Skua Trader"),
    rule_question("sk-donnie", "What time do I have to be in each morning?", REPORT, "Lochan Bride"),
    rule_question("sk-donnie", "What's the pay per day?", RATE, "OS, Lochan Bride"),
    rule_question("sk-donnie", "When's drill?", DRILL, "Lochan Bride"),
    general_question("sk-donnie", "What's the minimum rest I should get in a week?", "77 hours"),
    rule_question("sk-kirsty", "How much is my day rate?", CHEF_RATE, None),
    rule_question("sk-kirsty", "What day do we change crews?", CREW_CHANGE, None),
)

HANDBOOK = Handbook(
    name="skerrow",
    title="Skerrow Isles Ferries: Fleet Crew Manual",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
