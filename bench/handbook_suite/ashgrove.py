"""Ashgrove Provisions: a food retailer's store operations manual, with a store table (region,
hours, delivery time), a refund-authority table by job title, uniform rules in sentences and in a
list under a lead-in, a break rule stated as an exception, parking per store in consecutive
sentences, regional supplements in sentences, regional phone extensions in a parenthetical and
training in list items led by the job title. Stores, regions and job titles.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Ashgrove Provisions: Store Operations Manual</h1>
<p><b>Issue 7.</b> This manual applies in every Ashgrove food store. It replaces the old blue book and the
separate cash office guide. Where a procedure is different for a region, a store or a job title, the section
says so. If a notice from your Regional Operations Manager contradicts the manual, follow the notice until the
manual is reissued, and let your Store Manager know so that the page can be corrected.</p>
<h2>1. Our stores</h2>
<p>We trade from eleven stores in three regions: Borders, Estuary and Capital. Most stores keep standard
hours of 07:00 to 22:00, Monday to Saturday. The stores below have their own hours, agreed with the landlord
or the council, and take their main chilled and ambient delivery at the time shown. A delivery must be checked
in and cleared off the dock within 90 minutes of arriving.</p>
<table>
<tr><th>Store</th><th>Region</th><th>Trading hours (Mon&ndash;Sat)</th><th>Main delivery due</th></tr>
<tr><td>Fenwick Quay</td><td>Borders</td><td>07:30&ndash;21:00</td><td>05:15</td></tr>
<tr><td>Saltergate</td><td>Estuary</td><td>06:30&ndash;23:00</td><td>04:40</td></tr>
<tr><td>Maltby Road</td><td>Estuary</td><td>08:00&ndash;20:00</td><td>06:10</td></tr>
<tr><td>Harrow Cross</td><td>Capital</td><td>06:00&ndash;midnight</td><td>03:50</td></tr>
</table>
<p>On Sundays every store trades from 10:00 to 16:00, whatever its weekday hours.</p>
<h2>2. Opening and closing</h2>
<p>A store is opened and closed by the key holder on the rota, who arrives at least 30 minutes before the
doors open. Two colleagues must be present to open or close: never the key holder alone. If your second
colleague has not turned up, wait in your car or in a lit public place and ring the duty line. Keys are held
by Store Managers and Duty Managers.</p>
<p>Before opening, walk the shop floor, check that the fire exits are clear and unlocked, switch on the tills
and sign the opening checklist. At close, count the customers out, check the toilets and the warehouse, set
the alarm and lock the goods-in door last.</p>
""",
    """
<h2>3. Tills and refunds</h2>
<p>Till floats are collected from the cash office at the start of your shift and counted back at the end with
a second person watching. Never hold more than &pound;300 in notes in a till; when the screen asks for a cash
lift, call for one on the radio.</p>
<p>Refunds need a receipt or the customer's bank statement. How much you can refund on your own login, before
a manager has to override, depends on your job title:</p>
<table>
<tr><th>Job title</th><th>Refund without override</th><th>Price overrides</th></tr>
<tr><td>Customer Assistant</td><td>Up to &pound;25</td><td>Not permitted</td></tr>
<tr><td>Fresh Food Colleague</td><td>Up to &pound;15 (counter goods only)</td>
<td>End-of-day reductions on counter goods</td></tr>
<tr><td>Duty Manager</td><td>Up to &pound;175</td><td>Up to half price</td></tr>
<tr><td>Store Manager</td><td>Up to &pound;600</td><td>Any amount, with a reason code</td></tr>
<tr><td>Night Replenishment Colleague</td><td>Does not work on tills</td><td>Not permitted</td></tr>
</table>
<h2>4. Uniform</h2>
<p>Uniform is free. You get your starter kit on your first shift and replacements when items wear out (ask
your Duty Manager, not the cash office). Name badges are worn on the shop floor at all times.</p>
<p>Customer Assistants are issued three green polo shirts and a zip fleece, and wear their own plain black
trousers or skirt. If you work on a counter (bakery, deli, fish or meat) your job title is Fresh Food
Colleague, and you get four white tunics, a striped apron and a weekly supply of hairnets. No jewellery
other than a plain band is worn behind the counter.</p>
<p>Night Replenishment Colleagues are given:</p>
<ul>
<li>two hi-vis tabards;</li>
<li>a padded freezer jacket for the cold rooms;</li>
<li>safety boots, refunded up to &pound;45 against a receipt.</li>
</ul>
<p>Duty Managers and Store Managers wear their own business dress with the navy manager's lanyard.</p>
<h2>5. Breaks</h2>
<p>Anyone working a shift of more than six hours takes a paid break of 30 minutes, at a time set by the Duty
Manager. Night replenishment is the exception: Night Replenishment Colleagues take a break of 45 minutes, of
which the first 15 are paid, at 02:00 unless the night team agrees a different time.</p>
<h2>6. Colleague parking</h2>
<p>Always come in and leave through the colleague entrance, never through the customer doors. Parking
depends on your store. At Fenwick Quay, colleagues park on the upper deck of the customer car park and show
the green permit on the dashboard. Saltergate has no colleague spaces of its own, so park in the council car
park on Ropewalk and claim the day rate back from the cash office. Maltby Road colleagues use the marked bays
behind the recycling centre. Harrow Cross has no parking at all; colleagues there get a travel contribution of
&pound;40 a month towards a bus or rail pass instead.</p>
""",
    """
<h2>7. Location supplement</h2>
<p>Because living costs vary across our area, hourly-paid colleagues receive a location supplement on top of
the base rate, shown as a separate line on the payslip. Colleagues in the Capital region get &pound;1.35 an
hour. The supplement is 60p an hour in Estuary stores and 30p an hour in the Borders region.</p>
<h2>8. Shoplifting and other incidents</h2>
<p>Do not chase or try to detain a shoplifter. Note a description, keep yourself and customers safe, and
phone your region's security hub straight away (Borders: extension 4410; Estuary: extension 5127; Capital:
extension 6032). Every incident, including verbal abuse of a colleague, is written up in the incident log
before the end of your shift.</p>
<h2>9. Training</h2>
<p>Everyone completes the Welcome to Ashgrove e-learning and fire awareness within their first week, and
refreshes fire awareness every twelve months. What else you must complete depends on your job:</p>
<ul>
<li>Customer Assistants: Age-Restricted Sales (Challenge 25) before their first shift alone on a till, then
every six months;</li>
<li>Fresh Food Colleagues: the Level 2 Food Hygiene certificate within four weeks of starting, and allergen
awareness;</li>
<li>Night Replenishment Colleagues: pallet truck and cage safety, and cold store working;</li>
<li>Duty Managers and Store Managers: the Key Holder module and Managing Safely, plus the personal licence
course where the store sells alcohol.</li>
</ul>
<h2>10. Holidays</h2>
<p>The holiday year runs from April to March. Full-time colleagues get 28 days including bank holidays, and
part-time colleagues the same pro rata. Book holiday in the MyShift app at least four weeks ahead. Holiday is
not normally granted in the three weeks before Christmas.</p>
<h2>11. Pay and discount</h2>
<p>You are paid every four weeks on a Friday, by bank transfer; payslips appear in MyShift on the Wednesday
before. After four weeks' service your colleague discount card gives you 12% off most of your shopping (not
tobacco, lottery, fuel or gift cards). The card is for you and one nominated member of your household.</p>
""",
)

