"""Dunmore Care Trust: a care-home charity's staff policy manual. A glossary table at the front
defines lower-case staff groups (care staff, nursing staff, ancillary staff, bank staff, office
staff) and the three homes; each policy opens with an "Applies to | Not applicable to" box; two
tables carry lettered footnote markers on cells ("1 night in 6 (a)") whose notes below the table
except one home or one group; one rule is keyed by home inside a sentence, another joins two
groups with "whereas", and a home-arrangements table keys lunchtimes, assembly points and parking
by home. Ends with an amendment record. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Dunmore Care Trust: Staff Policy Manual</h1>
<p><em>Version 7.2, approved by the Board of Trustees on 12 February 2025. Dunmore Care Trust is a registered
Scottish charity running three care homes.</em></p>
<p>This manual holds the Trust's employment policies for the staff of our homes and of the central office. Each
policy opens with a box saying which staff groups it applies to. The staff groups are defined in the glossary
below and are written in lower case throughout the manual.</p>
<h2>Glossary</h2>
<table>
<tr><th>Term</th><th>Meaning</th></tr>
<tr><td><strong>care staff</strong></td><td>Care assistants and senior care assistants with a contract of employment at
one of the homes, including night care assistants.</td></tr>
<tr><td><strong>nursing staff</strong></td><td>Registered nurses: staff nurses and the clinical lead nurse. Only Ashby
Court, our nursing home, employs nursing staff.</td></tr>
<tr><td><strong>ancillary staff</strong></td><td>Cooks, kitchen assistants, domestic and laundry assistants and
maintenance officers.</td></tr>
<tr><td><strong>bank staff</strong></td><td>Workers on the Trust's bank register. They have no contracted hours and are
booked shift by shift, into any of the homes.</td></tr>
<tr><td><strong>office staff</strong></td><td>Home administrators, and everyone employed at Dunmore House, the central
office in Stirling.</td></tr>
<tr><td><strong>person in charge</strong></td><td>The nurse or senior care assistant in charge of a home on a given
shift.</td></tr>
</table>
<h2>The homes</h2>
<table>
<tr><th>Home</th><th>Town</th><th>Registered as</th><th>Beds</th><th>Home manager</th></tr>
<tr><td>Ashby Court</td><td>Dunmore, Stirlingshire</td><td>Care home with nursing</td><td>48</td><td>Fraser Lindsay</td></tr>
<tr><td>The Larches</td><td>Kelso</td><td>Care home</td><td>32</td><td>Elspeth Moir</td></tr>
<tr><td>Harbour View</td><td>Arbroath</td><td>Care home with dementia unit</td><td>40</td><td>Gordon Rennie</td></tr>
</table>
<h2>Policy 1: Uniform and dress</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>care staff; nursing staff; ancillary staff; bank staff</td><td>office staff (see 1.4)</td></tr>
</table>
<p>1.1 The Trust issues three sets of uniform free of charge and replaces them when worn. Uniform is not worn
outside work except when travelling straight to or from the home.</p>
<p>1.2 Care staff wear a lilac tunic and nursing staff a navy tunic, whereas ancillary staff wear a sage green
polo shirt with the Trust's thistle logo. Bank staff wear a plain white tunic, whichever home they are booked
into.</p>
<p>1.3 With every uniform: black trousers, closed black shoes with non-slip soles, hair tied up, no rings except
a plain band, no nail varnish.</p>
<p>1.4 Office staff wear smart casual clothes and their identity badge.</p>
""",
    """
<h2>Policy 2: Rotas, night duty and handover</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>care staff; nursing staff; bank staff (2.4 only)</td><td>ancillary staff; office staff</td></tr>
</table>
<p>2.1 Rotas are published four weeks ahead by the home manager. Shift swaps are agreed with the person in
charge and written on the rota before the shift; a swap that is not on the rota has not happened.</p>
<p>2.2 Contracted staff share night duty as shown in Table 1.</p>
<table>
<tr><th colspan="3">Table 1: Shift length and night duty</th></tr>
<tr><th>Staff group</th><th>Shift length</th><th>Night duty commitment</th></tr>
<tr><td>care staff</td><td>12 hours</td><td>1 night in 6 <sup>(a)</sup></td></tr>
<tr><td>nursing staff</td><td>12.5 hours</td><td>1 night in 4 <sup>(b)</sup></td></tr>
</table>
<p><small>(a) Except care staff at The Larches, who are not rostered for nights: The Larches has its own permanent
night team of night care assistants.<br>
(b) The clinical lead nurse is exempt from night duty.</small></p>
<p>2.3 Nobody works more than four 12-hour shifts in a row, or more than three nights in a row, without the
written agreement of the home manager.</p>
<p>2.4 Every day shift begins with a handover from the night team. Handover starts at 07:40 at Ashby Court, at
07:25 at The Larches and at 07:55 at Harbour View. Be changed and on the floor by then; handover time is paid.</p>
<h2>Policy 3: Unsocial hours enhancements</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>care staff; nursing staff; ancillary staff; bank staff</td><td>office staff (salaried)</td></tr>
</table>
<p>3.1 Enhancements are paid for each hour worked in the period shown, on top of the basic hourly rate, with the
wages for the month after the hours are worked.</p>
<table>
<tr><th colspan="4">Table 2: Enhancements</th></tr>
<tr><th>Staff group</th><th>Nights (22:00 to 07:00)</th><th>Sundays</th><th>Public holidays</th></tr>
<tr><td>care staff</td><td>£1.85 per hour</td><td>£1.10 per hour <sup>(c)</sup></td><td>double time</td></tr>
<tr><td>nursing staff</td><td>£2.60 per hour</td><td>£1.45 per hour</td><td>double time</td></tr>
<tr><td>ancillary staff</td><td>£1.35 per hour <sup>(d)</sup></td><td>£0.95 per hour</td><td>time and a half</td></tr>
<tr><td>bank staff</td><td>none <sup>(e)</sup></td><td>none <sup>(e)</sup></td><td>time and a half</td></tr>
</table>
<p><small>(c) Not applicable to care staff at Harbour View, who receive £1.60 per hour on Sundays under the 2023
local agreement.<br>
(d) Payable only where ancillary staff are rostered for nights (the night laundry assistant at Ashby Court).<br>
(e) Bank staff are paid the single bank rate of £13.20 per hour for every hour worked, day or night, weekday or
Sunday. The public holiday rate is their only enhancement.</small></p>
""",
    """
<h2>Policy 4: Annual leave</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>care staff; nursing staff; ancillary staff; office staff</td><td>bank staff (see 4.4)</td></tr>
</table>
<p>4.1 The leave year runs from 1 April to 31 March. Part-time staff receive leave pro rata to their contracted
hours.</p>
<p>4.2 Entitlements for a full leave year are:</p>
<table>
<tr><th>Staff group</th><th>Entitlement per leave year</th></tr>
<tr><td>care staff</td><td>36 days, including the nine Scottish public holidays</td></tr>
<tr><td>nursing staff</td><td>36 days, including the nine Scottish public holidays</td></tr>
<tr><td>ancillary staff</td><td>32 days, including the nine Scottish public holidays</td></tr>
<tr><td>office staff</td><td>25 days, plus the nine Scottish public holidays</td></tr>
</table>
<p>4.3 Request leave at least four weeks ahead through the home manager (office staff: their line manager). No
more than two care staff from the same home may be on leave in the same week in December.</p>
<p>4.4 Bank staff do not have a leave entitlement in days. Their holiday pay accrues at 12.07% of each hour worked
and is paid with that month's wages.</p>
<h2>Policy 5: Reporting sickness absence</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>all staff groups</td><td>none</td></tr>
</table>
<p>5.1 Care staff and nursing staff phone the person in charge of their home at least three hours before the
shift starts, whereas ancillary staff phone the home administrator at least one hour before theirs. Office staff
email their line manager by 09:15 on the first morning of absence.</p>
<p>5.2 Bank staff who cannot work a booked shift phone the bank office (01786 550 210) as soon as they know, and
never less than six hours before the shift starts.</p>
<p>5.3 Texts, voicemails and messages through a colleague are not accepted, except the email in 5.1. From the
eighth calendar day of absence a fit note is needed. Every absence ends with a return-to-work meeting.</p>
<h2>Policy 6: Medication</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>nursing staff; care staff trained under 6.2</td><td>ancillary staff; bank staff; office staff</td></tr>
</table>
<p>6.1 Ancillary staff, bank staff and office staff must never administer, prompt or handle residents'
medication, even if a resident asks them to. Tell the person in charge instead.</p>
<p>6.2 At Ashby Court, nursing staff administer all medication. At The Larches and Harbour View, senior care
assistants who hold the SVQ medication unit administer medication; controlled drugs are checked and signed for
by two trained staff.</p>
""",
    """
<h2>Policy 7: Home arrangements</h2>
<table>
<tr><th>Applies to</th><th>Not applicable to</th></tr>
<tr><td>everyone working in or visiting a home, including bank staff and office staff</td><td>Dunmore House</td></tr>
</table>
<p>7.1 Each home keeps a protected lunchtime for residents: no visits from office staff, no deliveries, no
non-urgent phone calls and no cleaning in the dining rooms during it.</p>
<p>7.2 Learn your home's fire assembly point at induction. Fire drills are held monthly on each shift.</p>
<table>
<tr><th colspan="4">Table 3: Arrangements by home</th></tr>
<tr><th>Home</th><th>Protected lunchtime</th><th>Fire assembly point</th><th>Staff parking</th></tr>
<tr><td>Ashby Court</td><td>12:15 to 13:10</td><td>The sundial on the front lawn</td><td>Rear car park, off Mill
Road</td></tr>
<tr><td>The Larches</td><td>12:40 to 13:35</td><td>The bowling green gate</td><td>On-street parking in Abbey Row (no
permit needed)</td></tr>
<tr><td>Harbour View</td><td>11:50 to 12:45</td><td>The bench at the harbour wall</td><td>Ness Road public car park;
permits from reception</td></tr>
</table>
<p>7.3 Visitors sign in and out at reception. Staff never hold the door open for a visitor they do not know.</p>
<h2>Amendment record</h2>
<table>
<tr><th>Version</th><th>Date</th><th>Change</th></tr>
<tr><td>7.0</td><td>April 2024</td><td>Glossary added; staff groups renamed.</td></tr>
<tr><td>7.1</td><td>August 2024</td><td>Table 2 note (c) added (Harbour View local agreement).</td></tr>
<tr><td>7.2</td><td>February 2025</td><td>Bank rate (Table 2 note (e)) and holiday pay for bank staff (4.4) updated.</td></tr>
</table>
<p><em>Uncontrolled when printed. The current version is on the staff noticeboard in each home and on the Trust
intranet.</em></p>
""",
)

