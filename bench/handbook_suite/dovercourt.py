"""Dovercourt City Council: a city council's employee handbook ("Working for Dovercourt") for three
directorates (Place, People, Resources) and their services (Waste and Recycling, Highways and Street
Lighting, Parks and Open Spaces, Adult Social Care, Libraries and Community Hubs, Revenues and
Benefits, ICT), with abbreviations declared once (SCP, ECU, EDT, HoS, TOIL, MyDCC), a grade table on
the NJC pay spine, a 37-hour week stated as "All staff ..., except:" with a list, flexitime for the
Civic Centre only, annual leave in a grade band x length-of-service table with part-time and buying
exceptions (a smaller limit at one workplace, none in probation), sickness reporting with depot and
care-home exceptions, standby payments by service in a table, a call-out minimum that runs over a
page break with two service overrides, essential and casual car users, lone working as a list under a
lead-in by service, probation, notice and overtime by grade in sentences, and an appendix of local
conditions by workplace (start times by depot and team, parking, night and Saturday enhancements).
Services, workplaces, teams, grades, length of service, car user status and part-time contracts.
Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Working for Dovercourt: Employee Handbook</h1>
<p><em>Dovercourt City Council. Issue 7, April 2025. Owned by the Head of HR and Organisational Development,
Civic Centre, Harbour Street, Dovercourt. This handbook is read with your contract of employment and the NJC
national agreement for local government services (the "Green Book"), as varied by the local conditions agreed
with UNISON and GMB. Where a paragraph says <strong>local condition</strong>, it is a Dovercourt arrangement
that is not in the national agreement.</em></p>
<h2>1. About this handbook</h2>
<p>This handbook brings together the employment rules that staff ask about most. It applies to all employees of
the council except teachers in maintained schools, who have their own conditions, and casual workers on the
relief register, who are covered by the Relief Workers' Guide. Policies mentioned here are on MyDCC in full.</p>
<h2>2. How the council is organised</h2>
<p>Council services are grouped in three directorates, each led by a Corporate Director. Within each directorate,
services are run by a Head of Service.</p>
<table>
<tr><th>Directorate</th><th>Services</th><th>Main workplaces</th></tr>
<tr><td>Place</td><td>Waste and Recycling; Highways and Street Lighting; Parks and Open Spaces</td><td>Marsh Lane Depot; Eastgate Depot</td></tr>
<tr><td>People</td><td>Adult Social Care; Libraries and Community Hubs</td><td>Civic Centre; Harbourside Court (residential care home); Central, Kilnworth, Saltmarsh Road, Pendle Green and Westcliff libraries</td></tr>
<tr><td>Resources</td><td>Revenues and Benefits; ICT; HR and Payroll; Finance</td><td>Civic Centre</td></tr>
</table>
<h2>3. Abbreviations</h2>
<p>These abbreviations are used in the rest of the handbook without further explanation:</p>
<ul>
<li><strong>SCP</strong>: spinal column point, a point on the NJC pay spine.</li>
<li><strong>HoS</strong>: Head of Service, the manager who runs one of the services above.</li>
<li><strong>ECU</strong>: essential car user (see section 9). Anyone else who drives their own car on council
business is a casual user.</li>
<li><strong>EDT</strong>: the Emergency Duty Team, Adult Social Care's out-of-hours social work service.</li>
<li><strong>TOIL</strong>: time off in lieu.</li>
<li><strong>Crews</strong>: the collection crews of Waste and Recycling (drivers and loaders) on domestic,
recycling, garden waste and trade rounds.</li>
<li><strong>MyDCC</strong>: the staff self-service portal, for payslips, leave, expenses and policies.</li>
</ul>
""",
    """
<h2>4. Pay and grading</h2>
<p>Every post is job-evaluated and placed on one of the council's 13 grades. Each grade covers a range of SCPs.
You start at the bottom SCP of your grade unless your appointment letter says otherwise, and move up one SCP
each 1 April until you reach the top of the grade. Salaries for 2025/26 (full time, 37 hours):</p>
<table>
<tr><th>Grade</th><th>SCPs</th><th>Salary range</th><th>Grade</th><th>SCPs</th><th>Salary range</th></tr>
<tr><td>Grade 1</td><td>2 to 3</td><td>£23,410 to £23,795</td><td>Grade 8</td><td>26 to 30</td><td>£35,118 to £38,294</td></tr>
<tr><td>Grade 2</td><td>3 to 5</td><td>£23,795 to £24,560</td><td>Grade 9</td><td>30 to 34</td><td>£38,294 to £41,870</td></tr>
<tr><td>Grade 3</td><td>5 to 8</td><td>£24,560 to £25,742</td><td>Grade 10</td><td>34 to 38</td><td>£41,870 to £45,402</td></tr>
<tr><td>Grade 4</td><td>8 to 12</td><td>£25,742 to £27,466</td><td>Grade 11</td><td>38 to 42</td><td>£45,402 to £49,260</td></tr>
<tr><td>Grade 5</td><td>12 to 17</td><td>£27,466 to £29,812</td><td>Grade 12</td><td>42 to 46</td><td>£49,260 to £53,884</td></tr>
<tr><td>Grade 6</td><td>17 to 22</td><td>£29,812 to £32,390</td><td>Grade 13</td><td>46 to 50</td><td>£53,884 to £58,530</td></tr>
<tr><td>Grade 7</td><td>22 to 26</td><td>£32,390 to £35,118</td><td></td><td></td><td></td></tr>
</table>
<p>Pay day is the 20th of each month. When the 20th falls at a weekend or on a bank holiday, you are paid on the
last working day before it. Payslips are on MyDCC from the 17th.</p>
<h2>5. Working hours</h2>
<p>5.1 The standard working week is 37 hours, Monday to Friday, with an unpaid lunch break of at least 30
minutes. All staff work the standard week, except:</p>
<ul>
<li>Crews, who work 36 hours over four 9-hour days on the rolling collection rota, with the fifth day off;</li>
<li>care staff at Harbourside Court, who work 12-hour shifts on a four-week rota of 12 shifts (an average of
36 hours a week), including nights, weekends and bank holidays;</li>
<li>library staff, whose 37 hours include one Saturday in three, with a weekday off in the same week.</li>
</ul>
<p>5.2 <strong>Flexitime (local condition).</strong> Staff based at the Civic Centre may work flexitime. You
may start from 07:30 and finish by 19:00, but must be at work during the core time of 10:00 to 12:00 and
14:00 to 15:30 unless on leave or flexi leave. You may carry forward up to 11 hours from one four-week
settlement period to the next, and take up to two days of flexi leave in each period. Flexitime does not apply
at the depots, at Harbourside Court or in the libraries, where hours are set by rota.</p>
<p>5.3 TOIL is agreed in advance with your manager and taken within three months. It cannot be paid out.</p>
""",
    """
<h2>6. Annual leave</h2>
<p>6.1 The leave year runs from 1 April to 31 March. Your basic annual leave depends on your grade and on your
continuous local government service<sup>1</sup> at 1 April:</p>
<table>
<tr><th>Grade</th><th>Under five years' continuous service</th><th>Five years' continuous service or more</th></tr>
<tr><td>Grades 1 to 6</td><td>24 days</td><td>29 days</td></tr>
<tr><td>Grades 7 to 10</td><td>26 days</td><td>31 days</td></tr>
<tr><td>Grades 11 to 13</td><td>28 days</td><td>33 days</td></tr>
</table>
<p><small>1 Service with any employer covered by the Modification Order counts, with no gap of over a week.</small></p>
<p>6.2 On top of the basic leave everyone receives the eight bank holidays and Dovercourt Day (local
condition), an extra day off taken during the Christmas closure.</p>
<p>6.3 If you work part time, your leave is pro rata and is recorded in hours on MyDCC: multiply the days in
the table by 7.4 and then by your weekly hours divided by 37. Bank holidays are also pro rata.</p>
<p>6.4 All staff may buy up to 10 days of extra leave each year through salary sacrifice, except staff at
Harbourside Court, who may buy up to 5 days, and staff still in their probation period, who may not buy
leave.</p>
<p>6.5 <strong>Christmas closure.</strong> The Civic Centre and the libraries close from 25 December to
1 January. If you are based there, you keep 2 days of your annual leave for the closure, alongside Dovercourt
Day and the bank holidays. Depot staff work the published Christmas collection schedule and take no closure
days; they take Dovercourt Day at another time agreed with their supervisor.</p>
<h2>7. Reporting sickness</h2>
<p>7.1 If you are ill and cannot work, ring your line manager by 09:00 on your first day of absence (a text or
email is not enough) and keep in touch on the days agreed. The exceptions are:</p>
<ul>
<li>Crews ring the depot control line before 06:00: Marsh Lane 01632 960 411, Eastgate 01632 960 522.</li>
<li>Care staff at Harbourside Court ring the senior on duty on 01632 960 730 at least four hours before the
start of their shift.</li>
</ul>
<h2>8. Standby and call-out (local condition)</h2>
<p>8.1 If you are on a standby rota you must be contactable and able to reach your workplace within 45
minutes. Standby is paid at these rates:</p>
<table>
<tr><th>Service</th><th>Standby rota</th><th>Payment</th></tr>
<tr><td>Waste and Recycling</td><td>Weekend supervisors (bulky waste, fly-tipping)</td><td>£61.20 a weekend</td></tr>
<tr><td>Highways and Street Lighting</td><td>Winter service (gritting) and street lighting faults</td><td>£24.35 a night; £48.70 a weekend day or bank holiday</td></tr>
<tr><td>Adult Social Care</td><td>EDT social workers</td><td>£37.90 a session (a night or a weekend day)</td></tr>
<tr><td>ICT</td><td>Infrastructure and service desk</td><td>£112.00 a week</td></tr>
</table>
<p>8.2 When you are called out you are paid for the time worked, from leaving home until you get back, at time
and a half (double time on bank holidays), with a minimum payment of</p>
""",
    """
<p>two hours for each call-out. The minimum is three hours in Highways and Street Lighting, because the team has
to collect a vehicle from the depot. ICT staff who resolve a call-out remotely are paid in units of 30 minutes,
with no minimum.</p>
<h2>9. Car use and mileage</h2>
<p>9.1 A post is an ECU post when the postholder must have a car available at all times to do the job. The ECU
posts are: social workers and occupational therapists in Adult Social Care; Highways inspectors; and Parks
rangers. ECUs receive a lump sum of £846 a year, paid monthly, and 46.9p a mile for business miles.</p>
<p>9.2 Casual users claim 45p a mile for business miles. Pool cars can be booked on MyDCC at the Civic
Centre and at Marsh Lane Depot.</p>
<p>9.3 Nobody is paid mileage for the journey between home and their normal workplace, except on a call-out.
Claims are made on MyDCC within three months of the journey, and you must hold business use insurance.</p>
<h2>10. Lone working</h2>
<p>10.1 Every service has a lone working risk assessment and procedure, which your manager will go through with
you in your first week. The main rules in each service are:</p>
<ul>
<li><strong>Adult Social Care:</strong> every home visit is logged on the SafeCall app. If you have not checked
out within 30 minutes of your expected finish, the duty manager rings you and then, if there is no answer,
the police. Visits after 18:00 to people not known to the service are made in pairs.</li>
<li><strong>Libraries and Community Hubs:</strong> no library is opened or closed with fewer than two staff on
site, and nobody works alone in a branch while it is open to the public.</li>
<li><strong>Parks and Open Spaces:</strong> rangers carry a council radio and check in with Marsh Lane control
every 90 minutes.</li>
<li><strong>Highways and Street Lighting:</strong> inspectors working alone check in with Eastgate control
hourly; night work on live roads is always done in pairs.</li>
<li><strong>Waste and Recycling:</strong> crews work in teams of two or three and are not lone workers; vehicle
trackers are watched by depot control.</li>
</ul>
<p>10.2 Office-based staff who work at the Civic Centre after 19:00 sign in with security at the Harbour Street
entrance.</p>
<h2>11. Probation</h2>
<p>All new employees serve a probation period of six months, except those appointed to Grades 11 to 13, whose
probation is nine months. Your manager reviews your progress at the end of months one, three and five (or
months two, five and eight on a nine-month probation). Moving to another post within the council does not start
a new probation.</p>
""",
    """
<h2>12. Overtime</h2>
<p>Overtime must be authorised in advance by your manager. If you are on Grades 1 to 6, overtime is paid at time
and a half, and at double time on Sundays and bank holidays. Staff on Grades 7 to 10 are paid overtime at plain
time or take TOIL, as agreed with their manager. Grades 11 to 13 are not paid overtime. Hours worked on a
call-out are paid under section 8, not as overtime.</p>
<h2>13. Uniform and protective equipment</h2>
<p>The council provides the uniform and protective equipment your job needs, free of charge:</p>
<ul>
<li>Crews and depot staff: class 3 high-visibility jacket and trousers, safety boots, gloves and a winter
fleece, replaced yearly or when worn out.</li>
<li>Highways and Street Lighting: as for depot staff, plus a safety helmet and eye protection.</li>
<li>Harbourside Court: lilac tunics and black trousers, laundered on site.</li>
<li>Libraries: navy polo shirts and a name badge.</li>
</ul>
<p>Office staff do not wear a uniform; dress in a way suited to meeting the public.</p>
<h2>14. Leaving the council</h2>
<p>14.1 You must give notice in writing to your manager. The notice you must give is one month if you are on
Grades 1 to 6, two months on Grades 7 to 10 and three months on Grades 11 to 13.</p>
<p>14.2 The council gives you at least one week's notice for each complete year of service, up to 12 weeks, and
never less than your contractual notice.</p>
<p>14.3 Any leave you have not taken is paid with your final salary. If you have taken more leave than you
have earned, the difference is deducted.</p>
<h2>15. Getting help</h2>
<p>Your first point of contact is your line manager. HR Advice is on 01632 960 200 (Monday to Friday, 09:00 to
17:00) or hradvice@dovercourt.example. The Employee Assistance Programme is free and confidential, 24 hours a
day, on 0800 555 0199.</p>
""",
    """
<h2>Appendix C: Local conditions by workplace</h2>
<p>This appendix records arrangements that differ from one workplace to another. They were agreed locally and are
reviewed each year with the trade unions.</p>
<h3>C1 Start times, parking and fire assembly points</h3>
<table>
<tr><th>Workplace</th><th>Start times</th><th>Staff parking</th><th>Fire assembly point</th></tr>
<tr><td>Civic Centre, Harbour Street</td><td>Flexitime (section 5.2)</td><td>Harbour Street multi-storey, level 2: permit £12 a month by salary deduction</td><td>Cathedral Green</td></tr>
<tr><td>Marsh Lane Depot</td><td>Crews book on at 06:00</td><td>Free, in the depot yard</td><td>Gate 1</td></tr>
<tr><td>Eastgate Depot</td><td>Crews book on at 06:30; the workshop and street lighting teams start at 07:30</td><td>Free, in the Kiln Street staff car park</td><td>Weighbridge</td></tr>
<tr><td>Harbourside Court</td><td>Day shift 07:45 to 20:00; night shift 19:45 to 08:00</td><td>Five staff spaces, then free on-street permits from reception</td><td>Front garden</td></tr>
<tr><td>Libraries</td><td>08:45, or 09:15 on late-opening days</td><td>A free staff permit for the nearest public car park, from your branch manager</td><td>As posted in each branch</td></tr>
</table>
<h3>C2 Enhancements</h3>
<p>Care staff at Harbourside Court are paid at time and a third for hours worked between 20:00 and 06:00, and
library staff receive a Saturday enhancement of 20% for hours worked on their rostered Saturday. No other
service pays an enhancement for nights or weekends within normal hours.</p>
<h3>C3 Depot welfare</h3>
<p>Both depots have a canteen open from 05:45 to 13:00 on weekdays, drying rooms and lockers. Crews may use the
depot showers at the end of a round in paid time, up to 15 minutes.</p>
<h3>C4 Civic Centre</h3>
<p>The Civic Centre is open to staff from 07:00 to 20:00, Monday to Friday. Desks are booked on MyDCC; each team
has a home zone for its anchor days, set by the HoS.</p>
""",
)

