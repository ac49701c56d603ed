"""Thornbury Hospitals Trust: an acute hospital trust. Held out."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<h1>Thornbury Hospitals Trust: Ward Rostering and Staffing Policy (CP-31)</h1>
<p><b>Version 4.2.</b> Ratified by the Nursing, Midwifery and AHP Board in September. Review due in two years.
Policy lead: Deputy Chief Nurse (Workforce).</p>
<h2>1. Scope</h2>
<p>1.1 This policy applies to registered nurses, midwives, nursing associates and support workers employed in
the four rostered areas of the Trust: the Critical Care Unit (CCU), the Acute Medical Unit (AMU), the
Maternity service (Delivery Suite, the Birth Centre and the postnatal wards) and Main Theatres, which for the
purposes of this policy includes the anaesthetic rooms and recovery.</p>
<p>1.2 It applies to substantive staff and to staff working through TempFlex, the Trust's staff bank.</p>
<p>1.3 In this policy, "your area" means the area in which you are substantively employed, whatever area you
happen to be working in on a given shift.</p>
<h2>2. Shift patterns</h2>
<p>2.1 Each member of staff is rostered on one of three patterns, recorded in RotaWise, the Trust's
e-rostering system:</p>
<ul>
<li>long days, of 12.5 hours including the rest break;</li>
<li>nights, starting in the evening and finishing the following morning;</li>
<li>short shifts, meaning early and late shifts of 7.5 hours, usually worked by staff on a flexible
working agreement.</li>
</ul>
<h2>3. Publication of the roster</h2>
<p>3.1 Rosters run in four-week periods. Each roster is approved by the matron and published in RotaWise no
later than eight weeks before its first shift.</p>
<p>3.2 Requests for particular shifts or days off must be entered before the roster is built.</p>
<h2>4. Handover</h2>
<p>4.1 Every shift begins with a structured handover using the SBAR format, held at the nurses' station and
followed by a bedside safety check.</p>
<p>4.2 Morning handover starts at 07:35 in all areas covered by this policy, with the following
exceptions:</p>
<p>(a) in CCU, handover starts at 07:20 in the morning and at 19:20 in the evening, to allow time for the
bedside equipment checks;<br>
(b) Maternity hands over at 07:45, after the Delivery Suite board round;<br>
(c) Theatres does not hold a ward-style handover: staff attend the team brief at 08:05 for the list they are
allocated to.</p>
<h2>5. Rest breaks</h2>
<p>5.1 Breaks are planned by the nurse or midwife in charge at the start of each shift and written on the
staffing board.</p>
<p>5.2 The length of the break depends on the shift pattern (clause 2.1):</p>
<p>(a) a member of staff working long days takes 75 minutes, which is unpaid and may be split into two
parts;</p>
""",
    """
<p>(b) on nights, the break is 50 minutes, and it is paid, because night staff remain available to return to
the area if called;<br>
(c) staff on short shifts take 35 minutes, unpaid.</p>
<p>5.3 Where a break cannot be taken because of clinical pressure, the nurse in charge records it in the
missed-break log. Missed breaks are reviewed monthly by the matron.</p>
<h2>6. Reporting sickness</h2>
<p>6.1 A member of staff who is unable to work a rostered shift must telephone (not text or email) at least
90 minutes before the shift is due to start. Staff on nights should call before 18:00 where possible.</p>
<p>6.2 The call is made to the person who will arrange cover. On CCU, ring the nurse in charge on extension
4410. AMU staff call the bed manager (extension 3368). Midwives and maternity support workers contact the
Delivery Suite coordinator on bleep 2217, and in Theatres the call goes to the theatre coordinator on extension
5093.</p>
<p>6.3 The person taking the call records the absence in RotaWise. A return-to-work conversation takes place
on the first shift back.</p>
<h2>7. Professional development and supervision</h2>
<p>7.1 Registered staff have protected time for study each leave year, and regular clinical supervision, as
set out below. Part-time staff receive study time pro rata. Staff at Band 8a and above agree their study time
at appraisal.</p>
<table>
<tr><th>Band</th><th>Protected study time</th><th>Clinical supervision</th></tr>
<tr><td>Band 5</td><td>22.5 hours per leave year</td><td>every 4 weeks, with a named preceptor during the first
year</td></tr>
<tr><td>Band 6</td><td>30 hours per leave year</td><td>every 6 weeks</td></tr>
<tr><td>Band 7</td><td>37.5 hours per leave year (five standard days)</td><td>every 12 weeks, in a group
session</td></tr>
</table>
<p>7.2 Study time must be booked in RotaWise as "study" so that it is counted in the safe staffing
figures. Unused study time cannot be carried into the next leave year.</p>
<p>7.3 Supervision sessions last at least an hour and are recorded on the learning portal by the
supervisee.</p>
<h2>8. Working bank shifts</h2>
<p>8.1 Substantive staff may work additional shifts through TempFlex, subject to the Working Time
Regulations. A TempFlex shift may not start within 11 hours of the end of the member of staff's last rostered
shift, in any area.</p>
<p>8.2 TempFlex shifts are paid weekly, one week in arrears.</p>
""",
    """
<h2>9. Uniform and appearance</h2>
<p>9.1 All clinical staff are bare below the elbows in clinical areas. Hair longer than collar length is tied
back, and no jewellery is worn other than a plain band.</p>
<p>9.2 Theatres staff change into Trust scrubs on arrival and do not wear them outside the department. In
CCU, scrubs are worn in place of the standard tunic.</p>
<p>9.3 Identity badges are worn at all times, on a breakaway lanyard or a clip.</p>
<h2>10. Escalation of staffing concerns</h2>
<p>10.1 If the staffing on a shift falls below the agreed safe level, the nurse or midwife in charge
escalates to the site manager at once, and records the shortfall on the incident reporting system.</p>
<p>10.2 Staff who feel that a shortfall has not been addressed may raise it directly with the Freedom to
Speak Up Guardian.</p>
<h2>11. Monitoring</h2>
<p>11.1 Compliance with this policy is audited twice a year by the workforce team. Results are reported to
the Nursing, Midwifery and AHP Board.</p>
<h2>Appendix A: related documents</h2>
<ul>
<li>CP-12 Safe Staffing Escalation Procedure</li>
<li>HR-07 Managing Attendance</li>
<li>HR-19 Flexible Working</li>
<li>TempFlex Staff Bank Handbook</li>
</ul>
""",
)

