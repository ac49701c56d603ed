"""Wickham Rowe LLP: an advisory firm's people handbook (HTML) in numbered, nested sections
(h2 sections, h3 subsections). Rules are keyed by grade (Associates, Senior Associates, Directors)
in sentences that name two groups joined by "whereas" or "while", by country in a pension table
(grade x country) and in medical and car-allowance paragraphs, and by office city in a dinner-limit
table; two sections end with an "Exceptions" paragraph naming one office (Glasgow's attendance
during a refurbishment, Rotterdam's leave) that overrides the grade rule above it. Tuning set."""

from __future__ import annotations

from . import Handbook, User, rule_question

PAGES = (
    """
<h1>Wickham Rowe LLP: People Handbook</h1>
<p><em>For Associates, Senior Associates and Directors in every office. Last reviewed 1 April 2025 by the People
team. Partners: see the Members' Agreement.</em></p>
<h2>1. About this handbook</h2>
<h3>1.1 Grades</h3>
<p>Our client-facing career path has three grades below partner: Associates, Senior Associates and Directors.
Where a rule differs by grade, it names the grade; otherwise it applies to all three.</p>
<h3>1.2 Offices</h3>
<p>We have five offices in three countries: London, Leeds and Glasgow in the United Kingdom; Dublin in Ireland;
and Rotterdam in the Netherlands. Benefits that depend on country follow the country of the office named in your
employment contract.</p>
<h2>2. Where and when we work</h2>
<h3>2.1 Office attendance</h3>
<p>We are a hybrid firm. Associates are expected in the office three days a week, while Senior Associates and
Directors are expected two days a week. At least one of your office days should be your team's anchor day.
Days at a client's premises count as office days.</p>
<h3>2.2 Core hours</h3>
<p>Associates and Senior Associates keep core hours of 10:00 to 16:00, whereas Directors manage their own diaries
and have no core hours. Outside core hours, agree your working pattern with your engagement lead.</p>
<h3>2.3 Working from abroad</h3>
<p>You may work from another country for up to 20 working days a year, with your Director's approval and a tax
check by the People team before you travel.</p>
<p><strong>Exceptions.</strong> The Glasgow office at 80 St Vincent Street is being refurbished until 31 March
2026. Until then, Glasgow colleagues of every grade are expected in the office one day a week, on their team's
anchor day, and work from home or from client sites on other days.</p>
""",
    """
<h2>3. Pay and benefits</h2>
<h3>3.1 Salary and bonus</h3>
<p>Salaries are reviewed each April. Associates can earn a discretionary bonus of up to 9% of base salary, while
Senior Associates can earn up to 16%. Directors' bonus, of up to 25% of base salary, depends on the results of
their practice as well as their own rating.</p>
<h3>3.2 Pension</h3>
<p>The firm's contribution depends on your grade and on the country of your contract. You may pay in more; the
firm does not match contributions above these figures.</p>
<table>
<tr><th colspan="4">Firm pension contribution (% of base salary)</th></tr>
<tr><th>Grade</th><th>United Kingdom</th><th>Ireland</th><th>Netherlands</th></tr>
<tr><td>Associates</td><td>5%</td><td>6%</td><td>8%</td></tr>
<tr><td>Senior Associates</td><td>7%</td><td>7.5%</td><td>11%</td></tr>
<tr><td>Directors</td><td>10%</td><td>10.5%</td><td>12%</td></tr>
</table>
<h3>3.3 Private medical insurance</h3>
<p>In the United Kingdom and Ireland, Associates are covered as employee only, whereas Senior Associates are
covered as employee and partner. Directors have family cover, for their partner and children under 21.</p>
<p>In the Netherlands, where basic health insurance is compulsory, colleagues of all grades receive a
contribution of €95 a month towards their basic health insurance instead of private medical cover.</p>
<h3>3.4 Car allowance</h3>
<p>Only Directors receive a car benefit. Directors in the United Kingdom receive a car allowance of £7,800 a
year, and Directors in Ireland €9,000 a year, paid monthly with salary. Directors in the Netherlands have a lease
car with a list price of up to €48,000 instead.</p>
<h3>3.5 Life assurance</h3>
<p>Everyone is covered for four times base salary from their first day.</p>
""",
    """
<h2>4. Time off</h2>
<h3>4.1 Annual leave</h3>
<p>Associates receive 23 days' annual leave a year, whereas Senior Associates receive 25 days and Directors 27
days, in each case plus the public holidays of your office's country. Up to five days may be carried over into
the next leave year.</p>
<h3>4.2 Study leave</h3>
<p>Associates studying for a qualification the firm sponsors (ACA, ACCA, CTA or AITI) receive 6 study days for
each exam, while Senior Associates completing a qualification receive 3 study days for each exam. Directors do
not receive study leave.</p>
<h3>4.3 Volunteering</h3>
<p>Everyone has two paid volunteering days a year, to use with a registered charity or school.</p>
<p><strong>Exceptions.</strong> Colleagues in the Rotterdam office receive 28 days' annual leave whatever their
grade, in line with Dutch market practice, and carry-over there follows Dutch law.</p>
<h2>5. Travel and expenses</h2>
<h3>5.1 Flights</h3>
<p>Directors may book business class for flights over five hours, while Associates and Senior Associates book
economy, with premium economy for flights over nine hours.</p>
<h3>5.2 Working late</h3>
<p>If you work in the office after 20:00, you may claim dinner up to your office's limit, and a taxi home after
21:00.</p>
<table>
<tr><th>Office</th><th>Dinner limit</th></tr>
<tr><td>London</td><td>£30</td></tr>
<tr><td>Leeds</td><td>£22</td></tr>
<tr><td>Glasgow</td><td>£22</td></tr>
<tr><td>Dublin</td><td>€32</td></tr>
<tr><td>Rotterdam</td><td>€27</td></tr>
</table>
<h3>5.3 Claims</h3>
<p>Submit claims with receipts in the expenses system within 30 days. Claims over 90 days old are not paid.</p>
""",
)