USERS = (
    User(
        "ag-shona",
        ("I've been a Customer Assistant at Saltergate for about two years.", "Our store is in the Estuary region."),
    ),
    User("ag-tomasz", ("I'm one of the Duty Managers at Fenwick Quay, up in the Borders region.",)),
    User("ag-rhian", ("I work nights as a replenishment colleague.",)),
    User("ag-bola", ("I'm the Store Manager at Harrow Cross.",)),
    User("ag-ivy", ("I work in the Capital region.",)),
    User("ag-lorcan", ("I'm a Fresh Food Colleague on the deli counter.", "I work at the Maltby Road store.")),
)

REFUND = {
    "Customer Assistant": "£25",
    "Fresh Food Colleague": "£15",
    "Duty Manager": "£175",
    "Store Manager": "£600",
}
UNIFORM = {
    "Customer Assistant": "green polo shirts",
    "Fresh Food Colleague": "white tunics",
    "Night Replenishment Colleague": "freezer jacket",
    "Duty Manager": "business dress",
    "Store Manager": "business dress",
}
TRAINING = {
    "Customer Assistant": "Age-Restricted Sales",
    "Fresh Food Colleague": "Food Hygiene",
    "Night Replenishment Colleague": "pallet truck",
    "Duty Manager": "Key Holder module",
    "Store Manager": "Key Holder module",
}
DELIVERY = {"Fenwick Quay": "05:15", "Saltergate": "04:40", "Maltby Road": "06:10", "Harrow Cross": "03:50"}
PARKING = {
    "Fenwick Quay": "upper deck",
    "Saltergate": "Ropewalk",
    "Maltby Road": "recycling centre",
    "Harrow Cross": "£40 a month",
}
SUPPLEMENT = {"Capital": "£1.35 an hour", "Estuary": "60p an hour", "Borders": "30p an hour"}
SECURITY = {"Borders": "4410", "Estuary": "5127", "Capital": "6032"}
BREAK = {"Night Replenishment Colleague": "45 minutes", "other": "30 minutes"}

