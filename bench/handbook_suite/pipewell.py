"""Pipewell Software (an HTML file): an employee FAQ whose headings are the questions staff ask
("How much holiday do I get?"), answered in the second person, with answers that differ by
office (one sentence per office) or by department (one sentence per department), general answers
beside them, and the text's own words differing from the askers' ("annual leave" for holiday,
"notice period" for resigning). Departments and offices. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Pipewell Software: Employee Handbook FAQ</h1>
<p>Last updated in February. These are the questions new starters ask the People team most often. If yours
is not here, post it in the #ask-people channel and someone will answer within a working day.</p>
<p>Pipewell has three offices (Manchester, Lyon and Tallinn) and three departments: Engineering, Customer
Support and Sales. Some answers depend on your office, because local employment law differs, and some on your
department, because the work does. Where that is the case, the answer says so.</p>
<h2>Time off</h2>
<h3>How much holiday do I get?</h3>
<p>Your annual leave depends on the office named in your contract. If you work from the Manchester office,
you get 25 days of annual leave a year, plus the UK bank holidays. Colleagues in the Lyon office get 27 days
a year, on top of the French public holidays. In Tallinn the entitlement is 28 days a year, which already
includes the extra days required by Estonian law. The leave year runs from January to December everywhere.</p>
<h3>Can I carry unused days into next year?</h3>
<p>Yes. You can carry over up to 5 days, and they must be used by 31 March. Anything above that is lost,
unless your manager has confirmed in writing that the business stopped you from taking it.</p>
<h3>How far ahead do I need to book time off?</h3>
<p>Book through the Pipewell people app, which sends the request to your manager. Customer Support
colleagues must book at least four weeks ahead, so that the support rota can be planned. Engineering and
Sales colleagues should give at least two weeks' notice for anything longer than a single day.</p>
<h3>What do I do if I'm ill?</h3>
<p>How you report sickness depends on your department. Engineers post in the #eng-absence channel before
10:00 on the first morning. In Customer Support, phone the support shift lead before your shift starts, so
that your queue can be handed over. Sales colleagues email the sales operations desk and cancel or move any
customer meetings they had booked that day.</p>
<p>You are paid in full for up to 10 working days of sickness in any rolling twelve months; after that, the
statutory rules of your country apply. From the sixth day in a row you will need a doctor's note.</p>
<h3>Do I get time off for volunteering?</h3>
<p>Yes: everyone has two paid volunteering days a year, for a charity or community project of their
choice. Record them in the people app as &ldquo;volunteering&rdquo;.</p>
""",
    """
<h2>Where and when you work</h2>
<h3>Can I work from home?</h3>
<p>It depends on your department. Engineering is remote-first: you can work from home as much as you
like, and we only ask you to come in for the quarterly planning week. Customer Support agents work from home
two days a week, on the days set by the support rota. Sales colleagues are in the office from Tuesday to
Thursday, and can work from home on Mondays and Fridays.</p>
<h3>Can I work from abroad for a while?</h3>
<p>You can work from another country for up to 20 working days a year, as long as the People team has
approved it in advance. Longer stays are not possible because of tax and insurance rules.</p>
<h3>What are the core hours?</h3>
<p>Wherever you are, please be online between 10:00 and 15:00 your local time, so that colleagues in the
other offices can reach you. Outside those hours you can organise your day as you like, as long as your
team knows when you are available.</p>
<h3>Is there parking at the office?</h3>
<p>The Manchester office has no parking, but Pipewell refunds a monthly tram or bus pass. The Lyon office
has eight spaces in the basement car park, which you book through reception the day before. In Tallinn,
parking is free in the courtyard behind the building, on a first-come, first-served basis.</p>
<h3>Is lunch provided?</h3>
<p>In Manchester there is a catered lunch for the whole office every Wednesday. Everyone in the Lyon office
receives meal vouchers worth 10 EUR for each day worked. Tallinn colleagues get a lunch allowance of 6 EUR
a day, added to their monthly salary.</p>
<h2>Pay and money</h2>
<h3>When do I get paid?</h3>
<p>Salaries are paid on the last working day of each month, in the local currency of your office. Your
payslip appears in the people app two days before.</p>
<h3>How do I claim expenses?</h3>
<p>Upload the claim to the finance app within 60 days of spending the money, with a photo of the receipt.
Your manager approves it, and it is paid with your next salary.</p>
<h3>Do I get a learning budget?</h3>
<p>Every employee has a learning budget of 800 EUR a year, for courses, books, conferences or
certifications. It does not roll over, so use it!</p>
""",
    """
<h3>Do I get paid extra for on-call or weekend work?</h3>
<p>Engineers on the on-call rota receive 150 EUR for each week they are on call, whether or not they are
paged. Customer Support agents who work a weekend shift get a day off in lieu for every weekend day they
work. Sales does not have an on-call rota.</p>
<h2>Starting and leaving</h2>
<h3>How long is probation?</h3>
<p>Probation lasts three months for everyone. Your manager will meet you at the end of the first and the
third month to talk about how things are going.</p>
<h3>How much notice do I have to give if I want to leave?</h3>
<p>During probation, one week's notice is enough on either side. After probation, your notice period depends
on your office. In Manchester it is one month. The notice period in Lyon is two months, in line with the
collective agreement that applies there. Colleagues in Tallinn give six weeks' notice.</p>
<h3>Who do I talk to if something is wrong at work?</h3>
<p>Talk to your manager first if you can. If you cannot, or if it is about your manager, contact the People
team directly or use the confidential speak-up form, which goes to a non-executive director.</p>
""",
)