USERS = (
    User("dm-aileen", ("I'm a senior care assistant at The Larches.",)),
    User("dm-ruth", ("I'm a staff nurse.", "Based out of Ashby Court.")),
    User("dm-tam", ("I look after the laundry at Harbour View.",)),
    User("dm-priya", ("I joined as a care assistant in January.", "I'm at Harbour View in Arbroath.")),
    User("dm-kenny", ("I'm on the bank register, I just pick up shifts when they need cover.",)),
    User("dm-morag", ("I work in the finance team at Dunmore House.",)),
    User("dm-jo", ("I work nights at Ashby Court.",)),
    User("dm-callum", ("I'm one of the cooks.",)),
    User("dm-lesley", ("I'm a care assistant at Ashby Court.", "Been here about four years now.")),
)

UNIFORM = {
    "care": "lilac",
    "nursing": "navy",
    "ancillary": "sage green",
    "bank": "plain white",
    "office": "smart casual",
}
NIGHTS = {
    "care": "1 night in 6",
    "care, The Larches": ("not rostered for nights", "permanent night team"),
    "nursing": "1 night in 4",
}
HANDOVER = {"Ashby Court": "07:40", "The Larches": "07:25", "Harbour View": "07:55"}
NIGHT_RATE = {"care": "£1.85", "nursing": "£2.60", "ancillary": "£1.35", "bank": "£13.20"}
SUNDAY = {
    "care": "£1.10",
    "care, Harbour View": "£1.60",
    "nursing": "£1.45",
    "ancillary": "£0.95",
    "bank": "£13.20",
}
PUBLIC_HOLIDAY = {"care or nursing": "double time", "ancillary or bank": "time and a half"}
LEAVE = {"care or nursing": "36 days", "ancillary": "32 days", "office": "25 days", "bank": "12.07%"}
SICK = {"care or nursing": "three hours", "ancillary": "one hour", "office": "09:15", "bank": "six hours"}
LUNCH = {"Ashby Court": "12:15", "The Larches": "12:40", "Harbour View": "11:50"}
ASSEMBLY = {"Ashby Court": "sundial", "The Larches": "bowling green", "Harbour View": "harbour wall"}
PARKING = {"Ashby Court": "Mill Road", "The Larches": "Abbey Row", "Harbour View": "Ness Road"}

