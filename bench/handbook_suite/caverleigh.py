"""Caverleigh University Libraries and Museums: a university library and museums service's Staff Guide,
with numbered sections, a glossary that defines role families by listing job titles ("Customer Services
staff means library assistants, senior library assistants, ..."; Collections staff; Academic Liaison
staff; Digital and Systems staff) and names the four sites (Hartwell Library, the Arts Library, the
Science Library and the Pyke Lane Collections Store of the Ellerby Museum). Rules are keyed by grade
bands written as ranges ("grades 1-5", "grades 6-7", "Grade 6 and above", "Grade 9 and above"): annual
leave (with a service step for grades 1-5 in the next sentence), extra hours, a development fund and
notice; by role family: workwear, and home working in consecutive sentences; and by site: the Customer
Services rota in prose ("At the Arts Library ... whereas at the Science Library ..."), breaking across a
page in mid-sentence, and staff parking per site. A user gives a job title, so the role family has to be found in
the glossary; the rota and parking need the site. Grade, site, role family (via job title) and length of
service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Caverleigh University Libraries and Museums: Staff Guide 2025-26</h1>
<p><em>For all staff of Caverleigh University Libraries and Museums (CULM). Prepared by the CULM Staffing and
Operations Group with University HR. Version 4, September 2025. This guide summarises University policies as they
apply in CULM; where it differs from the University's HR policies, the HR policies prevail.</em></p>
<h2>1. Introduction</h2>
<p>1.1 CULM runs the University's libraries and the Ellerby Museum's collections. We are around 260 staff in
four sites, open to students, researchers and the public for up to 24 hours a day in term.</p>
<h2>2. Glossary</h2>
<p>2.1 In this guide the following words have the meanings given here.</p>
<p><strong>Grade</strong> means your grade on the University's pay spine, from Grade 1 to Grade 10. Where this
guide refers to a range such as "grades 3-5", it includes both grades named.</p>
<p><strong>Customer Services staff</strong> means library assistants, senior library assistants, evening and
weekend assistants and customer services supervisors.</p>
<p><strong>Collections staff</strong> means conservators, collections assistants, documentation officers,
registrars and museum technicians.</p>
<p><strong>Academic Liaison staff</strong> means subject librarians, research support librarians and the copyright
officer.</p>
<p><strong>Digital and Systems staff</strong> means systems librarians, digitisation technicians and web
developers.</p>
<p><strong>Site</strong> means one of the following:</p>
<ul>
<li><strong>Hartwell Library</strong>, the main library, on Chancery Walk;</li>
<li>the <strong>Arts Library</strong>, in the Quadrant Building;</li>
<li>the <strong>Science Library</strong>, in the Merriman Building, open 24 hours a day in term;</li>
<li>the <strong>Pyke Lane Collections Store</strong>, the off-site store and conservation studio of the Ellerby
Museum, on the Pyke Lane industrial estate.</li>
</ul>
<h2>3. Working hours</h2>
<p>3.1 A full-time week is 36.5 hours. Part-time staff work the hours in their contract.</p>
<p>3.2 Staff on grades 3-7 may join the CULM flexitime scheme, recording their hours on the Timecard system, with
core hours of 10:00 to 12:00 and 14:00 to 16:00. Staff on grades 1-2 work the fixed hours of their rota.</p>
<h2>4. Rotas</h2>
<p>4.1 Customer Services staff work a rota so that every site's service desks are staffed for the full opening
hours. Rotas are published by the site's Customer Services Manager six weeks in advance, and swaps must be agreed
with the duty supervisor. Staff in other role families are not on a rota unless their job description says so.</p>
<p>4.2 The rota is different at each site, because the sites open for different hours. At the Arts Library,
Customer Services staff work one late evening a week, until 21:00, and one Saturday in four, with a day off in
lieu in the following week, whereas at the Science Library, which opens 24 hours a day in term, the evening and
""",
    """
<p>overnight desk is covered by the Night Team, so Customer Services staff do no late evenings there; they work one
Saturday in three, and one Sunday in six. Hartwell Library opens until 22:00 on weekdays: Customer Services staff
there work a late evening every other week and one Saturday in six.</p>
<p>4.3 Every member of staff is entitled to an unpaid lunch break of at least 30 minutes when working more than
six hours.</p>
<p>4.4 The Pyke Lane Collections Store is not a public site and is closed at weekends. Collections staff at Pyke
Lane work Monday to Friday, 08:00 to 16:00, and may not work alone in the store after 16:00 without the
lone-working procedure.</p>
<p>4.5 Evening and weekend assistants work only the shifts set out in their contract, and are not on the site rota
described in 4.2.</p>
<p>4.6 Where the University closes for a public emergency, the rota is suspended and staff will be contacted
by their line manager.</p>
<h2>5. Annual leave</h2>
<p>5.1 The leave year runs from 1 October to 30 September. In addition to annual leave, all staff receive the
eight bank holidays and five University closure days between Christmas and New Year.</p>
<p>5.2 Staff on grades 1-5 receive 25 days' annual leave a year. Staff on grades 1-5 who have completed five years'
continuous service with the University receive 27 days' annual leave.</p>
<p>5.3 Staff on Grade 6 and above receive 30 days' annual leave a year, regardless of length of service.</p>
<p>5.4 Customer Services staff may not take leave in the first two weeks of the autumn term, when new students
are inducted. Up to five days may be carried over into the next leave year with your manager's agreement.</p>
<h2>6. Extra hours</h2>
<p>6.1 Extra hours must be agreed in advance by your line manager.</p>
<p>6.2 Staff on grades 1-5 are paid for extra hours at time and a half on weekdays and Saturdays, and at double time
on Sundays and bank holidays.</p>
<p>6.3 Staff on grades 6-7 are not paid for extra hours but take the time back as time off in lieu, hour for hour,
within three months.</p>
<p>6.4 Staff on Grade 8 and above receive no overtime payment or time off in lieu: their salary reflects that
their role may occasionally require extra hours.</p>
""",
    """
<h2>7. Development</h2>
<p>7.1 Every member of staff has an annual review with their line manager in the spring, at which development
needs are agreed.</p>
<p>7.2 Each member of staff has a personal development fund for courses, conferences and professional
memberships each leave year. For staff on grades 1-5 the fund is &pound;250 a year. Staff on Grade 6 and above have
&pound;600 a year. Unspent funds do not carry over.</p>
<p>7.3 Staff may apply to the CULM Development Panel for support with a professional qualification, such as
library and information science, museum studies or conservation.</p>
<h2>8. Workwear and equipment</h2>
<p>8.1 Customer Services staff are issued with two CULM polo shirts and a fleece each year, and a name badge, which
should be worn at the service desks.</p>
<p>8.2 Collections staff are issued with laboratory coats, nitrile gloves and safety boots, and must wear them in
the conservation studio and the store. Safety boots are replaced every 18 months.</p>
<p>8.3 Academic Liaison staff and Digital and Systems staff have no workwear, but must wear their staff card at all
times in the library buildings.</p>
<h2>9. Working from home</h2>
<p>9.1 Working from home is arranged with your line manager and recorded on the Hybrid Working form. Customer
Services staff spend all working time on site, because their work is at the service desks. Collections staff
may work one day a week at home, for documentation and cataloguing. Academic Liaison staff may work up to two
days a week at home. Digital and Systems staff may work up to three days a week at home.</p>
<h2>10. Getting to work</h2>
<p>10.1 The University's staff parking is by permit, applied for online through Estates. Permit holders at
Hartwell Library park in Permit Zone B on Chancery Walk. The Arts Library has no staff parking; staff there may
use the park-and-ride from Westbrook at no charge. At the Science Library, staff park in the Merriman multi-storey,
level 3 and above. Pyke Lane Collections Store has free parking on site, without a permit.</p>
<p>10.2 A free shuttle bus runs between the main campus and Pyke Lane every hour from 07:30 to 18:30 on
weekdays.</p>
<h2>11. Sickness and notice</h2>
<p>11.1 If you are unwell, tell your line manager by 09:30 on your first day of absence, or at least one hour
before the start of a rota shift that begins earlier or later. A fit note is needed after seven calendar
days.</p>
<p>11.2 The notice you must give to resign depends on your grade. Staff on grades 1-5 give one month's notice.
Staff on grades 6-8 give two months' notice. Staff on Grade 9 and above give three months' notice.</p>
""",
)

