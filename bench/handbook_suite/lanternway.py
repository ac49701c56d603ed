"""Lanternway International: an international humanitarian charity's Global Staff Handbook (field edition), written
in the plain, policy-numbered style of NGO HR manuals, with staff categories defined once (International staff,
National staff, HQ staff, Emergency Response Roster deployees). Ten country offices grouped into three regions in a
region table that names each country's duty stations (so "Bentiu", "Diffa" or "Mafraq" has to be placed in a
country and a region); contract types and probation by category with a Niger and Chad exception in a sentence;
annual leave for international and HQ staff in sentences, for ERR deployees as a monthly accrual, and for national
staff by country partly in sentences ("In Kenya and Uganda, ..." with a five-year step; "In Niger and Chad, ...
calendar days") and partly in a table; the working week by country in sentences; hardship duty stations listed by
name under classification letters, with the rest-and-recuperation cycle and hardship allowance per classification
(for international staff and ERR deployees only; national staff not eligible); medical cover by category. Staff
category (via "hired locally", "on the roster", nationality words), country (via city or duty station), duty
station classification, contract and length of service. Written blind to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Lanternway International: Global Staff Handbook</h1>
<p><em>Field edition, version 4.2, effective 1 February 2025. Issued by Global People Services, Lanternway
International, Canongate Works, Edinburgh. Country offices may issue Country Staff Regulations that add to this
Handbook to meet national law; where national law gives national staff more, national law applies.</em></p>
<h2>1. Staff categories</h2>
<p>1.1 Lanternway employs staff in four categories. Your category is stated in your contract and decides which
parts of this Handbook apply to you.</p>
<p><strong>International staff</strong> are recruited through an international process to a post in a country other
than their home country, on a Lanternway International contract. They may be reassigned between countries.</p>
<p><strong>National staff</strong> are recruited in the country where they work, on a contract under that country's
law, issued by the country office. A national of one programme country working in another programme country on a
Lanternway International contract is international staff.</p>
<p><strong>HQ staff</strong> work in the Edinburgh headquarters on UK contracts of employment.</p>
<p><strong>Emergency Response Roster</strong> (ERR) deployees are members of the roster sent to a country office for
an emergency deployment of 4 to 16 weeks, on a short-term international contract.</p>
<p>1.2 Consultants and volunteers are not staff. Their terms are in their consultancy agreement or volunteer
agreement.</p>
<h2>2. Contracts and probation</h2>
<p>2.1 International staff are employed on fixed-term contracts of 12 or 24 months, renewable. National staff are
first employed on a fixed-term contract of 12 months; after two renewals, the next contract is open-ended where the
programme's funding allows and national law permits. HQ staff are employed on open-ended contracts unless the post
is grant-funded.</p>
<p>2.2 Probation is three months for international staff and six months for national staff and HQ staff. In Niger
and Chad, the probation of national staff is two months, as national law requires. ERR deployees do not serve a
probation.</p>
<p>2.3 Notice after probation is one month for national staff and two months for international and HQ staff.</p>
""",
    """
<h2>3. Where we work</h2>
<p>3.1 Lanternway has ten country offices, grouped into three regions. Each region is managed from a regional
office, which is part of the country office of the country where it sits.</p>
<table>
<tr><th>Region</th><th>Regional office</th><th>Country office</th><th>Duty stations</th></tr>
<tr><td rowspan="4">East Africa</td><td rowspan="4">Nairobi</td><td>Kenya</td><td>Nairobi; Dadaab;
Kakuma</td></tr>
<tr><td>Uganda</td><td>Kampala; Arua</td></tr>
<tr><td>South Sudan</td><td>Juba; Bentiu; Malakal</td></tr>
<tr><td>Somalia</td><td>Mogadishu; Baidoa</td></tr>
<tr><td rowspan="3">Sahel and Lake Chad</td><td rowspan="3">Niamey</td><td>Niger</td><td>Niamey; Diffa</td></tr>
<tr><td>Chad</td><td>N'Djamena; Bol</td></tr>
<tr><td>Nigeria</td><td>Abuja; Maiduguri</td></tr>
<tr><td rowspan="3">Middle East</td><td rowspan="3">Amman</td><td>Jordan</td><td>Amman; Mafraq</td></tr>
<tr><td>Lebanon</td><td>Beirut; Zahle</td></tr>
<tr><td>Yemen</td><td>Aden; Sana'a</td></tr>
</table>
<p>3.2 Security rules for each duty station are set by the Country Director in the Country Security Plan, which every
staff member and visitor must read and sign on arrival.</p>
<h2>4. Working week and public holidays</h2>
<p>4.1 The standard working week is 40 hours over five days. Country offices in East Africa (except Somalia) and in the Sahel and Lake
Chad region, and the Lebanon office, work Monday to Friday. Jordan and Yemen work Sunday to Thursday. The Somalia
office works Saturday to Wednesday, with Thursday afternoon kept for security briefings.</p>
<p>4.2 Each office observes the public holidays of its country, as published in the Country Staff Regulations.
International staff and ERR deployees follow the working week and public holidays of the office where they are
posted.</p>
""",
    """
<h2>5. Annual leave</h2>
<p>5.1 The leave year is the calendar year. Leave is requested in the HR system at least two weeks in advance and
approved by your line manager, who must make sure programme and security cover is in place.</p>
<p>5.2 <strong>International staff</strong> receive 30 working days of annual leave a year, accrued monthly. R&amp;R
(section 6) is not taken from annual leave.</p>
<p>5.3 <strong>HQ staff</strong> receive 27 days of annual leave plus the Scottish bank holidays observed by the
Edinburgh office.</p>
<p>5.4 <strong>ERR deployees</strong> accrue 1.5 days for each month deployed, to be taken at the end of the
deployment or paid in lieu.</p>
<p>5.5 <strong>National staff</strong> receive annual leave according to the country where they are employed. In
Kenya and Uganda, national staff receive 26 working days of annual leave; after five years' continuous service
with Lanternway this rises to 29 working days. In Niger and Chad, leave is counted in calendar days, and national
staff receive 30 calendar days a year. In the other country offices, national staff receive annual leave as
follows:</p>
<table>
<tr><th>Country office</th><th>Annual leave for national staff</th></tr>
<tr><td>South Sudan</td><td>28 working days</td></tr>
<tr><td>Somalia</td><td>25 working days</td></tr>
<tr><td>Nigeria</td><td>21 working days</td></tr>
<tr><td>Jordan</td><td>18 working days</td></tr>
<tr><td>Lebanon</td><td>20 working days</td></tr>
<tr><td>Yemen</td><td>23 working days</td></tr>
</table>
<p>5.6 Up to 10 days of annual leave may be carried into the following year. Leave that cannot be taken because of
an emergency response declared by the Country Director may be carried over in full, once.</p>
<p>5.7 <strong>Home leave.</strong> International staff on a 24-month contract receive one return economy flight to
their home country in each contract year. The trip may be combined with annual leave.</p>
""",
    """
<h2>6. Hardship duty stations and R&amp;R</h2>
<p>6.1 Every duty station is given a hardship classification from A (least difficult) to E (most difficult),
reviewed every January by the Global Security Adviser. Duty stations in classifications D and E are non-family duty
stations: family members may not accompany international staff there.</p>
<p>6.2 Rest and recuperation (R&amp;R) is a break of five working days away from the duty station, with travel to
an approved R&amp;R location paid by Lanternway. It applies to international staff and ERR deployees posted to a
duty station in classification C, D or E, on the following cycles:</p>
<p><strong>Classification E</strong>: Bentiu, Malakal, Mogadishu, Baidoa and Sana'a. R&amp;R on a 6-week cycle.
Hardship allowance 35% of base salary.</p>
<p><strong>Classification D</strong>: Juba, Diffa, Bol, Maiduguri, Aden and Dadaab. R&amp;R on an 8-week cycle.
Hardship allowance 25% of base salary.</p>
<p><strong>Classification C</strong>: Kakuma, Arua and N'Djamena. R&amp;R on a 12-week cycle. Hardship allowance
15% of base salary.</p>
<p><strong>Classifications A and B</strong>: Nairobi, Kampala, Niamey, Abuja, Amman, Mafraq, Beirut and Zahle. No
R&amp;R cycle and no hardship allowance.</p>
<p>6.3 The cycle starts on the day you arrive at the duty station. R&amp;R not taken within two weeks of falling due
is lost, unless the Country Director has postponed it for security reasons.</p>
<p>6.4 National staff are not eligible for R&amp;R or hardship allowance. National staff who are temporarily
assigned to a classification D or E duty station outside their home area receive a field allowance set in the
Country Staff Regulations.</p>
<p>6.5 Before a first posting to a classification D or E duty station, international staff and ERR deployees must
complete Lanternway's Safe Field Course, a three-day residential course.</p>
""",
    """
<h2>7. Health and insurance</h2>
<p>7.1 International staff and ERR deployees are covered by the CovaHealth Global plan, worldwide including the USA,
with medical evacuation.</p>
<p>7.2 National staff are covered by the country office medical scheme, which covers the staff member and up to four
dependants at the providers listed in the Country Staff Regulations.</p>
<p>7.3 HQ staff may join the Lanternway cash plan, which refunds dental and optical costs up to &pound;350 a
year.</p>
<h2>8. Psychosocial support</h2>
<p>8.1 Every staff member, in every category, can have six free confidential sessions a year with the Staff Care
counselling service, in person or by video, in English, French or Arabic. Book through staffcare@lanternway.example;
your manager is not told.</p>
<h2>9. Who to contact</h2>
<table>
<tr><th>For</th><th>Contact</th></tr>
<tr><td>Contracts, leave and allowances (international and HQ staff)</td><td>Global People Services,
Edinburgh</td></tr>
<tr><td>Contracts, leave and allowances (national staff)</td><td>Your country office HR Manager</td></tr>
<tr><td>R&amp;R travel bookings</td><td>Your country office logistics team</td></tr>
<tr><td>Security incidents (24 hours)</td><td>The Country Security Focal Point on the number in the Country Security
Plan</td></tr>
</table>
<p><small>Version 4.2 changes: Maiduguri moved from classification E to D; Abuja added; ERR leave accrual
introduced.</small></p>
""",
)

