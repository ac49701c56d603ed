"""Hopewell International: an international charity's people handbook in warm, mission-driven
prose, with a glossary at the start, boxed "In practice" examples, and a country annex table at
the end. Rules are keyed by where people work (Hopewell House directorates, regional fundraising
teams, shops, overseas duty stations), by role and band, by contract type (national contract vs
international posting, volunteer vs paid), by joining date and service, and by a duty station's
security level, which is given only in the annex. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Hopewell International: Our People Handbook</h1>
<p><em>For everyone who gives their working life or their spare time to Hopewell: at Hopewell House, in our
regions, in our shops and in our country offices. Seventh edition, April 2025.</em></p>
<h2>A welcome from our Chief Executive</h2>
<p>Every day, somewhere in the world, a family that has lost almost everything starts again with a little help
from Hopewell. A farmer in Turkana replants with drought-tolerant seed; a girl in Cox's Bazar goes back to
school; a mother in Juba gets clean water close to home. None of it happens without you: the volunteer sorting
donations on a wet Tuesday, the fundraiser at a village fete, the logistician loading a truck at dawn.</p>
<p>This handbook is our promise about how we look after the people who make that work possible. Where something
differs depending on where or how you work, we say so; where a national contract or local law gives you something
different, that takes precedence (see 4.1). If you are ever unsure, please ask. <em>Miriam Achterberg, Chief
Executive</em></p>
<h2>How to use this handbook</h2>
<p>Part 1 covers paid colleagues in the UK, Part 2 volunteers, Part 3 expenses and Part 4 working overseas;
Annex A lists every duty station. <strong>In practice</strong> boxes show how a rule works for a real colleague.</p>
<h2>Words we use</h2>
<table>
<tr><th>Term</th><th>What we mean</th></tr>
<tr><td>Hopewell House (HO)</td><td>Our head office in Bristol. HO colleagues belong to one of three directorates:
Fundraising &amp; Marketing; Finance, People &amp; IT; and Programmes &amp; International.</td></tr>
<tr><td>Regional fundraising teams (RFTs)</td><td>Home-based fundraisers in five regions: Scotland, North, Midlands,
South West, and London &amp; South East. The North team covers Yorkshire, the North East and the North West.</td></tr>
<tr><td>Shop colleagues</td><td>Paid staff in our 131 charity shops: Retail Assistants (Band 1), Deputy Shop
Managers (Band 2) and Shop Managers (Band 3), supported by Area Managers.</td></tr>
<tr><td>Bands</td><td>Our UK pay bands, 1 to 7. Regional fundraisers are Band 3 or 4; directors are Band 7.</td></tr>
<tr><td>Volunteer</td><td>Someone who gives their time freely; not an employee (see Part 2).</td></tr>
<tr><td>Country office (CO); duty station</td><td>Our office in a country, led by a Country Director (CD); the
town where you are based, such as Juba or Lodwar.</td></tr>
<tr><td>National staff</td><td>Colleagues employed by a country office under that country's law, on a national
contract.</td></tr>
<tr><td>International staff (IS)</td><td>Colleagues on a UK contract sent to a duty station on an international
posting.</td></tr>
<tr><td>Security level; SFP</td><td>Level 1 (low) to Level 4 (severe), set for each duty station (see 4.5 and
Annex A); the Security Focal Point in each country office.</td></tr>
<tr><td>R&amp;R</td><td>Rest and recuperation: a short break from a demanding duty station (4.4).</td></tr>
</table>
""",
    """
<h2>Part 1: Working with us in the UK</h2>
<h3>1.1 Hours and where you work</h3>
<p>A full-time week at Hopewell House is 35 hours. We work flexitime, but please be working between 10:00 and
16:00 unless your manager has agreed otherwise. HO colleagues spend at least two days a week at Hopewell House,
one of which is their directorate's anchor day: Tuesdays for Fundraising &amp; Marketing, Wednesdays for
Finance, People &amp; IT, and Thursdays for Programmes &amp; International.</p>
<p>Regional fundraisers also work a 35-hour week, planned around events rather than core hours, and receive a
homeworking allowance of £18 a month. Weekend events are repaid as time off in lieu at time and a half. In our
shops, a full-time week is 37.5 hours over five days out of seven, on a rota your Shop Manager publishes three
weeks ahead.</p>
<h3>1.2 Annual leave</h3>
<p>Paid colleagues in the UK receive 26 days' annual leave plus bank holidays (pro rata if you work part-time).
After five years' continuous service this rises to 29 days. You may carry up to five days into the next leave
year. Because the run-up to Christmas is our busiest and most important time, shop colleagues cannot take leave
between 1 and 24 December unless their Area Manager agrees. Leave for colleagues overseas is in 4.2.</p>
<h3>1.3 Sundays and keys in our shops</h3>
<p>Retail Assistants and Deputy Shop Managers who joined Hopewell before 1 April 2016 keep the Sunday premium
they were recruited on: time and a third for every Sunday hour. Colleagues who joined on or after that date are
paid the normal hourly rate, as Sundays are part of the ordinary seven-day rota.</p>
<p>Shop Managers are salaried. If you are rostered on a Sunday, you take a day off in lieu in the same or the
following week. Shop Managers receive a keyholder allowance of £35 a month for opening up, locking up and
answering alarm calls; a Deputy Shop Manager who is named second keyholder receives £20 a month.</p>
<table><tr><td><strong>In practice</strong><br/>Marta joined our Frome shop as a Retail Assistant in 2019 and works one
Sunday in four. She is paid her normal hourly rate for those hours and they count towards her 37.5. Her colleague
Ken has worked there since 2011, so his Sunday hours are paid at time and a third.</td></tr></table>
<h3>1.4 Buying from our shops</h3>
<p>Paid colleagues receive a 25% discount in any Hopewell shop. To be fair to our customers, no one, whether staff
or volunteer, may buy donated stock until it has been priced and on the shop floor for 48 hours.</p>
<h3>1.5 Notice</h3>
<p>If you decide to leave us, please give notice in writing to your manager. The notice you give (and that we
give you) depends on your band:</p>
<ul>
<li>Bands 1 and 2: two weeks;</li>
<li>Bands 3 to 5: one month;</li>
<li>Bands 6 and 7: three months.</li>
</ul>
<p>International staff give a different period, whatever their band: see 4.3.</p>
""",
    """
<h2>Part 2: Our volunteers</h2>
<p>More than 6,000 people volunteer with Hopewell, most of them in our shops. You are the heart of this charity,
and we never take your time for granted. Volunteering is not employment: there is no contract, and you are free
to change your hours or stop whenever you wish. Your shop manager or volunteer coordinator will agree a role
description and a Volunteer Agreement with you.</p>
<ul>
<li><strong>Expenses.</strong> No one should be out of pocket for volunteering. You can claim travel (public
transport at cost, or 45p per mile in your own car) and lunch of up to £6.50 on any day you volunteer for four
hours or more. Claim monthly on form VE1 through your shop manager or coordinator.</li>
<li><strong>Shop discount.</strong> Volunteers receive 15% off in any Hopewell shop. The 48-hour rule in 1.4
applies to you too.</li>
<li><strong>Overseas.</strong> We do not place volunteers at Level 3 or Level 4 duty stations.</li>
</ul>
<h3>Keeping People Safe: for everyone</h3>
<p>Every member of staff and every volunteer, wherever they are, completes our Keeping People Safe safeguarding
course within their first four weeks and refreshes it every two years. If you are worried about a child or
adult, tell your safeguarding lead the same day.</p>
<h2>Part 3: Expenses</h2>
<p>Every pound we spend was given by someone who trusts us. Please spend it as carefully as you would your own,
and claim within 60 days through Expend, with receipts.</p>
<h3>3.1 Travelling by car</h3>
<p>If you use your own car for Hopewell business you can claim 45p per mile for the first 10,000 business miles
in a tax year and 25p per mile after that. Your usual journey to work is not business travel.</p>
<p>Because their patches are so large, regional fundraisers in the Scotland and North teams are given a lease
car. Lease car drivers claim fuel for business journeys at the HMRC advisory fuel rate for their car, and
cannot claim a mileage rate. Fundraisers in the Midlands, South West and London &amp; South East use their own
car or public transport.</p>
<h3>3.2 Meals and overnight stays</h3>
<p>When you work away from your usual workplace, you can claim up to £7 for a meal if you are away more than five
hours, or up to £15 if more than ten hours. Hotels are booked through the travel desk: up to £125 a night in
London and £90 a night elsewhere in the UK, breakfast included. Rail travel is standard class.</p>
<table><tr><td><strong>In practice</strong><br/>Ruth, a Midlands fundraiser, drives 60 miles in her own car to a school
assembly and a supermarket collection, and is away from home for eleven hours. She claims 60 miles at 45p
(£27.00) and a meal of up to £15. Had she been in the North team, she would have driven her lease car and
claimed only the fuel.</td></tr></table>
<h3>3.3 Travel overseas</h3>
<p>Flights are economy class on every route. While travelling you receive the per diem set by the country office
you are visiting; national staff travelling outside their own country are paid the same per diem as international
staff.</p>
""",
    """
<h2>Part 4: Working overseas</h2>
<h3>4.1 Two kinds of contract</h3>
<p>Most of the people who deliver our programmes are national staff, employed by the country office on a national
contract. Their terms follow the law of their country and the country office's own staff handbook; where that
handbook or local law says something different from this one, it applies. International staff are employed in
the UK and sent on a posting, usually of two years, to a duty station.</p>
<h3>4.2 Annual leave overseas</h3>
<p>International staff receive 30 days' annual leave plus the public holidays of their duty station. National
staff receive the leave shown for their country in Annex A, plus that country's public holidays.</p>
<h3>4.3 Notice for international staff</h3>
<p>So that we can recruit and brief a successor, international staff give two months' notice, whatever their
band.</p>
<h3>4.4 Hardship allowance, R&amp;R and home leave</h3>
<p>Some duty stations are hard places to live and work. International staff there receive a hardship allowance,
paid monthly as a percentage of base salary, and regular R&amp;R: five working days away plus travel time, with an
economy return flight to an approved destination. The rate and the R&amp;R cycle for each duty station are in
Annex A; R&amp;R cannot be saved up or carried over. International staff also receive one return flight home for
every 12 months of a posting.</p>
<p>Hardship allowance and R&amp;R are for international staff only. National staff working at a Level 3 or
Level 4 duty station instead receive a location allowance of 10% of base salary through their national
contract.</p>
<h3>4.5 Staying safe</h3>
<p>Our Global Security Adviser sets a security level for every duty station (Annex A). The rules for each level
apply to everyone at that duty station, national and international staff alike, and to visitors from the UK.</p>
<table>
<tr><th>Level</th><th>What it means for you</th></tr>
<tr><td>Level 1 (low)</td><td>Normal sensible precautions. Hopewell sets no curfew.</td></tr>
<tr><td>Level 2 (moderate)</td><td>Tell the SFP before any road journey outside the city. Curfew 23:00.</td></tr>
<tr><td>Level 3 (high)</td><td>Journeys outside town in two vehicles, with radio check-ins. Curfew 21:00.
International staff complete HEAT (Hostile Environment Awareness Training) before arriving.</td></tr>
<tr><td>Level 4 (severe)</td><td>Every movement approved by the CD the day before. Curfew 18:30. A hibernation
kit in every residence. Essential international staff only; HEAT before arriving.</td></tr>
</table>
<table><tr><td><strong>In practice</strong><br/>Sam from Programmes &amp; International visits the Dhaka office for a week.
Dhaka is Level 2, so Sam lets the SFP know before driving out to a partner's project and is back at the guesthouse
before curfew. Had the visit been to a Level 3 or Level 4 duty station, Sam would have completed HEAT first.</td></tr></table>
""",
    """
<h2>Annex A: Our country offices and duty stations</h2>
<p>Security levels are reviewed every month by the Global Security Adviser; if a level changes, the new rules in
4.5 apply straight away and a new hardship rate applies from the next payroll. Hardship allowance and R&amp;R
are paid to international staff only (4.4). The last column is the annual leave for national staff (4.2).</p>
<table>
<tr><th>Country office</th><th>Duty station</th><th>Security level</th><th>Hardship allowance (IS)</th><th>R&amp;R cycle (IS)</th><th>National staff leave</th></tr>
<tr><td>Kenya</td><td>Nairobi (CO)</td><td>Level 2</td><td>None</td><td>None</td><td>24 days</td></tr>
<tr><td>Kenya</td><td>Lodwar field base</td><td>Level 3</td><td>15%</td><td>Every 12 weeks</td><td>24 days</td></tr>
<tr><td>South Sudan</td><td>Juba (CO)</td><td>Level 4</td><td>25%</td><td>Every 6 weeks</td><td>22 days</td></tr>
<tr><td>Bangladesh</td><td>Dhaka (CO)</td><td>Level 2</td><td>8%</td><td>None</td><td>20 days</td></tr>
<tr><td>Bangladesh</td><td>Cox's Bazar field office</td><td>Level 3</td><td>20%</td><td>Every 10 weeks</td><td>20 days</td></tr>
<tr><td>Jordan</td><td>Amman (CO)</td><td>Level 1</td><td>None</td><td>None</td><td>21 days</td></tr>
<tr><td>Malawi</td><td>Lilongwe (CO)</td><td>Level 1</td><td>None</td><td>None</td><td>18 days</td></tr>
</table>
<p>Accompanied postings (with partner or children) are possible at Level 1 and Level 2 duty stations only. Country
Directors can tell you about local arrangements such as housing, medical cover and the working week.</p>
<p><em>Thank you for all that you do for Hopewell and for the people we serve.</em></p>
""",
)

