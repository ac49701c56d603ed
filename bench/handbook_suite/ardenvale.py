"""Ardenvale Philharmonic (an HTML file): a symphony orchestra's intranet Players' Handbook page, with
a breadcrumb, an "On this page" list and a page history. Three kinds of people are defined once
(members under the Musicians' Agreement, extras booked by the Fixer, management staff), with OM,
Fixer, call and the sections (Strings, Woodwind, Brass, PHK) declared once, and seats (Leader,
Principals, Sub-principals, rank and file) defined by what each player does. A seat table gives
weekly salary, trial period and notice; a doubling-fee table is keyed by the instrument doubled with a
percussion exception; an instrument table has the sections as columns (allowance and insurance rows)
with lettered notes (harp only, the Leader's violin); annual leave runs by membership service in
consecutive sentences, with rolled-up holiday pay for extras and a separate management-staff
section; releases by seat, absence reporting and parking for members, extras and management staff
in separate paragraphs, a touring per diem table by destination, flight class by seat, and hearing
protection as lists under lead-ins naming sections. Contract (member, extra, management staff),
seat, section, instrument and length of membership. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p><small>Ardenvale Philharmonic intranet &gt; Players and staff &gt; Players' Handbook</small></p>
<h1>Ardenvale Philharmonic: Players' Handbook, 2025-26 Season</h1>
<p><em>Maintained by the Orchestra Management team; last updated 18 August 2025. This page summarises the
Musicians' Agreement between Ardenvale Philharmonic Society Ltd and its member players, and the terms on which we
engage extra players. Management staff will find their own terms in section 9.</em></p>
<p><strong>On this page:</strong> 1 Who's who. 2 Seats, salaries and notice. 3 Calls and the working week.
4 Doubling. 5 Instruments. 6 Leave and releases. 7 If you can't attend. 8 Touring. 9 Management staff. 10 Health
and hearing. 11 At the Maltings.</p>
<h2>1. Who's who</h2>
<p>On this page:</p>
<ul>
<li><strong>Members</strong> are players with a permanent full-time contract under the Musicians' Agreement
(MA).</li>
<li><strong>Extras</strong> are freelance players engaged call by call, when a programme needs more players than
the membership or to cover a vacancy.</li>
<li><strong>Management staff</strong> are the salaried office team: orchestra management, marketing, learning and
participation, development and finance.</li>
<li><strong>OM</strong> is the Orchestra Manager. The <strong>Fixer</strong> is the Deputy Orchestra Manager, who
books extras and deputies.</li>
<li>A <strong>call</strong> is a rehearsal, concert, recording session or education session lasting no more than
three hours.</li>
</ul>
<p>Every member sits in one of four sections: Strings (violins, violas, cellos and double basses), Woodwind, Brass,
and <strong>PHK</strong>, which is percussion, timpani, harp and keyboards. Within a section, each member holds one
of these seats:</p>
<ul>
<li><strong>Leader</strong>: the principal first violin, who leads the whole orchestra;</li>
<li><strong>Principals</strong>: the head of each group of instruments, for example Principal Oboe or Principal
Timpani;</li>
<li><strong>Sub-principals</strong>: the second desk of each string section, and the second player of each
woodwind and brass group;</li>
<li><strong>Rank and file</strong>: all other members, including tutti strings and third players.</li>
</ul>
<p>Extras are engaged for a particular seat in a particular programme. Nothing in sections 2 to 6 applies to them
unless it says so.</p>
""",
    """
<h2>2. Seats, salaries and notice</h2>
<table>
<tr><th>Seat</th><th>Weekly salary from 1 September 2025</th><th>Trial period</th><th>Notice to resign</th></tr>
<tr><td>Leader</td><td>£1,386.00</td><td>12 months</td><td>six months</td></tr>
<tr><td>Principal</td><td>£1,024.50</td><td>12 months</td><td>six months</td></tr>
<tr><td>Sub-principal</td><td>£918.20</td><td>9 months</td><td>four months</td></tr>
<tr><td>Rank and file</td><td>£842.75</td><td>6 months</td><td>three months</td></tr>
</table>
<p>Salaries are paid monthly, on the 25th. Extras are paid per call. A rehearsal call pays £168.
An extra engaged for a concert call is paid £212. Extras engaged as a principal receive a supplement of 20%, and
holiday pay is added to each fee (see 6.4).</p>
<h2>3. Calls and the working week</h2>
<p>3.1 Members are called for no more than 8 calls in a week and no more than 2 calls in a day, or 3 on a touring
day.</p>
<p>3.2 Every call of more than 2 hours 15 minutes includes a break of at least 20 minutes.</p>
<p>3.3 The schedule is published six weeks ahead. Changes inside that period need the agreement of the players'
committee.</p>
<p>3.4 Concert dress is all black: black tie or equivalent for evening concerts, and smart blacks for daytime
and schools concerts. Members receive a concert dress allowance of £240 a season. Extras provide their own.</p>
<h2>4. Doubling</h2>
<p>A member who plays a second instrument in the same call (a double) is paid a doubling fee for each call, on
top of salary:</p>
<table>
<tr><th>Instrument doubled</th><th>Fee per call</th></tr>
<tr><td>Piccolo or alto flute</td><td>£24.50</td></tr>
<tr><td>Cor anglais or oboe d'amore</td><td>£27.00</td></tr>
<tr><td>E-flat clarinet or bass clarinet</td><td>£26.20</td></tr>
<tr><td>Contrabassoon</td><td>£31.40</td></tr>
<tr><td>Wagner tuba</td><td>£35.80</td></tr>
</table>
<p>Members of the percussion section do not receive doubling fees, since moving between instruments is the
normal work of their seats. Extras who double are paid the same fees as members.</p>
""",
    """
<h2>5. Instruments</h2>
<p>5.1 Members own and maintain their own instruments, except where noted below. The Society pays an annual
instrument allowance each September and insures members' instruments while on orchestra business:</p>
<table>
<tr><th></th><th>Strings</th><th>Woodwind</th><th>Brass</th><th>PHK</th></tr>
<tr><td>Annual instrument allowance</td><td>£385</td><td>£540</td><td>£310</td><td>£460 (note a)</td></tr>
<tr><td>Insurance cover for each member</td><td>up to £180,000 (note b)</td><td>up to £40,000</td><td>up to
£25,000</td><td>up to £60,000</td></tr>
</table>
<p><small>Note a: for the harp only. Percussion, timpani and keyboard instruments belong to the Society, which
maintains them, so their players carry no allowance.<br>
Note b: the Leader's violin is insured separately, for up to £1,200,000.</small></p>
<p>5.2 Report any damage to the OM within 48 hours. Repairs are claimed on the Society's insurance only above the
£250 excess; smaller repairs come out of the allowance.</p>
<h2>6. Leave and releases</h2>
<p>6.1 The leave year follows the season, 1 September to 31 August. Members receive 30 days' annual leave, 20 of
which are taken in the summer break, the four weeks from the first Monday in August. The remaining days are taken
in weeks without concerts, by agreement with the OM.</p>
<p>6.2 Members with ten years' continuous membership receive 33 days.</p>
<p>6.3 After twenty years' continuous membership, a member's leave rises to 36 days.</p>
<p>6.4 Extras do not accrue leave. Holiday pay of 12.07% is added to every fee and shown separately on the
payslip.</p>
<p>6.5 <strong>Releases.</strong> A member may ask to be released from calls to take outside work, such as solo,
chamber or session engagements, by applying to the OM at least six weeks ahead. The Leader may be released for up
to 20 days a season. Principals may be released for up to 14 days a season, and must propose a deputy for the
Fixer to approve. Sub-principals and rank and file members may be released for up to 9 days a season.</p>
<h2>7. If you can't attend</h2>
<p>7.1 Members phone the OM's absence line, 01632 960 118, by 09:30 on the day, or at least two hours before the
call if your first call begins after midday. Sick pay under the MA is full salary for 12 weeks in any rolling
year.</p>
<p>7.2 If you are an extra, tell the Fixer straight away by phone so that a replacement can be booked. Extras are
paid only for calls they attend.</p>
<p>7.3 Management staff tell their line manager by 09:00 on the first day of absence.</p>
""",
    """
<h2>8. Touring</h2>
<p>8.1 On tour, the Society pays for travel and hotels, and a daily allowance (per diem) for meals and
incidentals. Members and extras receive the same per diem:</p>
<table>
<tr><th>Tour destination</th><th>Per diem</th></tr>
<tr><td>United Kingdom, with an overnight stay</td><td>£41 a day</td></tr>
<tr><td>Europe</td><td>€78 a day</td></tr>
<tr><td>North America</td><td>US$104 a day</td></tr>
</table>
<p>8.2 On flights scheduled for more than five hours, the Leader and Principals travel in premium economy. Every
other player travels in economy with an extra-legroom seat, booked wherever the airline offers one.</p>
<p>8.3 Cellos fly in a purchased seat beside their player; double basses travel in flight cases in the hold,
arranged by the Stage Manager.</p>
<h2>9. Management staff</h2>
<p>9.1 Management staff work 35 hours a week, Monday to Friday, and take evening and weekend concert duty on a
rota. Each evening concert duty earns 4 hours of time off in lieu.</p>
<p>9.2 Management staff receive 27 days' annual leave a year plus bank holidays. This rises to 29 days after five
years' service.</p>
<p>9.3 Management staff may not take leave in the week of the season launch concert in late September.</p>
""",
    """
<h2>10. Health and hearing</h2>
<p>The Society's noise assessment puts every section above the upper exposure action value, so hearing protection
is compulsory in rehearsal. What we provide depends on where you sit.</p>
<p>Brass and PHK players:</p>
<ul>
<li>custom-moulded musicians' earplugs, replaced every two years at the Society's cost;</li>
<li>an annual hearing test with our occupational health provider.</li>
</ul>
<p>Strings and woodwind players:</p>
<ul>
<li>custom-moulded earplugs on request;</li>
<li>a hearing test every three years;</li>
<li>an acoustic screen for anyone seated directly in front of the brass or percussion.</li>
</ul>
<p>All members may also have up to six physiotherapy sessions a season at the Society's cost.</p>
<h2>11. At the Maltings</h2>
<p>Our home is Maltings Hall, Quay Street, Ardenvale. The stage door opens 90 minutes before the first call of the
day.</p>
<p>Members park free in the Dock Lane car park, showing their MA permit. Extras collect a day voucher for the
Wharf Street multi-storey from the stage door. Management staff may use Dock Lane only after 17:30, and otherwise
pay the staff rate of £3.20 a day at Wharf Street.</p>
<p>Each member has a locker in the band room; extras use the players' cloakroom.</p>
<p><small>Page history: 18 Aug 2025, per diems updated for the season (OM). 3 Jul 2025, doubling table
reformatted (Fixer). 1 Sep 2024, page created (Orchestra Management).</small></p>
""",
)

