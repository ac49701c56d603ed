"""Brisemont Hotels (an HTML file): a hotel group's employee handbook in two parts, group standards
and a Country Annex for France (Lyon and Annecy), Switzerland (Geneva) and the United Kingdom
(Edinburgh), with three currencies. A hotels table, "words we use" definitions (departments, HoD,
split shift), shift patterns and uniform by department (Front Office, Housekeeping, Food and
Beverage, with the kitchen brigade as an exception), staff meals with the allowance deferred to the
annex, leave blackout periods by hotel in one paragraph, a country x item summary table (currency,
pay day, working week, meal and shoe allowances, night supplement), annex sections per country on
leave (with an age exception in Switzerland), public holidays and holiday working, travel to work
by hotel, and a tronc points table for the UK only, keyed by department. Countries, hotels,
departments and age. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Brisemont Hotels: Employee Handbook</h1>
<p><em>Group edition 2025, including the Country Annex. Published by Group People &amp; Culture, Brisemont
Hotels, 14 quai Saint-Antoine, Lyon. This edition replaces the 2023 handbook and all hotel staff notices on the
same subjects.</em></p>
<p>Welcome to Brisemont. Part A sets out the standards that apply in every Brisemont hotel. Part B, the Country
Annex, sets out what depends on the law and custom of the country you work in: pay dates, allowances, leave and
public holidays. If Part A and your country's annex differ, the annex applies.</p>
<h2>Part A: Group standards</h2>
<h3>A1 Our hotels</h3>
<table>
<tr><th>Hotel</th><th>Country</th><th>Rooms</th><th>Staff entrance</th></tr>
<tr><td>Brisemont Lyon Bellecour</td><td>France</td><td>142</td><td>Rue des Remparts, next to the goods lift</td></tr>
<tr><td>Brisemont Annecy Lac</td><td>France</td><td>86</td><td>Lower ground floor, from the service road</td></tr>
<tr><td>Brisemont Geneva Rive</td><td>Switzerland</td><td>118</td><td>Passage des Alpes, door 3</td></tr>
<tr><td>Brisemont Edinburgh Calton</td><td>United Kingdom</td><td>104</td><td>Calton Lane, beside the loading bay</td></tr>
</table>
<h3>A2 Words we use</h3>
<ul>
<li><strong>Front Office</strong>: reception, concierge, guest relations and night audit.</li>
<li><strong>Housekeeping</strong>: room attendants, public area attendants, laundry and the housekeeping
supervisors.</li>
<li><strong>Food and Beverage</strong> (F&amp;B): restaurant, bar, room service and banqueting staff, together
called F&amp;B service, and the kitchen brigade, from commis chef to executive chef.</li>
<li><strong>HoD</strong>: your head of department. <strong>GM</strong>: the general manager of your hotel.</li>
<li><strong>Split shift</strong>: a working day in two parts with an unpaid gap of at least two hours.</li>
<li><strong>StaffHub</strong>: the app used for rotas, leave requests and payslips.</li>
</ul>
<h3>A3 Rotas and shift patterns</h3>
<p>Rotas are published in StaffHub every Thursday for the week beginning ten days later. Front Office works
three shifts around the clock: mornings from 07:00 to 15:00, afternoons from 15:00 to 23:00 and the night audit
from 23:00 to 07:00. Housekeeping works days, 08:00 to 16:30, with an evening turndown team from 17:30 to 22:00
in Lyon and Geneva only. F&amp;B service normally works split shifts covering lunch and dinner; the kitchen
brigade follows the rota of the executive chef. The length of the working week is set in the Country
Annex.</p>
""",
    """
<h3>A4 Uniform and appearance</h3>
<p>Uniforms are issued by the hotel and laundered by the hotel laundry free of charge. Front Office colleagues
wear the charcoal suit, with a white shirt or blouse and the Brisemont tie or scarf. In Housekeeping the uniform
is the sage-green tunic with black trousers and non-slip black shoes. F&amp;B service wear a black waistcoat,
white shirt and long black apron, except the kitchen brigade, who wear a white chef jacket, checked trousers and
safety clogs. Name badges are worn by everyone in guest areas.</p>
<p>Note: black shoes, non-slip shoes and safety clogs are bought by the employee. Housekeeping and kitchen
colleagues are reimbursed through the yearly shoe allowance in the Country Annex; other departments are
not.</p>
<h3>A5 Staff meals</h3>
<p>Every colleague on a shift of five hours or more receives a free meal in the staff restaurant. Where the
staff restaurant is closed during your shift (for example on the night audit, or at Annecy between November
and March, when the staff restaurant opens only at lunchtime) the meal allowance for your country is paid
instead, through payroll.</p>
<h3>A6 Staff rates and benefits</h3>
<p>After probation you may book rooms at any Brisemont hotel at 40% of the best available rate, up to 10 nights
a year, and you receive 35% off food and drink in our restaurants and bars when dining as a guest.</p>
<h3>A7 Booking leave</h3>
<p>Leave is requested in StaffHub at least four weeks ahead and approved by your HoD. Each hotel has a busy
period when leave is not normally granted: in Lyon the week of 8 December, for the Festival of Lights; in Annecy
from 15 July to 20 August; in Geneva the last two weeks of January, when the watch fair fills the city; and in
Edinburgh throughout August, during the festivals.</p>
""",
    """
<h2>Part B: Country Annex</h2>
<h3>B1 Summary by country</h3>
<table>
<tr><th></th><th>France (Lyon, Annecy)</th><th>Switzerland (Geneva)</th><th>United Kingdom (Edinburgh)</th></tr>
<tr><td>Currency of pay</td><td>Euro (EUR)</td><td>Swiss franc (CHF)</td><td>Pound sterling (GBP)</td></tr>
<tr><td>Pay day</td><td>last working day of the month</td><td>25th of the month</td><td>28th of the month</td></tr>
<tr><td>Contractual working week (full time)</td><td>39 hours, of which 4 are paid at +10%</td><td>42 hours</td><td>40 hours</td></tr>
<tr><td>Meal allowance (A5)</td><td>EUR 4.25 per meal</td><td>CHF 16.50 per meal</td><td>GBP 6.00 per meal</td></tr>
<tr><td>Shoe allowance (A4), once a year</td><td>EUR 60</td><td>CHF 90</td><td>GBP 45</td></tr>
<tr><td>Night work supplement</td><td>10% of the hourly rate, 22:00 to 07:00</td><td>25% of the hourly rate, 23:00 to 06:00</td><td>GBP 1.40 an hour, 23:00 to 07:00</td></tr>
</table>
<h3>B2 France</h3>
<p>Employment in Lyon and Annecy is governed by the collective agreement for hotels, cafes and restaurants
(HCR). Annual leave accrues at 2.5 working days per month, giving 30 jours ouvrables a year (five weeks,
counting Saturdays as working days). France has 11 public holidays. A public holiday worked is given back as a
day off within three months, except 1 May, which if worked is paid double.</p>
<p>Travel: in Lyon the hotel reimburses 50% of your TCL public transport pass with your salary. In Annecy, where
many colleagues live outside the town, the staff car park behind the hotel is free for employees.</p>
<p>Seasonal contracts: Annecy recruits seasonal staff on fixed-term contracts from April to October. Seasonal
colleagues may be housed in the staff residence at EUR 180 a month.</p>
""",
    """
<h3>B3 Switzerland</h3>
<p>Employment in Geneva is governed by the national collective agreement for the Swiss hotel and restaurant
industry (L-GAV). Full-time employees receive 25 working days of annual leave, except employees under 20, who
receive six weeks. A 13th-month salary is paid to all employees after probation, with the November salary.
Geneva observes 9 public holidays, including the Jeune genevois in September and the Restoration of the
Republic on 31 December. A public holiday worked is paid at 125% of the hourly rate.</p>
<p>Travel: the hotel contributes CHF 250 a year towards a TPG annual public transport pass, on proof of
purchase.</p>
<h3>B4 United Kingdom</h3>
<p>Full-time employees at Edinburgh receive 28 days of annual leave a year, which includes the public holidays.
The hotel observes 8 public holidays: New Year's Day, 2 January, Good Friday, the first Monday in May, Victoria
Day, the first Monday in August, Christmas Day and Boxing Day. A public holiday worked is paid at time and a half
and the day is added back to your leave.</p>
<p>Travel: you may buy a Lothian Buses annual Ridacard through salary sacrifice, repaid over 12 months.</p>
<p>Tips and service charge at Edinburgh are shared through the tronc, run by an independent troncmaster. Each
month's tronc is divided by points, allocated by department as below. Points are pro rata for part-time
colleagues, and paid with the following month's salary.</p>
<table>
<tr><th>Department</th><th>Tronc points (full time)</th></tr>
<tr><td>F&amp;B service</td><td>10 points</td></tr>
<tr><td>Kitchen brigade</td><td>6 points</td></tr>
<tr><td>Front Office</td><td>4 points</td></tr>
<tr><td>Housekeeping</td><td>3 points</td></tr>
</table>
<p>Note: supervisors and HoDs are not in the tronc. Gratuities handed directly to concierge colleagues are kept
by them and declared to the troncmaster.</p>
""",
)

