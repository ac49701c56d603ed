"""Kestrel Mutual: a benefits guide whose rules are keyed by grade and country: a wellness table
by grade x country, a pension table by grade, per-country insurers in one sentence, a car
allowance for "grades K3 and K4 only", and life cover for everyone. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

GRADES = ("K1", "K2", "K3", "K4")
COUNTRIES = ("Ireland", "Spain", "Poland")
WELLNESS_TABLE = {
    "K1": ("410 EUR", "360 EUR", "290 EUR"),
    "K2": ("530 EUR", "470 EUR", "380 EUR"),
    "K3": ("690 EUR", "610 EUR", "520 EUR"),
    "K4": ("880 EUR", "790 EUR", "660 EUR"),
}
WELLNESS = {f"{g}/{c}": WELLNESS_TABLE[g][i] for g in GRADES for i, c in enumerate(COUNTRIES)}
PENSION = {"K1": "4%", "K2": "6%", "K3": "7.5%", "K4": "9%"}
INSURER = {"Ireland": "Laya", "Spain": "Sanitas", "Poland": "Medicover"}
CAR = {"K3": "450 EUR a month", "K4": "700 EUR a month"}


def _wellness_rows() -> str:
    return "\n".join(
        f"<tr><td>{g}</td>" + "".join(f"<td>{v}</td>" for v in WELLNESS_TABLE[g]) + "</tr>" for g in GRADES
    )


PAGES = (
    f"""
<h1>Kestrel Mutual Insurance: Benefits Guide</h1>
<p>Kestrel Mutual employs staff in Ireland, Spain and Poland on four grades, K1 to K4. Your grade is
printed on your contract and your payslip. Benefits depend on your grade, on the country of your
contract, or on both, as the tables below show.</p>
<h2>Wellness allowance</h2>
<p>The wellness allowance reimburses gym membership, sports clubs, physiotherapy and mindfulness apps.
The yearly amount by grade and country:</p>
<table>
<tr><th>Grade</th><th>Ireland</th><th>Spain</th><th>Poland</th></tr>
{_wellness_rows()}
</table>
<h2>Pension</h2>
<p>Kestrel pays into the company pension plan every month. The employer contribution is a share of basic
salary and depends on the grade only:</p>
<table>
<tr><th>Grade</th><th>Employer contribution</th></tr>
<tr><td>K1</td><td>4%</td></tr>
<tr><td>K2</td><td>6%</td></tr>
<tr><td>K3</td><td>7.5%</td></tr>
<tr><td>K4</td><td>9%</td></tr>
</table>
""",
    """
<h2>Private health insurance</h2>
<p>Private health insurance is provided in every country, by a local insurer. In Ireland, staff are
covered by Laya, with a 250 EUR yearly excess. In Spain the insurer is Sanitas, and in Poland staff are
covered by Medicover. Partners and children can be added at the staff rate.</p>
<h2>Car allowance (grades K3 and K4 only)</h2>
<p>K3 employees receive a car allowance of 450 EUR a month. K4 employees receive 700 EUR a month.
Grades K1 and K2 have no car allowance and claim business mileage instead.</p>
<h2>Life cover</h2>
<p>Life cover is four times annual salary for every grade in every country, from the first day of
employment.</p>
""",
)

USERS = (
    User("km-aoife", ("I'm on grade K2 and I work in Ireland.",)),
    User("km-javier", ("I'm a grade K4 employee.", "I'm based in Spain.")),
    User("km-ola", ("My grade is K1.", "I work in Poland.")),
    User("km-marta", ("I work in Spain, in the claims team.",)),
    User("km-liam", ("I'm on grade K3.",)),
)

QUESTIONS = (
    rule_question("km-aoife", "How much is my wellness allowance?", WELLNESS, "K2/Ireland"),
    rule_question("km-javier", "What wellness allowance do I get each year?", WELLNESS, "K4/Spain"),
    rule_question("km-ola", "How much can I claim for the gym each year?", WELLNESS, "K1/Poland"),
    rule_question("km-marta", "How much is my wellness allowance?", WELLNESS, None),
    rule_question("km-liam", "What is my yearly wellness allowance?", WELLNESS, None),
    rule_question("km-aoife", "How much does Kestrel pay into my pension?", PENSION, "K2"),
    rule_question("km-javier", "What is the employer pension contribution for me?", PENSION, "K4"),
    rule_question("km-ola", "What pension contribution does the company make?", PENSION, "K1"),
    rule_question("km-liam", "How much does the employer contribute to my pension?", PENSION, "K3"),
    rule_question("km-marta", "What is my employer pension contribution?", PENSION, None),
    rule_question("km-aoife", "Who is my health insurer?", INSURER, "Ireland"),
    rule_question("km-javier", "Which company provides my private health insurance?", INSURER, "Spain"),
    rule_question("km-ola", "Who provides my health insurance?", INSURER, "Poland"),
    rule_question("km-marta", "Which insurer covers me for private health care?", INSURER, "Spain"),
    rule_question("km-liam", "Who is my private health insurer?", INSURER, None),
    general_question("km-ola", "How much life cover do I have?", "four times annual salary"),
    general_question("km-marta", "What is my life cover?", "four times annual salary"),
    general_question("km-liam", "How much is the life insurance?", "four times annual salary"),
    rule_question("km-javier", "How much is my car allowance?", CAR, "K4"),
    rule_question("km-liam", "What car allowance do I get?", CAR, "K3"),
)

HANDBOOK = Handbook(
    name="kestrel",
    title="Kestrel Mutual Insurance: Benefits Guide",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
