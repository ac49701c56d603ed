"""Tamsworth Borough Council, Libraries and Heritage (an HTML file): a council service's intranet
handbook page in numbered sections with lettered sub-clauses ("2.2(b)"), four job families defined
by their job titles and grades, a grade table by spinal column point ranges, rules keyed by grade
range ("grades LH1 to LH4", "LH5 and LH6") and length of service, a sites table (opening, staff
start, absence line, parking) with numbered footnotes, one of them a grade exception, "If you work
at ..." callout boxes, Saturday rota and lone-working rules by site and job family, and a page
history. Job families (named by job title), grades, sites and service. Written blind to the code.
Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Tamsworth Borough Council: Working in Libraries and Heritage</h1>
<p><em>Intranet &gt; Communities Directorate &gt; Libraries and Heritage &gt; Service handbook. Page owner:
Service Manager, Libraries and Heritage. Last reviewed 14 January 2025.</em></p>
<p>This page adds to the Council's Employee Handbook for everyone working in the Libraries and Heritage
Service. Where this page says nothing, the Employee Handbook applies; where the two differ, this page applies
to our staff.</p>
<h2>1. Our service</h2>
<p><strong>1.1</strong> The service has four job families:</p>
<p>(a) <strong>Customer Services</strong>: Library Assistants (grade LH1 or LH2) and Senior Library Assistants
(LH3), who run the public desks in our three libraries;<br>
(b) <strong>Collections and Information</strong>: Librarians (LH4) and Senior Librarians (LH5), based at
Central Library;<br>
(c) <strong>Outreach</strong>: Mobile Library Drivers (LH2) and Home Library Service Officers (LH3), based at
Mereside Depot;<br>
(d) <strong>Heritage</strong>: Museum Assistants (LH2) and Curators (LH4), at the Tallowgate Museum.</p>
<p>The Service Manager is on grade LH6.</p>
<p><strong>1.2</strong> Grades are made up of points on the Council's pay spine (spinal column points, SCP).
You move up one point each 1 April until you reach the top of your grade.</p>
<table>
<tr><th>Grade</th><th>Spinal column points</th><th>Full-time salary</th></tr>
<tr><td>LH1</td><td>SCP 2 to 3</td><td>£23,410 to £23,790</td></tr>
<tr><td>LH2</td><td>SCP 4 to 7</td><td>£24,120 to £25,310</td></tr>
<tr><td>LH3</td><td>SCP 8 to 13</td><td>£25,705 to £27,960</td></tr>
<tr><td>LH4</td><td>SCP 14 to 21</td><td>£28,415 to £32,480</td></tr>
<tr><td>LH5</td><td>SCP 22 to 28</td><td>£33,190 to £38,350</td></tr>
<tr><td>LH6</td><td>SCP 29 to 35</td><td>£39,275 to £45,390</td></tr>
</table>
<h2>2. Hours and rotas</h2>
<p><strong>2.1</strong> (a) Full-time hours are 37 a week, part-time hours pro rata.<br>
(b) Staff on grades LH3 and above whose job is not on a public-desk rota may work flexi-time, with core hours
of 10:00 to 15:30 and up to 12 hours carried forward at the end of each month.<br>
(c) Staff on grades LH1 and LH2 work the fixed rota times for their site (see section 3) and are not in the
flexi-time scheme.</p>
<p><strong>2.2</strong> (a) Customer Services staff at Central Library work one Saturday in two, and those at
Sallow Green and Pollard Street one Saturday in three. A Saturday worked is balanced by a weekday off in the
same week.<br>
(b) Heritage staff work one weekend in four, because the museum opens Wednesday to Sunday.<br>
(c) Collections and Information and Outreach staff do not work Saturdays, except at the summer reading
roadshow.</p>
<p><strong>2.3</strong> (a) Central Library opens on Sundays from 11:00 to 15:00. Sunday hours are paid at time
and a half.<br>
(b) Except at the Tallowgate Museum, where Sunday is part of the normal Heritage rota and is paid at plain
time.</p>
""",
    """
<h2>3. Our sites</h2>
<p><strong>3.1</strong> Staff arrive by the staff start time for their site. If you are ill, phone the person
shown for your site by the time shown, on every day you are absent.</p>
<table>
<tr><th>Site</th><th>Open to the public</th><th>Staff start</th><th>Report absence to</th><th>Staff parking</th></tr>
<tr><td>Central Library, Guildhall Square</td><td>Mon to Sat 09:00 to 18:00; Sun 11:00 to 15:00</td><td>08:40</td>
<td>Duty manager, 01632 961 210, by 08:15</td><td>Guildhall car park, level 3, by permit <sup>1</sup></td></tr>
<tr><td>Sallow Green Library</td><td>Tue to Sat 09:30 to 17:00</td><td>09:10</td><td>Branch supervisor, 01632 961
340, by 08:45</td><td>Six staff bays behind the library</td></tr>
<tr><td>Pollard Street Library</td><td>Mon, Wed and Fri 10:00 to 19:00; Sat 10:00 to 13:00</td><td>09:40</td>
<td>Branch supervisor, 01632 961 355, by 09:15</td><td>None: use the Pollard Street pay and display</td></tr>
<tr><td>Tallowgate Museum</td><td>Wed to Sun 10:00 to 16:30</td><td>09:25</td><td>Curator on duty, 01632 961 480,
by 09:00</td><td>Rear yard, Tallow Lane <sup>2</sup></td></tr>
<tr><td>Mobile Library</td><td>To the route timetable</td><td>08:00 at the depot</td><td>Depot supervisor, 01632 961
505, by 07:15</td><td>Mereside Depot yard</td></tr>
</table>
<p><small>1 Guildhall permits cost £6 a month, deducted from salary, except for staff on grades LH1 and LH2,
whose permits are issued at no charge.<br>
2 The yard is locked at 17:00. Staff working at evening events park on Tallow Lane.</small></p>
<blockquote>
<p><strong>If you work at the Tallowgate Museum</strong>: your week runs Wednesday to Sunday and your Sundays
are plain time (2.3(b)). The museum closes for a fortnight each January for the deep clean; Heritage staff take
part of their leave then.</p>
</blockquote>
<blockquote>
<p><strong>If you work on the Mobile Library</strong>: you start and finish at Mereside Depot, not at a
library. Route changes are posted in the depot office on Friday for the following week.</p>
</blockquote>
<h2>4. Annual leave</h2>
<p><strong>4.1</strong> The leave year runs from 1 April. Full-time entitlements are:</p>
<p>(a) grades LH1 to LH4: 26 days, rising to 31 days after five years' continuous local government
service;<br>
(b) grades LH5 and LH6: 28 days, rising to 33 days after five years' continuous local government
service;<br>
(c) in addition, everyone has the 8 bank holidays and the Council's 2 extra days between Christmas and New
Year.</p>
<p><strong>4.2</strong> Customer Services staff book leave at least four weeks ahead with their branch
supervisor, so that the Saturday rota (2.2) can be covered. Heritage staff may be rostered on the Council's
extra days and take them at another time.</p>
""",
    """
<h2>5. Notice and probation</h2>
<p><strong>5.1</strong> New staff serve a probation period of six months, which their manager may extend once,
by up to three months.</p>
<p><strong>5.2</strong> After probation, the notice you give, and are given, depends on your grade:</p>
<table>
<tr><th>Grade</th><th>Notice</th></tr>
<tr><td>LH1 and LH2</td><td>two weeks</td></tr>
<tr><td>LH3 and LH4</td><td>one month</td></tr>
<tr><td>LH5 and LH6</td><td>two months</td></tr>
</table>
<h2>6. Travel and driving</h2>
<p><strong>6.1</strong> (a) Home Library Service Officers are essential car users. They receive a lump sum of
£1,044 a year and 31.2p a mile for business journeys.<br>
(b) Other staff who use their own car for work are casual users and are paid 45p a mile.<br>
(c) Mobile Library Drivers drive the Council's vehicle and must hold a C1 driving licence, which the depot
checks every six months.</p>
<h2>7. Lone working</h2>
<p><strong>7.1</strong> (a) Mobile library crews phone Mereside Depot on arrival at the first stop and on leaving
the last, and press the check-in button on the vehicle tracker at every stop.<br>
(b) Home Library Service Officers check in on the SafeCall app before and after each home visit. A visit not
closed on the app within 90 minutes raises an alert to the depot supervisor.<br>
(c) Nobody locks up a library alone without the duty manager on the phone.</p>
<h2>8. What to wear</h2>
<p><strong>8.1</strong> Customer Services and Outreach staff wear the teal lanyard and a name badge. Heritage
staff wear the navy museum tabard in the galleries. Mobile library crews also wear hi-vis at the roadside.</p>
<h2>Page history</h2>
<table>
<tr><th>Date</th><th>Change</th></tr>
<tr><td>2023</td><td>Sunday opening at Central Library (2.3) added.</td></tr>
<tr><td>2024</td><td>Grade table (1.2) updated for the pay award; SafeCall app replaces phone check-ins (7.1(b)).</td></tr>
<tr><td>2025</td><td>Tallowgate staff start moved to 09:25; Guildhall permit charge (note 1) introduced.</td></tr>
</table>
""",
)

