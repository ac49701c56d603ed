"""Halvorsen Pryce Consulting (an HTML file): an intranet wiki page with a breadcrumb, a contents
list, a perks table by office with footnotes, practice rules in bullets and in one sentence naming
two practices, and a comment thread at the bottom. Offices and practices.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<p>Intranet &gt; People &gt; Working here &gt; Office life and expenses</p>
<h1>Halvorsen Pryce Intranet: Office Life and Expenses</h1>
<p><i>Owned by People Ops. Last reviewed in February. Something out of date? Leave a comment at the bottom
of the page or ask in the #ask-peopleops channel.</i></p>
<p>This page collects the practical things people keep asking about: what we pay for lunch and for
getting to the office, the home-working kit, learning budgets, targets and timesheets. Some of it depends
on the office your contract is with (Lisbon, Copenhagen or Krak&oacute;w), some on your practice
(Strategy, Data &amp; AI or Change). Anything not covered here falls under the Group Expenses Policy.</p>
<p><b>On this page:</b> 1. Office perks &middot; 2. Practice budgets and targets &middot; 3. Claiming
expenses &middot; 4. Travel &middot; Comments</p>
<h2>1. Office perks</h2>
<p>What you get depends on the office named in your employment contract, not on where you happen to be
working that day.</p>
<table>
<tr><th>Office</th><th>Lunch</th><th>Getting to work</th><th>Home-working kit (one-off)*</th>
<th>Office opens</th></tr>
<tr><td>Lisbon</td><td>9.60 EUR per day in the office, on the meal card**</td><td>40 EUR a month towards a
transit pass</td><td>350 EUR</td><td>08:30</td></tr>
<tr><td>Copenhagen</td><td>canteen lunch, Monday to Thursday***</td><td>300 DKK a month bike or transit
allowance</td><td>2,500 DKK</td><td>07:30</td></tr>
<tr><td>Krak&oacute;w</td><td>32 PLN per day in the office, on the meal card**</td><td>110 PLN a month
towards a city pass</td><td>1,500 PLN</td><td>08:00</td></tr>
</table>
<p>* Paid with your first salary after probation, against receipts (desk, chair, screen, headset). You
can claim it again after four years.<br/>
** Loaded on the first working day of each month, based on the office days in your calendar. Unused
balance stays on the card.<br/>
*** Fridays there is no canteen service in Copenhagen; order from the usual list and claim up to
95 DKK.</p>
<p>The office opening time is when the front door unlocks. Evening closing is 20:00 everywhere, and after
that you need to badge out through the side exit.</p>
""",
    """
<h2>2. Practice budgets and targets</h2>
<p>Each practice sets its own learning budget, utilisation target and timesheet rhythm. The numbers for
this year, as agreed by the practice leads:</p>
<ul>
<li><b>Learning budget.</b> It is 1,800 EUR a year for Strategy and for Change, and 2,400 EUR for Data
&amp; AI, where certifications cost more. Copenhagen and Krak&oacute;w colleagues are paid the equivalent
in local currency at the rate on the day of the claim. Unspent budget does not carry over.</li>
<li><b>Utilisation target.</b> Strategy: 70%. Data &amp; AI: 75%. Change: 65%. Partners and directors
are measured on sales instead and have no utilisation target.</li>
<li><b>Timesheets.</b> Data &amp; AI bills most clients weekly, so Data &amp; AI timesheets are due by
Monday 10:00 for the week before. Strategy and Change submit monthly, by the second working day of the
following month.</li>
</ul>
<h2>3. Claiming expenses</h2>
<p>Submit claims in Ledgerly within 60 days of spending the money, with a photo of each receipt. Claims
older than that are only paid with your practice lead's approval. Client-rechargeable expenses need the
project code, or finance cannot bill them.</p>
<h2>4. Travel</h2>
<p>Book all flights, trains and hotels through the travel desk. Flights are economy class, except that
premium economy is allowed for any single flight of more than 6 hours. Take the train rather than a plane
if the train journey is under four hours door to door.</p>
<h2>Comments (3)</h2>
<p><b>Marta L.</b> (Lisbon): Can the transit money be used for a scooter subscription?<br/>
<b>People Ops:</b> Yes, any shared mobility subscription counts, just upload the monthly invoice.</p>
<p><b>Jonas K.</b>: Does the kit budget cover a second monitor if I already claimed for a chair?<br/>
<b>People Ops:</b> Yes, as long as the total stays within your office's amount.</p>
<p><b>Ewa D.</b> (Krak&oacute;w): Is the meal card taxed?<br/>
<b>People Ops:</b> Not up to the statutory limit, which our daily amount stays under.</p>
""",
)

