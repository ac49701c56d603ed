"""Lumen Forge Games: a role library, one section per job title (purpose, responsibilities as a
list, reporting line, purchase limit), after a page of studio-wide rules. Tuning set."""

from __future__ import annotations

from . import Handbook, User, general_question, rule_question

ROLES = {
    "Level Designer": {
        "purpose": "builds the playable spaces of our games, from first sketch to final lighting pass",
        "duties": (
            "Produce greybox layouts for every new mission and test them with the combat team",
            "Place encounters, pickups and checkpoints, and tune their pacing from playtest data",
            "Keep the level documentation in the design wiki up to date",
        ),
        "reports": "the Design Director",
        "limit": "400 EUR",
    },
    "Community Manager": {
        "purpose": "is the studio's voice towards players on social channels and at events",
        "duties": (
            "Run the official Discord server and its moderator volunteers",
            "Write the monthly developer update and the patch notes",
            "Collect player feedback and report the top issues to production every Friday",
        ),
        "reports": "the Head of Publishing",
        "limit": "1,200 EUR",
    },
    "Build Engineer": {
        "purpose": "keeps the game buildable, testable and shippable on every platform",
        "duties": (
            "Own the nightly build pipeline and fix broken builds before 10:00",
            "Maintain the console submission scripts and platform certificates",
            "Keep the build farm machines patched and monitored",
        ),
        "reports": "the Technical Director",
        "limit": "2,500 EUR",
    },
    "QA Lead": {
        "purpose": "leads the test team and decides whether a build is good enough to release",
        "duties": (
            "Chair the daily bug triage meeting with production and engineering",
            "Write the test plan for each milestone and assign testers to it",
            "Sign off release candidates against the certification checklist",
        ),
        "reports": "the Production Director",
        "limit": "750 EUR",
    },
    "Narrative Designer": {
        "purpose": "shapes the story, characters and in-game text",
        "duties": (
            "Write and branch the dialogue trees for main and side quests",
            "Brief voice actors and attend recording sessions",
            "Keep the lore bible consistent across teams",
        ),
        "reports": "the Creative Director",
        "limit": "250 EUR",
    },
}


def _role_page(title: str, role: dict) -> str:
    duties = "\n".join(f"<li>{d}</li>" for d in role["duties"])
    return f"""
<h2>{title}</h2>
<h3>Purpose</h3>
<p>The {title} {role["purpose"]}.</p>
<h3>Responsibilities</h3>
<ul>
{duties}
</ul>
<h3>Reporting line and purchases</h3>
<p>The {title} reports to {role["reports"]}. The {title} may approve purchases of up to {role["limit"]} per
order without further sign-off.</p>
"""


_TITLES = list(ROLES)

PAGES = (
    """
<h1>Lumen Forge Games Role Library</h1>
<p>This library describes each job at Lumen Forge: what the role is for, what its holder is responsible
for, whom they report to and what they may buy on their own authority. Rules that apply to every role
come first.</p>
<h2>Studio-wide rules</h2>
<p>Core hours at the studio are 11:00 to 16:00 for every role. Overtime is never mandatory: crunch is not
part of how we plan, and any extra hours are given back as time off in lieu. Every employee may work from
home on two remote days a week.</p>
<h2>How to use this library</h2>
<p>Managers use the role descriptions for hiring and for yearly reviews. If your work has drifted far
from your description, ask for it to be updated.</p>
"""
    + _role_page(_TITLES[0], ROLES[_TITLES[0]]),
    _role_page(_TITLES[1], ROLES[_TITLES[1]]) + _role_page(_TITLES[2], ROLES[_TITLES[2]]),
    _role_page(_TITLES[3], ROLES[_TITLES[3]]) + _role_page(_TITLES[4], ROLES[_TITLES[4]]),
)

USERS = (
    User("lf-nina", ("I'm the QA Lead.",)),
    User("lf-dev", ("I work as a Build Engineer.", "I sit in the Helsinki studio.")),
    User("lf-carla", ("My role is Level Designer.",)),
    User("lf-ben", ("I joined Lumen Forge as a Community Manager last month.",)),
    User("lf-iris", ("I work on the Starfall project.",)),
)

DUTY = {
    "Level Designer": "greybox layouts",
    "Community Manager": "Discord server",
    "Build Engineer": "nightly build pipeline",
    "QA Lead": "bug triage meeting",
    "Narrative Designer": "dialogue trees",
}
REPORTS = {t: r["reports"].removeprefix("the ") for t, r in ROLES.items()}
LIMIT = {t: r["limit"] for t, r in ROLES.items()}

QUESTIONS = (
    rule_question("lf-nina", "What are my responsibilities?", DUTY, "QA Lead"),
    rule_question("lf-dev", "What am I responsible for?", DUTY, "Build Engineer"),
    rule_question("lf-carla", "What are my main duties?", DUTY, "Level Designer"),
    rule_question("lf-ben", "What are my responsibilities?", DUTY, "Community Manager"),
    rule_question("lf-iris", "What are my responsibilities?", DUTY, None),
    rule_question("lf-nina", "Who do I report to?", REPORTS, "QA Lead"),
    rule_question("lf-dev", "Who is my manager?", REPORTS, "Build Engineer"),
    rule_question("lf-carla", "Whom do I report to?", REPORTS, "Level Designer"),
    rule_question("lf-ben", "Who do I report to?", REPORTS, "Community Manager"),
    rule_question("lf-iris", "Who do I report to?", REPORTS, None),
    rule_question("lf-nina", "Up to what amount can I approve purchases?", LIMIT, "QA Lead"),
    rule_question("lf-dev", "How much can I spend without further sign-off?", LIMIT, "Build Engineer"),
    rule_question("lf-carla", "What is my purchase approval limit?", LIMIT, "Level Designer"),
    rule_question("lf-ben", "Up to how much may I approve a purchase?", LIMIT, "Community Manager"),
    rule_question("lf-iris", "What is my purchase limit?", LIMIT, None),
    general_question("lf-nina", "What are the studio's core hours?", "11:00 to 16:00"),
    general_question("lf-iris", "When are core hours?", "11:00 to 16:00"),
    general_question("lf-dev", "Is overtime mandatory?", "never mandatory"),
    general_question("lf-ben", "How many days a week can I work from home?", "two remote days a week"),
    general_question("lf-carla", "Do I have to work overtime during crunch?", "never mandatory"),
)

HANDBOOK = Handbook(
    name="lumen",
    title="Lumen Forge Games Role Library",
    split="tuning",
    format="pdf",
    pages=PAGES,
    users=USERS,
    questions=QUESTIONS,
)
