"""Tidewater Health Trust: a staff FAQ (question headings), role rules in a table row each and in
sentences, campus rules keyed inside a sentence, and mandatory training as lists under a lead-in
naming the role. Roles and campuses.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Tidewater Health Trust: Staff Questions and Answers</h1>
<p>Answers to the questions new staff ask most often. The Trust runs two campuses, Riverside and
Hillcrest. Where the answer differs by role or by campus, it says so.</p>
<h2>What allowances come with my role?</h2>
<p>The uniform allowance is paid every April. The night-shift premium is added to the hourly rate for
hours worked between 20:00 and 06:00.</p>
<table>
<tr><th>Role</th><th>Uniform allowance</th><th>Night-shift premium</th></tr>
<tr><td>Staff Nurse</td><td>180 GBP a year</td><td>22% on top of the hourly rate</td></tr>
<tr><td>Ward Manager</td><td>240 GBP a year</td><td>15% on top of the hourly rate</td></tr>
<tr><td>Healthcare Assistant</td><td>150 GBP a year</td><td>26% on top of the hourly rate</td></tr>
<tr><td>Porter</td><td>130 GBP a year</td><td>18% on top of the hourly rate</td></tr>
</table>
<h2>Where do I park?</h2>
<p>At the Riverside campus, staff park in the multi-storey on Quay Street with a permit costing 12 GBP a
month. At the Hillcrest campus, parking is free in the staff field off Ridge Lane.</p>
<h2>When does the staff restaurant open?</h2>
<p>The Riverside restaurant opens at 06:30 and the Hillcrest restaurant opens at 07:15. Both close at
20:00 and serve a hot meal until 19:00.</p>
""",
    """
<h2>How much annual leave do I get?</h2>
<p>Leave follows the national pay framework and is the same in every role and at both campuses: 27 days
on joining, 29 days after five years and 33 days after ten years, plus bank holidays.</p>
<h2>Who signs off my rota?</h2>
<p>Staff Nurses and Healthcare Assistants have their rota signed off by the Ward Manager. Ward Managers'
rotas are signed off by the Matron. Porters' rotas are signed off by the Facilities Supervisor.</p>
<h2>What training is mandatory?</h2>
<p>Everyone completes fire safety and information governance every year. In addition:</p>
<p>Staff Nurses must complete:</p>
<ul><li>Immediate Life Support, every year;</li><li>medicines management, every two years.</li></ul>
<p>Healthcare Assistants must complete:</p>
<ul><li>the Care Certificate, in the first twelve weeks;</li><li>basic life support, every year.</li></ul>
<p>Ward Managers must complete:</p>
<ul><li>the Trust leadership module, in the first six months;</li><li>safeguarding level 3, every three years.</li></ul>
<p>Porters must complete:</p>
<ul><li>manual handling, every year;</li><li>infection control, every two years.</li></ul>
<h2>When is the flu vaccine offered?</h2>
<p>Flu vaccines are offered to all staff in October at the occupational health clinic on each campus.</p>
""",
)

USERS = (
    User("tw-grace", ("I'm a Staff Nurse at the Riverside campus.",)),
    User("tw-dan", ("I work as a Porter.", "I'm based at Hillcrest.")),
    User("tw-hannah", ("I'm a Ward Manager on the Hillcrest campus.",)),
    User("tw-kofi", ("I'm a Healthcare Assistant.", "I work nights mostly.")),
    User("tw-mei", ("I work at the Riverside campus.",)),
)

UNIFORM = {
    "Staff Nurse": "180 GBP",
    "Ward Manager": "240 GBP",
    "Healthcare Assistant": "150 GBP",
    "Porter": "130 GBP",
}
NIGHT = {"Staff Nurse": "22%", "Ward Manager": "15%", "Healthcare Assistant": "26%", "Porter": "18%"}
PARKING = {"Riverside": "Quay Street", "Hillcrest": "Ridge Lane"}
RESTAURANT = {"Riverside": "06:30", "Hillcrest": "07:15"}
ROTA = {
    "Staff Nurse": "by the Ward Manager",
    "Healthcare Assistant": "by the Ward Manager",
    "Ward Manager": "by the Matron",
    "Porter": "by the Facilities Supervisor",
}
TRAINING = {
    "Staff Nurse": "Immediate Life Support",
    "Healthcare Assistant": "Care Certificate",
    "Ward Manager": "leadership module",
    "Porter": "manual handling",
}

QUESTIONS = (
    rule_question("tw-grace", "How much is my uniform allowance?", UNIFORM, "Staff Nurse"),
    rule_question("tw-dan", "What uniform allowance do I get?", UNIFORM, "Porter"),
    rule_question("tw-hannah", "How much uniform allowance am I paid?", UNIFORM, "Ward Manager"),
    rule_question("tw-kofi", "What is my uniform allowance?", UNIFORM, "Healthcare Assistant"),
    rule_question("tw-mei", "How much is my uniform allowance?", UNIFORM, None),
    rule_question("tw-grace", "What is my night-shift premium?", NIGHT, "Staff Nurse"),
    rule_question("tw-kofi", "How much extra do I get for night shifts?", NIGHT, "Healthcare Assistant"),
    rule_question("tw-dan", "What premium do I get for working nights?", NIGHT, "Porter"),
    rule_question("tw-grace", "Where do I park?", PARKING, "Riverside"),
    rule_question("tw-dan", "Where can I park my car?", PARKING, "Hillcrest"),
    rule_question("tw-hannah", "Where is staff parking?", PARKING, "Hillcrest"),
    rule_question("tw-mei", "Where do I park?", PARKING, "Riverside"),
    rule_question("tw-kofi", "Where do I park?", PARKING, None),
    rule_question("tw-grace", "When does the staff restaurant open?", RESTAURANT, "Riverside"),
    rule_question("tw-hannah", "What time does the restaurant open?", RESTAURANT, "Hillcrest"),
    rule_question("tw-dan", "Who signs off my rota?", ROTA, "Porter"),
    rule_question("tw-hannah", "Who approves my rota?", ROTA, "Ward Manager"),
    rule_question("tw-kofi", "Who signs off my rota?", ROTA, "Healthcare Assistant"),
    rule_question("tw-grace", "What mandatory training must I complete?", TRAINING, "Staff Nurse"),
    rule_question("tw-dan", "Which training is mandatory for me?", TRAINING, "Porter"),
    rule_question("tw-kofi", "What training do I have to do?", TRAINING, "Healthcare Assistant"),
    rule_question("tw-mei", "What mandatory training must I complete?", TRAINING, None),
    general_question("tw-mei", "How much annual leave do I get when I join?", "27 days"),
    general_question("tw-hannah", "When is the flu vaccine offered?", "October"),
)

HANDBOOK = Handbook(
    name="tidewater",
    title="Tidewater Health Trust: Staff Questions and Answers",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