USERS = (
    User(
        "cu-hannah",
        ("I'm on grade 4 at the Arts Library.", "I'm a senior library assistant and I've been here seven years."),
    ),
    User("cu-ravi", ("Library assistant at the Science Library, grade 3.", "I started last year.")),
    User("cu-fiona", ("I'm a conservator at the Pyke Lane store.", "Grade 6.")),
    User("cu-ben", ("I'm the subject librarian for engineering, grade 7, based in the Science Library.",)),
    User("cu-mo", ("I'm an evening and weekend assistant at Hartwell, grade 2.",)),
    User("cu-claire", ("I'm a documentation officer on grade 5.",)),
    User("cu-jo", ("I work for the libraries.",)),
    User(
        "cu-tom",
        ("Customer services supervisor at the Hartwell Library, grade 5.", "Two years in the job."),
    ),
    User("cu-nadia", ("I'm a web developer in the library systems team, grade 8.",)),
)

LEAVE = {
    "grades 1-5, under five years": "25 days' annual leave",
    "grades 1-5, five years or more": "27 days' annual leave",
    "Grade 6 and above": "30 days' annual leave",
}
LOW_GRADE_LEAVE = {k: v for k, v in LEAVE.items() if k.startswith("grades 1-5")}
EXTRA_HOURS = {
    "grades 1-5": "time and a half",
    "grades 6-7": "hour for hour",
    "Grade 8 and above": "no overtime payment or time off in lieu",
}
DEV_FUND = {"grades 1-5": "£250 a year", "Grade 6 and above": "£600 a year"}
NOTICE = {"grades 1-5": "one month's notice", "grades 6-8": "two months' notice", "Grade 9 and above": "three months'"}
SATURDAYS = {
    "Arts Library": "one Saturday in four",
    "Science Library": "one Saturday in three",
    "Hartwell Library": "one Saturday in six",
}
LATES = {
    "Arts Library": "one late evening a week",
    "Science Library": "no late evenings",
    "Hartwell Library": "a late evening every other week",
}
WORKWEAR = {
    "Customer Services": "two CULM polo shirts and a fleece",
    "Collections": "laboratory coats, nitrile gloves and safety boots",
    "Academic Liaison and Digital and Systems": "have no workwear",
}
HOME = {
    "Customer Services": "all working time on site",
    "Collections": "one day a week at home",
    "Academic Liaison": "up to two days a week at home",
    "Digital and Systems": "up to three days a week at home",
}
PARKING = {
    "Hartwell Library": "Permit Zone B",
    "Arts Library": "park-and-ride from Westbrook",
    "Science Library": "Merriman multi-storey",
    "Pyke Lane": "free parking on site",
}

