"""Brackenholt Pumpen: a works agreement between management and the works council, in numbered
articles with sub-clauses, where department rules are stated as exceptions and provisos to a general
clause ("Notwithstanding 3.1", "By way of exception", "save that", "provided that"), pay groups are
named in ranges that differ from article to article ("pay groups E1 to E8", "E11 and E12"), one
sub-clause names two departments, the leave article runs onto the next page, and an annex holds the
shift supplements table. Departments and pay groups. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Works Agreement No. 11 on Working Time, Leave and Supplements</h1>
<p>between the management of Brackenholt Pumpen GmbH (the "Company") and the Works Council of the
Ulmenried plant (the "Works Council"), concluded on 14 November and in force from 1 January.</p>
<h2>Preamble</h2>
<p>The parties wish to set out in one agreement the rules on working time, leave and supplements that have
until now been spread across several separate agreements and side letters. This agreement replaces Works
Agreements No. 4, No. 6 and No. 9 in full.</p>
<h2>Article 1: Scope</h2>
<p>1.1 This agreement applies to all employees of the Company at the Ulmenried plant, with the exception of
executive staff and of apprentices, for whom the apprenticeship agreement applies.</p>
<p>1.2 The plant comprises the departments of Assembly, the Foundry, the Tool Room and Commercial Services
(finance, purchasing, sales and human resources).</p>
<p>1.3 Where this agreement refers to pay groups, it means the pay groups E1 to E12 of the Pay Framework
Agreement. An employee's pay group is stated in the employment contract.</p>
<h2>Article 2: Regular working time</h2>
<p>2.1 The regular weekly working time shall be 37 hours, spread over five working days from Monday to
Friday.</p>
<p>2.2 Notwithstanding paragraph 2.1, the regular weekly working time of employees of the Foundry shall be
35 hours, in view of the heat exposure at the furnaces, without reduction of the monthly pay.</p>
<p>2.3 Working time shall be recorded at the time terminals at the start and end of work. Breaks of at least
30 minutes after six hours of work are unpaid and are not counted as working time.</p>
<h2>Article 3: Distribution of working time</h2>
<p>3.1 Employees of Commercial Services work flexitime within a framework from 06:30 to 19:00, with a core
time from 09:30 to 14:30 (Fridays 09:30 to 12:00) during which they must be present.</p>
<p>3.2 Assembly and the Foundry work in shifts. Assembly works in two alternating shifts, an early shift and
a late shift, changing weekly. The Foundry works in three shifts, including a night shift from Sunday night
to Friday morning.</p>
<p>3.3 The Tool Room works a fixed day shift from 07:00 to 15:30, save that the Works Council may agree to a
second shift for a limited period where order volumes require it.</p>
<p>3.4 Shift rotas shall be published at least four weeks in advance. Changes at shorter notice require the
consent of the employee concerned.</p>
<h2>Article 4: Overtime</h2>
<p>4.1 Overtime is work in excess of the regular working time that has been ordered by the supervisor and
approved by the Works Council in advance. It shall be announced at least two working days before it is
worked, except in an emergency.</p>
<p>4.2 For employees in pay groups E1 to E8, each hour of overtime shall be paid with a supplement of
25 percent of the basic hourly rate.</p>
<p>4.3 Employees in pay groups E9 to E11 shall instead receive time off in lieu, hour for hour, to be taken
within three months. Where this is not possible for operational reasons, the hours shall be paid without a
supplement.</p>
""",
    """
<p>4.4 For employees in pay group E12, overtime of up to 10 hours per calendar month shall be deemed
compensated by the monthly salary; any further hours shall be treated in accordance with paragraph 4.3.</p>
<h2>Article 5: Mobile working</h2>
<p>5.1 Employees of Commercial Services may work from home or another suitable place on up to three days a
week, provided that their supervisor agrees and their team is present in the office on Tuesdays.</p>
<p>5.2 In the Tool Room, mobile working is limited to the design office and to one day per week.</p>
<p>5.3 Mobile working is not available in Assembly and the Foundry, save for training courses that are held
online.</p>
<h2>Article 6: Sickness</h2>
<p>6.1 An employee who is unfit for work shall inform the supervisor before the start of the shift.</p>
<p>6.2 A medical certificate shall be submitted from the third calendar day of incapacity. The Company may
ask for it earlier only with the consent of the Works Council.</p>
<h2>Article 7: Annual leave</h2>
<p>7.1 Every employee shall receive 30 working days of paid annual leave per calendar year. Employees who work
fewer than five days a week receive a proportionate number of days.</p>
<p>7.2 By way of exception, employees of the Foundry shall receive three further days of leave on account of
the heat exposure, making a total of 33 working days per calendar year.</p>
<p>7.3 Requests for leave in the summer months (June to September) shall be submitted by 31 January. The
Company shall decide on them by 28 February; where several employees of a team ask for the same weeks,
employees with school-age children shall have priority during the school holidays.</p>
<p>7.4 A holiday bonus shall be paid with the June salary. It shall amount to 620 EUR for employees in pay
groups E1 to E6 and to 480 EUR for employees in pay groups E7 to E10. Employees in pay groups E11 and E12
receive no holiday bonus, the bonus being included in their annual salary.</p>
""",
    """
<p>7.5 The plant closes between Christmas and New Year. Three days of annual leave shall be used for the
closure, provided that employees who are required to work during the closure (in particular for maintenance
of the furnaces) may take those days at another time.</p>
<p>7.6 Leave not taken by 31 March of the following year shall lapse, unless it could not be taken because of
illness or for operational reasons.</p>
<h2>Article 8: Working clothes</h2>
<p>8.1 The Company provides and launders working clothes and safety shoes for employees in Assembly, the
Foundry and the Tool Room. Employees of the Foundry also receive heat-protective clothing and a face shield.
</p>
<p>8.2 Employees of Commercial Services receive no working clothes, save for the visitor jacket when they
enter the production halls.</p>
<h2>Article 9: Final provisions</h2>
<p>9.1 This agreement may be terminated by either party with three months' notice to the end of a calendar
year. Until a new agreement is concluded, its provisions shall continue to apply.</p>
<p>9.2 Should any provision of this agreement be invalid, the remaining provisions shall remain in force. The
parties shall replace the invalid provision with one that comes as close as possible to its purpose.</p>
<p>Ulmenried, 14 November</p>
<p>For the Company: Dr. Annegret Wollmann, Managing Director &middot; For the Works Council: Bernd Koschak,
Chair</p>
<h2>Annex 1: Shift supplements</h2>
<p>Supplements are paid on the basic hourly rate for hours worked in the periods below. Where more than one
supplement applies, only the highest is paid.</p>
<table>
<tr><th>Period</th><th>Supplement</th></tr>
<tr><td>Late shift, 14:00 to 22:00</td><td>12 percent</td></tr>
<tr><td>Night shift, 22:00 to 06:00</td><td>30 percent</td></tr>
<tr><td>Sundays</td><td>60 percent</td></tr>
<tr><td>Public holidays</td><td>110 percent</td></tr>
</table>
""",
)

