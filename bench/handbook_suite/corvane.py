"""Corvane Air: an airline's cabin crew manual (an operations manual chapter with a revision header,
numbered paragraphs, "Applicability:" lines and NOTE paragraphs), with a table of the three crew ranks,
home bases in a table with their report points, report times for all ranks in one sentence, base rules
in consecutive sentences ("At Varnholm, ..."), ranks in lower case in places, sales commission by rank,
and the leave-bidding paragraph running onto the next page. Crew ranks and home bases.
Tuning (held out until 2026-12-03)."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p>Corvane Air &middot; Operations Manual Part C &middot; Chapter 4 &middot; Revision 17 &middot; Controlled
copy when viewed in the crew portal</p>
<h1>Corvane Air: Cabin Crew Manual, Chapter 4 (Crew Administration)</h1>
<p>This chapter sets out the administrative rules for cabin crew operating Corvane Air flights. It is issued
by the Director of Inflight Services, Annelise Brockhurst, and replaces Revision 16 in full. Safety and
emergency procedures are in Chapter 2 and are not repeated here. Unless a paragraph states otherwise, it
applies to all cabin crew at all home bases.</p>
<h2>4.1 Crew ranks</h2>
<p>Every crew member holds one of the following ranks. A crew member operates in their own rank unless crew
control rosters them to fly down a rank for operational reasons, in which case pay is protected.</p>
<table>
<tr><th>Rank</th><th>Code</th><th>Role on board</th><th>Wings worn</th></tr>
<tr><td>Cabin Manager</td><td>CM</td><td>In charge of the cabin on every sector; the link with the flight
deck</td><td>gold wings</td></tr>
<tr><td>Purser</td><td>PUR</td><td>Leads the rear cabin and the galley; deputises for the Cabin
Manager</td><td>silver wings</td></tr>
<tr><td>Flight Attendant</td><td>FA</td><td>Works the cabin position allocated at the pre-flight
briefing</td><td>bronze wings</td></tr>
</table>
<p>Wings are worn on the left lapel of the jacket, or centred above the name badge on the waistcoat when the
jacket is removed. Crew who are flying down a rank continue to wear the wings of their substantive rank.</p>
<h2>4.2 Home bases</h2>
<p>Each crew member is assigned to one home base, where every duty starts and ends. A change of home base is
only made by the base manager in writing, with at least eight weeks' notice.</p>
<table>
<tr><th>Home base</th><th>Airport code</th><th>Crew report point</th><th>Base manager</th></tr>
<tr><td>Varnholm</td><td>VNH</td><td>Crew Centre, level 2 of Terminal B</td><td>Oskar Lindqvist-Hart</td></tr>
<tr><td>Port Essery</td><td>PES</td><td>crew room airside, beside Gate 14</td><td>Mairead Colfer</td></tr>
<tr><td>Kilmarden</td><td>KMD</td><td>reporting desk in Skyline House, opposite the cargo
gate</td><td>Benedikt Sauer</td></tr>
</table>
<h2>4.3 Reporting for duty</h2>
<p><i>Applicability: all ranks.</i> Report times are set by rank, because the senior crew prepare the
briefing. A Cabin Manager reports 75 minutes before the scheduled departure time, pursers report 65 minutes
before it and flight attendants 60 minutes before it. Report at the crew report point of your home base (see
4.2), in full uniform, with your passport, crew ID and licence.</p>
<p>NOTE: If you are going to be late for report, call crew control as soon as you know, not when you arrive.
Crew control decides whether to hold the briefing or call out a standby.</p>
""",
    """
<h2>4.4 Parking and getting to work</h2>
<p>Crew must arrive at the airport in good time, allowing for security queues. At Varnholm, crew park in
staff car park P7 and take the airside staff bus from stand 3. At Port Essery the crew car park is Zone C of
the long-stay car park, a short walk from the terminal. Kilmarden crew use the Eastgate crew lot, which is
free and linked to the departures hall by a shuttle every ten minutes. Permits for all three car parks are issued
by the base office on request.</p>
<h2>4.5 Fitness for duty and alcohol</h2>
<p>No crew member may consume alcohol in the 10 hours before report, and no crew member may report with any
alcohol in their system. Random testing may take place at any base. If you are taking prescribed medication
that could affect your duties, tell the base office before your next duty.</p>
<h2>4.6 Onboard sales</h2>
<p>Corvane Air pays commission on the value of duty-free and buy-on-board sales made on each sector. The
commission rate depends on rank: Cabin Managers are paid 3% of the sales on their flights, as they are
accountable for the bar reconciliation; Pursers receive 4% of the sales from their galley; and Flight
Attendants earn 6% of the sales taken on their own trolley. Commission is paid with the following month's
salary. Cash shortages over 20 EUR on a sector are deducted from that sector's commission.</p>
<h2>4.7 Uniform</h2>
<p>Uniform is issued free of charge on joining and replaced on a fair wear-and-tear basis. Crew receive a
shoe allowance of 95 EUR a year, paid in January. The uniform stores opening hours differ by base. The
Varnholm uniform store is open Tuesdays and Thursdays, from 09:00 to 16:00. At Port Essery, the stores
officer visits on the first Monday of the month. There is no uniform store at Kilmarden: replacement items
are ordered online through the crew portal and posted to your home address.</p>
<h2>4.8 Recurrent training</h2>
<p>All crew complete safety and emergency procedures recurrent training every 12 months, together with a
first-aid refresher and the security module. Training is rostered by crew control; you may not operate if
any of these has lapsed.</p>
<h2>4.9 Annual leave</h2>
<p>All cabin crew are entitled to 28 days of annual leave in the leave year, which runs from 1 January to
31 December. At least 14 of those days are taken as one continuous block. Public holidays are not added to
the entitlement, because the roster runs every day of the year; crew rostered to work on a public holiday
receive a day in lieu.</p>
<p>Leave is bid for once a year in the crew portal, in three rounds, so that each rank is spread evenly over
the year and every flight can still be crewed. Bids are awarded by seniority within each rank. The bidding
rounds are:</p>
""",
    """
<ul>
<li>Cabin Managers bid in the first round, which opens on 1 September;</li>
<li>the second round, for pursers, opens on 15 September;</li>
<li>flight attendants bid in the third round, which opens on 1 October.</li>
</ul>
<p>Each round stays open for ten days. Leave that is not bid for is allocated by crew control. Once awarded,
leave can only be moved by a swap with a crew member of the same rank at the same home base, approved by
the base manager.</p>
<h2>4.10 Sickness</h2>
<p>If you are unfit to fly, call crew control as early as possible and no later than three hours before your
report time. You must not operate with a cold or blocked ears. From the eighth day of sickness a doctor's
certificate is needed, and crew who have been off sick for more than 21 days see the company doctor before
returning to flying.</p>
<h2>4.11 Amendments</h2>
<p>Amendments to this chapter are published in the crew portal with a read-and-sign notice. Crew must sign
each notice before their next duty. Suggestions for improvement go to the Inflight Standards team through
the crew portal.</p>
""",
)