USERS = (
    User("tw-bethan", ("I'm a library assistant at Central, grade LH2.", "I started in 2023.")),
    User("tw-oskar", ("Senior Librarian at Central Library.", "I've been with the council about eleven years.")),
    User("tw-hafsa", ("I'm a Museum Assistant at Tallowgate.",)),
    User("tw-roy", ("I drive the mobile library.", "Been doing it since 2012.")),
    User("tw-jen", ("Home Library Service officer, I visit housebound readers.",)),
    User("tw-marek", ("I'm on the desk at Sallow Green.",)),
    User("tw-chloe", ("Senior Library Assistant at Pollard Street.", "About two years in.")),
    User("tw-ade", ("Curator at the museum.", "Eight years with the council now.")),
    User("tw-suki", ("I'm on LH1, I only started last week.",)),
)

NOTICE = {"LH1 or LH2": "two weeks", "LH3 or LH4": "one month", "LH5 or LH6": "two months"}
LEAVE = {
    "LH1 to LH4, under five years": "26 days",
    "LH1 to LH4, five years or more": "31 days",
    "LH5 or LH6, under five years": "28 days",
    "LH5 or LH6, five years or more": "33 days",
}
START = {
    "Central Library": "08:40",
    "Sallow Green": "09:10",
    "Pollard Street": "09:40",
    "Tallowgate Museum": "09:25",
    "Mobile Library": "08:00 at the depot",
}
ABSENCE = {
    "Central Library": ("01632 961 210", "by 08:15"),
    "Sallow Green": ("01632 961 340", "by 08:45"),
    "Pollard Street": ("01632 961 355", "by 09:15"),
    "Tallowgate Museum": ("01632 961 480", "by 09:00"),
    "Mobile Library": ("01632 961 505", "by 07:15"),
}
SATURDAYS = {
    "Customer Services, Central Library": "one Saturday in two",
    "Customer Services, Sallow Green or Pollard Street": "one Saturday in three",
    "Heritage": "one weekend in four",
}
SUNDAY = {"Central Library": "time and a half", "Tallowgate Museum": "plain time"}
FLEXI = {"LH1 or LH2": "fixed rota times", "LH3 and above, off the public desk": "10:00 to 15:30"}
PERMIT = {"LH1 or LH2": "no charge", "LH3 and above": "£6 a month"}
CAR = {"Home Library Service Officer": "£1,044", "other staff": "45p a mile"}
LONE = {"mobile library": "on arrival at the first stop", "Home Library Service": "SafeCall app"}
DRESS = {"Customer Services or Outreach": "teal lanyard", "Heritage": "navy museum tabard"}

