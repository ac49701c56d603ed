"""Meridale Hotels & Restaurants: the Team Handbook of a hospitality group with hotels and restaurants in three
countries (United Kingdom, Ireland, Portugal), written in a warm brand voice ("our people", "at a glance" lines).
Six properties (a hotel and a standalone restaurant in each country, named once in a table, so a user who names a
city or a property has to be placed in a country and an outlet type) and a Group Support Office. Four grades (G1
to G4) and a role library describing twelve roles' grade and responsibilities (so a chef de partie, a night
auditor or a sous chef has to be placed in a grade); one benefits table keyed by benefit x grade band with a
column per country (annual leave, employer pension, health cover) and a footnote that adds a day for Irish G1-G2
team members with five years' service; a night allowance by country inside the Night Auditor's role entry; split
shifts and Sunday premiums by country (Ireland's keyed by grade) in consecutive sentences; and tips and service
charge rules by outlet type (hotel restaurants and bars, standalone restaurants with a tronc split between front of
house and kitchen and a Lisbon exception, banqueting and events, G3-G4 excluded) in a section that runs over the
page break. Grade (via role), country (via city or property), outlet type and length of service. Written blind to
the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Meridale Hotels &amp; Restaurants: Team Handbook</h1>
<p><em>For everyone who works at Meridale, in every country. Edition 6, January 2025. Published by the People &amp;
Culture team, Group Support Office, Bristol.</em></p>
<h2>1. Welcome to Meridale</h2>
<p><strong>At a glance:</strong> six places, three countries, one team.</p>
<p>We opened our first hotel on Bristol's harbourside in 2004. Today Meridale is a family of hotels and restaurants
in the United Kingdom, Ireland and Portugal, with around 900 people. Wherever you work, you'll find the same
promise: look after our guests the way you'd look after your own, and we'll look after you.</p>
<table>
<tr><th>Country</th><th>Hotel</th><th>Standalone restaurant</th></tr>
<tr><td>United Kingdom</td><td>The Harbour Hotel, Bristol (Quayside Grill, Harbour Bar, private dining)</td>
<td>The Salt Room, Bath</td></tr>
<tr><td>Ireland</td><td>Meridale Quay Hotel, Galway (Quay Kitchen, the Long Bar, the Corrib Suite for banqueting)</td>
<td>Meridale Kitchen, Dublin</td></tr>
<tr><td>Portugal</td><td>Meridale Ribeira, Porto (Ribeira Terrace restaurant and bar, the Sala Douro for events)</td>
<td>Taberna Meridale, Lisbon</td></tr>
</table>
<p>Our Group Support Office (finance, People &amp; Culture, sales and marketing) is in Bristol, and its team are
employed in the United Kingdom.</p>
<h2>2. Grades</h2>
<p>Every role at Meridale is in one of four grades. Your grade is on your contract, and the role library in
section 3 shows the grade of each of our most common roles.</p>
<ul>
<li><strong>G1</strong>: team members.</li>
<li><strong>G2</strong>: supervisors and skilled specialists.</li>
<li><strong>G3</strong>: managers and department heads.</li>
<li><strong>G4</strong>: general managers, head chefs and Group Support Office leaders.</li>
</ul>
<p>Group Support Office roles are graded individually; your grade is in your offer letter.</p>
<h2>3. Role library</h2>
<p><strong>At a glance:</strong> what each role does, and its grade.</p>
<p><strong>Front Office Agent (G1).</strong> Checks guests in and out, takes payments and reservations, and is the
first person our guests meet. Works earlies (07:00 to 15:00) or lates (15:00 to 23:00).</p>
<p><strong>Night Auditor (G2).</strong> Runs reception overnight, closes the business day in the property system,
balances the day's takings and prepares the morning reports. Night Auditors receive a night allowance for every
hour worked between 23:00 and 07:00: &pound;2.10 an hour in the United Kingdom, &euro;2.25 an hour in Ireland and
25% of the hourly rate in Portugal.</p>
<p><strong>Front Office Manager (G3).</strong> Leads reception, reservations and the concierge desk, and owns guest
satisfaction scores for the hotel.</p>
<p><strong>Room Attendant (G1).</strong> Cleans and prepares guest rooms to our standard, usually 14 rooms a shift,
and reports maintenance faults on the housekeeping app.</p>
""",
    """
<p><strong>Kitchen Porter (G1).</strong> Keeps the kitchen running: washing up, cleaning down, receiving deliveries
and rotating stock.</p>
<p><strong>Commis Chef (G1).</strong> Prepares ingredients and cooks under the direction of a chef de partie.</p>
<p><strong>Chef de Partie (G2).</strong> Runs a section of the kitchen (for example grill, larder or pastry) during
service, trains commis chefs and keeps the section's food safety records.</p>
<p><strong>Sous Chef (G3).</strong> Runs the kitchen in the head chef's absence, writes rotas, orders stock and
manages kitchen costs.</p>
<p><strong>Server (G1) and Bartender (G1).</strong> Look after guests in our restaurants and bars, take orders and
payments, and know the menu inside out.</p>
<p><strong>Bar Supervisor (G2).</strong> Runs a bar shift, cashes up, and is the personal licence holder on duty
where the law requires one.</p>
<p><strong>Restaurant Manager (G3).</strong> Leads the front-of-house team of a restaurant, manages bookings and
labour costs, and signs off the weekly tips report.</p>
<p><strong>Events Coordinator (G2).</strong> Plans weddings, conferences and private dining with clients, writes the
event sheets and runs events on the day.</p>
<h2>4. Your benefits</h2>
<p><strong>At a glance:</strong> what you get depends on your country and your grade.</p>
<table>
<tr><th>Benefit</th><th>Grade</th><th>United Kingdom</th><th>Ireland</th><th>Portugal</th></tr>
<tr><td>Annual leave</td><td>G1 and G2</td><td>28 days including bank holidays</td><td>21 days plus public
holidays (2)</td><td>23 working days plus public holidays</td></tr>
<tr><td>Annual leave</td><td>G3 and G4</td><td>31 days including bank holidays</td><td>25 days plus public
holidays</td><td>26 working days plus public holidays</td></tr>
<tr><td>Employer pension contribution</td><td>G1 and G2</td><td>4% of qualifying earnings</td><td>3% of basic pay
(PRSA)</td><td>no company pension (1)</td></tr>
<tr><td>Employer pension contribution</td><td>G3 and G4</td><td>6% of qualifying earnings</td><td>5% of basic pay
(PRSA)</td><td>2.5% of basic salary (PPR)</td></tr>
<tr><td>Health cover</td><td>G1 and G2</td><td>health cash plan worth &pound;400 a year</td><td>health insurance,
50% of the premium paid</td><td>seguro de sa&uacute;de, employee-only cover</td></tr>
<tr><td>Health cover</td><td>G3 and G4</td><td>private medical insurance</td><td>health insurance, 100% of the
premium paid</td><td>seguro de sa&uacute;de, family cover</td></tr>
</table>
<p><small>(1) Team members in Portugal are covered by Seguran&ccedil;a Social; we make the employer contributions it
requires.<br>(2) In Ireland, G1 and G2 team members with five or more years' service receive 22 days plus public
holidays.</small></p>
<p>Everyone, in every country and grade, gets one free meal on every shift from our team kitchen, and 50% off
rooms, food and drink at any Meridale hotel or restaurant (up to 12 room nights a year).</p>
""",
    """
<h2>5. Working time</h2>
<p><strong>At a glance:</strong> rotas, split shifts and Sundays.</p>
<p>Rotas are published at least two weeks ahead on the Meridale Team app. You can swap shifts with a colleague in the
same role if your manager approves the swap in the app.</p>
<p>A split shift is a working day in two parts with an unpaid gap of more than an hour between them. In the United
Kingdom we pay a split-shift allowance of &pound;6.00 for each split shift. In Ireland the split-shift allowance is
&euro;7.50. In Portugal no allowance is paid, because the gap between the two parts may not exceed two hours.</p>
<p>In Ireland, G1 and G2 team members are paid time and a third for every hour worked on a Sunday; for G3 and G4 the
Sunday premium is included in salary. In the United Kingdom and Portugal there is no Sunday premium, because our
rates already reflect weekend working.</p>
<p>Everyone gets a paid 30-minute break on any shift of more than six hours, with the team meal.</p>
<h2>6. Looking after you</h2>
<p>Our Employee Assistance Programme is free and confidential, 24 hours a day, in English and Portuguese: 0800 088
4410 (UK), 1800 903 211 (Ireland), 800 200 415 (Portugal).</p>
<p>Uniform is provided and laundered by us. Kitchen teams receive three sets of chef whites; front of house and
housekeeping teams receive two full uniforms, replaced when worn.</p>
<p>If you are unwell, call your manager (not a text or a message in the app) at least two hours before your shift.
In the United Kingdom and Ireland you can self-certify for up to seven days; in Portugal you need a baixa
m&eacute;dica from the first day.</p>
<h2>7. Tips and service charge</h2>
<p><strong>At a glance:</strong> every cent of tips and service charge goes to our teams. How it is shared depends
on the type of outlet you work in.</p>
<p>7.1 <strong>Who shares.</strong> Tips and service charge are shared among G1 and G2 team members. Team members at
G3 and G4 do not share in tips or service charge. We deduct nothing except the tax and social security the law
requires.</p>
<p>7.2 <strong>Cash tips.</strong> Cash tips handed to you personally, or left in a guest room, are yours to keep.
Please record them on the tips sheet so that they can be reported for tax where the law requires.</p>
<p>7.3 <strong>Hotel restaurants and bars</strong> (Quayside Grill, Harbour Bar, Quay Kitchen, the Long Bar and the
Ribeira Terrace). No service charge is added to bills. Tips paid by card are pooled across all the hotel's food and
beverage outlets and shared by hours worked among everyone in those outlets, including the hotel kitchen, and are
paid with the next month's salary.</p>
""",
    """
<p>7.4 <strong>Standalone restaurants.</strong> At The Salt Room and Meridale Kitchen, a discretionary service charge
of 12.5% is added to every bill. The service charge and card tips go into a tronc run by an independent
troncmaster: 65% to front of house and 35% to the kitchen brigade, shared within each by hours worked and paid
every two weeks. At Taberna Meridale in Lisbon no service charge is added, as it is not the custom in Portugal;
card tips are shared equally among everyone on the rota that week, front and back of house alike, and paid
weekly.</p>
<p>7.5 <strong>Banqueting and events</strong> (private dining at The Harbour Hotel, the Corrib Suite and the Sala
Douro). A service charge of 10% on the event invoice is added to every event. It is shared among the events team
and the casual and permanent staff who worked the event, by hours, and paid with the next month's salary.</p>
<p>7.6 <strong>Transparency.</strong> Each outlet's tips report is on the Meridale Team app by the 10th of the
following month. In Ireland our tips policy is displayed in each outlet, as the Payment of Wages (Amendment) (Tips
and Gratuities) Act 2022 requires. Any question about your share goes to your Restaurant Manager first, then to
People &amp; Culture.</p>
<h2>8. Who to contact</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Pay, tips and payslips</td><td>payroll@meridale.example</td></tr>
<tr><td>Contracts, leave and benefits</td><td>People &amp; Culture, people@meridale.example</td></tr>
<tr><td>Speaking up in confidence</td><td>speakup@meridale.example</td></tr>
</table>
<p><small>What changed in Edition 6: the Irish split-shift allowance rose to &euro;7.50; the Night Auditor allowance
was added to the role library; Taberna Meridale's tips are now paid weekly.</small></p>
""",
)

