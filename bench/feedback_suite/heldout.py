"""Held-out split of the feedback suite: written apart from the implementation, with people and
phrasings of its own. Do not read it while tuning the feedback rules."""

from __future__ import annotations

from . import Case

PEOPLE: dict[str, tuple[str, ...]] = {
    "kofi": (
        "I work in the Operations department.",
        "I am based in Nairobi.",
        "My doctor is Dr. Wanjiru at the Riverside clinic.",
        "My wife is called Amara.",
        "I collect vintage vinyl records.",
    ),
    "lena": (
        "I work in the Human Resources department.",
        "I'm a Recruiter.",
        "I live in Munich.",
        "My home address is 8 Linden Strasse, Munich.",
        "My cat is called Pixel.",
    ),
    "tomas": (
        "I work in the Legal department.",
        "I am based in Lisbon.",
        "My manager is Sofia Reyes.",
        "I drive a red Mazda.",
        "My son Diego plays the violin.",
    ),
}
"""People of the held-out split and what they told the store before giving feedback."""


CASES: list[Case] = [
    # --- correction -------------------------------------------------------------------------
    Case(
        person="kofi",
        feedback="I've moved to the Procurement department, started there last month.",
        kind="correction",
        expect_target="fact:WORKS_IN Procurement",
        facts_after=("WORKS_IN Procurement",),
        facts_gone=("WORKS_IN Operations",),
    ),
    Case(
        person="tomas",
        feedback="i transferred to our Madrid office in March so I'm not in Lisbon anymore",
        kind="correction",
        expect_target="fact:LOCATED_IN Madrid",
        facts_after=("LOCATED_IN Madrid",),
        facts_gone=("LOCATED_IN Lisbon",),
    ),
    Case(
        person="mei",
        feedback="no, it's Galway, not Dublin. I relocated a while ago.",
        kind="correction",
        ask="Where am I based?",
        expect_target="fact:LOCATED_IN Galway",
        facts_after=("LOCATED_IN Galway",),
        facts_gone=("LOCATED_IN Dublin",),
    ),
    Case(
        person="lena",
        feedback="I'm in the Finance department these days, HR was my old team.",
        kind="correction",
        expect_target="fact:WORKS_IN Finance",
        facts_after=("WORKS_IN Finance",),
        facts_gone=("WORKS_IN Human Resources",),
    ),
    Case(
        person="raj",
        feedback="That's out of date, I go to Dr. Okafor now.",
        kind="correction",
        target="memory:Dr. Park",
        expect_target="memory:dentist",
    ),
    Case(
        person="kofi",
        feedback=("My doctor isn't Dr. Wanjiru anymore, she retired. I see Dr. Mwangi at the Westlands clinic now."),
        kind="correction",
        expect_target="memory:doctor",
    ),
    # --- knowledge --------------------------------------------------------------------------
    Case(
        person="ana",
        feedback="That amount is outdated, the limit went up to $1500 this year.",
        kind="knowledge",
        ask="How much can I expense through PerksPlus for fitness programs?",
        expect_target="chunk:expense up to $1000",
    ),
    Case(
        person="raj",
        feedback="that's not right anymore, Standard started covering emergency care in January",
        kind="knowledge",
        ask="Does Northwind Standard cover emergency services?",
        target="answer",
        expect_target="chunk:does not offer coverage for emergency",
    ),
    Case(
        person="lena",
        feedback=(
            "The PerksPlus list of lessons you have is out of date: horseback riding "
            "lessons were dropped from the program."
        ),
        kind="knowledge",
        expect_target="chunk:Horseback riding lessons",
    ),
    Case(
        person="tomas",
        feedback="We moved to twice-yearly reviews last year, so 'annually' is wrong.",
        kind="knowledge",
        ask="How often are performance reviews held?",
        expect_target="chunk:Performance reviews are conducted annually",
    ),
    Case(
        person="mei",
        feedback="That hotline number isn't in use anymore, compliance changed it.",
        kind="knowledge",
        ask="What number can I call to report something anonymously?",
        target="answer",
        expect_target="chunk:choose to report anonymously",
    ),
    Case(
        person="ola",
        feedback=(
            "Your info on Northwind Standard vision coverage is stale, it covers contact lenses as of this year."
        ),
        kind="knowledge",
        expect_target="chunk:only offers coverage for vision exams",
    ),
    Case(
        person="kofi",
        feedback=(
            "The privacy policy says to email privacy@contoso.com but that mailbox was shut "
            "down, the address has changed."
        ),
        kind="knowledge",
        expect_target="chunk:Privacy Officer at privacy@contoso.com",
    ),
    # --- forget -----------------------------------------------------------------------------
    Case(
        person="lena",
        feedback="Please remove my home address from your memory, I don't want it stored.",
        kind="forget",
        expect_target="memory:Linden",
        memory_gone="Linden",
        memory_kept="Pixel",
    ),
    Case(
        person="mei",
        feedback="can you delete my badge number? shouldn't have shared that",
        kind="forget",
        expect_target="memory:44721",
        memory_gone="44721",
        memory_kept="peanuts",
    ),
    Case(
        person="raj",
        feedback="Don't keep the bit about tennis on Tuesdays, I'd rather you didn't know my schedule.",
        kind="forget",
        expect_target="memory:tennis",
        memory_gone="tennis",
        memory_kept="Dr. Park",
    ),
    Case(
        person="ola",
        feedback="You don't need to remember this one, please drop it.",
        kind="forget",
        target="memory:Ingrid",
        expect_target="memory:Ingrid",
        memory_gone="Ingrid",
        memory_kept="blue Volvo",
    ),
    Case(
        person="kofi",
        feedback="I'd like you to forget anything I said about my wife.",
        kind="forget",
        expect_target="memory:Amara",
        memory_gone="Amara",
        memory_kept="vinyl",
    ),
    # --- confirm ----------------------------------------------------------------------------
    Case(
        person="ana",
        feedback="yep, that's right",
        kind="confirm",
        ask="Which department do I work in?",
        expect_target="memory:Sales",
    ),
    Case(
        person="tomas",
        feedback="Yes, Sofia Reyes, that's correct.",
        kind="confirm",
        ask="Who is my manager?",
        expect_target="memory:Sofia Reyes",
    ),
    Case(
        person="kofi",
        feedback="exactly, Nairobi is right",
        kind="confirm",
        ask="Where am I based?",
        expect_target="memory:Nairobi",
    ),
    Case(
        person="raj",
        feedback="Great, that matches what HR told me. Thanks!",
        kind="confirm",
        ask="Which drugs does Northwind Health Plus cover?",
        target="answer",
        expect_target="chunk:and specialty drugs",
    ),
    # --- preference -------------------------------------------------------------------------
    Case(
        person="ana",
        feedback="Please keep your answers to one or two sentences, I read these on my phone.",
        kind="preference",
    ),
    Case(
        person="lena",
        feedback="Could you reply in German from now on?",
        kind="preference",
    ),
    Case(
        person="kofi",
        feedback="call me Kof, everybody does",
        kind="preference",
    ),
    Case(
        person="ola",
        feedback="Too long. Next time just give me a short summary instead of the whole list.",
        kind="preference",
        ask="What does PerksPlus cover?",
    ),
    # --- None: nothing to act on ------------------------------------------------------------
    Case(
        person="ola",
        feedback="hmm, I'm not so sure about that one",
        kind=None,
    ),
    Case(
        person="raj",
        feedback="nope, that's not right",
        kind=None,
    ),
    Case(
        person="mei",
        feedback="Please forget what I told you about my motorbike.",
        kind=None,
        memory_kept="44721",
    ),
    Case(
        person="kofi",
        feedback="can you fix that for me?",
        kind=None,
    ),
]