USERS = (
    User("cv-ilse", ("I'm a Cabin Manager, based at Varnholm.",)),
    User("cv-tobin", ("I'm a flight attendant.", "I fly out of Port Essery.")),
    User("cv-marguerite", ("I was promoted to Purser last spring, and my home base is Kilmarden.",)),
    User("cv-ravi", ("I'm based at Port Essery.",)),
    User("cv-oona", ("I joined Corvane as a Flight Attendant in March.",)),
)

REPORT = {"Cabin Manager": "75 minutes", "Purser": "65 minutes", "Flight Attendant": "60 minutes"}
WINGS = {"Cabin Manager": "gold wings", "Purser": "silver wings", "Flight Attendant": "bronze wings"}
COMMISSION = {"Cabin Manager": "3%", "Purser": "4%", "Flight Attendant": "6%"}
BIDDING = {"Cabin Manager": "1 September", "Purser": "15 September", "Flight Attendant": "1 October"}
REPORT_POINT = {"Varnholm": "level 2 of Terminal B", "Port Essery": "Gate 14", "Kilmarden": "Skyline House"}
PARKING = {"Varnholm": "car park P7", "Port Essery": "Zone C", "Kilmarden": "Eastgate"}
UNIFORM = {"Varnholm": "Tuesdays and Thursdays", "Port Essery": "first Monday", "Kilmarden": "ordered online"}

QUESTIONS = (
    rule_question("cv-ilse", "How early do I have to report before departure?", REPORT, "Cabin Manager"),
    rule_question(
        "cv-tobin", "How long before the scheduled departure do I need to report?", REPORT, "Flight Attendant"
    ),
    rule_question("cv-marguerite", "What's my report time before a flight?", REPORT, "Purser"),
    rule_question("cv-ravi", "How long before take-off should I report for duty?", REPORT, None),
    rule_question("cv-ilse", "Which wings do I wear on my uniform?", WINGS, "Cabin Manager"),
    rule_question("cv-marguerite", "What colour wings should I be wearing now?", WINGS, "Purser"),
    rule_question("cv-oona", "Which wings badge goes on my jacket?", WINGS, "Flight Attendant"),
    rule_question("cv-tobin", "What percentage commission do I get on inflight sales?", COMMISSION, "Flight Attendant"),
    rule_question("cv-ilse", "How much commission do I earn from duty-free sales?", COMMISSION, "Cabin Manager"),
    rule_question("cv-marguerite", "When does my round of leave bidding open?", BIDDING, "Purser"),
    rule_question("cv-oona", "When can I put in my holiday bids?", BIDDING, "Flight Attendant"),
    rule_question("cv-ilse", "Where do I report at the start of a duty?", REPORT_POINT, "Varnholm"),
    rule_question("cv-tobin", "Where's the crew report point at my base?", REPORT_POINT, "Port Essery"),
    rule_question("cv-marguerite", "Where do I sign on for a duty?", REPORT_POINT, "Kilmarden"),
    rule_question("cv-oona", "Where do I go to report for duty?", REPORT_POINT, None),
    rule_question("cv-ravi", "Where do crew park?", PARKING, "Port Essery"),
    rule_question("cv-ilse", "Where can I leave my car when I'm working a flight?", PARKING, "Varnholm"),
    rule_question("cv-marguerite", "How do I get replacement uniform items?", UNIFORM, "Kilmarden"),
    rule_question("cv-ravi", "When is the uniform store open?", UNIFORM, "Port Essery"),
    general_question("cv-tobin", "How long before reporting do I have to stop drinking?", "10 hours"),
    general_question("cv-oona", "How many days of annual leave do crew get?", "28 days"),
    general_question("cv-ravi", "How often is the safety and emergency recurrent training?", "every 12 months"),
)

HANDBOOK = Handbook(
    name="corvane",
    title="Corvane Air: Cabin Crew Manual, Chapter 4 (Crew Administration)",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
