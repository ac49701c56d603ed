"""Quarrybank Group: a refractories manufacturer with plants in Germany, Poland and Czechia. Table-heavy
(tables keyed by plant, country, shift model, employee group and production area), abbreviations
defined once on page 1 ("CA employees", "AT employees", "3S", "Conti", "DS") and then used bare,
terse notes under the tables. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Quarrybank Group: Employee Handbook for Production Sites</h1>
<p>Valid for Quarrybank Refractories GmbH, Quarrybank Polska Sp. z o.o. and Quarrybank CZ s.r.o. from
1 January 2025. Issued by Group HR together with the works councils of all four plants. Replaces the
2021 edition.</p>
<h2>1. Scope and definitions</h2>
<h3>1.1 Plants</h3>
<table>
<tr><th>Code</th><th>Plant</th><th>Country</th><th>Main products</th><th>Shift models</th></tr>
<tr><td>DE-ALT</td><td>Altenbruch</td><td>Germany</td><td>shaped refractories, tunnel kilns 1-3</td><td>DS, 3S, Conti</td></tr>
<tr><td>DE-SWB</td><td>Schwarzbach</td><td>Germany</td><td>monolithics, precast shapes</td><td>DS, 3S</td></tr>
<tr><td>PL-STG</td><td>Stargowo</td><td>Poland</td><td>pressed bricks, kiln furniture</td><td>DS, 3S, Conti</td></tr>
<tr><td>CZ-OST</td><td>Ostrovec</td><td>Czechia</td><td>technical ceramics, finishing</td><td>DS, 3S, Conti</td></tr>
</table>
<h3>1.2 Abbreviations used in this handbook</h3>
<table>
<tr><th>Term</th><th>Meaning</th></tr>
<tr><td>CA employees</td><td>Employees whose pay and conditions follow the collective agreement of their company:
DE: Haustarifvertrag Quarrybank (HTV); PL: Zakładowy Układ Zbiorowy Pracy (ZUZP); CZ: Kolektivní smlouva (KS).</td></tr>
<tr><td>AT employees</td><td>Non-tariff employees ("außertariflich"): individual contract, salary above the
top CA pay group. AT status exists for DS roles only.</td></tr>
<tr><td>DS</td><td>Day staff: normal day work Mon-Fri, incl. offices, labs and the maintenance day crew.</td></tr>
<tr><td>3S</td><td>Three-shift operation Mon-Fri: early 06:00-14:00, late 14:00-22:00, night 22:00-06:00.</td></tr>
<tr><td>Conti</td><td>Continuous operation, 4 crews, 24/7 incl. Sundays and public holidays.</td></tr>
<tr><td>TA</td><td>Time account (working time account in QTime).</td></tr>
<tr><td>WC</td><td>Works council or employee representation of the plant (see 7).</td></tr>
<tr><td>EHS</td><td>Environment, Health &amp; Safety.</td></tr>
</table>
<p><em>Notes:</em> All 3S and Conti employees are CA employees. Where the HTV, ZUZP, KS or statutory law
grants more than this handbook, the more favourable rule applies. Plant-level works agreements are
available on the intranet (QNet &gt; HR &gt; Agreements).</p>
""",
    """
<h2>2. Working time and overtime</h2>
<h3>2.1 Contractual weekly working time</h3>
<table>
<tr><th>Shift model</th><th>DE-ALT / DE-SWB</th><th>PL-STG</th><th>CZ-OST</th></tr>
<tr><td>DS</td><td>35 hours</td><td>40 hours</td><td>40 hours</td></tr>
<tr><td>3S</td><td>35 hours</td><td>40 hours</td><td>37.5 hours</td></tr>
<tr><td>Conti</td><td>33.6 hours (average)</td><td>38 hours (average)</td><td>37.5 hours</td></tr>
</table>
<p><em>Notes:</em> AT employees: trust-based working time without time recording at DE plants; at PL-STG
and CZ-OST the contractual DS figure applies. Conti averages are calculated over the 4-week crew cycle.
DS: 30 min unpaid lunch break. 3S/Conti: 20 min paid shift break.</p>
<h3>2.2 Overtime by employee group</h3>
<table>
<tr><th>Employee group</th><th>Approval</th><th>DE-ALT / DE-SWB</th><th>PL-STG</th><th>CZ-OST</th></tr>
<tr><td>CA employees, DS</td><td>Supervisor, in QTime, before the work</td><td>30 % supplement, or 1:1 credit to TA (employee's choice)</td><td>50 % supplement (night, Sunday, public holiday: double)</td><td>25 % supplement, or time off 1:1</td></tr>
<tr><td>CA employees, 3S / Conti</td><td>Shift leader; at DE plants also WC consent</td><td>40 % supplement, paid</td><td>50 % supplement (night, Sunday, public holiday: double)</td><td>25 % supplement, or time off 1:1</td></tr>
<tr><td>AT employees</td><td>None required</td><td>included in the AT salary</td><td>included in the AT salary</td><td>up to 150 hours a year included in salary; beyond that as CA employees</td></tr>
</table>
<p><em>Notes:</em> Overtime not approved in QTime is not paid (emergencies: approval by end of the
shift). TA balance: max. +60 / -20 hours; hours above +60 are paid out with the next payroll.
Extra shifts on free days (3S/Conti) are voluntary.</p>
<h3>2.3 Shift plan and swaps</h3>
<ul>
<li>The annual shift calendar for the following year is published by 30 November.</li>
<li>Swaps between equally qualified colleagues: enter in QTime at least 48 hours before the first
affected shift; the shift leader confirms. No swap may result in two consecutive shifts.</li>
<li>Changes by the company: at least 7 calendar days' notice; at DE plants with WC consent.</li>
<li>Accidents and near misses: report to your shift leader or supervisor before the end of the shift and
record in QSafe.</li>
</ul>
""",
    """
<h2>3. Shift allowances</h2>
<table>
<tr><th>Allowance</th><th>DE-ALT / DE-SWB</th><th>PL-STG</th><th>CZ-OST</th></tr>
<tr><td>Late shift (14:00-22:00)</td><td>12 %</td><td>PLN 4.60 per hour</td><td>CZK 22 per hour</td></tr>
<tr><td>Night work (22:00-06:00)</td><td>28 %</td><td>20 %</td><td>15 %</td></tr>
<tr><td>Sunday work</td><td>60 %</td><td>75 %</td><td>35 %</td></tr>
<tr><td>Public holiday work</td><td>125 %</td><td>150 %</td><td>120 %</td></tr>
<tr><td>Conti lump sum (monthly)</td><td>EUR 145</td><td>PLN 420</td><td>CZK 2,300</td></tr>
</table>
<p><em>Notes:</em> Percentages of the individual base hourly rate; PL night allowance: of the hourly rate
derived from the national minimum wage (Labour Code). Late and night allowances are paid for hours
actually worked in the window, by all employee groups incl. DS on call-out. Sunday and public holiday
allowances: only the higher one is paid. Conti lump sum: Conti employees only, pro rata for part months;
3S and DS receive no lump sum.</p>
<h2>4. Annual leave</h2>
<table>
<tr><th>Country</th><th>Base entitlement (working days)</th><th>Additional shift leave</th></tr>
<tr><td>Germany (CA and AT employees)</td><td>30 days</td><td>3S: +1 day; Conti: +3 days</td></tr>
<tr><td>Poland</td><td>20 days with less than 10 years of employment; 26 days from 10 years</td><td>3S: +1 day; Conti: +3 days</td></tr>
<tr><td>Czechia</td><td>25 days</td><td>3S: +1 day; Conti: +3 days</td></tr>
</table>
<p><em>Notes:</em> PL "years of employment" = total employment history incl. previous employers and
school periods recognised by the Labour Code, not only service with Quarrybank. Additional shift leave
requires at least 6 months in the shift model in the calendar year. Conti: leave is planned in crew
shifts and converted by HR.</p>
<h3>4.1 Booking leave</h3>
<ul>
<li>Request in QTime. Summer leave (Jun-Aug) by 31 March; decided by 15 April.</li>
<li>3S/Conti: max. 2 employees per crew and qualification on leave at the same time.</li>
<li>Up to 5 days may be carried into the next year; they lapse on 31 March.</li>
</ul>
""",
    """
<h2>5. Protective equipment (PPE)</h2>
<p>Base PPE in all production areas: S3 safety shoes, safety glasses, Quarrybank workwear (laundered
weekly, free of charge). Issue and replacement: PPE vending machine, chip card.</p>
<table>
<tr><th>Area code</th><th>Area</th><th>Additional PPE</th></tr>
<tr><td>K</td><td>Kiln hall (tunnel and shuttle kilns, car loading)</td><td>aluminised jacket and face shield at open kilns; heat-resistant gloves</td></tr>
<tr><td>M</td><td>Raw materials and mixing</td><td>FFP3 respirator (silica dust); goggles instead of glasses</td></tr>
<tr><td>P</td><td>Press shop</td><td>cut-resistant gloves level D, forearm guards</td></tr>
<tr><td>F</td><td>Finishing (grinding, cutting, drilling)</td><td>moulded ear plugs (fitted by EHS), FFP2 mask</td></tr>
<tr><td>W</td><td>Warehouse and dispatch, incl. forklift drivers</td><td>high-visibility vest</td></tr>
<tr><td>L</td><td>Laboratories</td><td>lab coat, nitrile gloves</td></tr>
</table>
<p><em>Notes:</em> Offices: no area PPE. Maintenance and EHS staff wear the PPE of the area they are working
in. Prescription safety glasses: company pays up to EUR 210 every 24 months (PL/CZ: equivalent in local
currency); apply via EHS.</p>
<h2>6. Meals</h2>
<table>
<tr><th>Plant</th><th>Scheme</th><th>Value</th></tr>
<tr><td>DE-ALT</td><td>Works canteen, subsidy via chip card</td><td>EUR 3.40 per meal</td></tr>
<tr><td>DE-SWB</td><td>No canteen: digital meal voucher (app)</td><td>EUR 6.90 per working day</td></tr>
<tr><td>PL-STG</td><td>Lunch card, credited monthly</td><td>PLN 320 per month</td></tr>
<tr><td>CZ-OST</td><td>Meal vouchers (stravenky), shifts of 3 h or more</td><td>CZK 140 per shift</td></tr>
</table>
<p><em>Notes:</em> DE-ALT night shifts: hot-meal vending station, same subsidy. CZ vouchers: company share
55 %. PL lunch card reduced pro rata for absences over 5 working days in the month.</p>
<h2>7. Works councils</h2>
<table>
<tr><th>Plant</th><th>Body</th><th>Office</th><th>Consultation hours</th></tr>
<tr><td>DE-ALT</td><td>Betriebsrat</td><td>Building 7, room 7.014</td><td>Tue, Thu 09:00-11:00</td></tr>
<tr><td>DE-SWB</td><td>Betriebsrat</td><td>Hall 2 mezzanine</td><td>Wed 13:00-15:00</td></tr>
<tr><td>PL-STG</td><td>Rada Pracowników and union branch</td><td>Admin block, room A-105</td><td>Mon 14:00-16:00</td></tr>
<tr><td>CZ-OST</td><td>Union committee (odborová organizace)</td><td>Canteen building, room K-12</td><td>Thu 10:00-12:00</td></tr>
</table>
<p><em>Notes:</em> AT employees at DE plants are represented by the WC, except senior executives
(leitende Angestellte).</p>
""",
)