USERS = (
    User("bm-claire", ("Front desk at the Lyon hotel.",)),
    User("bm-luca", ("I'm a commis chef at Brisemont Geneva.",)),
    User("bm-ailsa", ("Room attendant in Edinburgh.", "I've been with Brisemont since March.")),
    User("bm-marc", ("I do the night audit at Annecy.",)),
    User("bm-sofia", ("Waitress in the Geneva restaurant.", "I turned 19 last month.")),
    User("bm-jamie", ("Barman at the Edinburgh hotel.",)),
    User("bm-nadia", ("Housekeeping supervisor at Lyon Bellecour.",)),
    User("bm-tomasz", ("I work in housekeeping.",)),
    User("bm-elise", ("Reception at Geneva.", "Full time, I'm 34.")),
    User("bm-paul", ("Chef de partie in Annecy.",)),
)

LEAVE = {
    "France": "30 jours ouvrables",
    "Switzerland, 20 or over": "25 working days",
    "Switzerland, under 20": "six weeks",
    "United Kingdom": "28 days",
}
PUBLIC_HOLIDAYS = {
    "France": "11 public holidays",
    "Switzerland": "9 public holidays",
    "United Kingdom": "8 public holidays",
}
HOLIDAY_WORKED = {
    "France": "day off within three months",
    "Switzerland": "125% of the hourly rate",
    "United Kingdom": "time and a half",
}
PAY_DAY = {"France": "last working day", "Switzerland": "25th of the month", "United Kingdom": "28th of the month"}
WEEK = {"France": "39 hours", "Switzerland": "42 hours", "United Kingdom": "40 hours"}
MEAL = {"France": "EUR 4.25", "Switzerland": "CHF 16.50", "United Kingdom": "GBP 6.00"}
SHOES = {"France": "EUR 60", "Switzerland": "CHF 90", "United Kingdom": "GBP 45"}
NIGHT = {
    "France": "10% of the hourly rate",
    "Switzerland": "25% of the hourly rate",
    "United Kingdom": "GBP 1.40 an hour",
}
UNIFORM = {
    "Front Office": "charcoal suit",
    "Housekeeping": "sage-green tunic",
    "F&B service": "black waistcoat",
    "kitchen brigade": "white chef jacket",
}
BLACKOUT = {
    "Lyon": "week of 8 December",
    "Annecy": "15 July to 20 August",
    "Geneva": "last two weeks of January",
    "Edinburgh": "throughout August",
}
TRAVEL = {
    "Lyon": "50% of your TCL",
    "Annecy": "staff car park",
    "Geneva": "CHF 250",
    "Edinburgh": "salary sacrifice",
}
TRONC = {
    "F&B service": "10 points",
    "kitchen brigade": "6 points",
    "Front Office": "4 points",
    "Housekeeping": "3 points",
}

