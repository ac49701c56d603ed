"""Pellow Logistics: a warehouse company's colleague handbook written as questions and answers
("Q: ... A: ..."). Answers key rules by depot with "If you work at X ..., otherwise ..." and by
shift (days, nights, weekend); a pay table has depots as columns and shifts as rows; pronoun
continuations ("They also get ...") refer back to the group named in the sentence before (team
leaders, MHE drivers, nights colleagues at two depots); the sickness answer starts at the foot of
one page and runs onto the next without a heading. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Pellow Logistics: Your Questions Answered</h1>
<p><em>Colleague handbook for warehouse colleagues, edition 5, May 2025. Pellow Logistics Ltd, Gloucester Road
North, Bristol.</em></p>
<p>We've written this handbook as the questions colleagues actually ask us at induction and on the floor. If
your question isn't here, ask your team leader or the People team at your depot.</p>
<h2>The basics</h2>
<p><strong>Q: Which depots does this handbook cover?</strong><br>
A: All three: Avonmouth (Bristol, chilled and ambient grocery), Daventry (DIRFT, fashion and homewares for online
retailers) and Warrington (Omega South, general retail). Our HGV drivers have their own handbook.</p>
<p><strong>Q: What are the shifts?</strong><br>
A: Every depot runs three shifts. Days and nights both work Monday to Friday, eight and a half hours a shift.
The weekend shift works three 12-hour shifts, Friday, Saturday and Sunday. Your contract says which shift you
are on.</p>
<p><strong>Q: What time does my shift start?</strong><br>
A: Days start at 06:00 and finish at 14:30; nights start at 22:00 and finish at 06:30. If you work at
Warrington, everything runs a quarter of an hour earlier: days start at 05:45 and nights at 21:45, to meet the
trunking departures to Scotland. The weekend shift runs from 07:00 to 19:00 at all three depots.</p>
<p><strong>Q: Do I get breaks?</strong><br>
A: Everyone gets two paid 15-minute breaks a shift. Days and weekend colleagues also get a 30-minute unpaid
lunch. Nights colleagues get a 45-minute paid meal break instead. They also get free tea, coffee and soup from
the canteen machines all night.</p>
<p><strong>Q: Can I change shift?</strong><br>
A: Ask your team leader. A move between days, nights and the weekend shift needs four weeks' notice and a
vacancy on the shift you want. Your pay changes to the new shift's rate from the first week you work it.</p>
<p><strong>Q: What if I'm going to be late?</strong><br>
A: Tell your team leader before your shift starts. Clock in when you arrive: we pay to the nearest quarter hour
actually worked.</p>
""",
    """
<h2>Pay</h2>
<p><strong>Q: How much will I earn?</strong><br>
A: Warehouse operatives are paid by the hour. Your rate depends on your depot and your shift. These are the
rates from 6 April 2025:</p>
<table>
<tr><th>Shift</th><th>Avonmouth</th><th>Daventry</th><th>Warrington</th></tr>
<tr><td>Days</td><td>£12.85</td><td>£12.60</td><td>£12.45</td></tr>
<tr><td>Nights</td><td>£14.30</td><td>£14.05</td><td>£13.90</td></tr>
<tr><td>Weekend</td><td>£15.20</td><td>£14.95</td><td>£14.75</td></tr>
</table>
<p>The weekend rate is paid for every hour of the Friday, Saturday and Sunday shifts, including the Friday.</p>
<p><strong>Q: When do I get paid?</strong><br>
A: Operatives are paid weekly, every Thursday, one week in arrears. Team leaders are salaried and are not on the
rates above. They are paid monthly, on the last working day of the month.</p>
<p><strong>Q: I drive a forklift. Do I get anything extra?</strong><br>
A: Yes. MHE drivers (counterbalance, reach and VNA licence holders) get an MHE allowance of £0.65 an hour on top
of the rate in the table. They also get their licence refresher training paid for every three years.</p>
<p><strong>Q: How is overtime paid?</strong><br>
A: If you're on days or nights, overtime is paid at time and a half, whatever day you do it. If you're on the
weekend shift, your rate already includes the weekend premium, so overtime is paid at your own weekend rate plus
£2.00 an hour.</p>
<p><strong>Q: Is there a bonus?</strong><br>
A: Each depot pays a quarterly site bonus when it meets its accuracy and safety targets. The amount is announced
on the depot noticeboard.</p>
<h2>Absence</h2>
<p><strong>Q: What if I'm off sick?</strong><br>
A: Let us know before your shift, on every day you're off, until you send in a fit note. Who you contact depends
on your shift.</p>
<p>Days colleagues call the absence line on 0345 210 7788, which opens at 04:00. Leave your name, depot and the
reason, and a number we can call you back on.</p>
""",
    """
<p>Nights colleagues don't use the absence line, which is closed in the evening: text the Night Shift Manager
on 07700 900415 at least three hours before your shift. Weekend shift colleagues ring the Weekend Duty Manager
on 07700 900862. After six months' service you get company sick pay at your basic rate for up to ten working
days a year.</p>
<h2>Holidays</h2>
<p><strong>Q: How much holiday do I get?</strong><br>
A: 5.6 weeks a year, including bank holidays, pro rata if you work fewer days. Book it in the Pellow app at
least two weeks ahead. Weekend shift colleagues get the same 5.6 weeks, counted in hours.</p>
<p><strong>Q: Are there times I can't book holiday?</strong><br>
A: Yes, during peak. If you work at Daventry, no holiday can be booked from 10 November to 4 January, because
that's our online retailers' busiest season. Otherwise the peak embargo runs from 24 November to 31 December.</p>
<h2>Food and facilities</h2>
<p><strong>Q: Is there a canteen?</strong><br>
A: Every depot has a subsidised canteen serving hot food during the day. The Daventry canteen is open 24 hours,
seven days a week. At Avonmouth and Warrington the canteen closes at 20:00, so nights colleagues at those two
depots get a £4.50 meal voucher each shift for the hot food vending machine. They also get a free bottle of water
each shift from the gatehouse.</p>
<p><strong>Q: Can I bring my phone onto the floor?</strong><br>
A: No. Phones stay in your locker during your shift, except for team leaders, who carry a company phone. You can
use your phone in the canteen on your breaks.</p>
""",
    """
<h2>Safety and getting here</h2>
<p><strong>Q: What PPE do I need?</strong><br>
A: Everyone wears a Pellow hi-vis vest, safety boots and gloves, all issued free at induction. If you work at
Avonmouth, you'll also be issued a thermal freezer jacket for the minus 25 degree chamber. Warrington colleagues
are issued a bump cap for the mezzanine pick modules. Daventry needs no extra PPE beyond the standard kit.</p>
<p><strong>Q: Where do I park?</strong><br>
A: If you work at Daventry, park in the DIRFT overflow car park, Zone C, and follow the marked walkway; a free
shuttle bus also runs from Rugby station for every shift change. Otherwise, park in your depot's own staff car
park, with the permit you get from the gatehouse.</p>
<p><strong>Q: What do I do if there's an accident?</strong><br>
A: Get help from a first aider (green hi-vis), tell your team leader, and make sure it goes in the accident book
before you leave. Near misses count too.</p>
<h2>Who to ask</h2>
<table>
<tr><th>Depot</th><th>People team</th><th>Phone</th></tr>
<tr><td>Avonmouth</td><td>Shona Bright</td><td>0117 496 0381</td></tr>
<tr><td>Daventry</td><td>Mark Edevane</td><td>01327 496 552</td></tr>
<tr><td>Warrington</td><td>Nia Parry</td><td>01925 496 217</td></tr>
</table>
<p><em>This handbook does not form part of your contract of employment. Where it differs from your contract,
your contract applies.</em></p>
""",
)

