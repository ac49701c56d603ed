"""Marlowe: a grocery chain's colleague intranet guide ("The Hub"), in short friendly sections
written to "you": bullet lists under bold labels naming the context ("In stores, joined before
1 March 2019?", "Express stores:"), "Did you know?" boxes, a breaks table by shift length that
Drivers are taken out of further down, and rules keyed by store format, distribution centre or
head office, role, London region zone, pay type and joining date. Held-out set, HTML."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>The Hub: Your Marlowe Colleague Guide</h1>
<p>Hello and welcome! Whether you're on the shop floor, in one of our distribution centres or at
Marlowe House, this guide has the everyday things you need to know about working here. If something
isn't covered, ask your line manager or call the <strong>People Helpline on 0300 555 0142</strong>.</p>
<h2>Where we work</h2>
<ul>
<li><strong>Express</strong> &ndash; our neighbourhood convenience stores, open 7am to 11pm.</li>
<li><strong>Market</strong> &ndash; our mid-size supermarkets on high streets and retail parks.</li>
<li><strong>Superstore</strong> &ndash; our biggest stores, with a caf&eacute;, pharmacy and Click &amp; Collect.</li>
<li><strong>Distribution centres (DCs)</strong> &ndash; Hatherby (ambient and chilled), Wexcombe (frozen) and
Carrick Park (serving our Scottish stores).</li>
<li><strong>Marlowe House</strong> &ndash; our head office in Northampton, also known as the Store Support
Centre (SSC).</li>
</ul>
<p>Stores are grouped into five regions: <strong>Scotland</strong>, <strong>North</strong>,
<strong>Midlands</strong>, <strong>South</strong> and <strong>London</strong>. Each region has a Regional
Operations Manager and its own People Partner.</p>
<h2>Who's who in store</h2>
<ul>
<li><strong>Customer Assistant (CA)</strong> &ndash; tills, shelves, online picking, and being brilliant
with customers.</li>
<li><strong>Team Leader (TL)</strong> &ndash; runs a shift or a department and looks after a team of CAs.</li>
<li><strong>Store Manager (SM)</strong> &ndash; responsible for the whole store, its people and its
results.</li>
</ul>
<p>At our DCs you'll mainly meet <strong>Warehouse Colleagues</strong>, who pick and load, and
<strong>Drivers</strong>, who get the goods to our stores.</p>
<table><tr><td><strong>Did you know?</strong> Marlowe opened its very first shop on Bridge Street,
Kettering, in 1962. Today more than 31,000 colleagues work for us.</td></tr></table>
""",
    """
<h2>Getting paid</h2>
<ul>
<li><strong>Hourly paid colleagues</strong> (CAs, TLs, Warehouse Colleagues and Drivers): you're paid every
four weeks, on a Friday.</li>
<li><strong>Salaried colleagues</strong> (Store Managers and everyone at Marlowe House): you're paid
monthly, on the 28th.</li>
</ul>
<p>Your payslip is on the <strong>MyMarlowe</strong> app two days before payday.</p>
<h2>Working Sundays</h2>
<p>What you get for Sunday hours depends on where you work and when you joined us:</p>
<ul>
<li><strong>In stores, joined before 1 March 2019?</strong> You keep your protected Sunday rate of time
and a half for every hour you work on a Sunday.</li>
<li><strong>In stores, joined on or after 1 March 2019?</strong> You get a Sunday premium of &pound;1.40 an
hour on top of your usual rate.</li>
<li><strong>At a DC?</strong> Sunday hours are paid at time and a third under the DC Pay Agreement. This
includes Drivers.</li>
</ul>
<h2>Bank holidays</h2>
<ul>
<li><strong>Hourly paid colleagues:</strong> you're paid double time for every hour you work on a bank
holiday.</li>
<li><strong>Store Managers:</strong> there's no bank holiday premium, but you'll get a day off in lieu for
each bank holiday you work, to take within eight weeks.</li>
</ul>
<p>All our stores are closed on Christmas Day, and so is Marlowe House.</p>
<h2>London allowance</h2>
<p>If your store is in our London region, you get a location allowance on top of your pay:</p>
<ul>
<li><strong>Inner London</strong> (stores inside the North and South Circular): &pound;1.35 an hour.</li>
<li><strong>Outer London</strong> (the rest of the London region): 70p an hour.</li>
</ul>
<p>Everywhere else there's no location allowance, because our regional pay rates already reflect local
costs.</p>
<table><tr><td><strong>Did you know?</strong> Refer a friend who joins us and stays 12 weeks, and you'll
get a &pound;150 thank-you in your pay.</td></tr></table>
""",
    """
<h2>Breaks</h2>
<p>Taking a proper break matters. Your break depends on how long your shift is:</p>
<table>
<tr><th>Your shift</th><th>Your break</th></tr>
<tr><td>Up to 4 hours</td><td>No set break, but do grab a drink when it's quiet</td></tr>
<tr><td>Over 4 and up to 6 hours</td><td>One 20-minute paid break</td></tr>
<tr><td>Over 6 and up to 9 hours</td><td>A 30-minute unpaid meal break, plus a 15-minute paid break</td></tr>
<tr><td>Over 9 hours</td><td>A one-hour unpaid meal break, plus two 15-minute paid breaks</td></tr>
</table>
<p>Your TL will plan breaks into the rota, so please take them when they're scheduled.</p>
<p><strong>Driving today?</strong> The table above doesn't apply to Drivers on driving shifts. You follow
the drivers' hours rules instead: a 45-minute break after no more than 4.5 hours of driving, recorded on
your tachograph.</p>
<h2>Holidays</h2>
<ul>
<li><strong>Your allowance:</strong> 5.6 weeks a year, which is 28 days for a full-time colleague,
including bank holidays. Part-time? It's worked out on your contracted hours.</li>
<li><strong>Booking:</strong> request holiday in the MyMarlowe app at least four weeks ahead.</li>
</ul>
<p>We're at our busiest before Christmas, so there's a peak period when holiday can't be booked:</p>
<ul>
<li><strong>Superstores and Markets:</strong> from 1 December until New Year's Day.</li>
<li><strong>Express stores:</strong> from 15 December until New Year's Day.</li>
<li><strong>DCs:</strong> from 10 November until New Year's Day.</li>
<li><strong>Marlowe House:</strong> no peak blackout, but check busy dates with your manager.</li>
</ul>
<h2>Working at Marlowe House</h2>
<p>If you're based at head office, you work hybrid: at least three days a week in the office, with
Tuesday and Wednesday as team days for everyone.</p>
<table><tr><td><strong>Did you know?</strong> Marlowe House has a free gym and a bike store, and you can
borrow a desk in any of our DCs if you're visiting.</td></tr></table>
""",
    """
<h2>Your colleague discount</h2>
<ul>
<li><strong>How much:</strong> 15% off most of your shopping, in any Marlowe store and online.</li>
<li><strong>Who can use it:</strong> you, plus one person you nominate who lives with you.</li>
<li><strong>What's not included:</strong> tobacco, lottery, fuel, gift cards and prescriptions.</li>
</ul>
<table><tr><td><strong>Did you know?</strong> Twice a year we hold a Thank You Weekend, when your discount
goes up to 25%. Watch the Hub for the dates.</td></tr></table>
<h2>Uniform</h2>
<p>Your first uniform is free, and we'll replace it when it wears out. Here's what you'll get:</p>
<ul>
<li><strong>Customer Assistants:</strong> three green polo shirts and a Marlowe fleece.</li>
<li><strong>Team Leaders:</strong> three navy polo shirts, a fleece and a TL lanyard.</li>
<li><strong>Store Managers:</strong> no uniform, just smart business wear and your name badge.</li>
<li><strong>Drivers:</strong> two hi-vis jackets, four grey polo shirts and safety boots.</li>
<li><strong>Warehouse Colleagues:</strong> thermal kit for the chilled and frozen areas, plus safety
boots.</li>
</ul>
<p>Please wear your name badge on every shift, and keep your own clothes plain and dark.</p>
<h2>Need a hand?</h2>
<ul>
<li><strong>Payslips, holiday and rotas:</strong> the MyMarlowe app.</li>
<li><strong>Anything else:</strong> your line manager, or the People Helpline on 0300 555 0142.</li>
<li><strong>Someone to talk to:</strong> our free, confidential Colleague Assistance line is open 24/7.</li>
</ul>
""",
)