USERS = (
    User("dc-kerry", ("I'm a customer assistant at Kilnworth Library.", "Grade 4, and I started in 2024.")),
    User(
        "dc-wayne",
        ("I drive a refuse truck out of Marsh Lane depot.", "I'm Grade 4 and I've been on the bins here since 2012."),
    ),
    User(
        "dc-priya",
        (
            "I'm a social worker in the Adult Social Care locality team, based at the Civic Centre.",
            "I'm on Grade 9 and joined the council in 2018.",
        ),
    ),
    User(
        "dc-tom",
        ("I'm a street lighting electrician working out of Eastgate depot.", "I'm on the winter standby rota."),
    ),
    User(
        "dc-ellen",
        (
            "I work part time in Revenues and Benefits at the Civic Centre, three days a week.",
            "Grade 6. I've been here since 2016.",
        ),
    ),
    User("dc-sam", ("ICT service desk analyst, Grade 7.",)),
    User("dc-fola", ("I'm a care worker at Harbourside Court.", "I do nights.")),
    User("dc-george", ("I'm Head of Parks and Open Spaces.", "Grade 12; I've been with the council for 22 years.")),
    User("dc-anya", ("I'm a Highways inspector.", "I joined in March 2025 on Grade 8.")),
    User("dc-lewis", ("Loader on the recycling rounds at Eastgate.",)),
    User("dc-mo", ("I work at the Civic Centre.",)),
)