USERS = (
    User("hg-siobhan", ("Chef de partie at Meridale Kitchen in Dublin.", "Four years with the group.")),
    User("hg-james", ("Front office manager at the Harbour Hotel in Bristol.",)),
    User("hg-ines", ("I'm a room attendant at the hotel in Porto.",)),
    User("hg-tom", ("Bartender at the Quay Hotel, Galway.",)),
    User("hg-beatriz", ("I'm a server at Taberna Meridale.", "Lisbon, since 2022.")),
    User("hg-dan", ("Events coordinator at the Harbour Hotel.",)),
    User("hg-amira", ("Sous chef, The Salt Room in Bath.",)),
    User("hg-luis", ("I'm a night auditor.",)),
    User("hg-claire", ("HR business partner at the Group Support Office in Bristol, grade G4.",)),
    User("hg-rui", ("Kitchen porter in the hotel kitchen in Porto.",)),
    User("hg-noel", ("I'm a team member at one of the hotels.",)),
    User("hg-fiona", ("Restaurant manager at Meridale Kitchen Dublin, G3.", "Nine years with Meridale.")),
)

LEAVE = {
    "UK G1-G2": "28 days",
    "UK G3-G4": "31 days",
    "Ireland G1-G2": "21 days",
    "Ireland G1-G2, five years or more": "22 days",
    "Ireland G3-G4": "25 days",
    "Portugal G1-G2": "23 working days",
    "Portugal G3-G4": "26 working days",
}
IRELAND_G1_G2_LEAVE = {"under five years": "21 days", "five years or more": "22 days"}
G1_G2_LEAVE = {k: v for k, v in LEAVE.items() if "G1-G2" in k}
PENSION = {
    "UK G1-G2": "4% of qualifying earnings",
    "UK G3-G4": "6% of qualifying earnings",
    "Ireland G1-G2": "3% of basic pay",
    "Ireland G3-G4": "5% of basic pay",
    "Portugal G1-G2": "no company pension",
    "Portugal G3-G4": "2.5% of basic salary",
}
HEALTH = {
    "UK G1-G2": "£400 a year",
    "UK G3-G4": "private medical insurance",
    "Ireland G1-G2": "50% of the premium",
    "Ireland G3-G4": "100% of the premium",
    "Portugal G1-G2": "employee-only cover",
    "Portugal G3-G4": "family cover",
}
NIGHT_ALLOWANCE = {"UK": "£2.10 an hour", "Ireland": "€2.25 an hour", "Portugal": "25% of the hourly rate"}
SPLIT_SHIFT = {"UK": "£6.00", "Ireland": "€7.50", "Portugal": "may not exceed two hours"}
SUNDAY = {
    "Ireland G1-G2": "time and a third",
    "Ireland G3-G4": "included in salary",
    "UK and Portugal": "no Sunday premium",
}
TIPS = {
    "hotel restaurants and bars": "pooled across all the hotel's food and beverage outlets",
    "standalone kitchen, UK and Ireland": "35% to the kitchen brigade",
    "Taberna Meridale": "shared equally among everyone on the rota",
    "banqueting and events": "10% on the event invoice",
    "G3 and G4": "do not share in tips",
}

