"""Harrowgate Home & Garden (an HTML file): a home-and-garden retail chain's Colleague Handbook saved from
Word as HTML, with Word's markup left in (MsoNormal paragraphs, a table of contents with _Toc anchors,
spans, non-breaking spaces), numbered headings ("3.2 Shift premiums"), bold lead-ins ("Store Managers:
...") and bullet lists whose items are labelled with a shift or a store ("Late shift: ...", "Oxcliffe:
..."), one of them exported as Word list paragraphs with a Symbol bullet instead of a real list. Twelve
stores in three regions, declared once in one sentence (so a user who names a store has to be placed in
a region); three role levels (Colleague, Team Leader, Store Manager) with supervisors, key holders and
Deputy Store Managers at the Team Leader level; three shifts (earlies, lates, nights) with times, premiums
and sickness call deadlines per shift; pay dates, bonus, holiday, notice and colleague discount by role
level; the holiday embargo by region (North and Pennine together, Coastal apart), the stocktake Sunday
and a summer supplement by region; parking for four named stores and "all other stores"; and a section
naming two departments at once (Garden Centre and Timber Yard: safety boots and a cold-weather
allowance). Role level (via job title), shift, store, region (via store) and department. Written blind
to the code. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

PAGES = (
    """
<div class="WordSection1">
<p class="MsoTitle"><span lang="EN-GB">Harrowgate Home &amp; Garden</span></p>
<p class="MsoSubtitle"><span lang="EN-GB">Colleague Handbook</span></p>
<p class="MsoNormal"><span lang="EN-GB">Version 9.2 &ndash; issued March 2025 &ndash; document owner: People Team,
Store Support Centre, Skelby<o:p></o:p></span></p>
<p class="MsoNormal"><b><span lang="EN-GB">Contents</span></b></p>
<p class="MsoToc1"><a href="#_Toc190011">1.&nbsp;Welcome to Harrowgate</a></p>
<p class="MsoToc1"><a href="#_Toc190012">2.&nbsp;Your contract</a></p>
<p class="MsoToc1"><a href="#_Toc190013">3.&nbsp;Your pay</a></p>
<p class="MsoToc1"><a href="#_Toc190014">4.&nbsp;Your working week</a></p>
<p class="MsoToc1"><a href="#_Toc190015">5.&nbsp;Holidays and the stocktake</a></p>
<p class="MsoToc1"><a href="#_Toc190016">6.&nbsp;Colleague benefits</a></p>
<p class="MsoToc1"><a href="#_Toc190017">7.&nbsp;Uniform and safety</a></p>
<h1><a name="_Toc190011"></a><span lang="EN-GB">1.&nbsp;&nbsp;Welcome to Harrowgate</span></h1>
<h2><span lang="EN-GB">1.1&nbsp;&nbsp;About us</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Harrowgate Home &amp; Garden started as one ironmonger's shop in Skelby in
1968. Today we have twelve stores in three regions: the North region (Skelby, Rishby Moor, Thirlby and Dunnow), the
Pennine region (Halden Bridge, Oxcliffe, Marsdale and Todworth) and the Coastal region (Scarbeck, Whitcombe Sands,
Filsea and Bridlow). Every store has the same departments: Tills &amp; Customer Service, Home &amp; D&eacute;cor,
Tools &amp; Hardware, Garden Centre, Timber Yard, and Goods In.<o:p></o:p></span></p>
<h2><span lang="EN-GB">1.2&nbsp;&nbsp;Role levels</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Many of our arrangements depend on your role level. Everyone in a store is at
one of three role levels: <b>Colleague</b>, <b>Team Leader</b> or <b>Store Manager</b>. Supervisors, key holders and
Deputy Store Managers are at the Team Leader level for everything in this handbook. Your role level is shown on
your contract and on your payslip.<o:p></o:p></span></p>
<h2><span lang="EN-GB">1.3&nbsp;&nbsp;Using this handbook</span></h2>
<p class="MsoNormal"><span lang="EN-GB">This handbook summarises your terms and our main policies. The full policies
are on the Harrowgate Hub, and your Store Manager or the People Team (extension 2200) can help with
anything that isn't clear.<o:p></o:p></span></p>
<h1><a name="_Toc190012"></a><span lang="EN-GB">2.&nbsp;&nbsp;Your contract</span></h1>
<h2><span lang="EN-GB">2.1&nbsp;&nbsp;Probation</span></h2>
<p class="MsoNormal"><span lang="EN-GB"><b>Everyone</b> starts with a probation period of 12 weeks, which your
manager can extend once by up to 6 weeks.<o:p></o:p></span></p>
<h2><span lang="EN-GB">2.2&nbsp;&nbsp;Notice</span></h2>
<p class="MsoNormal"><span lang="EN-GB">After probation, the notice you need to give us if you leave depends on your
role level:<o:p></o:p></span></p>
<ul>
<li><b>Colleagues:</b> one week's notice.</li>
<li><b>Team Leaders:</b> four weeks' notice.</li>
<li><b>Store Managers:</b> three months' notice.</li>
</ul>
""",
    """
