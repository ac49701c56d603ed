"""Aerlyn Regional Airways: a crew and ground staff manual laid out like an airline operations
manual (numbered paragraphs, "NOTE:" and "CAUTION:" callouts), with four staff groups (Flight
Deck, Cabin Crew, Ground Handling, Engineering), ranks, three home bases by airport code, a
report-time matrix (staff group x base), leave and staff travel keyed on years of service, a
rank override of a staff-group rate in a NOTE, and a Temporary Revision in the amendment record
at the end that changes one matrix cell for one base. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Aerlyn Regional Airways: Crew and Ground Staff Manual</h1>
<p><em>CGSM Part B: Conditions of Service. Issue 6, Revision 2. Uncontrolled when printed; the
controlled copy is on the Aerlyn crew portal.</em></p>
<h2>1 GENERAL</h2>
<p><strong>1.1</strong> This Part sets out the conditions of service of all employees of Aerlyn
Regional Airways Ltd (the Company). Operating procedures are in the Operations Manual Part A (OM-A).
Where the two documents conflict, OM-A prevails on flight safety matters and this Part prevails on pay
and conditions.</p>
<p><strong>1.2 Staff groups.</strong> Every employee belongs to one of four staff groups:</p>
<ul>
<li><strong>Flight Deck (FD):</strong> Captains (CPT) and First Officers (FO).</li>
<li><strong>Cabin Crew (CC):</strong> Cabin Managers (CM), Senior Cabin Crew (SCC) and Cabin Crew
Members (CCM).</li>
<li><strong>Ground Handling (GH):</strong> Ramp Agents, Customer Service Agents (check-in, gate and
arrivals) and Station Duty Managers.</li>
<li><strong>Engineering (ENG):</strong> Licensed Aircraft Engineers (B1 and B2) and Aircraft
Mechanics.</li>
</ul>
<p>In this Part, "crew" means FD and CC only, and "ground staff" means GH and ENG.</p>
<p><strong>1.3 Home bases.</strong> Every employee is allocated one home base: Dunmere (DNM), Halsey
Bridge (HSB) or Carrowford (CRF). DNM is the main base and houses the maintenance hangar; HSB and CRF
are line stations. A change of home base is made on application to Crew Resourcing (crew) or the
Station Manager (ground staff) and takes effect from the first day of a roster period.</p>
<p><strong>1.4 Years of service.</strong> "Years of service" means complete years of continuous
employment with the Company, counted from the date of joining. For bidding, FD use the Flight Deck
seniority list; all other staff groups are ranked by date of joining.</p>
<p>NOTE: A Temporary Revision (TR) that has not yet been incorporated takes precedence over the
paragraph it amends. Always check the Record of Amendments at the end of this Part (section 7).</p>
<h2>2 DUTY AND REST</h2>
<p><strong>2.1</strong> Flight and duty time limitations for crew are in OM-A Chapter 7. Paragraphs 2.2
and 2.3 summarise them for convenience only.</p>
<p><strong>2.2 Rest before duty (crew).</strong> Before a duty that starts at home base, crew must have
had a rest period at least as long as the preceding duty period, or 12 hours, whichever is the greater.
Away from base the minimum rest is 10 hours, including an 8-hour sleep opportunity at the hotel.</p>
<p><strong>2.3 Days off (crew).</strong> FD are rostered at least 8 days off in each 28-day roster
period. CC are rostered at least 10 days off in each roster period. In both cases at least two of the
days off must be consecutive, and a single day off must include two local nights.</p>
""",
    """
<p><strong>2.4 Ground Handling.</strong> GH shifts are rostered up to a maximum of 10 hours. There must
be at least 11 consecutive hours off between the end of one shift and the start of the next. A split
shift counts as one shift.</p>
<p><strong>2.5 Engineering.</strong> The DNM hangar works 12-hour day and night shifts on a 4-on/4-off
pattern. At the line stations (HSB and CRF), engineers work early and late shifts of 8.5 hours, with at
least 12 consecutive hours off between shifts.</p>
<p>CAUTION: No engineer may sign a Certificate of Release to Service (CRS) after more than 13 hours on
duty, whatever the shift pattern or operational pressure. An engineer approaching this limit hands the
task over to the oncoming shift.</p>
<p><strong>2.6 Reporting sick.</strong> Crew who are unfit to operate call Crew Control as early as
possible, and in any case at least 3 hours before report time. Ground staff call their Station Duty
Manager (ENG: the Shift Lead) no later than one hour before the start of their shift.</p>
<h2>3 REPORTING AND STANDBY</h2>
<p><strong>3.1</strong> Crew sign on at the crew room of their home base. Report times are set for each
base, because the walk from crew room through crew security to the stands differs from one airport to
another.</p>
<p><strong>3.2 Report time.</strong> The report time for the first sector of a duty is set out in
Table 3.2, counted back from the scheduled time of departure (STD).</p>
<table>
<tr><th>Table 3.2: report before STD</th><th>DNM</th><th>HSB</th><th>CRF</th></tr>
<tr><td>Flight Deck (CPT, FO)</td><td>60 min</td><td>65 min</td><td>75 min</td></tr>
<tr><td>Cabin Crew (CM, SCC, CCM)</td><td>45 min</td><td>50 min</td><td>55 min</td></tr>
</table>
<p>NOTE: For positioning duties flown as a passenger, report at the passenger check-in deadline for the
flight instead. Report times for subsequent sectors are set by the turnaround plan.</p>
<p><strong>3.3 Home standby.</strong> Crew on home standby must be contactable throughout and able to
report within 90 minutes of call-out. A home standby that is not called out does not count as a day
off.</p>
<p><strong>3.4 Airport standby.</strong> Airport standby is spent in the crew room and counts in full
as duty.</p>
<p>CAUTION: Crew must not consume alcohol within 10 hours of report time, including the report time of
a standby.</p>
""",
    """
<h2>4 ALLOWANCES</h2>
<p><strong>4.1 Uniform.</strong> Uniform items are issued free of charge and replaced on a fair wear and
tear basis. In addition, an annual uniform maintenance allowance is paid in the April payroll:</p>
<ul>
<li>Flight Deck: £220 a year.</li>
<li>Cabin Crew: £260 a year.</li>
<li>Ground Handling: £140 a year, plus high-visibility clothing and safety footwear as issued PPE.</li>
<li>Engineering staff are not paid a uniform allowance; coveralls and PPE are issued and laundered by
the Company.</li>
</ul>
<p>Employees who join during the year receive the allowance pro rata for each complete month remaining
in the leave year.</p>
<p>NOTE: Cabin Managers receive £300 a year instead of the Cabin Crew rate, for the additional garments
(waistcoat and winter coat) they are required to maintain.</p>
<p>CAUTION: Uniform must not be worn when travelling on a staff travel ticket, or in any licensed
premises.</p>
<p><strong>4.2 Night-stop allowance.</strong> Crew receive £42 for each night spent away from home base
on a rostered night-stop, claimed through the crew expenses system. The hotel and breakfast are booked
and paid for by the Company.</p>
<p><strong>4.3 Overtime meals.</strong> Ground staff who work more than 2 hours beyond the end of a
rostered shift may claim an overtime meal allowance of £8.50.</p>
<p><strong>4.4 Tool allowance (ENG).</strong> B1 and B2 licensed engineers receive a tool allowance of
£350 a year and Aircraft Mechanics £200 a year. Licence renewal fees are reimbursed in full on
production of the receipt.</p>
<p><strong>4.5 Onboard sales commission.</strong> CC earn commission on net onboard sales for each
sector operated: the Cabin Manager 9%, each Senior Cabin Crew 7% and each Cabin Crew Member 5%. FD do
not take part in the scheme.</p>
<p><strong>4.6 Staff parking.</strong> At DNM, staff park free of charge in Car Park D4. Staff based at
HSB use the Northside staff car park; the permit costs £12 per month, taken by salary deduction. At CRF,
parking in the Apron Road car park is free and a shuttle runs to the terminal every 15 minutes.</p>
<h2>5 ANNUAL LEAVE</h2>
<p><strong>5.1</strong> The leave year runs from 1 April to 31 March. Crew leave is inclusive of public
holidays, because crew may be rostered to work on them. Ground staff receive public holidays in addition
to the entitlement below.</p>
<table>
<tr><th>Table 5.2: annual leave</th><th>Under 5 years of service</th><th>5 to 9 years</th>
<th>10 years or more</th></tr>
<tr><td>FD and CC</td><td>32 days</td><td>34 days</td><td>36 days</td></tr>
<tr><td>GH and ENG</td><td>25 days</td><td>27 days</td><td>29 days</td></tr>
</table>
<p><strong>5.3</strong> Crew bid for leave in the October bid window for the following leave year. Ground
staff request leave through the rostering portal at least 28 days ahead; requests are approved by the
Station Duty Manager (ENG: the Shift Lead).</p>
""",
    """
<h2>6 STAFF TRAVEL</h2>
<p><strong>6.1 Eligibility.</strong> Staff travel opens once you have completed 6 months of service.
Standby tickets (subject to load) on the Aerlyn network are unlimited for you, your spouse or partner,
your dependent children and one nominated travel companion.</p>
<p><strong>6.2 Confirmed tickets.</strong> In addition, each employee may book a number of confirmed
sectors each leave year, according to years of service:</p>
<table>
<tr><th>Years of service</th><th>Confirmed sectors per leave year</th></tr>
<tr><td>Less than 5</td><td>4 sectors</td></tr>
<tr><td>5 to 14</td><td>8 sectors</td></tr>
<tr><td>15 or more</td><td>12 sectors</td></tr>
</table>
<p>Unused confirmed sectors lapse at the end of the leave year.</p>
<p><strong>6.3 Conduct.</strong> Staff travellers represent the Company: dress smart casual and follow the
instructions of the operating crew (see also the CAUTION in 4.1).</p>
<p>CAUTION: A staff traveller may occupy the flight deck jump seat only with the authority of the
Captain and of the Chief Pilot's office.</p>
<h2>7 RECORD OF AMENDMENTS</h2>
<table>
<tr><th>Ref</th><th>Effective</th><th>Para</th><th>Summary</th><th>Status</th></tr>
<tr><td>Rev 1</td><td>01 Apr 2024</td><td>4.1, 4.5</td><td>Uniform allowance and commission rates
for 2024/25.</td><td>Incorporated</td></tr>
<tr><td>Rev 2</td><td>01 Oct 2024</td><td>5.2</td><td>Service band "10 years or more" added to
Table 5.2.</td><td>Incorporated</td></tr>
<tr><td>TR 25/01</td><td>03 Mar 2025</td><td>3.2</td><td>CRF only: Cabin Crew report time increased
to 70 min before STD, following the move of the crew room to Terminal 2 and of crew screening to Gate 9
security. DNM and HSB unchanged; FD report times unchanged at all bases.</td><td>Not yet incorporated;
takes precedence over Table 3.2</td></tr>
<tr><td>TR 25/02</td><td>14 Apr 2025</td><td>2.6</td><td>Crew Control telephone number updated on the
portal contact page.</td><td>Editorial</td></tr>
</table>
""",
)