QUESTIONS = (
    rule_question("hg-siobhan", "How much annual leave do I get?", LEAVE, "Ireland G1-G2"),
    rule_question("hg-siobhan", "Do I get extra for working Sundays?", SUNDAY, "Ireland G1-G2"),
    rule_question("hg-siobhan", "How are tips shared with me?", TIPS, "standalone kitchen, UK and Ireland"),
    rule_question("hg-siobhan", "Is there an allowance for split shifts?", SPLIT_SHIFT, "Ireland"),
    rule_question("hg-james", "How many days' holiday do I get?", LEAVE, "UK G3-G4"),
    rule_question("hg-james", "What does Meridale pay into my pension?", PENSION, "UK G3-G4"),
    rule_question("hg-james", "What health cover do I get?", HEALTH, "UK G3-G4"),
    rule_question("hg-james", "Do I get a share of the tips?", TIPS, "G3 and G4"),
    rule_question("hg-ines", "How much holiday do I have a year?", LEAVE, "Portugal G1-G2"),
    rule_question("hg-ines", "What happens with split shifts for me?", SPLIT_SHIFT, "Portugal"),
    rule_question("hg-ines", "What health cover comes with my job?", HEALTH, "Portugal G1-G2"),
    general_question("hg-ines", "Can I keep the cash a guest leaves in the room?", "yours to keep"),
    rule_question("hg-tom", "How do tips work in my bar?", TIPS, "hotel restaurants and bars"),
    rule_question("hg-tom", "What's the Sunday rate?", SUNDAY, "Ireland G1-G2"),
    rule_question("hg-tom", "How many days of annual leave do I get?", IRELAND_G1_G2_LEAVE, None),
    rule_question("hg-beatriz", "How are tips shared at my restaurant?", TIPS, "Taberna Meridale"),
    rule_question("hg-beatriz", "Do I get a split-shift allowance?", SPLIT_SHIFT, "Portugal"),
    rule_question("hg-beatriz", "What's my annual leave?", LEAVE, "Portugal G1-G2"),
    rule_question("hg-dan", "What do I get from the service charge?", TIPS, "banqueting and events"),
    rule_question("hg-dan", "How much annual leave do I get?", LEAVE, "UK G1-G2"),
    rule_question("hg-dan", "What's the employer pension contribution for me?", PENSION, "UK G1-G2"),
    rule_question("hg-amira", "Do I get any of the service charge?", TIPS, "G3 and G4"),
    rule_question("hg-amira", "What do I get for a split shift?", SPLIT_SHIFT, "UK"),
    rule_question("hg-amira", "How much holiday do I get?", LEAVE, "UK G3-G4"),
    rule_question("hg-luis", "What's my night allowance?", NIGHT_ALLOWANCE, None),
    rule_question("hg-luis", "How many days of annual leave do I get?", G1_G2_LEAVE, None),
    general_question("hg-luis", "Do I get fed on shift?", "one free meal"),
    rule_question("hg-claire", "What's my annual leave entitlement?", LEAVE, "UK G3-G4"),
    rule_question("hg-claire", "How much does the company put into my pension?", PENSION, "UK G3-G4"),
    rule_question("hg-claire", "What health benefit do I have?", HEALTH, "UK G3-G4"),
    general_question("hg-claire", "Is there a staff discount at our hotels?", "50% off"),
    rule_question("hg-rui", "How are card tips shared in my kitchen?", TIPS, "hotel restaurants and bars"),
    rule_question("hg-rui", "What health cover do I get?", HEALTH, "Portugal G1-G2"),
    rule_question("hg-rui", "How many days of holiday do I get?", LEAVE, "Portugal G1-G2"),
    rule_question("hg-noel", "How much annual leave do I get?", G1_G2_LEAVE, None),
    rule_question("hg-noel", "Do I get paid extra for split shifts?", SPLIT_SHIFT, None),
    rule_question("hg-fiona", "How many days' annual leave do I get?", LEAVE, "Ireland G3-G4"),
    rule_question("hg-fiona", "Is there a Sunday premium for me?", SUNDAY, "Ireland G3-G4"),
    rule_question("hg-fiona", "How much of my health insurance does Meridale pay?", HEALTH, "Ireland G3-G4"),
    rule_question("hg-fiona", "What's the company pension contribution?", PENSION, "Ireland G3-G4"),
)

HANDBOOK = Handbook(
    name="meridale_hospitality",
    title="Meridale Hotels & Restaurants: Team Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
