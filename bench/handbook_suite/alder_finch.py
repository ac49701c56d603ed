"""Alder & Finch Architects: a practice manual of numbered, nested clauses; a section naming two
studios at once ("Design Studio and Visualisation"), office rules keyed by city in one sentence,
and the annual-leave clause split across two pages. Studios and offices.
Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Alder &amp; Finch Architects LLP: Practice Manual</h1>
<h2>1. Scope</h2>
<p>1.1 This manual applies to all partners and staff of the practice. 1.2 Where a clause names a studio
or an office, it applies only there; every other clause applies to everyone.</p>
<h2>2. Hours of work</h2>
<h3>2.1 Standard hours</h3>
<p>The practice week is 35 hours, Monday to Friday, with a paid lunch hour.</p>
<h3>2.2 Office opening</h3>
<p>The London office opens at 07:00 and closes at 21:00. The Edinburgh office opens at 08:00 and closes
at 19:00. The Bristol office opens at 07:30 and closes at 20:00. Out of hours, entry needs a partner's
approval.</p>
<h2>3. Studios</h2>
<h3>3.1 Design Studio and Visualisation</h3>
<p>Staff in the Design Studio and in Visualisation receive a software allowance of 600 GBP a year and may
choose a pair of 4K monitors.</p>
<h3>3.2 Project Delivery</h3>
<p>Project Delivery staff receive a site-visit kit (hard hat, boots, tablet) and a software allowance of
250 GBP a year.</p>
<h3>3.3 Business Services</h3>
<p>Business Services staff receive a software allowance of 150 GBP a year; licences for finance and HR
systems are bought centrally.</p>
""",
    """
<h2>4. Professional development</h2>
<h3>4.1 Continuing professional development</h3>
<p>Every member of staff must log 30 CPD hours a year in the learning system.</p>
<h3>4.2 Study leave</h3>
<p>Part 3 candidates in any studio receive ten days of study leave before their examination.</p>
<h2>5. Expenses</h2>
<p>5.1 Claims are submitted monthly through the Harvest portal. 5.2 Rail travel is standard class unless
the journey is longer than three hours.</p>
<h2>6. Annual leave</h2>
<p>6.1 The holiday year runs from January to December, and requests go to your studio lead.</p>
<p>6.2 Staff in the Design Studio and in Visualisation receive 27 days of annual leave.</p>
<p>6.3 Project Delivery staff receive 25 days of annual leave, and one extra day for each project stage
they lead to completion, up to three extra days a year.</p>
""",
    """
<p>6.4 Business Services staff receive 26 days of annual leave.</p>
<p>6.5 The Christmas closure days are given to everyone in addition to these entitlements.</p>
<h2>7. Office facilities</h2>
<p>7.1 Each office has a model-making workshop. 7.2 In London the workshop is on the lower ground floor
and is staffed by a technician from 09:00 to 17:00; in Edinburgh the workshop is on the mezzanine; in
Bristol it shares the store room by the loading bay.</p>
""",
)

USERS = (
    User("af-imogen", ("I work in the Design Studio.", "I'm in the London office.")),
    User("af-callum", ("I'm in Visualisation, based in Edinburgh.",)),
    User("af-priya", ("I work in Project Delivery at our Bristol office.",)),
    User("af-hugo", ("I'm in Business Services.",)),
    User("af-ella", ("I'm based at the Edinburgh office.",)),
)

LEAVE = {
    "Design Studio": "27 days",
    "Visualisation": "27 days",
    "Project Delivery": "25 days",
    "Business Services": "26 days",
}
SOFTWARE = {
    "Design Studio": "600 GBP",
    "Visualisation": "600 GBP",
    "Project Delivery": "250 GBP",
    "Business Services": "150 GBP",
}
OPENING = {"London": "opens at 07:00", "Edinburgh": "opens at 08:00", "Bristol": "opens at 07:30"}
WORKSHOP = {"London": "lower ground floor", "Edinburgh": "mezzanine", "Bristol": "store room"}

QUESTIONS = (
    rule_question("af-imogen", "How many days of annual leave do I get?", LEAVE, "Design Studio"),
    rule_question("af-callum", "What is my annual leave entitlement?", LEAVE, "Visualisation"),
    rule_question("af-priya", "How much annual leave do I have?", LEAVE, "Project Delivery"),
    rule_question("af-hugo", "How many holiday days do I get?", LEAVE, "Business Services"),
    rule_question("af-ella", "How many days of annual leave do I get?", LEAVE, None),
    rule_question("af-imogen", "How much is my software allowance?", SOFTWARE, "Design Studio"),
    rule_question("af-callum", "What software allowance do I have?", SOFTWARE, "Visualisation"),
    rule_question("af-priya", "What is my yearly software allowance?", SOFTWARE, "Project Delivery"),
    rule_question("af-hugo", "How much can I spend on software a year?", SOFTWARE, "Business Services"),
    rule_question("af-ella", "How much is my software allowance?", SOFTWARE, None),
    rule_question("af-imogen", "What time does the office open?", OPENING, "London"),
    rule_question("af-callum", "When does my office open?", OPENING, "Edinburgh"),
    rule_question("af-priya", "What time does the office open in the morning?", OPENING, "Bristol"),
    rule_question("af-ella", "When does the office open?", OPENING, "Edinburgh"),
    rule_question("af-hugo", "What time does the office open?", OPENING, None),
    rule_question("af-imogen", "Where is the model-making workshop?", WORKSHOP, "London"),
    rule_question("af-priya", "Where do I find the model workshop?", WORKSHOP, "Bristol"),
    rule_question("af-ella", "Where is the workshop in my office?", WORKSHOP, "Edinburgh"),
    general_question("af-hugo", "How do I submit an expense claim?", "Harvest portal"),
    general_question("af-callum", "How many CPD hours must I log each year?", "30 CPD hours"),
)

HANDBOOK = Handbook(
    name="alder_finch",
    title="Alder & Finch Architects LLP: Practice Manual",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