USERS = (
    User("bh-jannik", ("I work in the foundry.", "I'm in pay group E4.")),
    User("bh-carla", ("I'm in Commercial Services, on pay group E10.",)),
    User("bh-omar", ("I'm a designer in the Tool Room's design office, pay group E7.",)),
    User("bh-heike", ("I'm in pay group E12.",)),
    User("bh-piet", ("I work on the assembly line.",)),
)

HOURS = {"Assembly": "37 hours", "Tool Room": "37 hours", "Commercial Services": "37 hours", "Foundry": "35 hours"}
LEAVE = {
    "Assembly": "30 working days",
    "Tool Room": "30 working days",
    "Commercial Services": "30 working days",
    "Foundry": "33 working days",
}
OVERTIME = {"E1-E8": "25 percent", "E9-E11": "hour for hour", "E12": "deemed compensated"}
BONUS = {"E1-E6": "620 EUR", "E7-E10": "480 EUR", "E11-E12": "no holiday bonus"}
MOBILE = {
    "Commercial Services": "up to three days",
    "Tool Room": "one day per week",
    "Assembly": "not available",
    "Foundry": "not available",
}
WORKING_DAY = {
    "Commercial Services": "09:30 to 14:30",
    "Tool Room": "07:00 to 15:30",
    "Assembly": "two alternating shifts",
    "Foundry": "three shifts",
}

QUESTIONS = (
    rule_question("bh-jannik", "How many hours a week do I work?", HOURS, "Foundry"),
    rule_question("bh-jannik", "How many days of holiday do I get?", LEAVE, "Foundry"),
    rule_question("bh-jannik", "How is overtime paid?", OVERTIME, "E1-E8"),
    rule_question("bh-jannik", "How much holiday pay do I get in June?", BONUS, "E1-E6"),
    rule_question("bh-jannik", "Can I work from home?", MOBILE, "Foundry"),
    rule_question("bh-carla", "What do I get for working overtime?", OVERTIME, "E9-E11"),
    rule_question("bh-carla", "How big is my holiday bonus?", BONUS, "E7-E10"),
    rule_question("bh-carla", "How many days a week can I work remotely?", MOBILE, "Commercial Services"),
    rule_question("bh-carla", "When do I have to be at work?", WORKING_DAY, "Commercial Services"),
    rule_question("bh-carla", "How much annual leave am I entitled to?", LEAVE, "Commercial Services"),
    rule_question("bh-omar", "Do I get a holiday bonus?", BONUS, "E7-E10"),
    rule_question("bh-omar", "Is there extra pay for overtime?", OVERTIME, "E1-E8"),
    rule_question("bh-omar", "Am I allowed to work from home?", MOBILE, "Tool Room"),
    rule_question("bh-omar", "What are my working hours?", WORKING_DAY, "Tool Room"),
    rule_question("bh-heike", "Will I receive the holiday bonus?", BONUS, "E11-E12"),
    rule_question("bh-heike", "Can I do mobile working?", MOBILE, None),
    general_question("bh-heike", "By when do I need to request my summer holiday?", "31 January"),
    rule_question("bh-piet", "What is my weekly working time?", HOURS, "Assembly"),
    rule_question("bh-piet", "What's the overtime supplement?", OVERTIME, None),
    rule_question("bh-piet", "What shifts do we work?", WORKING_DAY, "Assembly"),
    general_question("bh-piet", "From which day of sickness do I need a doctor's note?", "third calendar day"),
)

HANDBOOK = Handbook(
    name="brackenholt",
    title="Works Agreement No. 11 on Working Time, Leave and Supplements",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
