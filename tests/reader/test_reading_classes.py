"""Classes of reading fixed for the plain-English set (issue 12): each a form of English or of
units, shared by every reader (scanner, lexicon, rules, account), none a single question."""
import pytest
from hypothesis import given, settings, strategies as st

from oracle.reader import account
from oracle.reader.lexicon import Lexicon, words
from oracle.reader.question import asking_sentence, asks_change, change_by, idiom
from oracle.reader.request import Given, Request
from oracle.reader.rules import RuleReader
from oracle.reader.scan import tokenize, unit_of, values


@pytest.fixture(scope="module")
def reader():
    return RuleReader()


@pytest.fixture(scope="module")
def lex():
    return Lexicon.default()


# -- units: everything after the one slash is the denominator --------------------------------
@pytest.mark.parametrize("written, pint_form", [
    ("J/kg K", "J/(kg K)"), ("J/kg·K", "J/(kg K)"), ("J/kg °C", "J/(kg °C)"), ("J/kg°C", "J/(kg °C)"),
    ("W/m·K", "W/(m K)"), ("W/m°C", "W/(m °C)"),
])
def test_one_denominator(written, pint_form):
    assert unit_of(written) is not None
    assert unit_of(written) == unit_of(pint_form)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["J", "W", "N", "kg", "m"]), st.sampled_from(["kg", "m", "s", "mol"]),
       st.sampled_from(["K", "s", "m", "mol"]), st.sampled_from([" ", "·"]))
def test_denominator_product_reads_as_parenthesised(num, a, b, sep):
    """``x/a b`` and ``x/(a b)`` are one unit, whatever the symbols."""
    assert unit_of(f"{num}/{a}{sep}{b}") == unit_of(f"{num}/({a} {b})")


def test_slash_alone_unchanged():
    assert unit_of("kg m/s") == unit_of("kg*m/s")
    assert unit_of("m/s^2")[1] == "L·T⁻²"


@pytest.mark.parametrize("text, value", [
    ("expansion coefficient 12 × 10^-6 per K", "1.2e-05 1 / kelvin"),
    ("alpha = 2.4e-5 per °C", "2.4e-05 1 / delta_degree_Celsius"),
    ("a rate of 5 per second", "5 1 / second"),
    ("c = 385 J/kg K. The block", "385 joule / kelvin / kilogram"),
    ("c = 4186 J/kg°C", "4186 joule / delta_degree_Celsius / kilogram"),
])
def test_number_per_unit_and_denominators(text, value):
    assert values(tokenize(text))[0].value == value


def test_per_cent_stays_a_bare_number():
    v = values(tokenize("it keeps 12 per cent of it"))[0]
    assert v.bare and v.value == "12"


# -- the tokens of a text are kept, never shared for change ---------------------------------
def test_tokens_kept_are_a_fresh_list():
    first = tokenize("A 2 kg ball moves at 3 m/s.")
    n = len(first)
    first.clear()
    again = tokenize("A 2 kg ball moves at 3 m/s.")
    assert len(again) == n == 9 and again is not first


# -- money is never a given ------------------------------------------------------------------
@pytest.mark.parametrize("text, labels", [
    ("A 1500 W kettle, bought for 25 dollars, runs for 3 min.", [False, True, False]),
    ("A $2.50 lamp of 60 W", [True, False]),
    ("It costs 3 euros and has 200 turns", [True, False]),
    ("a mass of 25 pounds", [False]),   # pounds are a mass
])
def test_money_labels(text, labels):
    toks = tokenize(text)
    assert [account.label(toks, v) for v in values(toks)] == labels


def test_money_is_not_read_as_a_given(reader):
    r = reader.propose("A 1500 W kettle, bought for 25 dollars, is switched on for 3 min. "
                       "How much energy does it use?")
    assert {g.quantity: g.value for g in r.givens} == {"P": "1500 watt", "t": "3 minute"}
    text = "A 1500 W kettle, bought for 25 dollars, is switched on for 3 min. How much energy does it use?"
    assert account.gap(text, r, reader.lex) is None


# -- a name, then "between A and B", then its value -------------------------------------------
@pytest.mark.parametrize("text, sym, value", [
    ("A car takes a flat curve of radius 40 m. The coefficient of static friction between tyres and "
     "road is 0.8. What is its maximum speed?", "mu_s", "0.8"),
    ("The coefficient of kinetic friction between the box and the floor is 0.3. A 2 kg box slides. "
     "What is the friction force?", "mu_k", "0.3"),
])
def test_name_between_phrase_value(reader, text, sym, value):
    r = reader.propose(text)
    assert {g.quantity: g.value for g in r.givens}[sym] == value
    assert account.gap(text, r, reader.lex) is None or account.gap(text, r, reader.lex).mismatch.given is None