USERS = (
    User("ng-amina", ("I'm a Kenyan national staff member at the Nairobi office.", "Seven years with Lanternway.")),
    User("ng-pierre", ("International staff, posted to Diffa as logistics coordinator.",)),
    User("ng-sarah", ("I'm an international programme manager in Malakal.",)),
    User("ng-joseph", ("National staff, Juba.", "Two years in.")),
    User("ng-rania", ("I'm a Jordanian colleague hired locally at our Mafraq field office.",)),
    User("ng-ibrahim", ("I was hired locally in N'Djamena.", "I started last month.")),
    User("ng-ken", ("I've just accepted an international post in Uganda.",)),
    User("ng-hodan", ("Somalia programme, based in Baidoa.", "National staff.")),
    User("ng-claire", ("I work at the Edinburgh head office.",)),
    User("ng-musa", ("I'm a Ugandan national staff member working in Arua.", "Joined three years ago.")),
    User("ng-leila", ("I'm on the emergency roster, deployed to Aden for ten weeks.",)),
    User("ng-tariq", ("I'm national staff.",)),
    User("ng-ada", ("International staff in Maiduguri.",)),
    User("ng-bilal", ("Lebanese national staff, Beirut office.",)),
    User("ng-grace", ("I work in Kenya.", "I've been here six years.")),
)