USERS = (
    User(
        "qb-jens", ("I'm a kiln operator at Altenbruch, working Conti.", "I'm a tariff employee, paid under the HTV.")
    ),
    User(
        "qb-agnieszka",
        (
            "I work in the press shop at Stargowo, on three shifts.",
            "I've got about 14 years of work behind me in total, counting my previous jobs.",
        ),
    ),
    User(
        "qb-tomas",
        ("I'm a grinder in finishing at the Ostrovec plant.", "I'm on continuous shifts, the four-crew system."),
    ),
    User("qb-katrin", ("I'm an AT employee in controlling at Altenbruch.",)),
    User("qb-marek", ("I work in HR at the Stargowo plant.", "Normal office hours, Monday to Friday.")),
    User("qb-lena", ("I drive a forklift in dispatch.", "I work the 3-shift pattern.")),
    User("qb-heike", ("I'm a maintenance electrician at our Schwarzbach plant.", "I'm on the three-shift rota.")),
)

NIGHT = {"Germany": "28 %", "Poland": "20 %", "Czechia": "15 %"}
SUNDAY = {"Germany": "60 %", "Poland": "75 %", "Czechia": "35 %"}
CONTI_LUMP = {"Germany": "EUR 145", "Poland": "PLN 420", "Czechia": "CZK 2,300"}
MEALS = {"DE-ALT": "EUR 3.40", "DE-SWB": "EUR 6.90", "PL-STG": "PLN 320", "CZ-OST": "CZK 140"}
WORKS_COUNCIL = {
    "DE-ALT": "room 7.014",
    "DE-SWB": "Hall 2 mezzanine",
    "PL-STG": "room A-105",
    "CZ-OST": "room K-12",
}
PPE = {
    "K": "aluminised jacket",
    "M": "FFP3",
    "P": "level D",
    "F": "moulded ear plugs",
    "W": "high-visibility vest",
    "L": "lab coat",
}
OVERTIME = {
    "CA DS / Germany": "30 %",
    "CA 3S or Conti / Germany": "40 %",
    "CA / Poland": "50 %",
    "CA / Czechia": "25 %",
    "AT / Germany or Poland": "included in the AT salary",
    "AT / Czechia": "150 hours",
}
LEAVE = {
    "Germany": "30 days",
    "Poland, under 10 years": "20 days",
    "Poland, 10 years or more": "26 days",
    "Czechia": "25 days",
}
WEEKLY_HOURS = {
    "DS or 3S / Germany": "35 hours",
    "Conti / Germany": "33.6 hours",
    "DS or 3S / Poland": "40 hours",
    "Conti / Poland": "38 hours",
    "3S or Conti / Czechia": "37.5 hours",
}