USERS = (
    User("pw-amelie", ("I work in customer support in our Lyon office.",)),
    User("pw-joss", ("I'm a backend developer in Engineering.", "I work out of the Manchester office.")),
    User("pw-kertu", ("I'm on the Sales team and I'm based in Tallinn.",)),
    User("pw-mattias", ("I sit in the Tallinn office.",)),
    User("pw-hollis", ("I joined Pipewell three weeks ago.",)),
)

LEAVE = {"Manchester": "25 days", "Lyon": "27 days", "Tallinn": "28 days"}
BOOKING = {"Customer Support": "four weeks", "Engineering": "two weeks", "Sales": "two weeks"}
SICK = {"Engineering": "#eng-absence", "Customer Support": "shift lead", "Sales": "sales operations desk"}
REMOTE = {
    "Engineering": "as much as you like",
    "Customer Support": "two days a week",
    "Sales": "Mondays and Fridays",
}
PARKING = {"Manchester": "no parking", "Lyon": "basement", "Tallinn": "courtyard"}
LUNCH = {"Manchester": "catered lunch", "Lyon": "10 EUR", "Tallinn": "6 EUR"}
ON_CALL = {
    "Engineering": "150 EUR",
    "Customer Support": "day off in lieu",
    "Sales": "does not have an on-call rota",
}
NOTICE = {"Manchester": "one month", "Lyon": "two months", "Tallinn": "six weeks"}

QUESTIONS = (
    rule_question("pw-amelie", "How much holiday do I get?", LEAVE, "Lyon"),
    rule_question("pw-amelie", "How far in advance do I have to book time off?", BOOKING, "Customer Support"),
    rule_question("pw-amelie", "Who do I tell if I'm off sick?", SICK, "Customer Support"),
    rule_question("pw-amelie", "Can I work from home?", REMOTE, "Customer Support"),
    rule_question("pw-amelie", "Do we get meal vouchers or anything for lunch?", LUNCH, "Lyon"),
    general_question("pw-amelie", "How long have I got to submit an expense claim?", "60 days"),
    rule_question("pw-joss", "How many days of annual leave do I have?", LEAVE, "Manchester"),
    rule_question("pw-joss", "How often am I allowed to work remotely?", REMOTE, "Engineering"),
    rule_question("pw-joss", "Is there extra pay for being on call?", ON_CALL, "Engineering"),
    rule_question("pw-joss", "Where can I park my car at work?", PARKING, "Manchester"),
    rule_question("pw-joss", "How much notice would I need to give if I resigned?", NOTICE, "Manchester"),
    rule_question("pw-kertu", "What's my holiday entitlement?", LEAVE, "Tallinn"),
    rule_question("pw-kertu", "Which days can I work from home?", REMOTE, "Sales"),
    rule_question("pw-kertu", "Who should I let know when I'm ill?", SICK, "Sales"),
    rule_question("pw-kertu", "What is my notice period?", NOTICE, "Tallinn"),
    general_question("pw-kertu", "How big is my training budget?", "800 EUR"),
    rule_question("pw-mattias", "Is there somewhere to park at my office?", PARKING, "Tallinn"),
    rule_question("pw-mattias", "Can I work from home?", REMOTE, None),
    general_question("pw-mattias", "What are the core hours?", "10:00 and 15:00"),
    rule_question("pw-hollis", "How much holiday do I get a year?", LEAVE, None),
    rule_question("pw-hollis", "How much notice do I have to give when I leave?", NOTICE, None),
    general_question("pw-hollis", "How many unused leave days can I take into next year?", "5 days"),
    general_question("pw-hollis", "How long is my probation?", "three months"),
)

HANDBOOK = Handbook(
    name="pipewell",
    title="Pipewell Software: Employee Handbook FAQ",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