USERS = (
    User("mw-jade", ("I'm a customer assistant at the Harlow Road Superstore.", "I've worked here since 2016.")),
    User("mw-kwame", ("I'm a TL at our Camden Lock Express.", "It's an inner London store.")),
    User("mw-ben", ("I drive for us out of Wexcombe.",)),
    User("mw-laura", ("I'm the store manager at our Market store in Bexley.",)),
    User("mw-rhys", ("I'm in the buying team at head office.",)),
    User("mw-amy", ("I'm a CA and I normally work 7-hour shifts.",)),
    User(
        "mw-tariq",
        (
            "I only joined Marlowe last month.",
            "I'm a customer assistant at the Kirkstall Superstore in Leeds, so North region.",
        ),
    ),
)

SUNDAY = {
    "store, joined before 1 March 2019": "time and a half",
    "store, joined later": "£1.40 an hour",
    "DC": "time and a third",
}
BANK_HOLIDAY = {"hourly": "double time", "Store Manager": "day off in lieu"}
PAYDAY = {"hourly": "every four weeks", "salaried": "28th"}
LONDON = {"Inner London": "£1.35 an hour", "Outer London": "70p an hour", "elsewhere": "no location allowance"}
BREAKS = {
    "over 4 to 6 hours": "20-minute paid break",
    "over 6 to 9 hours": "30-minute unpaid",
    "over 9 hours": "one-hour unpaid",
    "Driver": "4.5 hours of driving",
}
BLACKOUT = {
    "Superstore/Market": "1 December",
    "Express": "15 December",
    "DC": "10 November",
    "Marlowe House": "no peak blackout",
}
UNIFORM = {
    "Customer Assistant": "green polo",
    "Team Leader": "navy polo",
    "Store Manager": "smart business wear",
    "Driver": "hi-vis jackets",
    "Warehouse Colleague": "thermal kit",
}