QUESTIONS = (
    rule_question("bm-claire", "How much annual leave do I get?", LEAVE, "France"),
    rule_question("bm-claire", "What's the uniform for my role?", UNIFORM, "Front Office"),
    rule_question("bm-claire", "Does the hotel help with the cost of getting to work?", TRAVEL, "Lyon"),
    rule_question("bm-claire", "Is there a time of year I can't book holiday?", BLACKOUT, "Lyon"),
    rule_question("bm-luca", "What do I get if the staff restaurant is shut during my shift?", MEAL, "Switzerland"),
    rule_question("bm-luca", "Is there an allowance for work shoes?", SHOES, "Switzerland"),
    rule_question("bm-luca", "What do I wear at work?", UNIFORM, "kitchen brigade"),
    general_question("bm-luca", "When is the 13th-month salary paid?", "November salary"),
    rule_question("bm-ailsa", "How many public holidays are there?", PUBLIC_HOLIDAYS, "United Kingdom"),
    rule_question("bm-ailsa", "How many tronc points do I get?", TRONC, "Housekeeping"),
    rule_question("bm-ailsa", "How much is the meal allowance?", MEAL, "United Kingdom"),
    rule_question("bm-jamie", "What's my share of the tronc in points?", TRONC, "F&B service"),
    rule_question("bm-jamie", "How many hours is a full-time week?", WEEK, "United Kingdom"),
    rule_question("bm-jamie", "When do we get paid?", PAY_DAY, "United Kingdom"),
    rule_question("bm-jamie", "When is leave not normally granted?", BLACKOUT, "Edinburgh"),
    general_question("bm-marc", "What are the hours of the night audit?", "23:00 to 07:00"),
    rule_question("bm-marc", "What do I get for working a bank holiday?", HOLIDAY_WORKED, "France"),
    rule_question("bm-marc", "Is there extra pay for working nights?", NIGHT, "France"),
    rule_question("bm-marc", "Is there parking or help with travel?", TRAVEL, "Annecy"),
    rule_question("bm-sofia", "How much holiday do I get a year?", LEAVE, "Switzerland, under 20"),
    rule_question("bm-sofia", "How many public holidays do we have?", PUBLIC_HOLIDAYS, "Switzerland"),
    rule_question("bm-sofia", "What's the dress code for restaurant staff?", UNIFORM, "F&B service"),
    rule_question("bm-nadia", "How much is the shoe allowance?", SHOES, "France"),
    rule_question("bm-nadia", "How long is the full-time working week?", WEEK, "France"),
    rule_question("bm-tomasz", "How much do I get towards my shoes each year?", SHOES, None),
    rule_question("bm-tomasz", "What's my uniform?", UNIFORM, "Housekeeping"),
    rule_question("bm-tomasz", "How many days' holiday do I get?", LEAVE, None),
    rule_question("bm-elise", "What's my annual leave entitlement?", LEAVE, "Switzerland, 20 or over"),
    rule_question("bm-elise", "Which day of the month is payday?", PAY_DAY, "Switzerland"),
    rule_question("bm-elise", "How am I paid if I work on a public holiday?", HOLIDAY_WORKED, "Switzerland"),
    rule_question("bm-paul", "What's the meal allowance?", MEAL, "France"),
    general_question("bm-paul", "What discount do staff get on rooms?", "40% of the best available rate"),
)

HANDBOOK = Handbook(
    name="brisemont",
    title="Brisemont Hotels: Employee Handbook",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