def test_between_never_skips_a_value(reader):
    """ "between 2 m and 3 m" holds values: the phrase is not skipped over them."""
    r = reader.propose("The coefficient of static friction between 2 m and 3 m is 0.8. What is the force?")
    assert "mu_s" not in {g.quantity for g in r.givens}


# -- what is asked, by a verb ------------------------------------------------------------------
@pytest.mark.parametrize("question, name", [
    ("By how many millimetres does it lengthen?", "change in length"),
    ("By what factor is the image enlarged?", "magnification"),
    ("How much is the image magnified?", "magnification"),
])
def test_verbs_name_the_target(question, name):
    toks = tokenize(question)
    assert idiom(toks, asking_sentence(toks))[0] == name


def test_change_asked_and_given(reader, lex):
    text = ("A 10 m steel rail (expansion coefficient 12 × 10^-6 per K) warms up by 30 K. "
            "By how many millimetres does it lengthen?")
    r = reader.propose(text)
    assert {g.quantity for g in r.givens} == {"l", "alpha_L", "dT"} and r.find == "dl"
    assert account.gap(text, r, lex) is None
    toks = tokenize("Ignoring losses, by how much does the temperature of the water rise?")
    assert asks_change(toks, asking_sentence(toks))
    assert lex.change_of("T") == "dT" and lex.change_of("dT") is None


def test_change_target_read_and_accounted(reader, lex):
    text = ("A 1 kW heater warms 3 kg of water (c = 4186 J/kg°C) for 5 min. "
            "By how much does the temperature of the water rise?")
    r = reader.propose(text)
    assert r.find == "dT" and account.gap(text, r, lex) is None
    # the temperature itself is not what is asked
    assert account.gap(text, Request(r.givens, "T"), lex) is not None


@pytest.mark.parametrize("text, is_change", [
    ("It warms up by 30 K.", True), ("The temperature rises by 20 K.", True),
    ("It is heated to 30 K.", False), ("Divide by 30 K.", False),
])
def test_change_by(text, is_change):
    toks = tokenize(text)
    first = values(toks)[0].tokens[0]
    assert change_by(toks, first) is is_change


def test_no_given_is_invented(reader):
    """Every given read comes from a span of the text with a number in it."""
    text = ("A 10 m steel rail laid in 1998 (expansion coefficient 12 × 10^-6 per K), bought for 25 dollars, "
            "warms up by 30 K. By how many millimetres does it lengthen?")
    r = reader.propose(text)
    assert all(any(c.isdigit() for c in text[g.span[0]:g.span[1]]) for g in r.givens)
    assert "1998" not in {text[g.span[0]:g.span[1]] for g in r.givens}
    assert isinstance(r.givens[0], Given)


# -- more forms of values and of what is asked ------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("a proton moving at 0.6 times the speed of light", "0.6 speed_of_light"),
    ("at 0.8 × the speed of light", "0.8 speed_of_light"),
    ("density 917 kg/m3", "917 kilogram / meter ** 3"),
    ("it accelerates at 2 m/s2", "2 meter / second ** 2"),
    ("a 5 cm3 drop", "5 centimeter ** 3"),
])
def test_more_value_forms(text, value):
    assert values(tokenize(text))[0].value == value


def test_times_without_a_constant_stays_bare():
    assert values(tokenize("its energy is 3 times the rest energy"))[0].bare


@pytest.mark.parametrize("question, name", [
    ("How old is the bone?", "age"),
    ("What fraction of it remains after 24 days?", "fraction remaining"),
    ("What fraction of its volume is under water?", "fraction submerged"),
    ("What fraction of its volume sticks out above the water?", "fraction above the surface"),
])
def test_idioms_name_the_target(question, name, lex):
    toks = tokenize(question)
    found = idiom(toks, asking_sentence(toks))
    assert found[0] == name
    assert lex.phrases.get(words(name)) is not None   # a name of the knowledge base


def test_fraction_remaining_read_and_accounted(reader, lex):
    text = "A radioactive sample has a half-life of 8 days. What fraction of it remains after 24 days?"
    r = reader.propose(text)
    assert r.find == "frac_rem" and {g.quantity for g in r.givens} == {"t_half", "t"}
    assert account.gap(text, r, lex) is None