QUESTIONS = (
    rule_question("qb-jens", "What do I get on top for night shifts?", NIGHT, "Germany"),
    rule_question("qb-jens", "Is there any extra payment for being on continuous shifts?", CONTI_LUMP, "Germany"),
    rule_question("qb-jens", "What protective kit do I need on top of the basics?", PPE, "K"),
    rule_question("qb-jens", "If I stay on for overtime, what's the supplement?", OVERTIME, "CA 3S or Conti / Germany"),
    rule_question("qb-jens", "Where can I find the works council?", WORKS_COUNCIL, "DE-ALT"),
    rule_question("qb-agnieszka", "How many days of holiday do I get a year?", LEAVE, "Poland, 10 years or more"),
    rule_question("qb-agnieszka", "Which PPE do I need at my workplace?", PPE, "P"),
    rule_question("qb-agnieszka", "Do we get anything towards lunch?", MEALS, "PL-STG"),
    rule_question("qb-agnieszka", "How much extra is paid for night work?", NIGHT, "Poland"),
    rule_question("qb-tomas", "What safety equipment is required where I work?", PPE, "F"),
    rule_question("qb-tomas", "how much are the meal vouchers worth?", MEALS, "CZ-OST"),
    rule_question("qb-tomas", "What's the Sunday supplement for me?", SUNDAY, "Czechia"),
    rule_question("qb-tomas", "How many hours a week is my contract?", WEEKLY_HOURS, "3S or Conti / Czechia"),
    rule_question("qb-katrin", "Do I get paid for overtime?", OVERTIME, "AT / Germany or Poland"),
    rule_question("qb-katrin", "Is lunch subsidised at my site?", MEALS, "DE-ALT"),
    rule_question("qb-katrin", "How much annual leave do I have?", LEAVE, "Germany"),
    rule_question("qb-marek", "How is overtime compensated for me?", OVERTIME, None),
    rule_question("qb-marek", "How many holiday days am I entitled to?", LEAVE, None),
    rule_question("qb-marek", "Where's the employee council's office?", WORKS_COUNCIL, "PL-STG"),
    general_question(
        "qb-marek", "Does the company contribute to prescription safety glasses?", "EUR 210", ("EUR 145", "EUR 3.40")
    ),
    rule_question("qb-lena", "What do I have to wear at work apart from safety shoes?", PPE, "W"),
    rule_question("qb-lena", "What's the night shift allowance?", NIGHT, None),
    rule_question("qb-lena", "What do we get for meals?", MEALS, None),
    general_question("qb-lena", "How far in advance do I need to log a shift swap?", "48 hours", ("7 calendar days",)),
    rule_question("qb-heike", "Is there a meal allowance at my plant?", MEALS, "DE-SWB"),
    rule_question("qb-heike", "Where is the Betriebsrat office for us?", WORKS_COUNCIL, "DE-SWB"),
    rule_question("qb-heike", "What are my weekly contract hours?", WEEKLY_HOURS, "DS or 3S / Germany"),
)

HANDBOOK = Handbook(
    name="quarrybank",
    title="Quarrybank Group: Employee Handbook for Production Sites",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