USERS = (
    User(
        "ap-sofia",
        ("I'm a rank-and-file second violin, a member of the orchestra.", "I've been a member for twelve years."),
    ),
    User("ap-gareth", ("I'm Principal Oboe, and I double on cor anglais.", "I joined four seasons ago.")),
    User("ap-hannah", ("I freelance with Ardenvale as an extra horn player.",)),
    User("ap-dev", ("I'm sub-principal trombone.", "I've been a member for twenty-two years.")),
    User("ap-ines", ("I'm a member of the percussion section.",)),
    User("ap-colm", ("I work in the marketing team at Ardenvale.", "I've been here six years.")),
    User("ap-ruth", ("I've just been appointed Principal Harp.",)),
    User("ap-lee", ("I play with the orchestra.",)),
)

LEAVE = {
    "member, under ten years": "30 days' annual leave",
    "member, ten to twenty years": "33 days",
    "member, twenty years or more": "36 days",
    "extra": "12.07%",
    "management staff, under five years": "27 days' annual leave",
    "management staff, five years or more": "29 days",
}
MEMBER_LEAVE = {k: v for k, v in LEAVE.items() if k.startswith("member")}
PLAYER_LEAVE = {k: v for k, v in LEAVE.items() if not k.startswith("management")}
SALARY = {"Leader": "£1,386.00", "Principal": "£1,024.50", "Sub-principal": "£918.20", "Rank and file": "£842.75"}
TRIAL = {"Leader and Principals": "12 months", "Sub-principal": "9 months", "Rank and file": "6 months"}
NOTICE = {"Leader and Principals": "six months", "Sub-principal": "four months", "Rank and file": "three months"}
DOUBLING = {
    "piccolo": "£24.50",
    "cor anglais": "£27.00",
    "clarinet": "£26.20",
    "contrabassoon": "£31.40",
    "Wagner tuba": "£35.80",
    "percussion": "do not receive doubling fees",
}
ALLOWANCE = {
    "Strings": "£385",
    "Woodwind": "£540",
    "Brass": "£310",
    "harp": "£460",
    "percussion": "carry no allowance",
}
INSURANCE = {
    "Strings": "up to £180,000",
    "Woodwind": "up to £40,000",
    "Brass": "up to £25,000",
    "PHK": "up to £60,000",
    "Leader": "£1,200,000",
}
RELEASE = {"Leader": "20 days a season", "Principals": "14 days a season", "others": "9 days a season"}
ABSENCE = {"member": "by 09:30", "extra": "tell the Fixer", "management staff": "line manager by 09:00"}
PLAYER_ABSENCE = {"member": "by 09:30", "extra": "tell the Fixer"}
FLIGHTS = {"Leader and Principals": "premium economy", "others": "extra-legroom seat"}
HEARING = {"Brass and PHK": "annual hearing test", "Strings and woodwind": "a hearing test every three years"}
PARKING = {
    "member": "free in the Dock Lane car park",
    "extra": "day voucher",
    "management staff": "only after 17:30",
}

