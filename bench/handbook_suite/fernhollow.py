"""Fernhollow (an HTML file): a software company's engineering handbook written in Markdown and
rendered to HTML (inline code, a callout, a shell snippet, a TL;DR), with on-call and production
access rules by role in bullets led by the role, acknowledgement times for several roles in one
sentence, an on-call pay table by region, follow-the-sun hours by region and the learning budget per
region in one sentence, regions defined by their hubs, and general engineering rules beside them.
Roles and regions. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Fernhollow Engineering Handbook</h1>
<blockquote><p><b>Note:</b> this handbook lives in the <code>eng-handbook</code> repository. Spotted something
wrong? Open a pull request; Developer Experience merges handbook changes every Tuesday.</p></blockquote>
<p><b>TL;DR</b> We ship small changes often, we review each other's code, we write things down, and we take
turns looking after production. Read the on-call section before your first rotation.</p>
<h2>Who we are</h2>
<p>Fernhollow makes route-planning and job-scheduling software for field service companies. Engineering is
about 140 people in five roles: site reliability engineers (SREs), backend engineers, frontend engineers
(web and mobile), data engineers and engineering managers. We work in three regions, and your region is the
one your employment contract is with:</p>
<ul>
<li><b>EMEA</b>: the Dublin and Lisbon hubs, plus remote colleagues elsewhere in Europe and Africa.</li>
<li><b>Americas</b>: the Austin hub, plus remote colleagues from Canada to Brazil.</li>
<li><b>APAC</b>: the Singapore hub, plus remote colleagues in Australia and New Zealand.</li>
</ul>
<h2>Shipping code</h2>
<p>Everything goes through a pull request. A PR needs one approving review from someone other than the author
before it can merge; changes under <code>billing/</code> or <code>auth/</code> need a second approval from the
owning squad. Keep PRs small: if the diff is over 400 lines, split it.</p>
<p>We deploy from <code>main</code> many times a day. The one exception: no production deploys after 15:00
local time on a Friday, or on the day before a public holiday in your region, unless you are fixing an
incident. Feature flags are the preferred way to ship anything risky:</p>
<pre><code>fh flags create route-optimiser-v2 --default off
fh flags enable route-optimiser-v2 --tenant acme-demo</code></pre>
<p>Every service has an owner squad listed in <code>CODEOWNERS</code> and a runbook in the
<code>runbooks/</code> folder. If you change how a service behaves, update its runbook in the same PR.</p>
<h2>Production access</h2>
<p>Access to production is granted by role, through the access portal, and reviewed every quarter:</p>
<ul>
<li><b>SREs</b> hold standing admin access to the production clusters and databases.</li>
<li><b>Backend engineers</b> request just-in-time access for a maximum of four hours, approved by a second
engineer in the portal.</li>
<li><b>Frontend engineers</b> have no production access at all; use the staging environment and the
session replay tool.</li>
<li><b>Data engineers</b> get read-only access to the warehouse replicas, never to the primary databases.</li>
<li><b>Engineering managers</b> get audit-log access only, so they can follow an incident.</li>
</ul>
<p>Never copy customer data to your laptop, whatever your access.</p>
""",
    """
<h2>On-call</h2>
<h3>Rotations</h3>
<p>How often you are on call depends on your role:</p>
<ul>
<li><b>SREs</b> are primary on-call for the whole platform, one week in four.</li>
<li><b>Backend engineers</b> are secondary on-call for the services their squad owns, one week in six.</li>
<li><b>Frontend engineers</b> are not paged out of hours; they join the business-hours triage rota instead,
about one day a fortnight.</li>
<li><b>Data engineers</b> cover the pipelines on a separate rota, one week in five, and are paged only if
the nightly load fails.</li>
<li><b>Engineering managers</b> form the escalation tier, one week in eight, and run the incident call for
any SEV1.</li>
</ul>
<p>Rotations follow the sun, so nobody is paged in the middle of their night. Each region covers its own
window: EMEA from 08:00 to 16:00 UTC, the Americas from 16:00 to 00:00 UTC and APAC from 00:00 to 08:00 UTC.
A short written handover goes in <code>#oncall-handover</code> at the end of every window.</p>
<h3>Acknowledging a page</h3>
<p>Pages come through Klaxon, our paging app. SREs acknowledge within 5 minutes, backend engineers within 15
minutes, data engineers within 30 minutes and engineering managers within 20 minutes of an escalation. If you
miss a page, it escalates to the next tier automatically; nobody gets in trouble for that, but tell your
manager if it keeps happening.</p>
<h3>On-call pay and time off</h3>
<p>On-call is paid for each week you are on a rotation, on top of your salary, in the currency of your
region. Escalation weeks for managers are paid at half the rate.</p>
<table>
<tr><th>Region</th><th>Payment per on-call week</th><th>Paid with</th></tr>
<tr><td>EMEA</td><td>240 EUR</td><td>the following month's salary</td></tr>
<tr><td>Americas</td><td>310 USD</td><td>the next payroll run</td></tr>
<tr><td>APAC</td><td>420 SGD</td><td>the following month's salary</td></tr>
</table>
<p>If you are paged between midnight and 07:00 your local time, take the next morning off; no need to ask.
Log it in the HR system as "on-call recovery".</p>
<h2>Learning</h2>
<p>Everyone gets a learning budget for books, courses and conferences, reset each January: 1,500 EUR a year in
EMEA, 1,700 USD in the Americas and 2,300 SGD in APAC. Conference travel comes out of the same budget. You
also get one learning day a month; block it in your calendar so your squad knows.</p>
<h2>Writing things down</h2>
<p>Decisions that affect more than one squad get a short design doc in <code>docs/rfcs/</code>, open for
comments for at least five working days. After every SEV1 or SEV2 incident, the incident lead writes a
blameless postmortem within ten working days.</p>
""",
)