<h1><a name="_Toc190013"></a><span lang="EN-GB">3.&nbsp;&nbsp;Your pay</span></h1>
<h2><span lang="EN-GB">3.1&nbsp;&nbsp;Pay dates</span></h2>
<p class="MsoNormal"><span lang="EN-GB"><b>Colleagues and Team Leaders</b> are paid every four weeks, on a Thursday,
for the hours on the store's timesheets up to the Saturday before. <b>Store Managers</b> are paid monthly, on the
last Friday of the month. Payslips are on the Harrowgate Hub app.<o:p></o:p></span></p>
<h2><span lang="EN-GB">3.2&nbsp;&nbsp;Shift premiums</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Colleagues and Team Leaders are paid a premium on top of their hourly rate
for the less sociable shifts:<o:p></o:p></span></p>
<ul>
<li><b>Early shift:</b> no shift premium.</li>
<li><b>Late shift:</b> 60p an hour for every hour worked after 20:00.</li>
<li><b>Night shift:</b> a night premium of &pound;2.15 an hour for every hour of the shift.</li>
</ul>
<p class="MsoNormal"><span lang="EN-GB">Store Managers do not receive shift premiums.<o:p></o:p></span></p>
<h2><span lang="EN-GB">3.3&nbsp;&nbsp;Bonus</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Our bonus year runs from February to January, and bonuses are paid in
April.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB"><b>Colleagues:</b> the Store Thank You bonus, worth up to &pound;240 a year
if your store beats its sales target, paid in two halves in April and October.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB"><b>Team Leaders:</b> up to 7% of basic pay, half on the store's sales and
half on its shrinkage and availability scores.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB"><b>Store Managers:</b> up to 18% of salary, on store sales, profit and the
customer survey.<o:p></o:p></span></p>
<h2><span lang="EN-GB">3.4&nbsp;&nbsp;Summer supplement</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Our coastal stores are at their busiest in the holiday season. From 1 June
to 31 August, Colleagues and Team Leaders in the Coastal region are paid a summer supplement of 75p an hour on
every hour worked. Stores in the North and Pennine regions have no summer supplement.<o:p></o:p></span></p>
<h1><a name="_Toc190014"></a><span lang="EN-GB">4.&nbsp;&nbsp;Your working week</span></h1>
<h2><span lang="EN-GB">4.1&nbsp;&nbsp;Shifts</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Stores open from 08:00 to 20:00, Monday to Saturday, and 10:00 to 16:00 on
Sundays. Your contract names your usual shift. Night shifts run only at Skelby, Halden Bridge and Scarbeck, where
Goods In replenishes the shop floor overnight. Shift times are the same in every store:<o:p></o:p></span></p>
<ul>
<li><b>Early shift:</b> 06:30 to 15:00, with a 30-minute unpaid break.</li>
<li><b>Late shift:</b> 12:30 to 21:00, with a 30-minute unpaid break.</li>
<li><b>Night shift:</b> 21:30 to 06:30, with a paid 20-minute break and an unpaid 30-minute break.</li>
</ul>
<h2><span lang="EN-GB">4.2&nbsp;&nbsp;If you can't come in</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Phone your store's duty manager line (the number is on the staffroom
noticeboard). Texts, WhatsApp messages and messages left with a colleague don't count. Call:<o:p></o:p></span></p>
<ul>
<li><b>Early shift:</b> by 05:30 on the day.</li>
<li><b>Late shift:</b> by 10:00 on the day.</li>
<li><b>Night shift:</b> by 16:00 on the day, to the night team manager.</li>
</ul>
""",
    """
