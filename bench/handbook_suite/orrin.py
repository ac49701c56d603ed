"""Orrin Medical: a multinational's global benefits guide keyed by country and by job level: a table
of the wellbeing allowance by level band ("Levels 1-3") x country, bonus targets by level band in
sentences, prose country exceptions and country rules ("In France, ...", "Employees in Canada
..."), a benefit for the top level band only with an amount per country, and benefits that apply
everywhere. Countries and job levels. Held out until its failures were seen; tuning since."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

BANDS = ("1-3", "4-5", "6-8")
BAND_LABELS = {"1-3": "Levels 1&ndash;3", "4-5": "Levels 4&ndash;5", "6-8": "Levels 6&ndash;8"}
COUNTRIES = ("Canada", "France", "Sweden", "Singapore")
WELLBEING_TABLE = {
    "1-3": ("CAD 600", "EUR 400", "SEK 5,000", "SGD 700"),
    "4-5": ("CAD 900", "EUR 600", "SEK 7,500", "SGD 1,050"),
    "6-8": ("CAD 1,300", "EUR 850", "SEK 10,000", "SGD 1,500"),
}
WELLBEING = {f"{b}/{c}": WELLBEING_TABLE[b][i] for b in BANDS for i, c in enumerate(COUNTRIES)}


def _rows() -> str:
    return "\n".join(
        f"<tr><td>{BAND_LABELS[b]}</td>" + "".join(f"<td>{v}</td>" for v in WELLBEING_TABLE[b]) + "</tr>" for b in BANDS
    )


PAGES = (
    f"""
<h1>Orrin Medical: Global Benefits Guide</h1>
<p>Orrin Medical designs and manufactures surgical instruments and employs people in Canada, France, Sweden
and Singapore. This guide explains the benefits you receive as an Orrin employee. What you receive depends on
two things: the country in which you are employed (the country of your employment contract, which is not
necessarily where you live), and your job level, from 1 to 8, which is shown on your offer letter and in the
HR system. Where a benefit is the same for everyone, the guide says so.</p>
<h2>Benefits for everyone</h2>
<p>Wherever you work and whatever your level, Orrin provides:</p>
<ul>
<li>life assurance of three times your annual base salary, from your first day;</li>
<li>a confidential employee assistance programme, available by phone or chat at any hour;</li>
<li>the Orrin share purchase plan, which lets you buy company shares at a 15% discount, twice a year;</li>
<li>two paid volunteering days a year.</li>
</ul>
<h2>Wellbeing allowance</h2>
<p>The wellbeing allowance can be spent on anything that supports your physical or mental health: gym or
swimming pool membership, sports clubs, fitness classes, therapy or meditation apps. You pay first and claim
it back through the expenses system. The amount per calendar year depends on your level and on your country
of employment:</p>
<table>
<tr><th>Job level</th><th>Canada</th><th>France</th><th>Sweden</th><th>Singapore</th></tr>
{_rows()}
</table>
<p>Unspent allowance does not carry over into the next year. In France, the allowance is paid through the
works council's benefits platform rather than through expenses, but the amounts are the same.</p>
<h2>Annual bonus</h2>
<p>All permanent employees take part in the annual bonus plan. The target bonus is a percentage of base
salary and depends on your job level only. At levels 1 to 3 the target is 6% of base salary. Employees at
levels 4 and 5 have a target of 12%. At levels 6 to 8 the target is 20%. The bonus actually paid can be
between zero and twice the target, depending on company and individual results, and is paid in March.</p>
""",
    """
<h2>Annual leave</h2>
<p>Annual leave follows the law and custom of each country, and public holidays are always given in addition.
Employees in Canada receive 18 days of paid annual leave a year. In France, employees receive 25 working days
of paid leave (congés payés); RTT days, where your contract provides them, are given on top. Employees in
Sweden have 30 days of annual leave. In Singapore, the entitlement is 16 days a year, rising by one day for
each completed year of service up to a maximum of 21.</p>
<h2>Retirement savings</h2>
<p>Orrin helps you save for retirement in every country, through a local plan.</p>
<p>Employees in Canada are enrolled in the group RRSP, and Orrin matches your own contributions up to 5% of
base salary.</p>
<p>In France, you are covered by the mandatory supplementary pension schemes, and Orrin also pays 3% of base
salary into the company retirement savings plan each year.</p>
<p>In Sweden, Orrin pays an occupational pension premium of 4.6% of salary up to the income ceiling, and a
higher rate above it, through the Nordkust pension plan.</p>
<p>Employees in Singapore receive the statutory CPF contributions where they are eligible, and Orrin adds a
top-up of 2% of base salary to a private retirement account.</p>
<h2>Health insurance</h2>
<p>Orrin pays for private health insurance for you in every country, through one local insurer in each:</p>
<p>Employees in Canada are covered by Cedarline Health, which adds dental and vision care to the provincial
health plan. Your spouse and children are covered at no extra cost.</p>
<p>In France, you are covered by the Solvane mutuelle, which tops up the reimbursements of the national
health insurance. Your children are covered up to age 26 at no extra cost.</p>
<p>In Sweden, you have private health insurance with Fjällvård, which gives fast access to specialists and
physiotherapy.</p>
<p>Employees in Singapore are covered by Tembusu Health for hospital and outpatient care, including
dental care up to SGD 400 a year.</p>
""",
    """