USERS = (
    User("hp-ines", ("I'm in the Data & AI practice at our Lisbon office.",)),
    User("hp-bram", ("I work from the Copenhagen office.", "I'm a senior consultant in Strategy.")),
    User("hp-kasia", ("My contract is with the Kraków office.",)),
    User("hp-tomas", ("I joined the Change practice last spring.",)),
    User("hp-ruairi", ("I'm a manager in Data & AI.", "I transferred to the Copenhagen office in January.")),
)

LUNCH = {"Lisbon": "9.60 EUR", "Copenhagen": "canteen lunch", "Kraków": "32 PLN"}
TRANSIT = {"Lisbon": "40 EUR", "Copenhagen": "300 DKK", "Kraków": "110 PLN"}
KIT = {"Lisbon": "350 EUR", "Copenhagen": "2,500 DKK", "Kraków": "1,500 PLN"}
OPENS = {"Lisbon": "08:30", "Copenhagen": "07:30", "Kraków": "08:00"}
LEARNING = {"Strategy": "1,800 EUR", "Change": "1,800 EUR", "Data & AI": "2,400 EUR"}
UTILISATION = {"Strategy": "70%", "Data & AI": "75%", "Change": "65%"}
TIMESHEETS = {"Data & AI": "Monday 10:00", "Strategy": "second working day", "Change": "second working day"}

QUESTIONS = (
    rule_question("hp-ines", "How much is the lunch allowance?", LUNCH, "Lisbon"),
    rule_question("hp-kasia", "What do I get for lunch?", LUNCH, "Kraków"),
    rule_question("hp-bram", "Is lunch covered?", LUNCH, "Copenhagen"),
    rule_question("hp-tomas", "How much do I get for lunch?", LUNCH, None),
    rule_question("hp-ruairi", "How much is my allowance for getting to work?", TRANSIT, "Copenhagen"),
    rule_question("hp-kasia", "What transport allowance do I get each month?", TRANSIT, "Kraków"),
    rule_question("hp-ines", "How much can I claim for home-working kit?", KIT, "Lisbon"),
    rule_question("hp-tomas", "What's the home-working equipment budget?", KIT, None),
    rule_question("hp-bram", "What time does the office open?", OPENS, "Copenhagen"),
    rule_question("hp-kasia", "When does my office open in the morning?", OPENS, "Kraków"),
    rule_question("hp-ines", "What's my learning budget?", LEARNING, "Data & AI"),
    rule_question("hp-tomas", "How much training budget do I have this year?", LEARNING, "Change"),
    rule_question("hp-kasia", "What is my learning budget?", LEARNING, None),
    rule_question("hp-bram", "What's my utilisation target?", UTILISATION, "Strategy"),
    rule_question("hp-ruairi", "What billable utilisation am I expected to hit?", UTILISATION, "Data & AI"),
    rule_question("hp-tomas", "What is my target utilisation?", UTILISATION, "Change"),
    rule_question("hp-ines", "When are my timesheets due?", TIMESHEETS, "Data & AI"),
    rule_question("hp-bram", "When do I have to submit my timesheets?", TIMESHEETS, "Strategy"),
    general_question("hp-ruairi", "How long do I have to submit an expense claim?", "60 days"),
    general_question("hp-kasia", "When can I fly premium economy?", "6 hours"),
)

HANDBOOK = Handbook(
    name="halvorsen",
    title="Halvorsen Pryce Intranet: Office Life and Expenses",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