LEAVE = {
    "Grades 1 to 6, under five years": "24 days",
    "Grades 1 to 6, five years or more": "29 days",
    "Grades 7 to 10, under five years": "26 days",
    "Grades 7 to 10, five years or more": "31 days",
    "Grades 11 to 13, under five years": "28 days",
    "Grades 11 to 13, five years or more": "33 days",
}
LEAVE_GRADES_7_TO_10 = {"under five years": "26 days", "five years or more": "31 days"}
PAY = {"Grade 4": "£25,742 to £27,466", "Grade 8": "£35,118 to £38,294", "Grade 9": "£38,294 to £41,870"}
WEEK = {"standard": "37 hours", "crews": "four 9-hour days", "Harbourside Court care staff": "12-hour shifts"}
FLEXI = {"Civic Centre": "11 hours", "depots, Harbourside Court, libraries": "does not apply"}
BUY_LEAVE = {"standard": "10 days", "Harbourside Court": "5 days", "in probation": "may not buy"}
CHRISTMAS = {"Civic Centre and libraries": "2 days", "depots": "no closure days"}
SICK = {
    "standard": "by 09:00",
    "crews, Marsh Lane": "01632 960 411",
    "crews, Eastgate": "01632 960 522",
    "Harbourside Court": "01632 960 730",
}
STANDBY = {
    "Waste and Recycling": "£61.20",
    "Highways and Street Lighting": "£24.35",
    "Adult Social Care": "£37.90",
    "ICT": "£112.00",
}
CALL_OUT = {
    "standard": "two hours",
    "Highways and Street Lighting": "three hours",
    "ICT, remote": "units of 30 minutes",
}
MILEAGE = {"ECU": "46.9p", "casual user": "45p"}
LONE = {
    "Adult Social Care": "SafeCall",
    "Libraries": "fewer than two staff",
    "Parks": "every 90 minutes",
    "Highways": "hourly",
}
PROBATION = {"Grades 1 to 10": "six months", "Grades 11 to 13": "nine months"}
OVERTIME = {"Grades 1 to 6": "time and a half", "Grades 7 to 10": "plain time", "Grades 11 to 13": "not paid overtime"}
NOTICE = {"Grades 1 to 6": "one month", "Grades 7 to 10": "two months", "Grades 11 to 13": "three months"}
START = {"Marsh Lane crews": "06:00", "Eastgate crews": "06:30", "Eastgate workshop and street lighting": "07:30"}
PARKING = {
    "Civic Centre": "£12 a month",
    "Marsh Lane": "depot yard",
    "Eastgate": "Kiln Street",
    "Harbourside Court": "Five staff spaces",
    "Libraries": "free staff permit",
}
ENHANCEMENT = {"Harbourside Court nights": "time and a third", "library Saturdays": "20%"}