NATIONAL_LEAVE = {
    "Kenya and Uganda, under five years": "26 working days",
    "Kenya and Uganda, five years or more": "29 working days",
    "Niger and Chad": "30 calendar days",
    "South Sudan": "28 working days",
    "Somalia": "25 working days",
    "Nigeria": "21 working days",
    "Jordan": "18 working days",
    "Lebanon": "20 working days",
    "Yemen": "23 working days",
}
LEAVE = {
    **NATIONAL_LEAVE,
    "international": "30 working days",
    "HQ": "27 days",
    "ERR": "1.5 days for each month",
}
KENYA_LEAVE = {k: LEAVE[k] for k in ("Kenya and Uganda, five years or more", "international")}
RR = {"E": "6-week cycle", "D": "8-week cycle", "C": "12-week cycle", "A and B": "No R&R cycle"}
UGANDA_RR = {"Arua": "12-week cycle", "Kampala": "No R&R cycle"}
HARDSHIP = {"E": "35%", "D": "25%", "C": "15%", "A and B": "no hardship allowance"}
WEEK = {
    "Monday to Friday": "Monday to Friday",
    "Jordan and Yemen": "Sunday to Thursday",
    "Somalia": "Saturday to Wednesday",
}
PROBATION = {
    "international": "three months",
    "national and HQ": "six months",
    "national, Niger and Chad": "two months",
}
MEDICAL = {"international and ERR": "CovaHealth Global", "national": "up to four dependants", "HQ": "£350"}