<h2>Car allowance (levels 6 to 8 only)</h2>
<p>Employees at levels 6, 7 and 8 receive a monthly car allowance, paid with salary. Employees in Canada
receive CAD 750 a month. In Sweden the allowance is SEK 5,500 a month. In Singapore it is SGD 1,100 a month.
In France, employees at these levels have a company car, chosen from the fleet list, instead of an
allowance. Employees at levels 1 to 5 do not receive a car allowance and claim business mileage instead.</p>
<h2>Parental leave</h2>
<p>On top of the statutory parental benefits of your country, Orrin pays you your full base salary for the
first 16 weeks of parental leave, whichever parent you are. This applies in all four countries and does not
depend on your level.</p>
<h2>Working from home</h2>
<p>Every employee whose role can be done from home receives a one-off home office payment when they join. The
payment is CAD 500 in Canada, EUR 350 in France, SEK 4,000 in Sweden and SGD 450 in Singapore.</p>
<h2>Questions</h2>
<p>If you have a question about your benefits, contact your local HR team through the HR system. Benefits are
reviewed every January, and any change is announced at least one month before it takes effect.</p>
""",
)

USERS = (
    User("om-beatrix", ("I'm a level 5 product manager with Orrin in Canada.",)),
    User("om-theo", ("I work for Orrin in France.", "I'm at level 2.")),
    User("om-linnea", ("I'm employed in Sweden.", "My job level is 7.")),
    User("om-weiming", ("I'm based in Singapore.",)),
    User("om-priscila", ("I'm a level 3 field service engineer.",)),
)

BONUS = {"1-3": "6%", "4-5": "12%", "6-8": "20%"}
LEAVE = {"Canada": "18 days", "France": "25 working days", "Sweden": "30 days", "Singapore": "16 days"}
PENSION = {"Canada": "5%", "France": "3%", "Sweden": "4.6%", "Singapore": "2%"}
INSURER = {"Canada": "Cedarline", "France": "Solvane", "Sweden": "Fjällvård", "Singapore": "Tembusu"}
CAR = {"Canada": "CAD 750", "Sweden": "SEK 5,500", "Singapore": "SGD 1,100", "France": "company car"}

QUESTIONS = (
    rule_question("om-beatrix", "How much is my wellbeing allowance?", WELLBEING, "4-5/Canada"),
    rule_question("om-beatrix", "What's my target bonus?", BONUS, "4-5"),
    rule_question("om-beatrix", "How many vacation days do I get?", LEAVE, "Canada"),
    rule_question("om-beatrix", "How much does Orrin match on my retirement savings?", PENSION, "Canada"),
    rule_question("om-theo", "How much can I claim back for the gym each year?", WELLBEING, "1-3/France"),
    rule_question("om-theo", "What percentage bonus am I targeted at?", BONUS, "1-3"),
    rule_question("om-theo", "Which company provides my health insurance?", INSURER, "France"),
    rule_question("om-theo", "How much paid holiday do I get?", LEAVE, "France"),
    rule_question("om-linnea", "What is my yearly wellbeing allowance?", WELLBEING, "6-8/Sweden"),
    rule_question("om-linnea", "How much is the car allowance?", CAR, "Sweden"),
    rule_question("om-linnea", "What does the company pay into my pension?", PENSION, "Sweden"),
    rule_question("om-linnea", "What's my bonus target?", BONUS, "6-8"),
    rule_question("om-weiming", "How much annual leave do I have?", LEAVE, "Singapore"),
    rule_question("om-weiming", "Who is my health insurer?", INSURER, "Singapore"),
    rule_question("om-weiming", "How much wellbeing allowance do I get?", WELLBEING, None),
    rule_question("om-priscila", "What is my target bonus?", BONUS, "1-3"),
    rule_question("om-priscila", "How many days of holiday do I get?", LEAVE, None),
    rule_question("om-priscila", "Which health insurance provider covers me?", INSURER, None),
    general_question("om-priscila", "How much life cover do I have?", "three times your annual base salary"),
    general_question("om-weiming", "What discount do I get on company shares?", "15%"),
    general_question("om-theo", "How many weeks of parental leave does Orrin pay in full?", "16 weeks"),
)

HANDBOOK = Handbook(
    name="orrin",
    title="Orrin Medical: Global Benefits Guide",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