QUESTIONS = (
    rule_question("dm-aileen", "How often will I be put on nights?", NIGHTS, "care, The Larches"),
    rule_question("dm-aileen", "What time does the morning handover start?", HANDOVER, "The Larches"),
    rule_question("dm-aileen", "Is there extra pay for working a Sunday?", SUNDAY, "care"),
    rule_question("dm-aileen", "What colour tunic do I wear?", UNIFORM, "care"),
    rule_question("dm-ruth", "How many nights am I expected to cover?", NIGHTS, "nursing"),
    rule_question("dm-ruth", "What's the night enhancement for me?", NIGHT_RATE, "nursing"),
    rule_question("dm-ruth", "How much annual leave do I get?", LEAVE, "care or nursing"),
    rule_question("dm-ruth", "Where do staff park?", PARKING, "Ashby Court"),
    rule_question("dm-tam", "What am I paid if I work a public holiday?", PUBLIC_HOLIDAY, "ancillary or bank"),
    rule_question("dm-tam", "If I'm off sick, how much notice do I have to give?", SICK, "ancillary"),
    rule_question("dm-tam", "Where's the fire assembly point?", ASSEMBLY, "Harbour View"),
    rule_question("dm-tam", "What's my uniform?", UNIFORM, "ancillary"),
    rule_question("dm-priya", "What's the Sunday enhancement?", SUNDAY, "care, Harbour View"),
    rule_question("dm-priya", "When does handover begin in the morning?", HANDOVER, "Harbour View"),
    rule_question("dm-priya", "Will I have to do night shifts, and how many?", NIGHTS, "care"),
    rule_question("dm-kenny", "How does holiday work for me?", LEAVE, "bank"),
    rule_question("dm-kenny", "If I can't make a booked shift, how much notice do I need to give?", SICK, "bank"),
    rule_question("dm-kenny", "What time should I be there for the morning handover?", HANDOVER, None),
    rule_question("dm-morag", "How many days' holiday do I get?", LEAVE, "office"),
    rule_question("dm-morag", "How do I report that I'm off sick, and by when?", SICK, "office"),
    rule_question("dm-morag", "Do I have to wear a uniform?", UNIFORM, "office"),
    rule_question("dm-jo", "When is the protected lunchtime?", LUNCH, "Ashby Court"),
    rule_question("dm-jo", "How much extra do I get per hour for nights?", NIGHT_RATE, None),
    rule_question("dm-jo", "What colour is my uniform?", UNIFORM, None),
    rule_question("dm-callum", "What time is the protected lunchtime?", LUNCH, None),
    general_question(
        "dm-callum", "A resident asked me to pass her tablets over. Can I?", ("never administer", "must never")
    ),
    rule_question("dm-lesley", "What time does handover start?", HANDOVER, "Ashby Court"),
    rule_question("dm-lesley", "Do I get anything extra on Sundays?", SUNDAY, "care"),
)

HANDBOOK = Handbook(
    name="dunmore",
    title="Dunmore Care Trust: Staff Policy Manual",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
