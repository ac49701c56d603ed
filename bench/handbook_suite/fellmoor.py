"""Fellmoor National Park Authority: a public body's staff handbook in numbered paragraphs ("3.2"),
with three staff categories defined once by their members' jobs and workplaces and then named in
rules, pay bands (NP1 to NP8) named in ranges ("pay bands NP1 to NP4"), one paragraph naming two
categories at once, a notice and probation table by pay band, and general paragraphs beside them.
Staff categories and pay bands. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Fellmoor National Park Authority: Staff Handbook</h1>
<p>Conditions of service for employees of the Authority. Approved by the Resources Committee; this version
replaces all earlier editions. Where this handbook and your written statement of particulars differ, the
statement prevails.</p>
<h2>1. Introduction</h2>
<p>1.1 This handbook applies to all employees of the Fellmoor National Park Authority (&ldquo;the
Authority&rdquo;). It does not apply to volunteers, whose role agreements are issued by the volunteer
coordinators, or to contractors.</p>
<p>1.2 For the purposes of this handbook every employee belongs to one of three staff categories:<br>
(a) Ranger and Estate staff: area rangers, estate workers, tree and woodland officers, and the volunteer
coordinators, normally based at the Skelding depot or out on the estate;<br>
(b) Visitor Services staff: everyone working at the Harlstone and Corrie Gill visitor centres, including
centre assistants, shop staff and car park attendants;<br>
(c) Planning and Corporate staff: planning officers, ecologists, and staff in finance, HR, IT and
communications, normally based at the Authority's headquarters in Brackwater.</p>
<p>1.3 Every post is placed on one of the Authority's eight pay bands, from NP1 (the lowest) to NP8. Your pay
band is shown on your payslip and in your written statement.</p>
<h2>2. Hours of work</h2>
<p>2.1 The standard working week for full-time employees is 37 hours. Part-time employees work the
hours set out in their statement.</p>
<p>2.2 Planning and Corporate staff work within the flexitime scheme. They may start work from 07:00 and
finish by 19:00, and must be at work during the core time of 10:00 to 12:00 and 14:00 to 16:00.</p>
<p>2.3 Ranger and Estate staff work a seasonal pattern: 41 hours a week from April to September and 33
hours a week from October to March, so that the average over the year is the standard week in 2.1.</p>
<p>2.4 Visitor Services staff work to a rota, which the centre manager publishes at least three weeks in
advance. The rota includes weekends and public holidays, and gives each member of staff at least one full
weekend off in every four.</p>
<p>2.5 No employee may work more than six consecutive days without a rest day, except in an emergency such
as a moorland fire or a flood.</p>
""",
    """
<h2>3. Annual leave</h2>
<p>3.1 The leave year runs from 1 April to 31 March. Leave is counted in working days.</p>
<p>3.2 Employees on pay bands NP1 to NP4 are entitled to 26 days of annual leave a year.</p>
<p>3.3 Employees on pay bands NP5 to NP8 are entitled to 29 days of annual leave a year.</p>
<p>3.4 The eight public holidays are given in addition to the entitlement in 3.2 and 3.3. A Visitor Services
employee who is rostered to work on a public holiday receives a day off in lieu, to be taken within two
months.</p>
<p>3.5 Ranger and Estate staff and Visitor Services staff may not take more than ten consecutive days of
leave between 1 July and 31 August, when the park is at its busiest, unless the Head of Park Operations
agrees otherwise.</p>
<p>3.6 Planning and Corporate staff may take their leave at any time of year, subject to the agreement of
their manager and to planning committee dates.</p>
<p>3.7 Up to five days of untaken leave may be carried forward into the next leave year. Leave carried
forward must be taken by 30 June or it is lost.</p>
<h2>4. Notice and probation</h2>
<p>4.1 New employees serve a probationary period. The length of the period, and the notice that an employee
must give to end their employment after it, depend on the pay band of the post, as shown in Table 1.</p>
<table>
<tr><th>Pay band</th><th>Probationary period</th><th>Notice to be given by the employee</th></tr>
<tr><td>NP1 to NP3</td><td>13 weeks</td><td>2 weeks</td></tr>
<tr><td>NP4 to NP6</td><td>26 weeks</td><td>1 month</td></tr>
<tr><td>NP7 and NP8</td><td>39 weeks</td><td>3 months</td></tr>
</table>
<p style="font-size: 9pt">Table 1: Probation and notice by pay band.</p>
<p>4.2 During the probationary period either party may end the employment with one week's notice.</p>
<p>4.3 The Authority gives the same notice as the employee, or one week for each complete year of
continuous service if that is longer, up to a maximum of twelve weeks.</p>
""",
    """
<h2>5. Clothing, equipment and allowances</h2>
<p>5.1 Ranger and Estate staff are issued with waterproofs, safety boots, a fleece and a high-visibility
jacket, all replaced every two years or sooner if damaged in the course of work.</p>
<p>5.2 Visitor Services staff are issued with four polo shirts and a fleece bearing the Authority's logo,
which must be worn when the centres are open to the public.</p>
<p>5.3 Planning and Corporate staff do not wear a uniform. Those who make site visits may borrow outdoor
clothing from the store at Brackwater, and must sign it back in afterwards.</p>
<p>5.4 Employees who use their own car for the Authority's business are paid 45p per mile, and a further 5p
per mile for each colleague they carry. Claims are made monthly through the expenses system.</p>
<p>5.5 Ranger and Estate staff on the weekend standby rota, who respond to fires, floods and incidents on
Authority land, receive a standby payment of 62 GBP for each weekend on standby, and are paid for any time
spent on a call-out at time and a half.</p>
<h2>6. Sickness absence</h2>
<p>6.1 An employee who is unable to work because of illness must report it as early as possible on the first
day of absence, in the way set out in 6.2 to 6.4, and keep in touch at least every three days after that.</p>
<p>6.2 Ranger and Estate staff telephone the depot supervisor at Skelding before 08:00.</p>
<p>6.3 Visitor Services staff telephone the duty centre manager at their visitor centre at least one hour
before their rostered start time.</p>
<p>6.4 Planning and Corporate staff report absence through the absence line, extension 4410, before 09:30.</p>
<p>6.5 A fit note from a doctor is needed for any absence of more than seven calendar days. Occupational
sick pay is paid in line with the national scheme for local government employees.</p>
<h2>7. Other matters</h2>
<p>7.1 Every employee may take up to three days of paid special leave a year for a domestic emergency, such as
the sudden illness of a dependant.</p>
<p>7.2 Any concern about conduct or safety at work should be raised with your line manager or, if that is not
appropriate, with the Head of HR at Brackwater.</p>
""",
)