QUESTIONS = (
    rule_question("cu-hannah", "How much annual leave do I get?", LEAVE, "grades 1-5, five years or more"),
    rule_question("cu-hannah", "How many Saturdays do I have to work?", SATURDAYS, "Arts Library"),
    rule_question("cu-hannah", "Do I have to do late evenings?", LATES, "Arts Library"),
    rule_question("cu-hannah", "How are extra hours paid?", EXTRA_HOURS, "grades 1-5"),
    rule_question("cu-hannah", "Can I work from home at all?", HOME, "Customer Services"),
    rule_question("cu-hannah", "What uniform am I given?", WORKWEAR, "Customer Services"),
    rule_question("cu-ravi", "How much annual leave do I get?", LEAVE, "grades 1-5, under five years"),
    rule_question("cu-ravi", "How often will I be on a Saturday?", SATURDAYS, "Science Library"),
    rule_question("cu-ravi", "Will I be put on lates?", LATES, "Science Library"),
    rule_question("cu-ravi", "How much is my development fund?", DEV_FUND, "grades 1-5"),
    rule_question("cu-ravi", "How much notice would I need to give?", NOTICE, "grades 1-5"),
    rule_question("cu-fiona", "How much annual leave do I get?", LEAVE, "Grade 6 and above"),
    rule_question("cu-fiona", "What happens if I work extra hours?", EXTRA_HOURS, "grades 6-7"),
    rule_question("cu-fiona", "What protective clothing do I get?", WORKWEAR, "Collections"),
    rule_question("cu-fiona", "How much can I work from home?", HOME, "Collections"),
    rule_question("cu-fiona", "What's the notice period if I resign?", NOTICE, "grades 6-8"),
    rule_question("cu-fiona", "Where can I park?", PARKING, "Pyke Lane"),
    rule_question("cu-ben", "How many days a week can I work from home?", HOME, "Academic Liaison"),
    rule_question("cu-ben", "What's my development budget?", DEV_FUND, "Grade 6 and above"),
    rule_question("cu-ben", "Where do staff park?", PARKING, "Science Library"),
    rule_question("cu-ben", "How much annual leave do I get?", LEAVE, "Grade 6 and above"),
    rule_question("cu-mo", "How much annual leave do I get?", LOW_GRADE_LEAVE, None),
    rule_question("cu-mo", "Where can I park?", PARKING, "Hartwell Library"),
    rule_question("cu-mo", "Do I get paid for extra hours?", EXTRA_HOURS, "grades 1-5"),
    general_question(
        "cu-mo",
        "How many Saturdays a month am I on the rota?",
        "only the shifts set out in their contract",
        tuple(SATURDAYS.values()),
    ),
    rule_question("cu-claire", "Do I get any workwear?", WORKWEAR, "Collections"),
    rule_question("cu-claire", "Is there staff parking?", PARKING, None),
    rule_question("cu-claire", "How are extra hours compensated?", EXTRA_HOURS, "grades 1-5"),
    rule_question("cu-claire", "What notice do I have to give?", NOTICE, "grades 1-5"),
    rule_question("cu-jo", "How much annual leave do I get?", LEAVE, None),
    rule_question("cu-jo", "Can I work from home?", HOME, None),
    general_question("cu-jo", "How many hours is a full-time week?", "36.5 hours"),
    rule_question("cu-tom", "How many Saturdays do I work?", SATURDAYS, "Hartwell Library"),
    rule_question("cu-tom", "How much annual leave do I get?", LEAVE, "grades 1-5, under five years"),
    rule_question("cu-tom", "Can I work from home?", HOME, "Customer Services"),
    rule_question("cu-tom", "What's my development fund this year?", DEV_FUND, "grades 1-5"),
    rule_question("cu-nadia", "Will I get paid for extra hours?", EXTRA_HOURS, "Grade 8 and above"),
    rule_question("cu-nadia", "How much notice do I have to give?", NOTICE, "grades 6-8"),
    rule_question("cu-nadia", "How much home working can I do?", HOME, "Digital and Systems"),
)

HANDBOOK = Handbook(
    name="caverleigh",
    title="Caverleigh University Libraries and Museums: Staff Guide 2025-26",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