USERS = (
    User(
        "hw-amina",
        ("I'm a programme officer in our Juba office.", "I'm out here on an international posting, UK contract."),
    ),
    User("hw-joseph", ("I'm Kenyan, employed on a national contract.", "I'm based at the Lodwar field base.")),
    User("hw-farhana", ("I work in the Cox's Bazar office.",)),
    User("hw-gareth", ("I manage our shop in Abergavenny.",)),
    User("hw-priya", ("I'm a retail assistant in the Stroud shop.", "I've been with Hopewell since March 2014.")),
    User("hw-tom", ("I do community fundraising across Yorkshire, working from home.", "I'm on band 4.")),
    User("hw-elena", ("I volunteer a couple of afternoons a week in our Clifton shop.",)),
    User("hw-david", ("I'm in the finance team at Hopewell House.",)),
)

HARDSHIP_IS = {"Juba": "25%", "Lodwar": "15%", "Cox's Bazar": "20%", "Dhaka": "8%"}
HARDSHIP_LODWAR = {"international": "15%", "national": ("location allowance", "10%")}
HARDSHIP_COX = {"international": "20%", "national": "10%"}
RR = {"Juba": "every 6 weeks", "Lodwar": "every 12 weeks", "Cox's Bazar": "every 10 weeks"}
CURFEW = {"Level 2": "23:00", "Level 3": "21:00", "Level 4": "18:30"}
LEAVE = {
    "UK": "26 days",
    "UK five years": "29 days",
    "international": "30 days",
    "Kenya national": "24 days",
    "South Sudan national": "22 days",
    "Bangladesh national": "20 days",
    "Jordan national": "21 days",
    "Malawi national": "18 days",
}
LEAVE_COX = {"international": "30 days", "national": "20 days"}
LEAVE_UK = {"under five years": "26 days", "five years or more": "29 days"}
NOTICE = {
    "Bands 1-2": "two weeks",
    "Bands 3-5": "one month",
    "Bands 6-7": "three months",
    "international": "two months",
}
SUNDAY = {
    "joined before April 2016": "time and a third",
    "joined later": "normal hourly rate",
    "Shop Manager": "day off in lieu",
}
KEYHOLDER = {"Shop Manager": "£35 a month", "Deputy Shop Manager": "£20 a month"}
DISCOUNT = {"paid": "25%", "volunteer": "15%"}
MILEAGE = {"own car": "45p per mile", "lease car": "advisory fuel rate"}
ANCHOR = {
    "Fundraising & Marketing": "Tuesdays",
    "Finance, People & IT": "Wednesdays",
    "Programmes & International": "Thursdays",
}