USERS = (
    User("ae-morven", ("I'm an FO based at Carrowford.", "I've been with Aerlyn seven years now.")),
    User("ae-dafydd", ("I'm a Cabin Manager, home base is Dunmere.", "I joined the company twelve years ago.")),
    User("ae-lucia", ("SCC, based out of CRF.", "I'm in my third year here.")),
    User("ae-owen", ("I'm a ramp agent at Halsey Bridge.", "Done six years on the ramp so far.")),
    User("ae-priya", ("I'm a B1 licensed engineer working in the hangar at Dunmere.",)),
    User("ae-tom", ("I'm a captain.",)),
    User("ae-jess", ("I've just transferred over to Halsey Bridge.",)),
    User("ae-kwame", ("I work on the check-in desks at Carrowford.",)),
)

REPORT = {
    "FD/DNM": "60 min",
    "FD/HSB": "65 min",
    "FD/CRF": "75 min",
    "CC/DNM": "45 min",
    "CC/HSB": "50 min",
    "CC/CRF": "70 min",
    "CC/CRF superseded by TR 25/01": "55 min",
}
UNIFORM = {
    "FD": "£220",
    "CC": "£260",
    "CM": "£300",
    "GH": "£140",
    "ENG": "not paid a uniform allowance",
}
LEAVE = {
    "crew/<5": "32 days",
    "crew/5-9": "34 days",
    "crew/10+": "36 days",
    "ground/<5": "25 days",
    "ground/5-9": "27 days",
    "ground/10+": "29 days",
}
TRAVEL = {"<5": "4 sectors", "5-14": "8 sectors", "15+": "12 sectors"}
PARKING = {"DNM": "Car Park D4", "HSB": ("Northside", "£12 per month"), "CRF": "Apron Road"}
COMMISSION = {"CM": "9%", "SCC": "7%", "CCM": "5%"}
REST = {
    "crew": "as long as the preceding duty period",
    "GH": "11 consecutive hours",
    "ENG line": "12 consecutive hours",
}
DAYS_OFF = {"FD": "8 days off", "CC": "10 days off"}
TOOLS = {"licensed": "£350", "mechanic": "£200"}
SICK = {"crew": "3 hours before report", "ground": "one hour before"}

