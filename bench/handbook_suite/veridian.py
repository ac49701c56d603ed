"""Veridian Water Services: department headings without the word "department" (Field Service,
Member Support, Data Platform), nested sections under them, several departments' rules in
consecutive sentences, and the annual-leave policy running onto the next page. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Veridian Water Services Staff Handbook</h1>
<p>Edition 7, in force from 1 March. This handbook applies to everyone employed by Veridian Water
Services. Where a team has a rule of its own, its section says so; otherwise the general rule applies.</p>
<h2>Working time</h2>
<p>The contractual working week is 37.5 hours for all staff. Lunch breaks last 45 minutes and are unpaid.
Flexitime balances are settled at the end of each month.</p>
<h2>Remote work</h2>
<p>Data Platform staff may work remotely up to three days a week. Field Service roles are on-site only.
Member Support agents may work remotely one day a week. Remote days are agreed with your line manager
and recorded in the staff portal.</p>
<h2>Expenses</h2>
<p>Receipts must be uploaded within 45 days of the purchase. Claims without a receipt are refused, and
mileage is paid at the rate published each April.</p>
<h2>Sickness</h2>
<p>If you are ill, tell your line manager before 09:30 on the first day of absence. From the eighth
calendar day a fit note from a doctor is required.</p>
""",
    """
<h1>Annual leave</h1>
<p>The leave year runs from April to March and leave is counted in working days. Bank holidays are given
in addition. Your entitlement depends on the part of the company you work in.</p>
<h2>Field Service</h2>
<p>Field Service engineers receive 29 days of annual leave, because they cover weekend call-outs on a
rota. Leave in July and August is limited to two consecutive weeks.</p>
<h3>Carrying leave over</h3>
<p>Field Service engineers may carry over a maximum of 8 leave days into the next leave year.</p>
<h2>Member Support</h2>
<p>Member Support staff receive 26 days of annual leave. Requests are approved by the duty planner so that
the phone lines stay covered.</p>
<h3>Carrying leave over</h3>
<p>Member Support staff may carry over a maximum of 3 leave days into the next leave year.</p>
<h2>Data Platform</h2>
<p>Data Platform staff receive 24 days of annual leave, and the office is closed between Christmas and
New Year while the platform is frozen.</p>
""",
    """
<h3>Carrying leave over</h3>
<p>Data Platform staff may carry over a maximum of 5 leave days into the next leave year; anything above
that lapses on 31 March.</p>
<h1>On-call and equipment</h1>
<h2>On-call allowance</h2>
<p>Field Service engineers are paid 38 GBP per night on call. Data Platform staff are paid 55 GBP per week
on call. Member Support does not run an on-call rota.</p>
<h2>Equipment</h2>
<p>Every employee receives a laptop and a headset on the first day. Field Service engineers also receive a
van, a rugged tablet and safety boots, replaced every 18 months.</p>
""",
)

USERS = (
    User("vw-maria", ("I work in Field Service.",)),
    User("vw-ken", ("My team is Member Support.", "I've been with Veridian since 2019.")),
    User("vw-lena", ("I'm on the Data Platform team.",)),
    User("vw-omar", ("I'm based in the Leeds office.",)),
)

LEAVE = {"Field Service": "29 days", "Member Support": "26 days", "Data Platform": "24 days"}
REMOTE = {"Field Service": "on-site only", "Member Support": "one day a week", "Data Platform": "three days a week"}
CARRY = {"Field Service": "8 leave days", "Member Support": "3 leave days", "Data Platform": "5 leave days"}
ON_CALL = {
    "Field Service": "38 GBP per night",
    "Member Support": "does not run an on-call rota",
    "Data Platform": "55 GBP per week",
}

QUESTIONS = (
    rule_question("vw-maria", "How many days of annual leave do I get?", LEAVE, "Field Service"),
    rule_question("vw-maria", "Can I work from home?", REMOTE, "Field Service"),
    rule_question("vw-maria", "How much leave can I carry over into next year?", CARRY, "Field Service"),
    rule_question("vw-maria", "What is the on-call allowance?", ON_CALL, "Field Service"),
    general_question("vw-maria", "How many hours is the working week?", "37.5 hours"),
    general_question("vw-maria", "By when do I have to upload my receipts?", "45 days"),
    rule_question("vw-ken", "What is my annual leave entitlement?", LEAVE, "Member Support"),
    rule_question("vw-ken", "How many days a week may I work remotely?", REMOTE, "Member Support"),
    rule_question("vw-ken", "How many unused leave days can I take into the next leave year?", CARRY, "Member Support"),
    rule_question("vw-ken", "Am I paid for being on call?", ON_CALL, "Member Support"),
    general_question("vw-ken", "By what time must I report that I'm sick?", "09:30"),
    rule_question("vw-lena", "How much annual leave do I have?", LEAVE, "Data Platform"),
    rule_question("vw-lena", "How often can I work remotely?", REMOTE, "Data Platform"),
    rule_question("vw-lena", "How many leave days can I carry over?", CARRY, "Data Platform"),
    rule_question("vw-lena", "How much am I paid for on-call?", ON_CALL, "Data Platform"),
    rule_question("vw-omar", "How many days of annual leave do I get?", LEAVE, None),
    rule_question("vw-omar", "Can I work remotely?", REMOTE, None),
    rule_question("vw-omar", "How much leave can I carry over?", CARRY, None),
    general_question("vw-omar", "How long is the contractual working week?", "37.5 hours"),
    general_question("vw-omar", "How long do I have to upload a receipt?", "45 days"),
)

HANDBOOK = Handbook(
    name="veridian",
    title="Veridian Water Services Staff Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