USERS = (
    User("wk-fiona", ("I'm a Senior Associate in the Glasgow office.",)),
    User("wk-rob", ("I joined as an Associate in the Dublin office last September.",)),
    User("wk-anouk", ("I'm a Director.", "Based out of Rotterdam.")),
    User("wk-ben", ("I'm an Associate in London, in the audit team.",)),
    User("wk-sunita", ("I look after a portfolio of tax clients as a Director.", "I'm in Leeds.")),
    User("wk-pieter", ("I'm an Associate at our Rotterdam office.",)),
    User("wk-claire", ("I'm a Senior Associate.",)),
    User("wk-liam", ("I work in the Dublin office.",)),
    User("wk-maya", ("I was promoted to Director this year.", "I'm based in Dublin.")),
)

ATTENDANCE = {
    "Associates": "three days a week",
    "Senior Associates or Directors": "two days a week",
    "Glasgow": "one day a week",
}
BONUS = {"Associates": "9%", "Senior Associates": "16%", "Directors": "25%"}
PENSION = {
    "Associates, UK": "5%",
    "Associates, Ireland": "6%",
    "Associates, Netherlands": "8%",
    "Senior Associates, UK": "7%",
    "Senior Associates, Ireland": "7.5%",
    "Senior Associates, Netherlands": "11%",
    "Directors, UK": "10%",
    "Directors, Ireland": "10.5%",
    "Directors, Netherlands": "12%",
}
MEDICAL = {
    "Associates": "employee only",
    "Senior Associates": "employee and partner",
    "Directors": "family cover",
    "Netherlands": "€95",
}
CAR = {"Directors, UK": "£7,800", "Directors, Ireland": "€9,000", "Directors, Netherlands": "lease car"}
LEAVE = {"Associates": "23 days", "Senior Associates": "25 days", "Directors": "27 days", "Rotterdam": "28 days"}
STUDY = {"Associates": "6 study days", "Senior Associates": "3 study days"}
FLIGHTS = {"Directors": "business class", "Associates or Senior Associates": "premium economy"}
DINNER = {"London": "£30", "Leeds or Glasgow": "£22", "Dublin": "€32", "Rotterdam": "€27"}

QUESTIONS = (
    rule_question("wk-fiona", "How many days a week do I need to be in the office?", ATTENDANCE, "Glasgow"),
    rule_question("wk-fiona", "What does the firm pay into my pension?", PENSION, "Senior Associates, UK"),
    rule_question("wk-fiona", "How much annual leave do I get?", LEAVE, "Senior Associates"),
    rule_question("wk-fiona", "If I work late, how much can I spend on dinner?", DINNER, "Leeds or Glasgow"),
    rule_question("wk-rob", "What's the employer pension contribution for me?", PENSION, "Associates, Ireland"),
    rule_question("wk-rob", "What bonus could I get?", BONUS, "Associates"),
    rule_question("wk-rob", "What's the dinner allowance when working late?", DINNER, "Dublin"),
    rule_question("wk-rob", "How much study leave do I get for my exams?", STUDY, "Associates"),
    rule_question("wk-anouk", "Do I get a car allowance?", CAR, "Directors, Netherlands"),
    rule_question("wk-anouk", "How many days of annual leave do I have?", LEAVE, "Rotterdam"),
    rule_question("wk-anouk", "What health cover does the firm give me?", MEDICAL, "Netherlands"),
    rule_question("wk-anouk", "Which class can I fly on a long-haul trip?", FLIGHTS, "Directors"),
    rule_question("wk-ben", "How many days a week am I expected in the office?", ATTENDANCE, "Associates"),
    rule_question("wk-ben", "What's the limit on a late-working dinner?", DINNER, "London"),
    rule_question("wk-ben", "What class can I book for a 10-hour flight?", FLIGHTS, "Associates or Senior Associates"),
    rule_question("wk-sunita", "How much is the car allowance?", CAR, "Directors, UK"),
    rule_question(
        "wk-sunita", "How often do I have to come into the office?", ATTENDANCE, "Senior Associates or Directors"
    ),
    rule_question("wk-sunita", "What's the firm's pension contribution?", PENSION, "Directors, UK"),
    rule_question("wk-pieter", "How much holiday do I get a year?", LEAVE, "Rotterdam"),
    rule_question("wk-claire", "What's the maximum bonus I can earn?", BONUS, "Senior Associates"),
    rule_question("wk-claire", "How much does the firm put into my pension?", PENSION, None),
    rule_question("wk-claire", "How much can I claim for dinner if I stay late?", DINNER, None),
    rule_question("wk-liam", "What's the dinner limit when I work late?", DINNER, "Dublin"),
    rule_question("wk-liam", "How many days of annual leave do I get?", LEAVE, None),
    rule_question("wk-liam", "How many days a week should I be in the office?", ATTENDANCE, None),
    rule_question("wk-maya", "What car allowance do I get?", CAR, "Directors, Ireland"),
    rule_question("wk-maya", "What's the most I can get as a bonus?", BONUS, "Directors"),
)

HANDBOOK = Handbook(
    name="wickham",
    title="Wickham Rowe LLP: People Handbook",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
