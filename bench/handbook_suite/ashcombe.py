"""Ashcombe and Dene Hospitals NHS Foundation Trust: an NHS-style trust's Ward Staff Handbook for
nursing and ward support staff at two hospital sites, in numbered paragraphs ("5.3"), with
abbreviations declared once in a definitions table and then used (AGH, DCH, HCA, NA, RN, NIC, CSM,
TSB), a wards table (site, specialty, beds, extension), an AfC band salary table with a footnote,
an unsocial hours table keyed by band ranges, a site x shift times table, a ward-clerk hours rule
by site, a night-break exception for one ward after "except", a bank-shift policy that runs onto the
next page with a band x column rates table, leave by length of NHS service in days and hours,
parking charges by band and site in running prose with a "Note:" exception, sickness reporting by
site and role, a role x band tunic colour table, ward competencies for five wards in one paragraph,
visiting hours by site and ward, and a document history. Bands, roles, wards, sites and service.
Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Ashcombe and Dene Hospitals NHS Foundation Trust: Ward Staff Handbook</h1>
<p><em>Nursing Directorate. Version 6.2, approved by the Nursing and Midwifery Board on 12 February 2025; next
review February 2027. Where this handbook and a Trust HR policy on StaffNet disagree, the HR policy applies.</em></p>
<h2>1 Who this handbook is for</h2>
<p>1.1 This handbook covers registered nurses, nursing associates, healthcare assistants and ward clerks who
work on the adult inpatient wards of the Trust's two hospitals: Ashcombe General Hospital (AGH), Bridge Street,
Ashcombe, and Dene Community Hospital (DCH), Millbrook Road, Dene Vale. Theatres, maternity and the emergency
department issue their own local handbooks.</p>
<p>1.2 Read it alongside your job description and your ward's local induction checklist, which your ward
sister or charge nurse signs off in your first two weeks.</p>
<h2>2 Definitions</h2>
<table>
<tr><th>Term</th><th>What we mean by it</th></tr>
<tr><td>AfC</td><td>Agenda for Change, the national pay and conditions framework. Your band is your AfC pay band.</td></tr>
<tr><td>RN</td><td>A registered nurse: staff nurse (Band 5), senior staff nurse (Band 6) or ward sister / charge
nurse (Band 7).</td></tr>
<tr><td>NA</td><td>A nursing associate (Band 4), registered with the Nursing and Midwifery Council.</td></tr>
<tr><td>HCA</td><td>A healthcare assistant (Band 2) or senior healthcare assistant (Band 3).</td></tr>
<tr><td>Ward clerk</td><td>The ward's administrator (Band 2), who manages admissions paperwork, the ward
telephone and patient records. Not on the shift roster.</td></tr>
<tr><td>NIC</td><td>The nurse in charge: the RN leading a ward on a given shift.</td></tr>
<tr><td>CSM</td><td>The clinical site manager, who runs patient flow and staffing for a hospital and holds the
site bleep 24 hours a day.</td></tr>
<tr><td>Long day</td><td>A shift worked instead of an early and a late on the same day.</td></tr>
<tr><td>Healthroster</td><td>The Trust's e-rostering system, also used to book leave.</td></tr>
<tr><td>TSB</td><td>The Trust Staff Bank, through which all extra shifts are booked.</td></tr>
</table>
""",
    """
<h2>3 Our wards</h2>
<p>3.1 The wards covered by this handbook are:</p>
<table>
<tr><th>Ward</th><th>Site</th><th>Specialty</th><th>Beds</th><th>Ward office</th></tr>
<tr><td>Larch Ward</td><td>AGH</td><td>Acute medical admissions</td><td>32</td><td>ext. 4410</td></tr>
<tr><td>Rowan Ward</td><td>AGH</td><td>General and colorectal surgery</td><td>28</td><td>ext. 4462</td></tr>
<tr><td>Cedar Ward</td><td>AGH</td><td>Respiratory medicine, with a 4-bed non-invasive ventilation (NIV) bay</td>
<td>26</td><td>ext. 4485</td></tr>
<tr><td>Willow Ward</td><td>DCH</td><td>Stroke rehabilitation</td><td>20</td><td>ext. 7120</td></tr>
<tr><td>Maple Ward</td><td>DCH</td><td>Step-down and palliative care</td><td>18</td><td>ext. 7145</td></tr>
</table>
<p>3.2 You belong to the ward on your contract but may be moved to another ward on the same site for a shift
when the CSM needs to balance staffing. Moves between AGH and DCH are voluntary and are offered through the
TSB.</p>
<h2>4 Pay</h2>
<p>4.1 Pay follows AfC. Full-time annual salaries from 1 April 2025 are:</p>
<table>
<tr><th>Band</th><th>Usual ward roles</th><th>Annual salary (full time)</th></tr>
<tr><td>Band 2</td><td>HCA; ward clerk</td><td>£24,169</td></tr>
<tr><td>Band 3</td><td>Senior HCA</td><td>£24,625 to £26,213</td></tr>
<tr><td>Band 4</td><td>NA</td><td>£27,003 to £29,682</td></tr>
<tr><td>Band 5</td><td>Staff nurse</td><td>£30,180 to £37,121 <sup>*</sup></td></tr>
<tr><td>Band 6</td><td>Senior staff nurse</td><td>£38,110 to £45,870</td></tr>
<tr><td>Band 7</td><td>Ward sister or charge nurse</td><td>£47,004 to £53,755</td></tr>
</table>
<p><small>* Newly registered nurses start at the bottom of Band 5 and move to the intermediate point, £32,482,
after two years, subject to a progression review.</small></p>
<p>4.2 Hours worked between 20:00 and 06:00 on weekdays, and at any time on a Saturday, attract an unsocial
hours enhancement on top of the basic hourly rate; Sundays and public holidays attract the higher rate.</p>
<table>
<tr><th>Band</th><th>Weekday nights and Saturdays</th><th>Sundays and public holidays</th></tr>
<tr><td>Band 2</td><td>plus 44%</td><td>plus 88%</td></tr>
<tr><td>Band 3</td><td>plus 37%</td><td>plus 73%</td></tr>
<tr><td>Bands 4 to 7</td><td>plus 30%</td><td>plus 60%</td></tr>
</table>
""",
    """
<h2>5 Shifts and the roster</h2>
<p>5.1 Rosters are published on Healthroster 6 weeks before they start. Each member of staff may enter up to
4 requests per four-week roster; requests are granted where safe staffing allows, not in order of entry.</p>
<p>5.2 Shift times differ between the two hospitals:</p>
<table>
<tr><th>Site</th><th>Early</th><th>Late</th><th>Long day</th><th>Night</th></tr>
<tr><td>AGH</td><td>07:30 to 15:30</td><td>12:30 to 20:00</td><td>07:30 to 20:00</td><td>19:30 to 08:00</td></tr>
<tr><td>DCH</td><td>07:45 to 15:45</td><td>13:00 to 20:30</td><td>07:45 to 20:30</td><td>20:00 to 08:15</td></tr>
</table>
<p>5.3 A long day or a night includes one hour of unpaid break, taken as two 30-minute breaks agreed with the
NIC, except on Larch Ward, whose night staff take a single 60-minute break between 01:00 and 05:00 because
admissions continue through the night. Nobody is rostered for more than four long days, or four nights, in a
row.</p>
<p>5.4 Ward clerks work weekdays only: 08:00 to 16:00 at AGH. At DCH, where one clerk covers both Willow and
Maple Wards, the hours are 08:30 to 17:00 Monday to Thursday and 08:30 to 16:30 on Friday.</p>
<p>5.5 Willow and Maple Wards use team self-rostering: staff choose their own shifts in the first week of the
roster period and the ward sister then balances the roster. On the AGH wards the roster is written by the
ward's rostering lead, a Band 6 nominated by the ward sister.</p>
<h2>6 Extra shifts through the bank</h2>
<p>6.1 Extra shifts are booked through the TSB and never directly with a ward. Every substantive member of ward
staff is given a TSB contract on appointment. Bank and substantive hours together may not exceed 48 hours a
week on average unless you have signed a working time opt-out, which the TSB keeps on file.</p>
<p>6.2 Bank shifts are paid weekly, one week in arrears. You are paid at the bank rate for the band of the shift
you book, not for your own band; an RN on Band 6 who books a Band 5 shift is paid the Band 5 rate.</p>
<p>6.3 Shifts are offered first to the staff of the ward that needs them and released to the rest of the bank
48 hours before they start. A shift the TSB cancels less than 24 hours before its start is paid in full.</p>
<p>6.4 A bank shift worked at the other hospital from your substantive ward carries a travel supplement of £12
a shift.</p>
""",
    """
<p>6.5 Bank hourly rates from 1 April 2025 are:</p>
<table>
<tr><th>Band of shift</th><th>Weekday day shift (per hour)</th><th>Night, weekend or public holiday (per hour)</th></tr>
<tr><td>Band 2</td><td>£13.12</td><td>£18.90</td></tr>
<tr><td>Band 3</td><td>£13.74</td><td>£19.25</td></tr>
<tr><td>Band 4</td><td>£15.40</td><td>£20.02</td></tr>
<tr><td>Band 5</td><td>£18.35</td><td>£23.86</td></tr>
<tr><td>Band 6</td><td>£22.60</td><td>£29.38</td></tr>
</table>
<p>Note: Band 7 staff do not book Band 7 bank shifts. A ward sister or charge nurse working a bank shift as NIC
is paid the Band 6 rate plus £3.00 an hour.</p>
<h2>7 Annual leave</h2>
<p>7.1 Leave is held in hours on Healthroster, so that staff working long days are not disadvantaged. Full-time
entitlement depends on your length of NHS service (service with any NHS employer counts):</p>
<table>
<tr><th>NHS service</th><th>Days</th><th>Hours</th></tr>
<tr><td>On appointment</td><td>27 days</td><td>202.5 hours</td></tr>
<tr><td>After 5 years</td><td>29 days</td><td>217.5 hours</td></tr>
<tr><td>After 10 years</td><td>33 days</td><td>247.5 hours</td></tr>
</table>
<p>7.2 Public holidays are added as a further 60 hours for full-time staff whether or not you work on the day.
Part-time entitlements are pro rata. Between 15 December and 2 January nobody may take more than one week of
leave, on any ward.</p>
<h2>8 Parking</h2>
<p>8.1 At AGH staff park in Car Park D (the multi-storey) with a permit, charged monthly through payroll
according to band: Bands 2 to 4 pay £11.50 a month, Bands 5 and 6 pay £19.75 a month and Band 7 pays £27.40 a
month. Parking at DCH is free in the staff car park behind the therapy building and needs no permit.</p>
<p>Note: at AGH, staff working a night shift may park without a permit in Car Park A between 19:00 and
09:00.</p>
<h2>9 When you are unwell</h2>
<p>9.1 If you cannot work a rostered shift at AGH, telephone the CSM on extension 5150 (01632 960 515 from
outside) at least four hours before the shift starts, and then the NIC of your ward. At DCH there is no CSM on
site: telephone the Dene duty nurse on 01632 963 300, who arranges cover. Ward clerks at either site report
instead to the Ward Administration Manager on ext. 4012 before 08:30.</p>
<p>9.2 Whoever takes your call records the absence on Healthroster. You will be contacted by your line manager
after the fourth day of absence, and you need a fit note from the eighth calendar day.</p>
""",
    """
<h2>10 Uniform</h2>
<p>10.1 Our uniforms are colour-coded so that patients and visitors can tell who is caring for them. The linen
room at each site issues five tunics when you start and replaces them on request.</p>
<table>
<tr><th>Role</th><th>Band</th><th>Uniform</th></tr>
<tr><td>Ward sister or charge nurse</td><td>7</td><td>Navy tunic with red piping</td></tr>
<tr><td>Senior staff nurse</td><td>6</td><td>Navy tunic with white piping</td></tr>
<tr><td>Staff nurse</td><td>5</td><td>Hospital blue tunic</td></tr>
<tr><td>Nursing associate</td><td>4</td><td>Teal tunic</td></tr>
<tr><td>Senior healthcare assistant</td><td>3</td><td>Charcoal tunic with green piping</td></tr>
<tr><td>Healthcare assistant</td><td>2</td><td>Pale grey tunic</td></tr>
<tr><td>Ward clerk</td><td>2</td><td>Own smart clothes with the purple Trust lanyard</td></tr>
</table>
<p>10.2 In clinical areas everyone is bare below the elbows: no wristwatches, no stoned rings and no nail
varnish. A fob watch is issued with your first set of tunics.</p>
<h2>11 Training and ward competencies</h2>
<p>11.1 All staff complete the Trust's statutory and mandatory training on LearnZone by the due date shown
there. Life support: RNs on Larch and Cedar Wards renew Immediate Life Support every year, and RNs on the other
wards and all NAs every two years; HCAs and ward clerks complete Basic Life Support every year.</p>
<p>11.2 Each ward adds its own competency, to be completed within three months of starting on the ward. Larch
Ward staff complete the Sepsis Six screening update every six months; Rowan Ward RNs are signed off on
epidural and PCA pump care before taking charge of a surgical bay; everyone on Cedar Ward completes the NIV
competency package, whatever their band; Willow Ward staff complete dysphagia screening; and on Maple Ward
the RNs and NAs are trained in syringe driver management.</p>
<h2>12 Visiting</h2>
<p>12.1 Visiting at AGH is from 11:00 to 20:00, with protected mealtimes at 12:00 to 13:00 and 17:00 to 18:00,
when visitors are asked to leave the bay unless they are helping a patient to eat. At DCH, Willow Ward visiting
is from 14:00 to 19:30 so that therapy sessions are not interrupted; Maple Ward has open visiting, day and night,
for the families of patients receiving end-of-life care.</p>
<h2>Document history</h2>
<table>
<tr><th>Version</th><th>Date</th><th>Changes</th></tr>
<tr><td>6.0</td><td>March 2023</td><td>DCH long day and night times changed (5.2).</td></tr>
<tr><td>6.1</td><td>January 2024</td><td>Self-rostering extended to Maple Ward (5.5).</td></tr>
<tr><td>6.2</td><td>February 2025</td><td>Pay and bank rates (4.1, 6.5) updated; parking charges by band (8.1).</td></tr>
</table>
""",
)

