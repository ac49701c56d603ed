"""Kingsferry Freight Terminals: a port and freight logistics operator. Held out."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Kingsferry Freight Terminals: Questions Our People Ask</h1>
<p>Kingsferry runs roll-on roll-off freight terminals at Brannock Quay, Sallowport and Eastmere. We put this
together from the questions that come up most in inductions and in the mess rooms. If your question isn't
here, ask your shift manager or email the people desk. Your contract and the site safety rules always take
priority over anything written below.</p>
<h2>Your first weeks</h2>
<p><b>Q. What time do I need to be in for an early?</b></p>
<p>A. Each terminal works to its own sailing timetable, so start times aren't the same everywhere. At Brannock
Quay the early shift starts at 05:40, ready for the first overnight arrival. Sallowport earlies begin at 06:10.
Eastmere's early shift starts at 05:55. Please be at the muster point, kitted up, five minutes before the start.
If you're on the continental rota, your day shift starts at the same time as your terminal's early.</p>
<p><b>Q. Where do I pick up my hi-vis and boots?</b></p>
<p>A. Everyone is issued a hi-vis jacket, trousers, safety boots, gloves and a hard hat before setting foot on
the yard. Where you collect it depends on your terminal: at Brannock Quay it's the stores hatch in the
gatehouse; at Sallowport, the kit room in Unit 4; and at Eastmere there are vending lockers in the drivers'
canteen, which open with your ID card. Replacements are free when the old item is handed back.</p>
<p><b>Q. How long is probation?</b></p>
<p>A. Six months for everyone, with a review at the halfway point.</p>
<h2>Leave and bank holidays</h2>
<p><b>Q. How much holiday do I get?</b></p>
<p>A. That's worked out by your shift pattern, not your job or terminal.</p>
<ul>
<li>Continental rota (four on, four off, 12-hour days and nights): 192 hours a year, which is 16 shifts.</li>
<li>Double days (earlies one week, lates the next, Monday to Friday): 29 days, bank holidays included.</li>
<li>Office hours (freight office and admin): 25 days plus the bank holidays.</li>
</ul>
<p>Book it in the rota app. Summer slots go by a ballot in January.</p>
<p><b>Q. Do I have to work bank holidays?</b></p>
<p>A. The terminals never close, so some of us do. Continental staff rostered on a bank holiday are paid
double time for the shift. Double-day staff who work one get time and a half, plus a day in lieu to take
later. The freight office is closed on bank holidays, so office-hours staff just have the day off.</p>
""",
    """
<h2>Training and licences</h2>
<p><b>Q. How often do I have to redo my training?</b></p>
<p>A. Everyone does the annual site safety briefing. On top of that, refreshers depend on the job. Tractor
drivers re-sit the terminal tractor practical assessment every 12 months. Yard marshals renew their banksman
certificate every 24 months. For checkers, the RF scanner and dangerous goods awareness refresher comes round
every 36 months. Freight office clerks have no set refresher, but complete the customs systems e-learning
whenever a new module is released.</p>
<p><b>Q. What if my certificate runs out?</b></p>
<p>A. You can't work in that role on the yard until it's renewed. The training team sends a reminder eight
weeks before the expiry date, so keep your contact details up to date.</p>
<h2>Shifts and overtime</h2>
<p><b>Q. Can I swap a shift with someone?</b></p>
<p>A. Yes, as long as you're both trained for the work. Put the swap in the rota app with both names at least
48 hours before the earlier of the two shifts, and your shift manager will approve it.</p>
<p><b>Q. I've been called in on a rest day. What am I paid?</b></p>
<p>A. A call-out is paid for a minimum of 4 hours at the overtime rate, even if the job is finished sooner.
Travel time counts from when you leave home.</p>
<p><b>Q. Is there a shift allowance?</b></p>
<p>A. Yes. Continental staff are paid a shift allowance of 22% of basic pay; double-day staff get 14%. There's
no shift allowance for office hours.</p>
<h2>On the yard</h2>
<p><b>Q. What's the speed limit?</b></p>
<p>A. 10 mph for all vehicles on every terminal, and 5 mph on the linkspans and in the reefer lines.
Pedestrians keep to the marked walkways and wear full hi-vis at all times.</p>
<p><b>Q. Can I use my phone on the yard?</b></p>
<p>A. Not while driving or marshalling. Phones are for the rest areas only; use your radio for anything to do
with the job.</p>
""",
    """
<h2>Pay and money</h2>
<p><b>Q. When do I get paid?</b></p>
<p>A. Weekly, every Friday, one week in arrears. Payslips are in the rota app from Thursday evening.</p>
<p><b>Q. Do you pay for meals on a long shift?</b></p>
<p>A. The canteens at all three terminals sell hot food at cost price. Continental staff working a night
shift get a free hot meal voucher for each night worked.</p>
<p><b>Q. Is there a pension?</b></p>
<p>A. Yes. You're enrolled after your first month. Kingsferry pays 6% of your basic pay and you pay 4%,
or more if you choose.</p>
<h2>Health and wellbeing</h2>
<p><b>Q. Who do I call if I'm sick?</b></p>
<p>A. Your shift manager, before the start of your shift, by phone. If you can't reach them, call the duty
control room and they'll pass the message on.</p>
<p><b>Q. Will I be tested for drugs and alcohol?</b></p>
<p>A. Possibly. Random testing takes place at every terminal, and anyone involved in an accident or near
miss on the yard is tested afterwards.</p>
<p><b>Q. Is there someone I can talk to in confidence?</b></p>
<p>A. Our employee assistance line is free, confidential and open 24 hours a day. You'll find the number on
the back of your ID card.</p>
""",
)