USERS = (
    User("pl-jordan", ("I'm on nights at the Warrington depot.", "I pick on the mezzanine.")),
    User("pl-sam", ("I work days at Avonmouth.", "I drive a reach truck.")),
    User("pl-bex", ("I do the weekend shift at Daventry.",)),
    User("pl-ollie", ("I'm a team leader at Daventry.", "I'm on days.")),
    User("pl-kasia", ("Nights at Avonmouth, on goods-in.",)),
    User("pl-dean", ("I've just started on the weekend shift.",)),
    User("pl-amira", ("Based out of Warrington.", "I'm on the day shift in returns.")),
    User("pl-tomasz", ("I work at the Daventry depot.",)),
    User("pl-hannah", ("I work nights at Daventry.",)),
)

START = {
    "days, Warrington": "05:45",
    "days": "06:00",
    "nights, Warrington": "21:45",
    "nights": "22:00",
    "weekend": "07:00",
}
PAY = {
    "days, Avonmouth": "£12.85",
    "days, Daventry": "£12.60",
    "days, Warrington": "£12.45",
    "nights, Avonmouth": "£14.30",
    "nights, Daventry": "£14.05",
    "nights, Warrington": "£13.90",
    "weekend, Avonmouth": "£15.20",
    "weekend, Daventry": "£14.95",
    "weekend, Warrington": "£14.75",
}
BREAK = {"days or weekend": "30-minute unpaid", "nights": "45-minute paid"}
NIGHT_FOOD = {"Daventry": "open 24 hours", "Avonmouth or Warrington": "£4.50"}
PAYDAY = {"operative": "every Thursday", "team leader": "last working day"}
OVERTIME = {"days or nights": "time and a half", "weekend": "plus £2.00"}
EMBARGO = {"Daventry": "10 November", "Avonmouth or Warrington": "24 November"}
PPE = {"Avonmouth": "freezer jacket", "Warrington": "bump cap", "Daventry": "no extra PPE"}
PARKING = {"Daventry": "Zone C", "Avonmouth or Warrington": "own staff car park"}
SICK = {"days": "0345 210 7788", "nights": "07700 900415", "weekend": "07700 900862"}