USERS = (
    User("ac-priya", ("I'm a band 6 on Larch ward.", "Qualified in 2016 and I've worked for the NHS ever since.")),
    User("ac-tom", ("Newly qualified staff nurse, I started on Rowan in September.",)),
    User("ac-grace", ("Senior HCA on Willow, out at Dene.", "Band 3, been with the trust about two years.")),
    User("ac-mo", ("I'm the ward clerk on Cedar.",)),
    User("ac-helen", ("Ward sister on Maple ward at Dene Community.", "I've done 14 years in the NHS.")),
    User("ac-kwame", ("Staff nurse on Cedar, band 5.", "I mostly work nights.")),
    User("ac-lucy", ("I'm a nursing associate on Rowan ward.",)),
    User("ac-dev", ("HCA at Ashcombe General, band 2.", "I float between wards.")),
    User("ac-jo", ("I'm a band 5 staff nurse.",)),
    User("ac-ruth", ("Ward clerk at Dene, I look after both wards.",)),
)

SALARY = {
    "Band 2": "£24,169",
    "Band 3": "£24,625 to £26,213",
    "Band 4": "£27,003 to £29,682",
    "Band 5": "£30,180 to £37,121",
    "Band 6": "£38,110 to £45,870",
    "Band 7": "£47,004 to £53,755",
}
UNSOCIAL_NIGHT = {"Band 2": "plus 44%", "Band 3": "plus 37%", "Bands 4 to 7": "plus 30%"}
UNSOCIAL_SUNDAY = {"Band 2": "plus 88%", "Band 3": "plus 73%", "Bands 4 to 7": "plus 60%"}
LONG_DAY = {"AGH": "07:30 to 20:00", "DCH": "07:45 to 20:30"}
NIGHT = {"AGH": "19:30 to 08:00", "DCH": "20:00 to 08:15"}
NIGHT_BREAK = {"Larch": "single 60-minute break", "other wards": "two 30-minute breaks"}
CLERK_HOURS = {"AGH": "08:00 to 16:00", "DCH": "08:30 to 17:00"}
ROSTER = {"Willow or Maple": "self-rostering", "AGH wards": "rostering lead"}
BANK_DAY = {
    "Band 2": "£13.12",
    "Band 3": "£13.74",
    "Band 4": "£15.40",
    "Band 5": "£18.35",
    "Band 6": "£22.60",
}
LEAVE = {
    "under 5 years": ("27 days", "202.5 hours"),
    "5 to 10 years": ("29 days", "217.5 hours"),
    "10 years or more": ("33 days", "247.5 hours"),
}
PARKING = {
    "AGH, Bands 2 to 4": "£11.50 a month",
    "AGH, Bands 5 and 6": "£19.75 a month",
    "AGH, Band 7": "£27.40 a month",
    "DCH": "free in the staff car park",
}
SICK = {
    "AGH ward shift staff": "extension 5150",
    "DCH ward shift staff": "01632 963 300",
    "ward clerk": "ext. 4012",
}
UNIFORM = {
    "Band 7 RN": "Navy tunic with red piping",
    "Band 6 RN": "Navy tunic with white piping",
    "Band 5 RN": "Hospital blue tunic",
    "NA": "Teal tunic",
    "senior HCA": "Charcoal tunic with green piping",
    "HCA": "Pale grey tunic",
    "ward clerk": "purple Trust lanyard",
}
WARD_COMPETENCY = {
    "Larch": "Sepsis Six",
    "Rowan": "epidural and PCA pump",
    "Cedar": "NIV competency package",
    "Willow": "dysphagia screening",
    "Maple": "syringe driver",
}
VISITING = {"AGH": "11:00 to 20:00", "Willow": "14:00 to 19:30", "Maple": "open visiting"}