QUESTIONS = (
    rule_question("hw-amina", "What hardship allowance do I get here?", HARDSHIP_IS, "Juba"),
    rule_question("hw-amina", "How often do I get R&R?", RR, "Juba"),
    rule_question("hw-amina", "What time do I need to be in by at night?", CURFEW, "Level 4"),
    rule_question("hw-amina", "If I resign, how much notice do I have to give?", NOTICE, "international"),
    rule_question("hw-amina", "How many days of annual leave am I entitled to?", LEAVE, "international"),
    rule_question("hw-joseph", "How many days' holiday do I get each year?", LEAVE, "Kenya national"),
    rule_question("hw-joseph", "Am I entitled to the hardship allowance?", HARDSHIP_LODWAR, "national"),
    rule_question("hw-joseph", "Is there a curfew where I am, and what time?", CURFEW, "Level 3"),
    rule_question("hw-farhana", "What's our curfew?", CURFEW, "Level 3"),
    rule_question("hw-farhana", "What hardship or location allowance am I paid?", HARDSHIP_COX, None),
    rule_question("hw-farhana", "How much annual leave do I have?", LEAVE_COX, None),
    rule_question("hw-gareth", "Do I get anything extra for being the keyholder?", KEYHOLDER, "Shop Manager"),
    rule_question("hw-gareth", "What do I get if I'm on the rota for a Sunday?", SUNDAY, "Shop Manager"),
    rule_question("hw-gareth", "How much notice would I need to give if I left?", NOTICE, "Bands 3-5"),
    rule_question("hw-priya", "Do I get paid extra for working Sundays?", SUNDAY, "joined before April 2016"),
    general_question("hw-priya", "Can I book a week off in early December?", "24 December"),
    rule_question("hw-priya", "What discount do I get in the shops?", DISCOUNT, "paid"),
    rule_question("hw-tom", "What can I claim for driving to events?", MILEAGE, "lease car"),
    general_question("hw-tom", "I've got a conference in London, how much can the hotel cost?", "£125", ("£90",)),
    rule_question("hw-tom", "How many days' holiday do I get?", LEAVE_UK, None),
    rule_question("hw-tom", "what's my notice period?", NOTICE, "Bands 3-5"),
    general_question("hw-elena", "Can I claim anything for lunch?", "£6.50"),
    rule_question("hw-elena", "Do volunteers get a discount in the shops?", DISCOUNT, "volunteer"),
    general_question("hw-elena", "Do I have to do any safeguarding training?", ("Keeping People Safe", "four weeks")),
    rule_question("hw-david", "Which day am I expected in the office?", ANCHOR, "Finance, People & IT"),
    general_question("hw-david", "Are there core hours I have to be working?", "10:00 and 16:00"),
    rule_question("hw-david", "How long is my notice period?", NOTICE, None),
    rule_question("hw-david", "What's the mileage rate if I use my own car for work?", MILEAGE, "own car"),
)

HANDBOOK = Handbook(
    name="hopewell",
    title="Hopewell International: Our People Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