QUESTIONS = (
    rule_question(
        "ng-amina", "How many days of annual leave do I have?", LEAVE, "Kenya and Uganda, five years or more"
    ),
    rule_question("ng-amina", "What days is the office open?", WEEK, "Monday to Friday"),
    general_question("ng-amina", "Am I eligible for R&R?", "not eligible", forbid=("6-week cycle", "8-week cycle")),
    rule_question("ng-pierre", "How many days of annual leave do I have?", LEAVE, "international"),
    rule_question("ng-pierre", "How often do I get R&R?", RR, "D"),
    rule_question("ng-pierre", "What's my hardship allowance?", HARDSHIP, "D"),
    rule_question("ng-sarah", "How often is R&R?", RR, "E"),
    rule_question("ng-sarah", "How much hardship allowance will I get?", HARDSHIP, "E"),
    rule_question("ng-sarah", "How long is my probation?", PROBATION, "international"),
    rule_question("ng-joseph", "How many days of annual leave do I have?", LEAVE, "South Sudan"),
    general_question(
        "ng-joseph", "How often do I get R&R?", "not eligible", forbid=("6-week cycle", "8-week cycle", "12-week cycle")
    ),
    rule_question("ng-joseph", "What medical cover do I get?", MEDICAL, "national"),
    rule_question("ng-rania", "How many days of annual leave do I have?", LEAVE, "Jordan"),
    rule_question("ng-rania", "Which days do we work?", WEEK, "Jordan and Yemen"),
    rule_question("ng-ibrahim", "How long is my probation?", PROBATION, "national, Niger and Chad"),
    rule_question("ng-ibrahim", "How much annual leave do I get?", LEAVE, "Niger and Chad"),
    rule_question("ng-ken", "How many days of annual leave do I have?", LEAVE, "international"),
    rule_question("ng-ken", "How often will I get R&R?", UGANDA_RR, None),
    rule_question("ng-ken", "What health insurance will I have?", MEDICAL, "international and ERR"),
    rule_question("ng-hodan", "How many days of annual leave do I have?", LEAVE, "Somalia"),
    rule_question("ng-hodan", "What's our working week?", WEEK, "Somalia"),
    rule_question("ng-claire", "How many days of annual leave do I have?", LEAVE, "HQ"),
    rule_question("ng-claire", "How long is the probation period?", PROBATION, "national and HQ"),
    rule_question("ng-musa", "How many days of annual leave do I have?", LEAVE, "Kenya and Uganda, under five years"),
    rule_question("ng-musa", "What does the medical scheme cover?", MEDICAL, "national"),
    rule_question("ng-leila", "How much annual leave do I earn?", LEAVE, "ERR"),
    rule_question("ng-leila", "Do I get R&R during my deployment?", RR, "D"),
    rule_question("ng-leila", "Which days does the office work?", WEEK, "Jordan and Yemen"),
    rule_question("ng-tariq", "How many days of annual leave do I have?", NATIONAL_LEAVE, None),
    general_question("ng-tariq", "How many free counselling sessions can I have?", "six free confidential sessions"),
    rule_question("ng-ada", "How often do I get R&R?", RR, "D"),
    rule_question("ng-ada", "What's the hardship allowance in my duty station?", HARDSHIP, "D"),
    general_question("ng-ada", "Can my family come with me?", "may not accompany"),
    rule_question("ng-bilal", "How many days of annual leave do I have?", LEAVE, "Lebanon"),
    rule_question("ng-bilal", "What are the office working days?", WEEK, "Monday to Friday"),
    rule_question("ng-grace", "How many days of annual leave do I have?", KENYA_LEAVE, None),
)

HANDBOOK = Handbook(
    name="lanternway",
    title="Lanternway International: Global Staff Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
