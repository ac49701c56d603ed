"""Brightwater Software: a "how we work" memo with country rules ("For employees in Switzerland,
..."), team working agreements as lists under a lead-in naming the team, "Each team has ...",
and an "Each Mobile Apps engineer has ..." sentence. Teams and countries.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Brightwater Software: How We Work</h1>
<p>Brightwater employs people in Germany, Austria and Switzerland. Local law sets some rules per country;
each team agrees others for itself. This memo collects both, and the rules that hold for everyone.</p>
<h2>Annual leave</h2>
<p>For employees in Germany, annual leave is 30 days. For employees in Austria, annual leave is five
weeks. For employees in Switzerland, annual leave is 23 days, and the company adds the week between
Christmas and New Year.</p>
<h2>Lunch</h2>
<p>Meal vouchers are worth 7.50 EUR per working day in Germany and 8 EUR per working day in Austria. For
employees in Switzerland, lunch is covered by a monthly lunch allowance of 220 CHF instead.</p>
<h2>Illness</h2>
<p>In Germany a doctor's note is needed from the fourth day of illness. In Austria it is needed from the
third day; for employees in Switzerland, from the sixth day. Report every sick day in the HR tool.</p>
<h2>Working from abroad</h2>
<p>Everyone may work from another country for up to 20 days a year, after telling People Operations which
country and which dates.</p>
""",
    """
<h2>Team working agreements</h2>
<p>Each team has its own release rhythm and on-call arrangement, agreed at its yearly retrospective.</p>
<p>Payments Core engineers:</p>
<ul><li>release on Tuesdays and Thursdays only;</li><li>are on call one week in six;</li><li>need a second
reviewer for every change to the ledger.</li></ul>
<p>Mobile Apps engineers:</p>
<ul><li>release every second Wednesday, after store review;</li><li>have no on-call duty;</li><li>keep the
crash-free rate above 99.5%.</li></ul>
<p>Site Reliability engineers:</p>
<ul><li>release continuously, behind feature flags;</li><li>are on call one week in four, with a weekly
on-call bonus;</li><li>run the incident review every Monday.</li></ul>
<h2>Devices</h2>
<p>Every engineer chooses a laptop from the standard list. Each Mobile Apps engineer has a test-device
budget of 900 EUR a year for phones and tablets.</p>
""",
)

USERS = (
    User("bw-jonas", ("I'm on the Payments Core team in Germany.",)),
    User("bw-lea", ("I work in Mobile Apps.", "I live and work in Austria.")),
    User("bw-nico", ("My team is Site Reliability.", "I'm employed in Switzerland.")),
    User("bw-selin", ("I work for Brightwater in Germany.",)),
    User("bw-marco", ("I'm in Site Reliability.", "I joined in May.")),
)

LEAVE = {"Germany": "30 days", "Austria": "five weeks", "Switzerland": "23 days"}
LUNCH = {"Germany": "7.50 EUR", "Austria": "8 EUR", "Switzerland": "220 CHF"}
SICK_NOTE = {"Germany": "fourth day", "Austria": "third day", "Switzerland": "sixth day"}
RELEASE = {
    "Payments Core": "Tuesdays and Thursdays",
    "Mobile Apps": "every second Wednesday",
    "Site Reliability": "continuously",
}
ON_CALL = {"Payments Core": "one week in six", "Mobile Apps": "no on-call duty", "Site Reliability": "one week in four"}

QUESTIONS = (
    rule_question("bw-jonas", "How many days of annual leave do I get?", LEAVE, "Germany"),
    rule_question("bw-lea", "How much annual leave do I have?", LEAVE, "Austria"),
    rule_question("bw-nico", "What is my annual leave?", LEAVE, "Switzerland"),
    rule_question("bw-selin", "How much holiday do I get?", LEAVE, "Germany"),
    rule_question("bw-marco", "How many days of annual leave do I get?", LEAVE, None),
    rule_question("bw-jonas", "How much are my meal vouchers worth?", LUNCH, "Germany"),
    rule_question("bw-lea", "What do I get for lunch?", LUNCH, "Austria"),
    rule_question("bw-nico", "Is lunch paid for?", LUNCH, "Switzerland"),
    rule_question("bw-lea", "From which day of illness do I need a doctor's note?", SICK_NOTE, "Austria"),
    rule_question("bw-selin", "When do I need a doctor's note when I'm sick?", SICK_NOTE, "Germany"),
    rule_question("bw-nico", "From what day of sickness is a doctor's note required?", SICK_NOTE, "Switzerland"),
    rule_question("bw-marco", "When do I need a doctor's note?", SICK_NOTE, None),
    rule_question("bw-jonas", "When can I release?", RELEASE, "Payments Core"),
    rule_question("bw-lea", "How often do we release?", RELEASE, "Mobile Apps"),
    rule_question("bw-nico", "What is my team's release rhythm?", RELEASE, "Site Reliability"),
    rule_question("bw-marco", "When do I release?", RELEASE, "Site Reliability"),
    rule_question("bw-selin", "What is my release schedule?", RELEASE, None),
    rule_question("bw-jonas", "How often am I on call?", ON_CALL, "Payments Core"),
    rule_question("bw-lea", "Do I have on-call duty?", ON_CALL, "Mobile Apps"),
    rule_question("bw-marco", "How often am I on call?", ON_CALL, "Site Reliability"),
    rule_question("bw-selin", "How often am I on call?", ON_CALL, None),
    general_question("bw-lea", "How much is my test-device budget?", "900 EUR"),
    general_question("bw-selin", "How many days a year may I work from another country?", "20 days a year"),
    general_question("bw-jonas", "Can I work from abroad, and for how long?", "20 days a year"),
)

HANDBOOK = Handbook(
    name="brightwater",
    title="Brightwater Software: How We Work",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