QUESTIONS = (
    rule_question(
        "ag-shona", "How much can I refund before I need a manager's override?", REFUND, "Customer Assistant"
    ),
    rule_question("ag-tomasz", "What's the most I can refund on my own login?", REFUND, "Duty Manager"),
    rule_question("ag-bola", "Up to what amount can I put a refund through myself?", REFUND, "Store Manager"),
    rule_question("ag-lorcan", "How much am I allowed to refund without an override?", REFUND, "Fresh Food Colleague"),
    rule_question("ag-ivy", "What is my refund limit?", REFUND, None),
    rule_question("ag-rhian", "What uniform will I be given?", UNIFORM, "Night Replenishment Colleague"),
    rule_question(
        "ag-rhian",
        "Apart from the induction, what training do I need for my job?",
        TRAINING,
        "Night Replenishment Colleague",
    ),
    rule_question("ag-shona", "Which training do I have to do for my role?", TRAINING, "Customer Assistant"),
    rule_question("ag-ivy", "What training is required for my job?", TRAINING, None),
    rule_question("ag-tomasz", "What time is our main delivery due in?", DELIVERY, "Fenwick Quay"),
    rule_question("ag-bola", "When does the main delivery arrive at my store?", DELIVERY, "Harrow Cross"),
    rule_question("ag-rhian", "What time does the main delivery come in?", DELIVERY, None),
    rule_question("ag-shona", "Where do I park when I'm working?", PARKING, "Saltergate"),
    rule_question("ag-lorcan", "Where can I park at work?", PARKING, "Maltby Road"),
    rule_question("ag-ivy", "How much location supplement do I get?", SUPPLEMENT, "Capital"),
    rule_question("ag-tomasz", "What is the location supplement where I work?", SUPPLEMENT, "Borders"),
    rule_question("ag-shona", "Which extension do I ring to report a shoplifter?", SECURITY, "Estuary"),
    rule_question("ag-rhian", "How long is my break?", BREAK, "Night Replenishment Colleague"),
    general_question("ag-bola", "What discount do colleagues get on their shopping?", "12%"),
    general_question("ag-ivy", "How many people have to be there to open the store?", "Two colleagues"),
)

HANDBOOK = Handbook(
    name="ashgrove",
    title="Ashgrove Provisions: Store Operations Manual",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