QUESTIONS = (
    rule_question("ae-morven", "How long before departure do I have to sign on?", REPORT, "FD/CRF"),
    rule_question("ae-morven", "How many confirmed staff travel sectors can I book this year?", TRAVEL, "5-14"),
    rule_question("ae-morven", "What's the minimum number of days off I should see on a roster?", DAYS_OFF, "FD"),
    general_question("ae-morven", "What do I get paid for a night-stop?", "£42"),
    rule_question("ae-dafydd", "How much is my uniform allowance?", UNIFORM, "CM"),
    rule_question("ae-dafydd", "How much annual leave am I entitled to?", LEAVE, "crew/10+"),
    rule_question("ae-dafydd", "What's my report time before STD?", REPORT, "CC/DNM"),
    rule_question("ae-dafydd", "What percentage do I get on bar sales?", COMMISSION, "CM"),
    rule_question("ae-lucia", "How early do I need to be in before the first departure?", REPORT, "CC/CRF"),
    rule_question("ae-lucia", "What commission do I earn on onboard sales?", COMMISSION, "SCC"),
    rule_question("ae-lucia", "How many confirmed tickets do I get on staff travel?", TRAVEL, "<5"),
    rule_question("ae-lucia", "what's the uniform allowance for me?", UNIFORM, "CC"),
    rule_question("ae-owen", "How many days' holiday do I get a year?", LEAVE, "ground/5-9"),
    rule_question("ae-owen", "How much rest do I need between two shifts?", REST, "GH"),
    rule_question("ae-owen", "Where do I park and does it cost anything?", PARKING, "HSB"),
    rule_question("ae-owen", "Do I get money towards my uniform?", UNIFORM, "GH"),
    rule_question("ae-priya", "Is there an allowance for my tools?", TOOLS, "licensed"),
    general_question("ae-priya", "After how long on duty am I no longer allowed to sign a CRS?", "13 hours"),
    rule_question("ae-priya", "How much annual leave do I get?", LEAVE, None),
    rule_question("ae-tom", "What's my report time?", REPORT, None),
    rule_question("ae-tom", "How much uniform allowance will I be paid?", UNIFORM, "FD"),
    rule_question("ae-tom", "How many days off am I guaranteed per roster period?", DAYS_OFF, "FD"),
    rule_question("ae-jess", "Where am I supposed to park?", PARKING, "HSB"),
    rule_question("ae-jess", "How much is the uniform allowance?", UNIFORM, None),
    rule_question("ae-kwame", "Is staff parking free where I work?", PARKING, "CRF"),
    rule_question("ae-kwame", "If I'm ill, how much notice do I need to give?", SICK, "ground"),
    general_question("ae-kwame", "How long do I have to wait before I can use staff travel?", "6 months"),
    rule_question("ae-kwame", "How many confirmed staff travel sectors do I get?", TRAVEL, None),
)

HANDBOOK = Handbook(
    name="aerlyn",
    title="Aerlyn Regional Airways: Crew and Ground Staff Manual",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