QUESTIONS = (
    rule_question("tw-bethan", "If I wanted to leave, how much notice would I have to give?", NOTICE, "LH1 or LH2"),
    rule_question("tw-bethan", "How many days' holiday do I get?", LEAVE, "LH1 to LH4, under five years"),
    rule_question("tw-bethan", "What time should I be in for?", START, "Central Library"),
    rule_question(
        "tw-bethan", "How many Saturdays will I be working?", SATURDAYS, "Customer Services, Central Library"
    ),
    rule_question("tw-bethan", "Do I have to pay for a parking permit?", PERMIT, "LH1 or LH2"),
    rule_question("tw-oskar", "What's my annual leave?", LEAVE, "LH5 or LH6, five years or more"),
    rule_question("tw-oskar", "What notice period am I on?", NOTICE, "LH5 or LH6"),
    rule_question(
        "tw-oskar", "Can I do flexi, and what are the core hours?", FLEXI, "LH3 and above, off the public desk"
    ),
    rule_question("tw-oskar", "What does the staff car park permit cost me?", PERMIT, "LH3 and above"),
    rule_question("tw-hafsa", "How am I paid for working Sundays?", SUNDAY, "Tallowgate Museum"),
    rule_question("tw-hafsa", "I'm ill today, who do I ring?", ABSENCE, "Tallowgate Museum"),
    rule_question("tw-hafsa", "Is there a uniform?", DRESS, "Heritage"),
    rule_question("tw-hafsa", "How often do I have to work weekends?", SATURDAYS, "Heritage"),
    rule_question("tw-roy", "Who do I call if I'm sick, and by when?", ABSENCE, "Mobile Library"),
    rule_question("tw-roy", "How much annual leave am I on?", LEAVE, "LH1 to LH4, five years or more"),
    rule_question("tw-roy", "What are the safety check-ins when I'm out on the route?", LONE, "mobile library"),
    rule_question("tw-jen", "What car allowance do I get?", CAR, "Home Library Service Officer"),
    rule_question("tw-jen", "How do I check in when I'm out on a visit?", LONE, "Home Library Service"),
    rule_question("tw-marek", "How much holiday am I entitled to?", LEAVE, None),
    rule_question("tw-marek", "What notice would I need to give if I resigned?", NOTICE, None),
    rule_question(
        "tw-marek", "How often am I on for Saturdays?", SATURDAYS, "Customer Services, Sallow Green or Pollard Street"
    ),
    rule_question("tw-chloe", "What time do I start?", START, "Pollard Street"),
    rule_question("tw-chloe", "What's my notice period?", NOTICE, "LH3 or LH4"),
    rule_question(
        "tw-chloe", "How many Saturdays do I work?", SATURDAYS, "Customer Services, Sallow Green or Pollard Street"
    ),
    rule_question("tw-ade", "How many days of leave do I get a year?", LEAVE, "LH1 to LH4, five years or more"),
    rule_question("tw-ade", "How much notice would I have to give?", NOTICE, "LH3 or LH4"),
    rule_question("tw-ade", "What time am I meant to arrive?", START, "Tallowgate Museum"),
    rule_question("tw-suki", "What time do I need to get in?", START, None),
    rule_question("tw-suki", "What's my notice period?", NOTICE, "LH1 or LH2"),
    general_question("tw-suki", "How long is probation?", "six months"),
)

HANDBOOK = Handbook(
    name="tamsworth",
    title="Tamsworth Borough Council: Working in Libraries and Heritage",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