USERS = (
    User("fm-morven", ("I'm an area ranger on pay band NP4.",)),
    User("fm-tobias", ("I'm a planning officer.", "My post is on band NP6.")),
    User("fm-ailsa", ("I work in the shop at the Corrie Gill visitor centre.", "I'm on band NP2.")),
    User("fm-gideon", ("I joined the Authority's finance team in March.",)),
    User("fm-wren", ("My pay band is NP7.",)),
)

BAND_LEAVE = {"NP1-NP4": "26 days", "NP5-NP8": "29 days"}
NOTICE = {"NP1-NP3": "2 weeks", "NP4-NP6": "1 month", "NP7-NP8": "3 months"}
PROBATION = {"NP1-NP3": "13 weeks", "NP4-NP6": "26 weeks", "NP7-NP8": "39 weeks"}
SUMMER = {
    "Ranger and Estate": "ten consecutive days",
    "Visitor Services": "ten consecutive days",
    "Planning and Corporate": "any time of year",
}
HOURS = {
    "Planning and Corporate": "10:00 to 12:00",
    "Ranger and Estate": "41 hours a week",
    "Visitor Services": "three weeks in advance",
}
KIT = {
    "Ranger and Estate": "waterproofs",
    "Visitor Services": "four polo shirts",
    "Planning and Corporate": "do not wear a uniform",
}
SICK = {
    "Ranger and Estate": "depot supervisor",
    "Visitor Services": "duty centre manager",
    "Planning and Corporate": "extension 4410",
}

QUESTIONS = (
    rule_question("fm-morven", "How many days of holiday do I get a year?", BAND_LEAVE, "NP1-NP4"),
    rule_question("fm-morven", "Can I take a long holiday in the summer?", SUMMER, "Ranger and Estate"),
    rule_question("fm-morven", "Who do I phone if I'm sick?", SICK, "Ranger and Estate"),
    rule_question("fm-morven", "How much notice must I give if I want to leave?", NOTICE, "NP4-NP6"),
    rule_question("fm-morven", "What work clothing am I issued with?", KIT, "Ranger and Estate"),
    rule_question("fm-tobias", "What is my annual leave entitlement?", BAND_LEAVE, "NP5-NP8"),
    rule_question("fm-tobias", "What hours do I have to be at work?", HOURS, "Planning and Corporate"),
    rule_question("fm-tobias", "Do I get a uniform?", KIT, "Planning and Corporate"),
    rule_question("fm-tobias", "Are there restrictions on when I can take leave?", SUMMER, "Planning and Corporate"),
    general_question("fm-tobias", "How many hours is the standard working week?", "37 hours"),
    rule_question("fm-ailsa", "Who should I ring when I'm too ill to come in?", SICK, "Visitor Services"),
    rule_question("fm-ailsa", "How much annual leave do I get?", BAND_LEAVE, "NP1-NP4"),
    rule_question("fm-ailsa", "How long is my probation?", PROBATION, "NP1-NP3"),
    rule_question("fm-ailsa", "How much warning do I get of my shifts?", HOURS, "Visitor Services"),
    rule_question("fm-gideon", "How many days' holiday am I entitled to?", BAND_LEAVE, None),
    rule_question("fm-gideon", "How do I report that I'm off sick?", SICK, "Planning and Corporate"),
    general_question("fm-gideon", "What is the mileage rate for using my own car?", "45p per mile"),
    rule_question("fm-wren", "What notice period do I have to give?", NOTICE, "NP7-NP8"),
    rule_question("fm-wren", "Who do I call if I'm ill?", SICK, None),
    rule_question("fm-wren", "What are my working hours?", HOURS, None),
    general_question("fm-wren", "How many days of leave can I carry forward?", "five days"),
)

HANDBOOK = Handbook(
    name="fellmoor",
    title="Fellmoor National Park Authority: Staff Handbook",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
