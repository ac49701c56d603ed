"""Fairlop Airways: a regional airline's Crew and Ground Staff Conditions Manual (CGSM), a controlled
document with a record of revisions on the first page (one of which names a superseded value), numbered
clauses ("1.3.2", "4.3.2") in parts by staff group (general, flight crew, cabin crew, ground operations,
crew allowances) and an annex. Ranks and groups are declared once as abbreviations (CPT, FO, SCCM, CC,
CSA, TC, RA, RP) and the three crew bases only by airport code (EXT, NWI, BHD) after the definitions.
Leave is split by staff group over several parts: ground staff by length of service plus the public
holidays of the base's country, flight crew by rank, cabin crew by contract and service with an SCCM
exception and a seasonal accrual rate. Rostering limits and sector pay by rank, ID pass renewal and
parking by base, uniform points by role, a de-icing allowance that does not apply at one base, an
engineers' licence allowance, and a per diem annex keyed by country of night stop x crew group with a
footnote putting the Channel Islands on the UK rate. Ranks, crew groups, bases, countries, contracts
and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Fairlop Airways Ltd: Crew and Ground Staff Conditions Manual (CGSM)</h1>
<p><em>Issue 4, Revision 3. Effective 1 March 2025. Document owner: Head of People, Fairlop Airways Ltd, Hangar 2,
Exeter Airport. This is a controlled document: the current revision is the one published on FLink. Printed
copies are uncontrolled.</em></p>
<h2>Record of revisions</h2>
<table>
<tr><th>Rev.</th><th>Effective</th><th>Clauses affected</th><th>Summary of change</th></tr>
<tr><td>4.3</td><td>1 Mar 2025</td><td>1.6.2, Annex A</td><td>Notice for duty swaps extended from 48 hours to 72 hours. Annex A per diem rates revised for summer 2025.</td></tr>
<tr><td>4.2</td><td>1 Nov 2024</td><td>4.3.2</td><td>De-icing allowance for ramp agents introduced.</td></tr>
<tr><td>4.1</td><td>1 Jun 2024</td><td>3.3.1, 4.4.2</td><td>Cabin crew leave with five years' service increased. Licence allowance for B2 engineers introduced.</td></tr>
<tr><td>4.0</td><td>1 Jan 2024</td><td>All</td><td>Issue 4: complete reissue following the opening of the Belfast City base.</td></tr>
</table>
<h2>0 Introduction</h2>
<p><strong>0.1 Scope.</strong> This manual sets out the terms and conditions of Fairlop Airways employees that are
not in individual contracts. It does not replace the Operations Manual Part A (OM-A) on flight time limitations.
Where this manual sets a rostering limit stricter than OM-A, this manual applies when rosters are built.</p>
<p><strong>0.2 Definitions and abbreviations.</strong> In this manual:</p>
<ul>
<li><strong>CPT</strong>: Captain. <strong>FO</strong>: First Officer. Together, <strong>flight crew</strong>.</li>
<li><strong>SCCM</strong>: Senior Cabin Crew Member. <strong>CC</strong>: Cabin Crew. Together, <strong>cabin
crew</strong>. "Crew" means flight crew and cabin crew.</li>
<li><strong>CSA</strong>: Customer Service Agent (check-in and gate). <strong>TC</strong>: Turnaround
Coordinator. <strong>RA</strong>: Ramp Agent. Together with licensed engineers, <strong>ground
staff</strong>.</li>
<li><strong>RP</strong>: roster period, the 28 days for which a crew roster is published.</li>
<li><strong>EXT</strong>: the Exeter base. <strong>NWI</strong>: the Norwich base. <strong>BHD</strong>: the
Belfast City base. Every employee has one of these as their home base.</li>
<li><strong>Night stop</strong>: a rest period away from home base in hotel accommodation provided by the
company.</li>
</ul>
""",
    """
<h2>1 General conditions (all staff)</h2>
<p><strong>1.1 Pay.</strong> Salaries are paid monthly on the 26th. Sector pay and per diems (Parts 2, 3 and 5)
are paid one month in arrears.</p>
<p><strong>1.2 Probation.</strong> All new employees serve six months' probation, except flight crew, whose
probation ends with the final line check and lasts no longer than 12 months.</p>
<p><strong>1.3 Annual leave: general.</strong></p>
<p>1.3.1 The leave year runs from 1 April to 31 March. Leave is requested through FLink.</p>
<p>1.3.2 Ground staff receive 25 days of annual leave a year, rising to 28 days after five years' continuous
service, plus the public holidays of their home base: the 8 public holidays in England at EXT and NWI, and the 10
public holidays in Northern Ireland at BHD. Ground staff who work on a public holiday take a day off in lieu
within the following RP.</p>
<p>1.3.3 Crew leave includes public holidays and is set out in clause 2.3 for flight crew and clause 3.3 for
cabin crew.</p>
<p><strong>1.4 Staff travel.</strong> After probation, employees may book standby travel on the Fairlop network
for themselves and one nominated companion at the published staff fare.</p>
<p><strong>1.5 Uniform and identification.</strong></p>
<p>1.5.1 Uniform is issued on joining. Replacement items are ordered through FLink using a yearly points
allowance: flight crew 60 points, cabin crew 90 points, CSAs 70 points, and TCs and RAs 50 points, in addition
to their protective equipment. Points do not carry over to the next year.</p>
<p>1.5.2 The airport identity pass is issued by the airport operator at your home base and must be worn visibly
airside at all times. Applications to renew a pass are made through your base office at least 6 weeks before
expiry at EXT, 4 weeks before expiry at NWI and 10 weeks before expiry at BHD, where the AccessNI check takes
longer. An employee whose pass expires cannot be rostered airside.</p>
<p>1.5.3 Company ID cards are carried by crew on every duty and shown at hotel check-in.</p>
<p><strong>1.6 Crew roster changes.</strong></p>
<p>1.6.1 Rosters are published in FLink at least 14 days before the start of each RP.</p>
<p>1.6.2 Crew may swap duties with a colleague of the same rank and base. A swap must be requested at least 72
hours before the report time of the earlier duty and is approved by Crew Control.</p>
""",
    """
<h2>2 Flight crew</h2>
<p><strong>2.1 Seniority.</strong> Seniority runs from the date of joining as flight crew. It decides the order
of leave bids, command upgrades and base transfers.</p>
<p><strong>2.2 Rostering limits.</strong></p>
<p>2.2.1 Flight crew are not rostered for more than 5 consecutive duty days.</p>
<p>2.2.2 Each RP gives flight crew at least 10 days off, including at least one period of three consecutive days
off.</p>
<p>2.2.3 No more than three early starts (report before 06:00) are rostered in a row.</p>
<p><strong>2.3 Annual leave.</strong></p>
<p>2.3.1 A CPT receives 38 days and an FO 36 days of annual leave a year, inclusive of public holidays.</p>
<p>2.3.2 Leave is bid by seniority in October for the following leave year. One block of 14 consecutive days
between November and March is guaranteed to every pilot.</p>
<p><strong>2.4 Sector pay.</strong> On top of salary, each sector operated is paid at £28.00 per sector for a CPT
and £19.00 per sector for an FO.</p>
<h2>3 Cabin crew</h2>
<p><strong>3.1 Rostering limits.</strong></p>
<p>3.1.1 Cabin crew are not rostered for more than 6 consecutive duty days.</p>
<p>3.1.2 Each RP gives cabin crew at least 9 days off, including at least one period of two consecutive days
off.</p>
<p><strong>3.2 Contracts.</strong> Cabin crew are employed on permanent contracts, full or part time, or on
seasonal fixed-term contracts running from 1 April to 31 October.</p>
<p><strong>3.3 Annual leave.</strong></p>
<p>3.3.1 Cabin crew on permanent contracts receive 33 days of annual leave a year, inclusive of public holidays,
and 35 days once they have five years' service. An SCCM receives 35 days regardless of service.</p>
<p>3.3.2 Seasonal cabin crew accrue 2.75 days of leave for each complete month worked. They may not take leave in
July or August; leave not taken by 31 October is paid with the final salary.</p>
<p><strong>3.4 Sector pay.</strong> An SCCM is paid £14.50 per sector and a CC £11.00 per sector.</p>
<p><strong>3.5 Catering and duty-free sales.</strong> Cabin crew receive 10% commission on onboard sales, shared
equally among the cabin crew operating the sector.</p>
""",
    """
<h2>4 Ground operations</h2>
<p><strong>4.1 Where ground staff work.</strong> Fairlop employs its own CSAs, RAs and TCs at EXT and NWI. At BHD,
passenger and ramp handling is contracted to Lagan Aviation Services, and Fairlop employs the TCs and the station
manager only. Licensed engineers are based in the EXT hangar.</p>
<p><strong>4.2 Shifts.</strong></p>
<p>4.2.1 Ground staff rosters are published four weeks ahead, in shifts of between 6 and 10 hours.</p>
<p>4.2.2 The first CSA shift of the day starts at 04:15 at EXT and at 04:45 at NWI. TCs are rostered to cover the
first departure of the day at each base.</p>
<p><strong>4.3 Ground allowances.</strong></p>
<p>4.3.1 An early-start allowance of £6.50 is paid for each shift starting before 05:00.</p>
<p>4.3.2 RAs at EXT and NWI who hold the de-icing qualification receive £4.20 for each aircraft they de-ice
between 1 November and 31 March. At BHD, de-icing is carried out by the airport operator and no allowance is
paid.</p>
<p>4.3.3 Overtime for ground staff is paid at time and a half, or double time on a public holiday.</p>
<p><strong>4.4 Engineering.</strong></p>
<p>4.4.1 Engineers work 12-hour day or night shifts on a pattern of four on, four off.</p>
<p>4.4.2 A licence allowance is paid monthly on top of salary: £3,600 a year to holders of a B1 licence and
£2,900 a year to holders of a B2 licence. An engineer holding both receives the B1 allowance only.</p>
<h2>5 Crew allowances and expenses</h2>
<p><strong>5.1 Per diems.</strong></p>
<p>5.1.1 A per diem is paid for each night stop, at the rate in Annex A for the country where the night stop
is made and for the crew member's group (flight crew or cabin crew).</p>
<p>5.1.2 No per diem is paid at the home base. A night stop at another Fairlop base is paid at the United
Kingdom rate.</p>
<p>5.1.3 On a duty without a night stop that lasts more than 10 hours, a meal allowance of £9.50 is paid
instead.</p>
<p><strong>5.2 Parking at base.</strong> EXT crew park free of charge in staff car park P4. NWI crew receive a
permit for the Airport Business Park car park, charged at £9 a month through payroll. BHD crew park free of
charge in the Sydenham staff car park.</p>
<p><strong>5.3 Positioning.</strong> Positioning as a passenger counts as duty. Crew who position by taxi between
bases receive a per diem only if a night stop follows.</p>
""",
    """
<h2>Annex A: Per diem rates (summer 2025)</h2>
<p>Rates apply to night stops from 30 March 2025 until the next revision of this annex. The amount is paid in
the currency shown.</p>
<table>
<tr><th>Country of night stop</th><th>Flight crew (CPT, FO)</th><th>Cabin crew (SCCM, CC)</th></tr>
<tr><td>United Kingdom<sup>1</sup></td><td>GBP 41.00</td><td>GBP 36.00</td></tr>
<tr><td>Ireland</td><td>EUR 54.00</td><td>EUR 47.00</td></tr>
<tr><td>France</td><td>EUR 62.00</td><td>EUR 55.00</td></tr>
<tr><td>Spain (including the Balearic Islands)</td><td>EUR 59.00</td><td>EUR 51.00</td></tr>
<tr><td>Netherlands</td><td>EUR 66.00</td><td>EUR 57.00</td></tr>
<tr><td>Norway</td><td>NOK 910</td><td>NOK 790</td></tr>
</table>
<p><small>1 Night stops in the Channel Islands (Jersey and Guernsey) and the Isle of Man are paid at the United
Kingdom rate.</small></p>
<h2>Annex B: Base contacts</h2>
<table>
<tr><th>Base</th><th>Base office</th><th>Crew Control</th></tr>
<tr><td>EXT</td><td>Hangar 2, ext. 4100</td><td rowspan="3">24 hours: 01392 555 0140</td></tr>
<tr><td>NWI</td><td>Terminal first floor, ext. 4200</td></tr>
<tr><td>BHD</td><td>Airport House, ext. 4300</td></tr>
</table>
""",
)