QUESTIONS = (
    rule_question("mw-jade", "Do I get paid extra for working Sundays?", SUNDAY, "store, joined before 1 March 2019"),
    rule_question("mw-jade", "What do I get paid if I work on a bank holiday?", BANK_HOLIDAY, "hourly"),
    rule_question("mw-jade", "When's the cut-off for booking holiday before Christmas?", BLACKOUT, "Superstore/Market"),
    rule_question("mw-jade", "How long is my break?", BREAKS, None),
    rule_question("mw-kwame", "Do I get London weighting?", LONDON, "Inner London"),
    rule_question("mw-kwame", "What uniform am I supposed to wear?", UNIFORM, "Team Leader"),
    rule_question("mw-kwame", "Can I take holiday in December?", BLACKOUT, "Express"),
    rule_question("mw-kwame", "What's the Sunday rate?", SUNDAY, None),
    rule_question("mw-ben", "what breaks do I have to take?", BREAKS, "Driver"),
    rule_question("mw-ben", "How much extra do I get for a Sunday shift?", SUNDAY, "DC"),
    rule_question("mw-ben", "What kit will I be given?", UNIFORM, "Driver"),
    rule_question("mw-ben", "How often do I get paid?", PAYDAY, "hourly"),
    rule_question("mw-ben", "When can't I book holiday around Christmas?", BLACKOUT, "DC"),
    rule_question(
        "mw-laura", "Is there a premium for me working the August bank holiday?", BANK_HOLIDAY, "Store Manager"
    ),
    rule_question("mw-laura", "Do I have to wear a uniform?", UNIFORM, "Store Manager"),
    rule_question("mw-laura", "When's payday for me?", PAYDAY, "salaried"),
    rule_question("mw-laura", "From when is holiday blocked before Christmas?", BLACKOUT, "Superstore/Market"),
    general_question("mw-rhys", "How many days a week am I expected in the office?", "three days a week"),
    rule_question("mw-rhys", "What date do I get paid?", PAYDAY, "salaried"),
    rule_question("mw-rhys", "Is there a Christmas holiday blackout for me?", BLACKOUT, "Marlowe House"),
    rule_question("mw-amy", "What breaks am I entitled to?", BREAKS, "over 6 to 9 hours"),
    rule_question("mw-amy", "What's my uniform?", UNIFORM, "Customer Assistant"),
    rule_question("mw-amy", "Can I book a week off in early December?", BLACKOUT, None),
    rule_question("mw-amy", "Do Sundays pay more?", SUNDAY, None),
    rule_question("mw-tariq", "What's the Sunday premium for me?", SUNDAY, "store, joined later"),
    rule_question("mw-tariq", "Do I get any location allowance?", LONDON, "elsewhere"),
    general_question("mw-tariq", "How much staff discount do I get?", "15%"),
    general_question("mw-tariq", "How much holiday do I get as a full-timer?", "28 days"),
)

HANDBOOK = Handbook(
    name="marlowe",
    title="The Hub: Your Marlowe Colleague Guide",
    split="heldout",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