QUESTIONS = (
    rule_question("ac-priya", "What's the pay range for my band?", SALARY, "Band 6"),
    rule_question("ac-priya", "How much annual leave do I get?", LEAVE, "5 to 10 years"),
    rule_question("ac-priya", "What colour tunic am I supposed to wear?", UNIFORM, "Band 6 RN"),
    rule_question("ac-priya", "How are breaks taken on a night shift on our ward?", NIGHT_BREAK, "Larch"),
    rule_question("ac-tom", "What are the long day times?", LONG_DAY, "AGH"),
    rule_question("ac-tom", "How much will a parking permit cost me?", PARKING, "AGH, Bands 5 and 6"),
    rule_question("ac-tom", "Is there a ward competency I have to get signed off?", WARD_COMPETENCY, "Rowan"),
    general_question("ac-tom", "How many shift requests can I put in on the roster?", "4 requests"),
    rule_question("ac-grace", "What time do nights start and finish?", NIGHT, "DCH"),
    rule_question("ac-grace", "What extra do I get for working a Saturday?", UNSOCIAL_NIGHT, "Band 3"),
    rule_question("ac-grace", "Do I have to pay to park?", PARKING, "DCH"),
    rule_question("ac-grace", "If I wake up too ill for my shift, who do I ring?", SICK, "DCH ward shift staff"),
    rule_question("ac-mo", "What hours do I work?", CLERK_HOURS, "AGH"),
    rule_question("ac-mo", "Who do I let know if I'm off sick?", SICK, "ward clerk"),
    rule_question("ac-mo", "Is there a uniform for my job?", UNIFORM, "ward clerk"),
    rule_question("ac-helen", "How much leave am I entitled to?", LEAVE, "10 years or more"),
    rule_question("ac-helen", "Who writes the rota for my ward?", ROSTER, "Willow or Maple"),
    rule_question("ac-helen", "What are visiting times on my ward?", VISITING, "Maple"),
    rule_question("ac-helen", "What's my salary band range?", SALARY, "Band 7"),
    rule_question("ac-kwame", "What breaks do I get on a night?", NIGHT_BREAK, "other wards"),
    rule_question("ac-kwame", "What's my enhancement for working a Sunday?", UNSOCIAL_SUNDAY, "Bands 4 to 7"),
    rule_question("ac-kwame", "Feeling rough before tonight's shift. Who do I phone?", SICK, "AGH ward shift staff"),
    rule_question("ac-kwame", "What specific training does my ward need?", WARD_COMPETENCY, "Cedar"),
    rule_question("ac-lucy", "What's my annual salary?", SALARY, "Band 4"),
    rule_question("ac-lucy", "What are the night shift times?", NIGHT, "AGH"),
    rule_question("ac-dev", "What's the hourly bank rate for a weekday day shift at my band?", BANK_DAY, "Band 2"),
    rule_question("ac-dev", "Which ward competency do I need to complete?", WARD_COMPETENCY, None),
    rule_question("ac-jo", "What are the hours of a long day?", LONG_DAY, None),
    general_question("ac-jo", "How far in advance is the roster published?", "6 weeks"),
    rule_question("ac-ruth", "What are my working hours?", CLERK_HOURS, "DCH"),
    general_question("ac-ruth", "Can I do bank shifts on top of my job if it takes me over 48 hours?", "opt-out"),
)

HANDBOOK = Handbook(
    name="ashcombe",
    title="Ashcombe and Dene Hospitals NHS Foundation Trust: Ward Staff Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