USERS = (
    User("th-priya", ("I'm a Band 6 junior sister on the critical care unit.",)),
    User("th-owen", ("Mostly nights for me these days.", "I'm a Band 5 staff nurse in theatre recovery.")),
    User("th-aisling", ("I'm a Band 7 midwife and I work on the Delivery Suite.", "I do long days.")),
    User("th-marek", ("I've just moved across to the acute medical unit.",)),
    User("th-ruth", ("My rota is long days only.",)),
)

HANDOVER = {"CCU": "07:20", "Maternity": "07:45", "Theatres": "08:05", "AMU": "07:35"}
STUDY = {"Band 5": "22.5 hours", "Band 6": "30 hours", "Band 7": "37.5 hours"}
BREAK = {"long days": "75 minutes", "nights": "50 minutes", "short shifts": "35 minutes"}
SICK = {"CCU": "4410", "AMU": "3368", "Maternity": "2217", "Theatres": "5093"}
SUPERVISION = {"Band 5": "every 4 weeks", "Band 6": "every 6 weeks", "Band 7": "every 12 weeks"}

QUESTIONS = (
    rule_question("th-priya", "What time should I be there for the morning handover?", HANDOVER, "CCU"),
    rule_question("th-owen", "When does handover start where I work?", HANDOVER, "Theatres"),
    rule_question("th-aisling", "What time is morning handover?", HANDOVER, "Maternity"),
    rule_question("th-marek", "What time does the morning handover begin?", HANDOVER, "AMU"),
    rule_question("th-ruth", "When does morning handover start?", HANDOVER, None),
    rule_question("th-priya", "How much protected study time do I get a year?", STUDY, "Band 6"),
    rule_question("th-owen", "How many hours of study time am I allowed?", STUDY, "Band 5"),
    rule_question("th-aisling", "What's my annual allowance of study time?", STUDY, "Band 7"),
    rule_question("th-marek", "How much study time do I get?", STUDY, None),
    rule_question("th-owen", "How long is my break on shift?", BREAK, "nights"),
    rule_question("th-aisling", "How long a break do I get?", BREAK, "long days"),
    rule_question("th-ruth", "How much break time do I get per shift?", BREAK, "long days"),
    rule_question("th-priya", "How long is my rest break?", BREAK, None),
    rule_question("th-marek", "Who do I phone if I'm too ill to come in?", SICK, "AMU"),
    rule_question("th-aisling", "What number do I call to report sick?", SICK, "Maternity"),
    rule_question("th-priya", "Who do I ring when I'm off sick?", SICK, "CCU"),
    rule_question("th-ruth", "Which number do I call if I'm sick?", SICK, None),
    rule_question("th-owen", "How often do I get clinical supervision?", SUPERVISION, "Band 5"),
    rule_question("th-aisling", "How often should I have clinical supervision?", SUPERVISION, "Band 7"),
    general_question("th-marek", "How far ahead is the rota published?", "eight weeks"),
    general_question("th-ruth", "How much notice do I need to give when calling in sick?", "90 minutes"),
    general_question("th-priya", "How much rest do I need before starting a bank shift?", "11 hours"),
)

HANDBOOK = Handbook(
    name="thornbury",
    title="Thornbury Hospitals Trust: Ward Rostering and Staffing Policy (CP-31)",
    split="heldout",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