USERS = (
    User("fh-noor", ("I'm an SRE at the Dublin hub.",)),
    User("fh-mateo", ("I'm a backend engineer in the Americas region.",)),
    User("fh-grace", ("I'm a frontend engineer.", "I work from our Singapore hub.")),
    User("fh-ilya", ("I'm an engineering manager.",)),
    User("fh-sana", ("I'm a data engineer in APAC.",)),
    User("fh-oskar", ("I work from Lisbon.",)),
)

ONCALL = {
    "SRE": "one week in four",
    "Backend": "one week in six",
    "Frontend": "business-hours triage",
    "Data": "one week in five",
    "Manager": "one week in eight",
}
ACK = {
    "SRE": "within 5 minutes",
    "Backend": "within 15 minutes",
    "Data": "within 30 minutes",
    "Manager": "within 20 minutes",
}
ACCESS = {
    "SRE": "standing admin access",
    "Backend": "just-in-time access",
    "Frontend": "no production access",
    "Data": "read-only access",
    "Manager": "audit-log access",
}
PAY = {"EMEA": "240 EUR", "Americas": "310 USD", "APAC": "420 SGD"}
WINDOW = {"EMEA": "08:00 to 16:00 UTC", "Americas": "16:00 to 00:00 UTC", "APAC": "00:00 to 08:00 UTC"}
BUDGET = {"EMEA": "1,500 EUR", "Americas": "1,700 USD", "APAC": "2,300 SGD"}

QUESTIONS = (
    rule_question("fh-noor", "How often will I be on call?", ONCALL, "SRE"),
    rule_question("fh-noor", "What access do I get to prod?", ACCESS, "SRE"),
    rule_question("fh-noor", "How much am I paid for an on-call week?", PAY, "EMEA"),
    rule_question("fh-noor", "Which hours does my region cover when I'm on call?", WINDOW, "EMEA"),
    general_question("fh-noor", "If I get paged at 3am, do I get any time off afterwards?", "next morning off"),
    rule_question("fh-mateo", "How often am I on the on-call rotation?", ONCALL, "Backend"),
    rule_question("fh-mateo", "How quickly do I have to acknowledge a page?", ACK, "Backend"),
    rule_question("fh-mateo", "What's the on-call payment?", PAY, "Americas"),
    rule_question("fh-mateo", "How big is my yearly training budget?", BUDGET, "Americas"),
    general_question("fh-mateo", "Can I deploy to production on a Friday afternoon?", "15:00"),
    rule_question("fh-grace", "Will I be on call?", ONCALL, "Frontend"),
    rule_question("fh-grace", "Can I get access to production?", ACCESS, "Frontend"),
    rule_question("fh-grace", "How much can I spend on conferences and courses?", BUDGET, "APAC"),
    rule_question("fh-ilya", "How often am I on the rota?", ONCALL, "Manager"),
    rule_question("fh-ilya", "How fast must I respond when an incident is escalated to me?", ACK, "Manager"),
    rule_question("fh-ilya", "What's the weekly on-call pay?", PAY, None),
    rule_question("fh-sana", "How often do I do on-call?", ONCALL, "Data"),
    rule_question("fh-sana", "What access do I have to production data?", ACCESS, "Data"),
    rule_question("fh-sana", "What are my on-call hours?", WINDOW, "APAC"),
    rule_question("fh-oskar", "What production access will I be given?", ACCESS, None),
    rule_question("fh-oskar", "What's my learning budget?", BUDGET, "EMEA"),
    general_question("fh-oskar", "How many approvals does a pull request need?", "one approving review"),
)

HANDBOOK = Handbook(
    name="fernhollow",
    title="Fernhollow Engineering Handbook",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