QUESTIONS = (
    rule_question("pl-jordan", "What time do I need to start?", START, "nights, Warrington"),
    rule_question("pl-jordan", "What's my hourly rate?", PAY, "nights, Warrington"),
    rule_question("pl-jordan", "How long is my meal break and is it paid?", BREAK, "nights"),
    rule_question("pl-jordan", "Can I get hot food during my shift?", NIGHT_FOOD, "Avonmouth or Warrington"),
    rule_question("pl-sam", "How much do I get an hour?", PAY, "days, Avonmouth"),
    rule_question("pl-sam", "When's payday?", PAYDAY, "operative"),
    general_question("pl-sam", "Is there any extra money for driving the truck?", "£0.65"),
    rule_question("pl-sam", "Is there any extra PPE I need at my site?", PPE, "Avonmouth"),
    rule_question("pl-bex", "What's the hourly rate for me?", PAY, "weekend, Daventry"),
    rule_question("pl-bex", "What lunch break do I get?", BREAK, "days or weekend"),
    rule_question("pl-bex", "If I pick up extra hours, how's the overtime paid?", OVERTIME, "weekend"),
    rule_question("pl-ollie", "When do I get paid?", PAYDAY, "team leader"),
    rule_question("pl-ollie", "If I'm sick, who do I contact?", SICK, "days"),
    rule_question("pl-ollie", "What time does my shift start?", START, "days"),
    rule_question("pl-kasia", "What's the pay per hour?", PAY, "nights, Avonmouth"),
    rule_question("pl-kasia", "I'm ill and can't come in tonight. Who do I tell?", SICK, "nights"),
    rule_question("pl-kasia", "When is holiday blocked out for peak?", EMBARGO, "Avonmouth or Warrington"),
    rule_question("pl-dean", "How is overtime paid?", OVERTIME, "weekend"),
    rule_question("pl-dean", "When can't I book holiday?", EMBARGO, None),
    rule_question("pl-dean", "Do I need any special PPE?", PPE, None),
    rule_question("pl-amira", "What time do I start in the morning?", START, "days, Warrington"),
    rule_question("pl-amira", "What's the hourly rate?", PAY, "days, Warrington"),
    rule_question("pl-amira", "Where do I park?", PARKING, "Avonmouth or Warrington"),
    rule_question("pl-tomasz", "How much do I get paid an hour?", PAY, None),
    rule_question("pl-tomasz", "Are there any dates I can't take holiday?", EMBARGO, "Daventry"),
    rule_question("pl-tomasz", "Who do I call if I'm off sick?", SICK, None),
    rule_question("pl-hannah", "What's my rate of pay?", PAY, "nights, Daventry"),
    rule_question("pl-hannah", "Is there anywhere to get a hot meal on my shift?", NIGHT_FOOD, "Daventry"),
)

HANDBOOK = Handbook(
    name="pellow",
    title="Pellow Logistics: Your Questions Answered",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