USERS = (
    User("kf-donal", ("I drive a terminal tractor at Brannock Quay.", "I'm on the four-on, four-off rota.")),
    User("kf-sana", ("Checker at Sallowport, on double days: earlies one week, lates the next.",)),
    User("kf-gethin", ("I'm based at Eastmere.",)),
    User("kf-maud", ("I work in the freight office, nine to five.",)),
    User("kf-ray", ("Yard marshal here.", "I'm on the continental rota.")),
)

EARLY = {"Brannock Quay": "05:40", "Sallowport": "06:10", "Eastmere": "05:55"}
PPE = {"Brannock Quay": "gatehouse", "Sallowport": "Unit 4", "Eastmere": "vending lockers"}
LEAVE = {"continental": "192 hours", "double days": "29 days", "office hours": "25 days"}
BANK_HOLIDAY = {
    "continental": "double time",
    "double days": "time and a half",
    "office hours": "closed on bank holidays",
}
REFRESHER = {"tractor driver": "every 12 months", "yard marshal": "every 24 months", "checker": "every 36 months"}

QUESTIONS = (
    rule_question("kf-donal", "What time does my early shift start?", EARLY, "Brannock Quay"),
    rule_question("kf-sana", "When do earlies start?", EARLY, "Sallowport"),
    rule_question("kf-gethin", "What time should I start on an early?", EARLY, "Eastmere"),
    rule_question("kf-ray", "What time does my day shift begin?", EARLY, None),
    rule_question("kf-donal", "Where do I collect my safety gear?", PPE, "Brannock Quay"),
    rule_question("kf-sana", "Where can I get new boots and a hi-vis?", PPE, "Sallowport"),
    rule_question("kf-gethin", "Where do I get my PPE from?", PPE, "Eastmere"),
    rule_question("kf-ray", "Where do I pick up my hi-vis?", PPE, None),
    rule_question("kf-donal", "How much annual leave do I get?", LEAVE, "continental"),
    rule_question("kf-sana", "How many days of holiday do I have?", LEAVE, "double days"),
    rule_question("kf-maud", "What's my holiday entitlement?", LEAVE, "office hours"),
    rule_question("kf-gethin", "How much holiday am I entitled to?", LEAVE, None),
    rule_question("kf-ray", "What happens if I work on a bank holiday?", BANK_HOLIDAY, "continental"),
    rule_question("kf-sana", "Do I get anything extra for working a bank holiday?", BANK_HOLIDAY, "double days"),
    rule_question("kf-maud", "Do I have to work on bank holidays?", BANK_HOLIDAY, "office hours"),
    rule_question("kf-donal", "How often do I need to redo my refresher training?", REFRESHER, "tractor driver"),
    rule_question("kf-sana", "How often is my refresher training due?", REFRESHER, "checker"),
    rule_question("kf-ray", "When do I need to renew my certificate?", REFRESHER, "yard marshal"),
    rule_question("kf-gethin", "How often must I redo my job training?", REFRESHER, None),
    general_question("kf-maud", "How much notice is needed to swap a shift?", "48 hours"),
    general_question("kf-ray", "If I'm called in on a day off, how many hours am I paid at least?", "4 hours"),
    general_question("kf-gethin", "How fast can I drive on the yard?", "10 mph"),
)

HANDBOOK = Handbook(
    name="kingsferry",
    title="Kingsferry Freight Terminals: Questions Our People Ask",
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