<h2><span lang="EN-GB">4.3&nbsp;&nbsp;Parking at your store</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Please leave the best spaces for our customers. Where to park:<o:p></o:p></span></p>
<p class="MsoListParagraphCxSpFirst" style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-family:Symbol">&middot;</span><span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span><b><span lang="EN-GB">Skelby:</span></b><span lang="EN-GB"> there is no colleague car park; use Zone C of the Skelby Retail Park overflow car park.</span></p>
<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-family:Symbol">&middot;</span><span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span><b><span lang="EN-GB">Oxcliffe:</span></b><span lang="EN-GB"> colleague spaces are on level 1 of the Oxcliffe Market multi-storey; show your badge at the barrier and we pay.</span></p>
<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-family:Symbol">&middot;</span><span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span><b><span lang="EN-GB">Whitcombe Sands:</span></b><span lang="EN-GB"> the store has no car park; use the seafront pay and display and claim back up to &pound;4 a day through expenses.</span></p>
<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-family:Symbol">&middot;</span><span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span><b><span lang="EN-GB">Halden Bridge:</span></b><span lang="EN-GB"> use the colleague car park behind the service yard (gate code from the cash office).</span></p>
<p class="MsoListParagraphCxSpLast" style="margin-left:36.0pt;text-indent:-18.0pt"><span style="font-family:Symbol">&middot;</span><span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span><b><span lang="EN-GB">All other stores:</span></b><span lang="EN-GB"> park in the customer car park, in the spaces furthest from the store entrance.</span></p>
<h1><a name="_Toc190015"></a><span lang="EN-GB">5.&nbsp;&nbsp;Holidays and the stocktake</span></h1>
<h2><span lang="EN-GB">5.1&nbsp;&nbsp;Holiday entitlement</span></h2>
<p class="MsoNormal"><span lang="EN-GB">The holiday year runs from 1 April to 31 March. Because our stores open on
most bank holidays, your entitlement includes bank holidays:<o:p></o:p></span></p>
<ul>
<li><b>Colleagues:</b> 28 days' holiday a year.</li>
<li><b>Team Leaders:</b> 30 days' holiday a year.</li>
<li><b>Store Managers:</b> 33 days' holiday a year.</li>
</ul>
<p class="MsoNormal"><span lang="EN-GB">Part-time entitlements are worked out in hours. Book holiday in the
Harrowgate Hub app at least four weeks ahead.<o:p></o:p></span></p>
<h2><span lang="EN-GB">5.2&nbsp;&nbsp;Busy periods</span></h2>
<p class="MsoNormal"><span lang="EN-GB"><b>Holiday embargo.</b> Stores in the North and Pennine regions do not
approve holiday between 1 December and 24 December. In the Coastal region, the embargo runs from the start of the
school summer holidays to the August bank holiday instead, because our coastal stores take a third of their year's
sales in those weeks.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB"><b>Stocktake.</b> Every store closes for one day for the annual stocktake,
and everyone in the store works that day. The North region counts on the last Sunday in January, the Pennine
region on the first Sunday in February, and the Coastal region on the second Sunday in March.<o:p></o:p></span></p>
""",
    """