USERS = (
    User("fa-oliver", ("I'm a First Officer based at Exeter.", "Joined Fairlop in 2021.")),
    User(
        "fa-maeve",
        (
            "Senior cabin crew at the Belfast City base.",
            "I've only been an SCCM since January, but I've flown with Fairlop for three years.",
        ),
    ),
    User("fa-kieran", ("I'm a captain, flying out of Norwich.",)),
    User("fa-jess", ("I'm cabin crew at Exeter on a seasonal contract this summer.",)),
    User("fa-ravi", ("Cabin crew, Norwich base, permanent contract.", "I've been flying with Fairlop since 2017.")),
    User("fa-hollie", ("I'm a customer service agent at Norwich airport.", "Started in 2023.")),
    User("fa-declan", ("Turnaround coordinator at Belfast City.", "Twelve years with the company now.")),
    User("fa-sam", ("I work on the ramp.",)),
    User("fa-nina", ("I'm cabin crew.",)),
    User("fa-tomas", ("I fly for Fairlop, based at Exeter.",)),
    User("fa-greta", ("Aircraft engineer in the Exeter hangar, B1 licensed.", "I've been here since 2010.")),
)

LEAVE = {
    "CPT": "38 days",
    "FO": "36 days",
    "SCCM": "35 days",
    "CC permanent, under five years": "33 days",
    "CC permanent, five years or more": "35 days",
    "CC seasonal": "2.75 days",
    "ground staff, under five years": "25 days",
    "ground staff, five years or more": "28 days",
}
CABIN_LEAVE = {
    "permanent, under five years": "33 days",
    "permanent, five years or more": "35 days",
    "seasonal": "2.75 days",
}
GROUND_LEAVE = {"under five years": "25 days", "five years or more": "28 days"}
PUBLIC_HOLIDAYS = {"EXT, NWI": "8 public holidays", "BHD": "10 public holidays"}
SECTOR_PAY = {"CPT": "£28.00", "FO": "£19.00", "SCCM": "£14.50", "CC": "£11.00"}
CONSECUTIVE = {"flight crew": "5 consecutive duty days", "cabin crew": "6 consecutive duty days"}
DAYS_OFF = {"flight crew": "10 days off", "cabin crew": "9 days off"}
UNIFORM_POINTS = {"flight crew": "60 points", "cabin crew": "90 points", "CSA": "70 points", "TC, RA": "50 points"}
ID_RENEWAL = {"EXT": "6 weeks", "NWI": "4 weeks", "BHD": "10 weeks"}
PARKING = {"EXT": "car park P4", "NWI": "£9 a month", "BHD": "Sydenham staff car park"}
DE_ICING = {"EXT, NWI": "£4.20", "BHD": "no allowance is paid"}
LICENCE = {"B1": "£3,600", "B2": "£2,900"}
PER_DIEM = {
    "flight crew, United Kingdom": "GBP 41.00",
    "cabin crew, United Kingdom": "GBP 36.00",
    "flight crew, Ireland": "EUR 54.00",
    "cabin crew, Ireland": "EUR 47.00",
    "flight crew, France": "EUR 62.00",
    "cabin crew, France": "EUR 55.00",
    "flight crew, Spain": "EUR 59.00",
    "cabin crew, Spain": "EUR 51.00",
    "flight crew, Netherlands": "EUR 66.00",
    "cabin crew, Netherlands": "EUR 57.00",
    "flight crew, Norway": "NOK 910",
    "cabin crew, Norway": "NOK 790",
}
PER_DIEM_IRELAND = {"flight crew": "EUR 54.00", "cabin crew": "EUR 47.00"}