QUESTIONS = (
    rule_question("dc-kerry", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 6, under five years"),
    rule_question("dc-kerry", "Do I get mileage if I drive to cover at another branch?", MILEAGE, "casual user"),
    rule_question("dc-kerry", "Am I ever allowed to work on my own in the library?", LONE, "Libraries"),
    rule_question("dc-kerry", "What's the salary range for my grade?", PAY, "Grade 4"),
    rule_question("dc-wayne", "How many days of annual leave do I have?", LEAVE, "Grades 1 to 6, five years or more"),
    rule_question("dc-wayne", "What time do I have to book on?", START, "Marsh Lane crews"),
    rule_question("dc-wayne", "Who do I ring if I'm too ill to come in?", SICK, "crews, Marsh Lane"),
    rule_question("dc-wayne", "What's the overtime rate for me on a Saturday?", OVERTIME, "Grades 1 to 6"),
    rule_question("dc-priya", "How many days of annual leave do I have?", LEAVE, "Grades 7 to 10, five years or more"),
    rule_question("dc-priya", "What mileage rate do I claim?", MILEAGE, "ECU"),
    rule_question("dc-priya", "What do I have to do when I make home visits on my own?", LONE, "Adult Social Care"),
    rule_question("dc-priya", "How much flexi can I carry forward?", FLEXI, "Civic Centre"),
    rule_question("dc-tom", "How many days of annual leave do I have?", LEAVE, None),
    rule_question("dc-tom", "What's the standby payment for a night?", STANDBY, "Highways and Street Lighting"),
    rule_question("dc-tom", "What's the minimum I get paid for a call-out?", CALL_OUT, "Highways and Street Lighting"),
    rule_question("dc-tom", "What time does my working day start?", START, "Eastgate workshop and street lighting"),
    general_question("dc-ellen", "How is my annual leave worked out as a part-timer?", "7.4"),
    rule_question("dc-ellen", "How much extra leave can I buy?", BUY_LEAVE, "standard"),
    rule_question("dc-ellen", "How much does staff parking cost?", PARKING, "Civic Centre"),
    rule_question("dc-ellen", "How much notice do I have to give if I leave?", NOTICE, "Grades 1 to 6"),
    rule_question("dc-sam", "How many days of annual leave do I have?", LEAVE_GRADES_7_TO_10, None),
    rule_question("dc-sam", "How much is the standby payment for my team?", STANDBY, "ICT"),
    rule_question("dc-sam", "If I fix a call-out from home, how is it paid?", CALL_OUT, "ICT, remote"),
    rule_question("dc-fola", "Who do I call if I'm sick before a shift?", SICK, "Harbourside Court"),
    rule_question("dc-fola", "Can I buy extra holiday, and how much?", BUY_LEAVE, "Harbourside Court"),
    rule_question("dc-fola", "Do I get paid extra for working nights?", ENHANCEMENT, "Harbourside Court nights"),
    rule_question("dc-fola", "What hours do I work?", WEEK, "Harbourside Court care staff"),
    rule_question(
        "dc-george", "How many days of annual leave do I have?", LEAVE, "Grades 11 to 13, five years or more"
    ),
    rule_question("dc-george", "What notice period do I have to give?", NOTICE, "Grades 11 to 13"),
    rule_question("dc-anya", "How many days of annual leave do I have?", LEAVE, "Grades 7 to 10, under five years"),
    rule_question("dc-anya", "How long is my probation?", PROBATION, "Grades 1 to 10"),
    rule_question("dc-lewis", "What time do we book on?", START, "Eastgate crews"),
    rule_question("dc-lewis", "How are my hours arranged?", WEEK, "crews"),
    rule_question("dc-lewis", "Do I have to save leave for the Christmas closure?", CHRISTMAS, "depots"),
    rule_question("dc-mo", "Can I work flexitime, and how much can I carry over?", FLEXI, "Civic Centre"),
    rule_question("dc-mo", "How many days of annual leave do I have?", LEAVE, None),
)

HANDBOOK = Handbook(
    name="dovercourt",
    title="Working for Dovercourt: Employee Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