<h1><a name="_Toc190016"></a><span lang="EN-GB">6.&nbsp;&nbsp;Colleague benefits</span></h1>
<h2><span lang="EN-GB">6.1&nbsp;&nbsp;Colleague discount</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Your discount card works in every store and online from the day you start,
on everything except gift cards, delivery charges and sale items marked "Final Reduction":<o:p></o:p></span></p>
<ul>
<li><b>Colleague:</b> 15% off.</li>
<li><b>Team Leader:</b> 20% off.</li>
<li><b>Store Manager:</b> 25% off, and a second card for one member of your household.</li>
</ul>
<h2><span lang="EN-GB">6.2&nbsp;&nbsp;Everything else</span></h2>
<ul>
<li><b>Pension:</b> we put in 4% of your pay when you put in at least 4%.</li>
<li><b>Free hot drinks</b> in the staffroom on every shift.</li>
<li><b>Harrowgate Helpline:</b> free, confidential support on 0800 555 0471, day or night.</li>
<li><b>Long service:</b> an extra &pound;100 of discount vouchers at 5, 10 and 20 years.</li>
</ul>
<h1><a name="_Toc190017"></a><span lang="EN-GB">7.&nbsp;&nbsp;Uniform and safety</span></h1>
<h2><span lang="EN-GB">7.1&nbsp;&nbsp;Your uniform</span></h2>
<p class="MsoNormal"><span lang="EN-GB">You'll be given two green polo shirts, a fleece and a name badge when you
start. In Tills &amp; Customer Service, Home &amp; D&eacute;cor, Tools &amp; Hardware and Goods In, wear plain black
shoes or trainers with the uniform.<o:p></o:p></span></p>
<h2><span lang="EN-GB">7.2&nbsp;&nbsp;Garden Centre and Timber Yard colleagues</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Colleagues in the Garden Centre and the Timber Yard work outdoors and move
heavy loads, so they must wear S3 safety boots at all times; we provide a pair when you start and replace them every
12 months. They are also issued a waterproof jacket and are paid a cold-weather allowance of &pound;1.20 for each shift
worked mainly outdoors between 1 November and the end of February. Timber Yard colleagues must complete forklift or
panel-saw training before they use either.<o:p></o:p></span></p>
<h2><span lang="EN-GB">7.3&nbsp;&nbsp;Manual handling</span></h2>
<p class="MsoNormal"><span lang="EN-GB">Everyone completes manual handling training in their first week and every
two years after that. Never lift more than 20 kg on your own.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-GB"><i>Document history: v9.2 (March 2025) summer supplement raised; v9.1
(October 2024) parking at Oxcliffe changed; v9.0 (April 2024) full review.</i><o:p></o:p></span></p>
</div>
""",
)

USERS = (
    User("hr-kelly", ("I'm on the tills at the Skelby store, mostly lates.", "Just a regular colleague.")),
    User("hr-dan", ("Team leader in the Timber Yard at Oxcliffe.", "I work earlies.")),
    User("hr-marcia", ("I'm the store manager at Whitcombe Sands.", "Eight years with Harrowgate.")),
    User("hr-josh", ("I work nights on replenishment at Scarbeck.", "I'm a colleague, been here about a year.")),
    User("hr-ellie", ("I work in the garden centre at the Filsea store.", "I'm on early shifts.")),
    User("hr-raj", ("I'm a team leader at Harrowgate.",)),
    User("hr-beth", ("I'm in Home & Décor at Halden Bridge.", "Part of the late team.")),
    User("hr-sam", ("I'm the deputy store manager at Marsdale.",)),
    User("hr-amy", ("Store manager at Rishby Moor.", "Nearly three years in the job.")),
)

SHIFT_PREMIUM = {"Early shift": "no shift premium", "Late shift": "60p an hour", "Night shift": "£2.15 an hour"}
SHIFT_TIMES = {"Early shift": "06:30 to 15:00", "Late shift": "12:30 to 21:00", "Night shift": "21:30 to 06:30"}
SICK_CALL = {"Early shift": "by 05:30", "Late shift": "by 10:00", "Night shift": "by 16:00"}
BONUS = {"Colleague": "up to £240", "Team Leader": "up to 7% of basic pay", "Store Manager": "up to 18% of salary"}
DISCOUNT = {"Colleague": "15% off", "Team Leader": "20% off", "Store Manager": "25% off"}
HOLIDAY = {"Colleague": "28 days' holiday", "Team Leader": "30 days' holiday", "Store Manager": "33 days' holiday"}
NOTICE = {
    "Colleague": "one week's notice",
    "Team Leader": "four weeks' notice",
    "Store Manager": "three months' notice",
}
PAY_DATE = {"Colleague and Team Leader": "every four weeks", "Store Manager": "last Friday of the month"}
EMBARGO = {"North and Pennine": "1 December and 24 December", "Coastal": "August bank holiday"}
STOCKTAKE = {
    "North": "last Sunday in January",
    "Pennine": "first Sunday in February",
    "Coastal": "second Sunday in March",
}
SUPPLEMENT = {"North and Pennine": "no summer supplement", "Coastal": "75p an hour"}
PARKING = {
    "Skelby": "Zone C",
    "Oxcliffe": "level 1",
    "Whitcombe Sands": "up to £4 a day",
    "Halden Bridge": "behind the service yard",
    "other stores": "furthest from the store entrance",
}
FOOTWEAR = {"Garden Centre and Timber Yard": "S3 safety boots", "other departments": "plain black shoes"}

QUESTIONS = (
    rule_question("hr-kelly", "Do I get extra pay for my shift?", SHIFT_PREMIUM, "Late shift"),
    rule_question("hr-kelly", "What are my shift times?", SHIFT_TIMES, "Late shift"),
    rule_question("hr-kelly", "Where am I supposed to park?", PARKING, "Skelby"),
    rule_question("hr-kelly", "How much staff discount do I get?", DISCOUNT, "Colleague"),
    rule_question("hr-dan", "What bonus could I get?", BONUS, "Team Leader"),
    rule_question("hr-dan", "Where do I park for work?", PARKING, "Oxcliffe"),
    rule_question("hr-dan", "When is our stocktake?", STOCKTAKE, "Pennine"),
    rule_question("hr-dan", "What footwear do I need?", FOOTWEAR, "Garden Centre and Timber Yard"),
    general_question("hr-dan", "Is there any extra pay for working outside in winter?", "£1.20 for each shift"),
    rule_question("hr-marcia", "What's my bonus potential?", BONUS, "Store Manager"),
    rule_question("hr-marcia", "How many days' holiday do I get?", HOLIDAY, "Store Manager"),
    rule_question("hr-marcia", "Where can my team park?", PARKING, "Whitcombe Sands"),
    rule_question("hr-marcia", "Is there a summer supplement in my region?", SUPPLEMENT, "Coastal"),
    rule_question("hr-marcia", "When can't my team book holiday?", EMBARGO, "Coastal"),
    rule_question("hr-josh", "What premium do I get for my shift?", SHIFT_PREMIUM, "Night shift"),
    rule_question("hr-josh", "What time does my shift start and finish?", SHIFT_TIMES, "Night shift"),
    rule_question("hr-josh", "What time do I need to call in by if I'm sick?", SICK_CALL, "Night shift"),
    rule_question("hr-josh", "How much discount do I get?", DISCOUNT, "Colleague"),
    rule_question("hr-ellie", "Do I have to wear safety boots?", FOOTWEAR, "Garden Centre and Timber Yard"),
    rule_question("hr-ellie", "Is there a premium for my shift?", SHIFT_PREMIUM, "Early shift"),
    rule_question("hr-ellie", "When's the stocktake at my store?", STOCKTAKE, "Coastal"),
    rule_question("hr-ellie", "Where should I park?", PARKING, "other stores"),
    rule_question("hr-ellie", "How much staff discount will I get?", DISCOUNT, None),
    rule_question("hr-raj", "What's my colleague discount?", DISCOUNT, "Team Leader"),
    rule_question("hr-raj", "How much holiday do I get?", HOLIDAY, "Team Leader"),
    rule_question("hr-raj", "Do I get a shift premium?", SHIFT_PREMIUM, None),
    rule_question("hr-raj", "When is the stocktake?", STOCKTAKE, None),
    general_question("hr-raj", "How long is probation for new starters in my team?", "12 weeks"),
    rule_question("hr-beth", "What shoes do I need to wear?", FOOTWEAR, "other departments"),
    rule_question("hr-beth", "Where do colleagues park at my store?", PARKING, "Halden Bridge"),
    rule_question("hr-beth", "What hours is my shift?", SHIFT_TIMES, "Late shift"),
    rule_question("hr-beth", "What bonus can I earn?", BONUS, None),
    rule_question("hr-sam", "What discount do I get?", DISCOUNT, "Team Leader"),
    rule_question("hr-sam", "How much notice would I have to give?", NOTICE, "Team Leader"),
    rule_question("hr-sam", "How often am I paid?", PAY_DATE, "Colleague and Team Leader"),
    rule_question("hr-sam", "When can't we take holiday?", EMBARGO, "North and Pennine"),
    rule_question("hr-amy", "When is our stocktake day?", STOCKTAKE, "North"),
    rule_question("hr-amy", "When do I get paid?", PAY_DATE, "Store Manager"),
    rule_question("hr-amy", "What discount do I get as a manager?", DISCOUNT, "Store Manager"),
    rule_question("hr-amy", "Where do staff park at my store?", PARKING, "other stores"),
)

HANDBOOK = Handbook(
    name="harrowgate_retail",
    title="Harrowgate Home & Garden Colleague Handbook",
    split="tuning",
    format="html",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