QUESTIONS = (
    rule_question("fa-oliver", "How many days of annual leave do I have?", LEAVE, "FO"),
    rule_question("fa-oliver", "What's my per diem for a night stop in Spain?", PER_DIEM, "flight crew, Spain"),
    rule_question("fa-oliver", "Where do I park at base, and does it cost anything?", PARKING, "EXT"),
    rule_question("fa-oliver", "How much sector pay do I get?", SECTOR_PAY, "FO"),
    rule_question("fa-maeve", "How many days of annual leave do I have?", LEAVE, "SCCM"),
    rule_question("fa-maeve", "How early do I need to apply to renew my airport pass?", ID_RENEWAL, "BHD"),
    rule_question("fa-maeve", "What's the per diem in Amsterdam?", PER_DIEM, "cabin crew, Netherlands"),
    rule_question("fa-maeve", "What's my sector pay?", SECTOR_PAY, "SCCM"),
    rule_question("fa-kieran", "How many days of annual leave do I have?", LEAVE, "CPT"),
    rule_question("fa-kieran", "What does parking at my base cost?", PARKING, "NWI"),
    rule_question("fa-kieran", "What's the per diem for a night stop in Bergen?", PER_DIEM, "flight crew, Norway"),
    rule_question("fa-jess", "How many days of annual leave do I have?", LEAVE, "CC seasonal"),
    rule_question("fa-jess", "How much is the per diem for a Nice night stop?", PER_DIEM, "cabin crew, France"),
    general_question("fa-jess", "How much notice do I need to swap a duty with someone?", "72 hours", ("48 hours",)),
    rule_question("fa-ravi", "How many days of annual leave do I have?", LEAVE, "CC permanent, five years or more"),
    rule_question("fa-ravi", "How many days off am I guaranteed in a roster period?", DAYS_OFF, "cabin crew"),
    rule_question("fa-ravi", "How many uniform points do I get a year?", UNIFORM_POINTS, "cabin crew"),
    rule_question("fa-hollie", "How many days of annual leave do I have?", LEAVE, "ground staff, under five years"),
    rule_question("fa-hollie", "How many public holidays do I get?", PUBLIC_HOLIDAYS, "EXT, NWI"),
    general_question("fa-hollie", "Is there an allowance for early shifts?", "£6.50"),
    rule_question("fa-declan", "How many days of annual leave do I have?", LEAVE, "ground staff, five years or more"),
    rule_question("fa-declan", "How many public holidays do we get on top?", PUBLIC_HOLIDAYS, "BHD"),
    rule_question("fa-declan", "When should I put in for my airport pass renewal?", ID_RENEWAL, "BHD"),
    rule_question("fa-sam", "Do I get anything extra for de-icing?", DE_ICING, None),
    rule_question("fa-sam", "How many days of annual leave do I have?", GROUND_LEAVE, None),
    rule_question("fa-sam", "How many uniform points do I get?", UNIFORM_POINTS, "TC, RA"),
    rule_question("fa-nina", "What's the per diem for a night stop in Jersey?", PER_DIEM, "cabin crew, United Kingdom"),
    rule_question("fa-nina", "How many days of annual leave do I have?", CABIN_LEAVE, None),
    rule_question("fa-nina", "How many consecutive days can I be rostered?", CONSECUTIVE, "cabin crew"),
    rule_question("fa-tomas", "What's the per diem in Dublin?", PER_DIEM_IRELAND, None),
    rule_question("fa-tomas", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("fa-tomas", "Where do I park at my base?", PARKING, "EXT"),
    rule_question("fa-greta", "How much is my licence allowance?", LICENCE, "B1"),
    rule_question("fa-greta", "How many days of annual leave do I have?", LEAVE, "ground staff, five years or more"),
    general_question("fa-greta", "What day of the month is payday?", "26th"),
)

HANDBOOK = Handbook(
    name="fairlop",
    title="Fairlop Airways Ltd: Crew and Ground Staff Conditions Manual (CGSM)",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