QUESTIONS = (
    rule_question("ap-sofia", "How many days of annual leave do I have?", LEAVE, "member, ten to twenty years"),
    rule_question("ap-sofia", "What's my weekly salary?", SALARY, "Rank and file"),
    rule_question("ap-sofia", "What instrument allowance do I get?", ALLOWANCE, "Strings"),
    rule_question("ap-sofia", "How often do I get my hearing tested?", HEARING, "Strings and woodwind"),
    rule_question("ap-sofia", "How many days can I be released for outside work?", RELEASE, "others"),
    rule_question("ap-sofia", "What seat do I get on a long-haul tour flight?", FLIGHTS, "others"),
    rule_question("ap-gareth", "How many days of annual leave do I have?", LEAVE, "member, under ten years"),
    rule_question("ap-gareth", "What do I get paid when I double?", DOUBLING, "cor anglais"),
    rule_question("ap-gareth", "How much is the annual instrument allowance for me?", ALLOWANCE, "Woodwind"),
    rule_question("ap-gareth", "How many release days can I take this season?", RELEASE, "Principals"),
    rule_question("ap-gareth", "Which class do I fly on tour?", FLIGHTS, "Leader and Principals"),
    rule_question("ap-gareth", "How much notice would I have to give?", NOTICE, "Leader and Principals"),
    rule_question("ap-hannah", "How many days of annual leave do I have?", LEAVE, "extra"),
    rule_question("ap-hannah", "Who do I tell if I'm ill and can't make a rehearsal?", ABSENCE, "extra"),
    rule_question("ap-hannah", "Where can I park at the Maltings?", PARKING, "extra"),
    general_question("ap-hannah", "What's the fee for a concert call?", "£212", ("£168",)),
    rule_question("ap-dev", "How many days of annual leave do I have?", LEAVE, "member, twenty years or more"),
    rule_question("ap-dev", "What is the weekly salary for my seat?", SALARY, "Sub-principal"),
    rule_question("ap-dev", "What's my instrument allowance?", ALLOWANCE, "Brass"),
    rule_question("ap-dev", "How often is my hearing checked?", HEARING, "Brass and PHK"),
    rule_question("ap-dev", "How much notice do I need to give to leave?", NOTICE, "Sub-principal"),
    rule_question("ap-ines", "How many days of annual leave do I have?", MEMBER_LEAVE, None),
    rule_question("ap-ines", "Do I get an instrument allowance?", ALLOWANCE, "percussion"),
    rule_question("ap-ines", "Is there a doubling fee when I switch instruments?", DOUBLING, "percussion"),
    rule_question("ap-ines", "What hearing tests am I offered?", HEARING, "Brass and PHK"),
    rule_question("ap-ines", "What's my weekly salary?", SALARY, None),
    rule_question("ap-colm", "How many days of annual leave do I have?", LEAVE, "management staff, five years or more"),
    rule_question("ap-colm", "Who do I call when I'm off sick?", ABSENCE, "management staff"),
    rule_question("ap-colm", "Can I park at Dock Lane?", PARKING, "management staff"),
    general_question("ap-colm", "How many hours a week do I work?", "35 hours a week"),
    rule_question("ap-ruth", "How many days of annual leave do I have?", LEAVE, "member, under ten years"),
    rule_question("ap-ruth", "How long is my trial period?", TRIAL, "Leader and Principals"),
    rule_question("ap-ruth", "Is there an instrument allowance for me?", ALLOWANCE, "harp"),
    rule_question("ap-ruth", "How much is my instrument insured for?", INSURANCE, "PHK"),
    rule_question("ap-ruth", "What will my weekly salary be?", SALARY, "Principal"),
    rule_question("ap-lee", "How many days of annual leave do I have?", PLAYER_LEAVE, None),
    rule_question("ap-lee", "Who do I tell if I can't make a call?", PLAYER_ABSENCE, None),
    general_question("ap-lee", "What's the per diem on the European tour?", "€78 a day", ("£41 a day", "US$104 a day")),
)

HANDBOOK = Handbook(
    name="ardenvale",
    title="Ardenvale Philharmonic: Players' Handbook, 2025-26 Season",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
