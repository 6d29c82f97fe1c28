"""Each construction issue #3 names, on sentences written for these tests (not from any gold set).

A row is (sentence, article date, an expected event as (source code, CAMEO root, target code, mood)); the
coder must give that event among the sentence's events.
"""
import pytest

CASES = {
    # actors
    "apposition + title": ("Colombian President Gustavo Petro criticized the United States.", "2025-11-11",
                           ("COLGOV", "11", "USA", "asserted")),
    "title without a name": ("The French foreign minister criticized Iran.", "2025-11-11",
                             ("FRAGOV", "11", "IRN", "asserted")),
    "demonym + sector": ("British intelligence officials suspended cooperation with the United States.", "2025-11-11",
                         ("GBRGOV", "16", "USA", "asserted")),
    "metonym: capital": ("Moscow condemned Washington.", "2025-11-11", ("RUSGOV", "11", "USAGOV", "asserted")),
    "metonym: building": ("The Pentagon accused Iran of attacking its ships.", "2025-11-11",
                          ("USAMIL", "11", "IRN", "asserted")),
    "metonym: Kremlin": ("The Kremlin criticized Britain.", "2025-11-11", ("RUSGOV", "11", "GBR", "asserted")),
    "metonym: Downing Street": ("Downing Street condemned Russia.", "2025-11-11", ("GBRGOV", "11", "RUS", "asserted")),
    "possessive nominal": ("Petro's criticism of U.S. policies angered Washington.", "2025-11-11",
                           ("COLGOV", "11", "USA", "asserted")),
    "X-led compound": ("U.S.-led forces attacked Syria.", "2025-11-11", ("USAMIL", "19", "SYR", "asserted")),
    "IGO": ("The United Nations condemned Israel.", "2025-11-11", ("IGOUNO", "11", "ISR", "asserted")),
    "IGO organ": ("The UN Security Council condemned Venezuela.", "2025-11-11", ("IGOUNO", "11", "VEN", "asserted")),
    "non-state armed group": ("FARC rebels attacked Colombian police.", "2025-11-11", ("COLREB", "19", "COLCOP", "asserted")),
    "dated role: in office": ("Biden criticized Russia.", "2022-03-01", ("USAGOV", "11", "RUS", "asserted")),
    "dated role: back in office": ("Trump criticized China.", "2025-06-01", ("USAGOV", "11", "CHN", "asserted")),
    "people where they live": ("Bosnian Serbs attacked Sarajevo.", "2010-06-01", ("BIHCVL", "19", "BIH", "asserted")),
    # events
    "coordinated sources": ("Colombia and Britain suspended intelligence sharing with the United States.", "2025-11-11",
                            ("GBR", "16", "USA", "asserted")),
    "coordinated targets": ("Colombia suspended intelligence sharing with the US and Israel.", "2025-11-11",
                            ("COL", "16", "ISR", "asserted")),
    "coordinated targets in a phrase": ("Canada imposed sanctions on Russia and Iran.", "2025-11-11",
                                        ("CAN", "16", "IRN", "asserted")),
    "passive": ("Venezuela was condemned by Colombia.", "2025-11-11", ("COL", "11", "VEN", "asserted")),
    "nominal event": ("The suspension of intelligence sharing by Colombia with the US was announced.", "2025-11-11",
                      ("COL", "16", "USA", "asserted")),
    "light verb: talks": ("Colombia held talks with Venezuela.", "2025-11-11", ("COL", "04", "VEN", "asserted")),
    "light verb: agreement": ("Colombia signed an agreement with Venezuela.", "2025-11-11",
                              ("COL", "05", "VEN", "asserted")),
    "light verb: sanctions": ("Colombia imposed sanctions on Venezuela.", "2025-11-11", ("COL", "16", "VEN", "asserted")),
    "reported speech keeps its source": ("Colombia said Venezuela had attacked Colombian border posts.", "2025-11-11",
                                         ("VEN", "19", "COL", "reported")),
    "nominal event announced": ("Colombia announced the suspension of intelligence sharing with the United States.",
                                "2025-11-11", ("COL", "16", "USA", "asserted")),
    "support verb + event noun": ("Israel mounted an invasion of Lebanon.", "2010-06-01", ("ISR", "19", "LBN", "asserted")),
    "event noun in a frame noun": ("Qatar undertook a mediation mission between Sudan and Chad.", "2010-06-01",
                                   ("QAT", "04", "TCD", "asserted")),
    "support verb carries the addressee": ("Kenyan students staged rallies against the Kenyan government.",
                                           "2010-06-01", ("KENEDU", "14", "KENGOV", "asserted")),
    "stance participle": ("Germany is opposed to the French plan.", "2010-06-01", ("DEU", "12", "FRA", "asserted")),
    "stance participle, passive parse": ("Israel is opposed to French mediation.", "2010-06-01",
                                         ("ISR", "11", "FRA", "asserted")),
    # modality
    "negation": ("Germany did not condemn Russia.", "2025-11-11", ("DEU", "11", "RUS", "asserted")),
    "threat": ("The United States threatened to cut aid to Colombia.", "2025-11-11", ("USA", "13", "COL", "threat")),
    "possibility": ("Russian warships could visit Fiji.", "2010-06-01", ("RUSMIL", "04", "FJI", "plan")),
    "plan (deliberation)": ("Colombia is considering expelling Venezuela's ambassador.", "2025-11-11",
                            ("COL", "16", "VENGOV", "plan")),
    "demand": ("Colombia demanded that Venezuela release the prisoners.", "2025-11-11", ("COL", "10", "VEN", "asserted")),
    "denial": ("Colombia denied that it had attacked Venezuela.", "2025-11-11", ("COL", "19", "VEN", "denied")),
    "demand, not appeal": ("Serbia demanded protection from the United Nations.", "2010-06-01",
                           ("SRB", "10", "IGOUNO", "asserted")),
    "purpose clause": ("The United Nations sent observers to Kosovo to investigate abuses by Serbia.", "2010-06-01",
                       ("IGOUNO", "09", "SRB", "plan")),
    "nominal demand": ("The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers.",
                       "2025-11-11", ("ISR", "08", "PSELAB", "plan")),
    "refusal": ("Pakistan has refused to deploy peacekeepers in Iraq.", "2025-11-11", ("PAK", "12", "IRQ", "asserted")),
    "told: reported, not demanded": ("Colombian soldiers beat Venezuelan detainees, a court was told.", "2025-11-11",
                                     ("COLMIL", "18", "VENOPP", "reported")),
    # more rules, each on its construction
    # (a promise to his own bare state is no dyad since errors.md #99: the title and name are what is tested)
    "title + name of a past leader": ("Serbian President Vojislav Kostunica promised to cooperate with Bosnia.",
                                      "2010-06-01", ("SRBGOV", "03", "BIH", "asserted")),
    "ready to": ("France is ready to contribute troops to a peacekeeping force in Mali.", "2010-06-01",
                 ("FRA", "03", "MLIMIL", "asserted")),
    "reciprocal light verb": ("Israel and Lebanon renewed negotiations on a troop pullback.", "2010-06-01",
                              ("LBN", "04", "ISR", "asserted")),
    "the place acted upon": ("Serbia lifted a night curfew in Kosovo.", "2010-06-01", ("SRB", "08", "XKX", "asserted")),
    "conditional target of a threat": ("Russia threatened to stop the talks unless Ukraine paid its debts.",
                                       "2010-06-01", ("RUS", "13", "UKR", "threat")),
    "sector owned through a compound": ("Opposition groups in Zimbabwe accused the government of fraud.",
                                        "2010-06-01", ("ZWEOPP", "11", "ZWEGOV", "asserted")),
    "bare US": ("Palestinian leader Yasser Arafat rejected a US offer to host a summit.", "2010-06-01",
                ("PSEGOV", "12", "USA", "asserted")),
    "call on = appeal": ("North Korea called on the United States to lift its sanctions.", "2010-06-01",
                         ("PRK", "02", "USA", "asserted")),
    "light verb + noun": ("Peru issued an ultimatum to Ecuador to halt attacks.", "2010-06-01",
                          ("PER", "13", "ECU", "asserted")),
    "protest, no addressee": ("Thousands of Colombians protested on Sunday.", "2010-06-01",
                              ("COL", "14", "COL", "asserted")),  # a people's protest: at their own state (#132)
    "light verb + strike": ("Opposition parties in Nepal organized a general strike.", "2010-06-01",
                            ("NPLOPP", "14", "NPL", "asserted")),  # a people's protest: at their own state
    "hunger strike": ("Ethnic Turks in Sweden began a hunger strike.", "2010-06-01", ("SWECVL", "14", "SWE", "asserted")),
    "protest in a capital": ("Thousands of Indonesian students demonstrated in Jakarta.", "2010-06-01",
                             ("IDNEDU", "14", "IDNGOV", "asserted")),
}


@pytest.mark.parametrize("name", list(CASES))
def test_construction(code, name):
    text, date, (src, root, tgt, mood) = CASES[name]
    events = code(text, date)
    got = [(e.source.code, e.root, e.target.code if e.target else None, e.mood) for e in events]
    assert (src, root, tgt, mood) in got, got
    if name == "negation":
        assert all(e.negated and not e.counts for e in events if e.root == "11")
    if name == "refusal":  # the refused deployment is kept, and did not happen
        acts = [e for e in events if e.root == "03"]
        assert acts and all(e.negated and not e.counts for e in acts)


@pytest.mark.parametrize("text,expected", [
    ("On Tuesday, Colombia condemned Venezuela.", "2025-11-11"),       # the article is dated Tuesday 11 November
    ("Last week Colombia condemned Venezuela.", "2025-11-04"),
    ("In October, Colombia condemned Venezuela.", "2025-10-01"),
    ("Earlier this year, Colombia condemned Venezuela.", "2025-01-01"),
    ("Three days ago Colombia condemned Venezuela.", "2025-11-08"),
    ("Colombia condemned Venezuela two months ago.", "2025-09-01"),
    ("Colombia condemned Venezuela yesterday.", "2025-11-10"),
    ("Colombia condemned Venezuela.", "2025-11-11"),                   # no expression: the article's date
])
def test_relative_dates_resolve_against_the_article_date(code, text, expected):
    [e] = [e for e in code(text, "2025-11-11") if e.root == "11"]
    assert e.date == expected


def test_idioms_that_are_no_event(code):
    # "take place" / "take office" are no events at all; taking a town is occupying territory (192, errors.md #102)
    assert not [e for e in code("Colombia's elections will take place in May, and Petro took office in August.",
                                "2022-09-01") if e.root in ("17", "19")]
    assert [e.root for e in code("Colombian troops took the Venezuelan town.", "2022-09-01")] == ["19"]


def test_a_participle_that_tells_the_main_event_again_is_not_a_second_event(code):
    # "shelled Juba …, killing 20 people": the killing is the shelling's outcome, not another event
    events = code("Sudanese rebels shelled Juba on Sunday, killing about 20 people.", "2010-06-01")
    assert [e.root for e in events] == ["19"] and events[0].trigger == "shelled"
    # with no event of its own to elaborate, the participle keeps its event
    events = code("Colombian forces launched rockets at the camps, killing 50.", "2010-06-01")
    assert "19" in [e.root for e in events if e.trigger == "killing"] or \
        any(e.root == "19" and e.trigger != "killing" for e in events)


def test_a_reported_act_keeps_its_own_source(code):
    # the radio reports a state of emergency someone imposed: the radio is not the one who imposed it
    events = code("Sudan lifted the emergency that was imposed after the clashes, Omdurman radio reported.",
                  "2010-06-01")
    assert not [e for e in events if e.trigger == "imposed"]
    # what a leader orders is his own act, even when the clause names only who carries it out
    events = code("Petro ordered the intelligence agencies to suspend cooperation with the United States.",
                  "2025-11-11")
    assert ("COLGOV", "16", "USA") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]


def test_an_unnamed_group_belongs_where_the_act_took_place(code):
    # the demonstrators are Liberia's (ICEWS: "Protester (Liberia)"), named by their sector only
    events = code("Liberian riot police used tear gas to disperse demonstrators in Monrovia.", "2010-06-01")
    assert ("LBRCOP", "17", "LBROPP") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]
    # where the text places them, they belong there, whoever acts
    events = code("Israeli troops arrested dozens of protesters in the West Bank.", "2010-06-01")
    assert {e.target.country for e in events if e.root == "17" and e.target} == {"PSE"}, events
    # "demands from Hutu rebels" are the rebels' own, and the rebels are where the government is
    events = code("The Rwandan government accepted demands from Hutu rebels.", "2010-06-01")
    assert ("RWAGOV", "08", "RWAREB") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]
    # "the opposition" (singular) is no group of people
    events = code("The Turkish government refused to commit troops, citing domestic opposition.", "2010-06-01")
    assert not [e for e in events if e.target is not None and e.target.sector == "OPP"]


def test_an_announced_event_is_told_once_and_speakers_do_not_address_each_other(code):
    # "announced a suspension": the suspension is the event, not a statement beside it
    events = code("Italy announced a suspension of air links with Serbia.", "2010-06-01")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("ITA", "16", "SRB")]
    # two speakers of one statement are not each other's addressees (joint acts such as signing are)
    events = code("Palestinian officials and US witnesses said the talks failed.", "2010-06-01")
    assert not [e for e in events if e.root == "01"]
    events = code("Libya and Bulgaria signed a treaty of friendship.", "2010-06-01")
    assert {(e.source.country, e.target.country) for e in events if e.root == "05"} == {("LBY", "BGR"), ("BGR", "LBY")}


def test_a_protest_is_aimed_at_the_country_it_is_held_in(code):
    events = code("Palestinian prisoners rioted on Monday at a jail in northern Israel.", "2010-06-01")
    assert ("PSECVL", "14", "ISR") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]
    # at home, it is aimed at the country itself (a demonym's plural names its people)
    events = code("Thousands of Kenyans demonstrated in Nairobi.", "2010-06-01")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("KEN", "14", "KEN")]
    # people rally to protest; troops are rallied to show force
    assert [e.root for e in code("Kurdish protesters rallied in Berlin.", "2010-06-01")] == ["14"]
    assert [e.root for e in code("Russia rallied troops on the border.", "2010-06-01")] == ["15"]


def test_the_object_of_a_purpose_is_the_target_of_an_untargeted_act(code):
    events = code("Egyptian police opened fire to disperse demonstrators.", "2010-06-01")
    assert ("EGYCOP", "19", "EGYOPP") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]


def test_whose_act_an_object_noun_is(code):
    # a performed act is the subject's own; an answered one is somebody else's
    events = code("Syria launched an offensive against Turkey.", "2010-06-01")
    assert ("SYR", "19", "TUR") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]
    events = code("Colombia rejected an invitation to the summit in Venezuela.", "2010-06-01")
    assert not [e for e in events if e.root == "04" and e.source.country == "COL"]
    # "its forces in Lebanon" are Israel's forces, placed in Lebanon; a time phrase names no target
    events = code("Israel strengthened its forces in Lebanon following the discovery of Russian rockets.",
                  "2010-06-01")
    assert [(e.source.code, e.root, e.target.code) for e in events] == [("ISR", "15", "LBN")]
    # a threatened act that codes nothing is still aimed where it would happen
    events = code("Hamas threatened to resume its activities in Israel.", "2010-06-01")
    assert ("PSEREB", "13", "ISR") in [(e.source.code, e.root, e.target.code if e.target else None) for e in events]


def test_a_measure_upon_the_population_is_aimed_at_it(code):
    # martial law, curfews and their lifting are aimed at the country's own people, named or not
    got = [(e.source.code, e.cameo, e.target.code if e.target else None)
           for e in code("The Iraqi government imposed martial law.", "2010-06-01")]
    assert got == [("IRQGOV", "1724", "IRQCVL")]
    got = [(e.root, e.target.code if e.target else None, e.mood)
           for e in code("Iraq's government threatened to impose a curfew.", "2010-06-01")]
    assert got == [("13", "IRQCVL", "threat")]
    # a resignation is no measure upon anyone
    assert not [e for e in code("Kenya's president resigned.", "2010-06-01") if e.target is not None]


def test_a_peoples_protest_with_no_addressee_is_aimed_at_their_state(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None)
           for e in code("Angry French paper workers blocked a bridge for three hours.", "2010-06-01")]
    assert ("FRALAB", "14", "FRA") in got
    # students across a country are that country's students
    got = [(e.source.code, e.root, e.target.code if e.target else None)
           for e in code("Students across Indonesia staged mass demonstrations.", "2010-06-01")]
    assert got == [("IDNEDU", "14", "IDN")]


def test_a_documents_author_speaks_through_it(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "The Kurdistan Workers' Party issued a declaration demanding that the Turkish government release prisoners.",
        "2010-06-01")]
    assert ("TURREB", "10", "TURGOV") in got


def test_one_act_is_told_once_in_its_sentence(code):
    # the promise's own pattern and the noun "aid" under it both code the intent to give aid
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Britain promised to continue military aid to Mozambique.", "2010-06-01")]
    assert got == [("GBR", "03", "MOZ")]


def test_acts_upon_existing_measures_and_threat_codes(code):
    # "tighten the blockade": the blockade is the act, threatened with "would"
    got = [(e.source.code, e.cameo, e.target.code, e.mood)
           for e in code("NATO said it would tighten the naval blockade of Serbia.", "2010-06-01")]
    assert ("IGOWSTNAT", "1381", "SRB", "threat") in got
    # "dismissed an appeal" rejects it
    got = [(e.source.code, e.root, e.target.code)
           for e in code("Ivorian rebels dismissed an appeal from the Ivorian government.", "2010-06-01")]
    assert ("CIVREB", "12", "CIVGOV") in got
    # refugees fleeing a country's war are that country's
    got = [(e.source.code, e.target.code)
           for e in code("The United Nations sent food aid to refugees fleeing the war in Liberia.", "2010-06-01")]
    assert ("IGOUNO", "LBRREF") in got


@pytest.mark.parametrize("text,cameo", [
    ("Two Palestinian suicide bombers killed 23 Israelis.", "1831"),
    ("Irish guerrillas wounded two British soldiers in a bomb attack.", "183"),
    ("Russian helicopter gunships attacked an Afghan village.", "195"),
    ("Syrian rebels attacked Turkish troops.", "190"),                 # no weapon named: conventional force
    ("Israeli tanks fired shell bombs at a Palestinian town.", "194"),  # the attacker's means come first
    ("Hutu militiamen armed with machetes attacked a Tutsi village in Rwanda.", "180"),  # blades: no military force
    # an air force that bombs attacks from the air; a strike it launches is no labour strike
    ("Turkey's air force, which often bombs the PKK, launched a strike against rebel bases in Iraq.", "195"),
])
def test_an_attack_is_coded_by_its_weapon(code, text, cameo):
    assert cameo in [e.cameo for e in code(text, "2010-06-01")]


def test_declining_to_comment_is_no_rejection(code):
    got = [(e.source.code, e.cameo) for e in code("NATO declined to comment on the Serbian army's losses.", "2010-06-01")]
    assert ("IGOWSTNAT", "011") in got and not [c for _, c in got if c.startswith("12")]


@pytest.mark.parametrize("text,cameo", [
    ("Hezbollah guerrillas killed the deputy chief of the Lebanese army.", "186"),   # an office-holder
    ("Hezbollah guerrillas killed two Lebanese soldiers.", "190"),
    ("Israeli soldiers beat up Palestinian detainees.", "182"),
    ("The Sri Lankan army held Tamil refugees as human shields.", "184"),
])
def test_violence_coded_by_victim_and_manner(code, text, cameo):
    assert cameo in [e.cameo for e in code(text, "2010-06-01")]


def test_conditional_possibility_stance_in_and_support_verbs(code):
    # "may halt … if …": a conditional intent to harm is a threat (CAMEO 135)
    got = [(e.source.code, e.cameo, e.mood) for e in code(
        "The European Union may halt its mediation between Serbia and Kosovo if Serbia refuses talks.", "2010-06-01")]
    assert ("IGOEU", "135", "threat") in got
    # "were engaged in ethnic cleansing": the cleansing is the event, by the subject
    got = [(e.source.code, e.cameo) for e in code("Serb forces were engaged in ethnic cleansing in Kosovo.", "2010-06-01")]
    assert got == [("SRBMIL", "203")]
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Serb forces were engaged in ethnic cleansing against Bosnian Muslims.", "2010-06-01")]
    assert [(s, c, t[:3]) for s, c, t in got] == [("SRBMIL", "203", "BIH")]
    # "opened an investigation against": the investigation is the act
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "A Chilean judge opened fraud investigations against Chilean officials.", "2010-06-01")]
    assert ("CHLJUD", "09", "CHLGOV") in got


@pytest.mark.parametrize("text", [
    "Tensions between Saudi Arabia and Iran have escalated in recent weeks.",   # PETRARCH2: 060
    "Russia increased its exports to China.",                                   # PETRARCH2: 060
    "Obama is going to see Putin's envoy in Moscow.",                           # PETRARCH2: 040
])
def test_verbs_whose_defaults_code_nothing(code, text):
    assert not [e for e in code(text, "2015-06-01") if e.counts and e.root in ("04", "06")]


def test_seeking_refuge_is_a_demand_for_humanitarian_aid(code):
    # the CAMEO codebook's usage note for 1033: refugees seeking shelter or asylum in the target country
    got = [(e.source.code, e.cameo, e.target.code) for e in code("Afghan refugees sought asylum in Germany.", "2010-06-01")]
    assert ("AFGREF", "1033", "DEU") in got


def test_attribution_particles_and_an_attack_that_kills(code):
    # "according to Pentagon sources" attributes the report: the Pentagon is no target; "al-Qaeda" is a name
    # although it starts lowercase; the attacks that killed are the killing told once
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "US drone attacks have killed eight al-Qaeda leaders, according to Pentagon sources.", "2012-06-01")]
    assert got == [("USAMIL", "19", "IMGMUSALQ")]  # "US drone attacks": the drones are the US military


def test_grounds_of_an_act_and_phrases_held_by_a_particle(code):
    # "deported Liberians for traveling …": the traveling is the grounds of the deportation, not a visit
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Ghanaian authorities deported 168 Liberians for traveling on a Swedish vessel.", "2010-06-01")]
    assert got == [("GHAGOV", "17", "LBR")]
    # "kidnapped up to 16 Russian advisers": the phrase hangs on the particle
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Afghan rebels kidnapped up to 16 Russian advisers.", "2010-06-01")]
    assert got == [("AFGREB", "18", "RUS")]


def test_failing_is_no_rejection_but_failed_talks_are_halted_talks(code):
    # "failed to protect": what failed did not happen, and failing is no act of rejection (PETRARCH2: 120)
    got = [(e.source.code, e.root, e.counts) for e in code(
        "Kenyan police failed to protect Somali refugees.", "2010-06-01")]
    assert not [g for g in got if g[2]], got
    # "failed to reach agreement": CAMEO 164, for both parties of the joint act; the agreement did not happen
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(
        "Armenia and Azerbaijan failed to reach an agreement on Karabakh.", "2010-06-01") if e.counts]
    assert sorted(got) == [("ARM", "164", "AZE"), ("AZE", "164", "ARM")]


@pytest.mark.parametrize("text,expected", [
    ("A car bombing near the city of Mosul killed three Turkish soldiers.", ("IRQUAF", "TURMIL")),
    ("Two Kenyan policemen were killed by a roadside bomb outside Mogadishu.", ("SOMUAF", "KENCOP")),
    ("Unidentified gunmen attacked Pakistani soldiers in Kabul.", ("AFGUAF", "PAKMIL")),
])
def test_an_unnamed_attacker_is_unidentified_armed_forces_where_it_struck(code, text, expected):
    got = [(e.source.code, e.target.code if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert expected in got, got


def test_an_unnamed_attacker_with_no_place_codes_nothing(code):
    assert not code("A roadside bomb killed three Turkish soldiers.", "2010-06-01")


@pytest.mark.parametrize("text,absent", [
    ("Pro-Russian separatists attacked Ukrainian troops.", "RUS"),
    ("Anti-American protesters stormed the embassy in Cairo.", "USA"),
])
def test_a_country_after_pro_or_anti_is_a_stance_not_an_owner(code, text, absent):
    assert not [e for e in code(text, "2015-06-01") if e.source.country == absent]


@pytest.mark.parametrize("text,expected", [
    ("Thousands of ethnic Hungarians demonstrated in Romania.", ("ROUCVL", "14")),
    ("Turkish troops killed two ethnic Kurds in Syria.", ("TURMIL", "SYRCVL")),
])
def test_an_ethnic_group_is_coded_where_the_act_places_it(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert any(expected[0] == s and expected[1] in (r, t) for s, r, t in got), got


def test_coordinated_countries_each_own_the_shared_noun(code):
    # "French and Egyptian warships": two sources, each its country's military
    got = {(e.source.code, e.root, e.target.code) for e in code("French and Egyptian warships attacked Libyan ports.",
                                                                 "2010-06-01")}
    assert {("FRAMIL", "19", "LBY"), ("EGYMIL", "19", "LBY")} <= got, got
    got = {(e.source.code, e.target.code) for e in code("Iran condemned Russian and Chinese officials.", "2010-06-01")}
    assert got == {("IRN", "RUSGOV"), ("IRN", "CHNGOV")}


def test_one_act_upon_an_actor_named_twice(code):
    got = [(e.source.code, e.target.code) for e in code(
        "North Korea expelled inspectors of the International Atomic Energy Agency, or IAEA.", "2010-06-01")]
    assert got == [("PRK", "IGOUNOIAE")]


def test_a_support_verb_with_an_event_noun_is_that_event_once(code):
    # "imposed a blockade": the blockade (191), not also PETRARCH2's default for *impose* (170)
    got = [e.cameo for e in code("Russia imposed a blockade on Georgia.", "2010-06-01")]
    assert got == ["191"], got


def test_an_unnamed_organisation_is_coded_by_its_kind(code):
    # the CAMEO codebook: "the identity of the agency is not provided, the general NGO code will be used"
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "An international aid agency appealed to the Sudanese government to lift its ban.", "2010-06-01")]
    assert ("NGO", "02", "SDNGOV") in got, got
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "A human rights group accused the Egyptian police of torture.", "2010-06-01")]
    assert ("NGOHRI", "11", "EGYCOP") in got, got


def test_an_inverted_attribution_is_no_statement(code):
    # "…, reported the Russian news agency Tass": Tass reports; nobody made a statement to Tass
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Iran criticized Iraq on Monday, reported the Russian news agency Tass.", "2010-06-01")]
    assert got == [("IRN", "11", "IRQ")], got


@pytest.mark.parametrize("text,cameo", [
    ("Indian troops remained on alert along the Pakistani border.", "152"),
    ("Kenyan dock workers stopped work to protest against the Kenyan government.", "143"),
    ("Palestinian youths threw stones at Israeli soldiers.", "145"),
    ("Iran expelled inspectors of the International Atomic Energy Agency.", "1662"),
    ("The Sudanese army forced out thousands of villagers from Darfur.", "201"),
    ("Colombian rebels blew up an oil pipeline in Venezuela.", "1712"),
    ("Syrian troops retook the town of Palmyra from Islamic State.", "192"),
    # PETRARCH2 patterns that miss these common objects (errors.md #152)
    ("The Turkish Red Crescent distributed blankets and medicine to Syrian refugees.", "073"),
    ("Students in Atlanta exchanged letters with Sudanese refugees.", "040"),
    ("Rights activists raised concerns about Malaysia's treatment of refugees.", "012"),
])
def test_codebook_verbs_with_their_objects(code, text, cameo):
    assert cameo in [e.cameo for e in code(text, "2010-06-01")], [(e.source.code, e.cameo) for e in code(text, "2010-06-01")]


def test_where_a_report_comes_from_is_no_addressee(code):
    got = [(e.source.code, e.target.code if e.target else None) for e in code(
        "The Czechoslovak news agency reported from Kabul that Afghan rebels attacked Soviet troops.", "1985-06-01")]
    assert not [g for g in got if g[1] and g[1].startswith("AFG")], got


@pytest.mark.parametrize("text,expected", [
    ("Thousands of students marched in Tehran against the Iranian government.", ("IRNEDU", "IRNGOV")),
    ("Hundreds of protesters blocked roads in Nairobi.", ("KENOPP", "KEN")),
])
def test_an_unnamed_group_acts_where_the_text_places_it(code, text, expected):
    got = [(e.source.code, (e.target.code if e.target else "")) for e in code(text, "2010-06-01") if e.counts]
    assert any(s == expected[0] and t.startswith(expected[1]) for s, t in got), got


@pytest.mark.parametrize("text,cameo", [
    ("United Nations peacekeepers arrived in Mali.", "074"),                         # not a visit (040)
    ("The Serbian army prepared to attack Kosovo.", "150"),                          # readying force, not a threat
    ("The U.N. war crimes tribunal indicted a Bosnian Serb general for war crimes.", "1124"),  # the codebook's 1124
    ("Ivorian rebels blocked access to Abidjan.", "144"),                            # obstructing passage
])
def test_codebook_acts_named_by_their_actors_or_governors(code, text, cameo):
    got = [e.cameo for e in code(text, "2010-06-01")]
    assert cameo in got, got


def test_wanting_another_actor_to_act_is_an_appeal_to_it(code):
    got = [(e.source.code, e.root, e.target.code, e.counts) for e in code(
        "Obama wants the Iraqi government to release the prisoners.", "2010-06-01")]
    assert ("USAGOV", "02", "IRQGOV", True) in got, got
    assert not [g for g in got if g[0] == "IRQGOV" and g[3]], got  # the release is wanted, not done


@pytest.mark.parametrize("text,expected", [
    ("An Egyptian detainee died in Libyan police custody.", ("LBY", "EGY")),        # PETRARCH2's [:184]
    ("Iraq faced sharp criticism from the United Nations.", ("IGOUNO", "IRQ")),     # [:111]
    ("Three Syrian civilians died in Turkish air strikes.", ("TUR", "SYR")),        # the dead are the target
])
def test_reversed_patterns_make_the_subject_the_target(code, text, expected):
    got = [(e.source.country, e.target.country if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert expected in got and (expected[1], expected[0]) not in got, got


def test_where_somebody_died_is_not_who_killed_them(code):
    got = [(e.source.code, e.target.code if e.target else None) for e in code(
        "Two Israeli soldiers died in southern Lebanon.", "2010-06-01")]
    assert not [g for g in got if g[0].startswith(("LBN", "ISR"))], got


def test_a_reversed_doer_is_named_by_agency_not_by_any_phrase(code):
    # "Besides Japanese employees, …, workers also died": the Japanese killed nobody
    assert not [e for e in code("Besides Japanese employees, American and British workers also died.", "2013-01-21")
                if e.counts]
    # PETRARCH2's reversed defaults for feelings ("shocked", "outraged") code nothing on their own
    assert not [e for e in code("The Paris attacks shocked France and Belgium.", "2016-01-01") if e.root == "11"]


@pytest.mark.parametrize("text,cameo", [
    ("Kenya and Uganda agreed to hold joint naval patrols.", "030"),                      # yet to be done
    ("Kenya and Uganda agreed that their armies should cooperate.", "030"),
    ("Kenya and Uganda agreed that the border dispute was a danger to the region.", "019"),  # how things are
])
def test_agreeing_to_act_is_intent_and_agreeing_on_facts_is_accord(code, text, cameo):
    got = sorted((e.source.code, e.cameo, e.target.code) for e in code(text, "2010-06-01") if e.cameo[:2] in ("01", "03", "05"))
    assert ("KEN", cameo, "UGA") in got and ("UGA", cameo, "KEN") in got, got


def test_a_relative_clause_does_not_choose_the_verbs_pattern(code):
    # "released a journalist who had been detained over leaked information": a release of a person (084),
    # not of information (064)
    got = [e.cameo for e in code("Iran released a British journalist who had been detained over leaked information.",
                                 "2010-06-01")]
    assert "064" not in got and any(c.startswith("084") for c in got), got


@pytest.mark.parametrize("text,expected", [
    ("Vietnamese forces launched rocket fire against Cambodian villages.", ("VNMMIL", "19", "KHM")),
    ("Russian warplanes and helicopters killed 30 Syrian civilians.", ("RUSMIL", "195", "SYR")),
    ("Israeli tanks shelled Palestinian positions.", ("ISRMIL", "19", "PSE")),
])
def test_weapons_as_actors_and_launched_fire(code, text, expected):
    got = [(e.source.code, e.cameo if len(expected[1]) == 3 else e.root, e.target.code[:3] if e.target else None)
           for e in code(text, "2010-06-01")]
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    ("Germany said Greece should cut its spending.", ("DEU", "02", "GRC")),            # should: an appeal
    ("Germany said Greece needs to cut its spending.", ("DEU", "02", "GRC")),
    ("Germany said Greece must cut its spending.", ("DEU", "10", "GRC")),              # must: a demand
    ("Germany will ask China to open its markets.", ("DEU", "02", "CHN")),             # an announced appeal
])
def test_appeals_and_demands_in_reported_speech(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2012-06-01") if e.counts]
    assert expected in got, got


def test_insurgents_yield_to_their_own_government(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Two hundred Colombian rebels surrendered in Antioquia.", "2010-06-01") if e.counts]
    assert ("COLREB", "08", "COLGOV") in got, got


def test_a_mission_of_inquiry_is_an_investigation(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "The African Union sent a team of experts to Burundi to investigate the killings.", "2016-06-01") if e.counts]
    assert [g for g in got if g[1] == "090" and g[2].startswith("BDI")], got


def test_an_intent_demanded_of_another_is_not_its_intent(code):
    # "said the US must be ready to mediate": asked of the US, which has intended nothing
    got = [(e.source.code, e.root, e.counts) for e in code(
        "Egypt said the United States must be ready to mediate between Israel and Syria.", "2010-06-01")]
    assert ("EGY", "10", True) in got and not [g for g in got if g[0] == "USA" and g[2]], got


def test_datelines_media_and_where_somebody_spoke_are_no_actors(code):
    # a wire dateline says where the story was filed
    got = [e.source.code for e in code("NAIROBI — Somali militants attacked Kenyan troops in Mandera.", "2015-06-01")]
    assert "KEN" not in got and "KENGOV" not in got, got
    # "France 24" is a television channel, not France
    got = [(e.source.code, e.target.code) for e in code("The Turkish president told France 24 that Russia lied.",
                                                       "2015-12-01") if e.target]
    assert not [g for g in got if g[1].startswith("FRA")], got
    # a statement made in New York is not addressed to the United States
    got = [(e.source.code, e.target.code if e.target else None) for e in code(
        "Iran's foreign minister spoke in New York on Monday.", "2015-06-01")]
    assert not [g for g in got if g[1] and g[1].startswith("USA")], got


def test_it_in_a_later_sentence_is_no_state(code):
    # "It" is the test here; a later "it" is too often a thing to stand for the last state named
    got = [(e.source.code, e.root) for e in code(
        "The United States criticized the missile test. It violates a United Nations resolution.", "2016-06-01")]
    assert not [g for g in got if g[1] == "12" or (g[0] == "USA" and g[1] != "11")], got


def test_an_opinion_with_should_is_no_appeal(code):
    assert not [e for e in code('"America should be very proud," Obama said.', "2015-06-27") if e.counts]


def test_an_act_inside_a_purpose_is_not_done(code):
    # "requested money to help fund Afghan forces": the funding is the request's purpose, not yet done
    got = [(e.source.code, e.root, e.counts) for e in code(
        "Obama requested 3 billion dollars to help fund Afghan security forces.", "2016-06-01")]
    assert not [g for g in got if g[1] == "06" and g[2]], got


def test_withdrawals_and_threatened_measures_carried_by_support_verbs(code):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(
        "Russia announced the withdrawal of its troops from Syria.", "2016-03-15") if e.counts]
    assert ("RUS", "0874", "SYR") in got, got
    # "threatened to institute a curfew": one threat (the curfew's, 1323), not also a bare 130
    got = [(e.source.code, e.cameo, e.mood) for e in code(
        "The Algerian president threatened to institute a curfew in Algiers.", "2001-06-01") if e.counts]
    assert [c for _, c, _ in got] == ["1323"], got


def test_the_place_in_the_clause_an_object_noun_carries(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "The United Nations rejected a call for its troops to be deployed in Haiti.", "2010-06-01") if e.counts]
    assert ("IGOUNO", "12", "HTI") in got, got


def test_an_act_only_thought_of_is_not_counted(code):
    got = [(e.source.code, e.root, e.counts) for e in code(
        "Analysts see the possibility of limited cooperation between Russia and China.", "2016-06-01")]
    assert not [g for g in got if g[2]], got


@pytest.mark.parametrize("text,expected", [
    # the parser makes the actor let or refused the subject of the infinitive; it is the verb's target
    ("Syria allowed Turkish troops to enter its territory.", ("SYR", "08", "TURMIL")),
    ("Serbia refused to allow NATO inspectors to visit the site.", ("SRB", "12", "IGOWSTNAT")),
])
def test_the_actor_let_or_refused_is_the_target(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert expected in got, got


def test_a_decision_taken_is_the_act_it_decides(code):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None, e.mood)
           for e in code("The Kenyan cabinet decided to expel the Somali ambassador.", "2010-06-01")]
    assert got == [("KENGOV", "166", "SOMGOV", "asserted")], got  # not an intent, and no 'decide' event beside it


@pytest.mark.parametrize("text,expected", [
    ("Iran condemned Israel's air strikes on Syria.", [("IRN", "11", "ISR")]),
    ("Egypt complained to the United Nations over Israeli raids in Gaza.", [("EGY", "11", "ISR")]),  # (#90)
    ("Turkey is opposed to Russian mediation between Armenia and Azerbaijan.", [("TUR", "11", "RUS")]),
])
def test_an_act_that_others_answer_is_the_topic_not_an_event(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert got == expected, got


@pytest.mark.parametrize("text,expected", [
    # a complaint is against the actor it is about; the body it went to only hears it
    ("Ukraine complained to the OSCE about Russian shelling of its villages.", ("UKR", "11", "RUS")),
    ("Ukraine complained to the OSCE about the shelling.", ("UKR", "11", "IGOOSCE")),  # nobody named: the addressee
])
def test_a_complaint_is_aimed_at_whom_it_is_about(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2016-06-01") if e.counts]
    assert got == [expected], got


@pytest.mark.parametrize("text,expected", [
    # the parser hangs the clause's verb on its subject as a participle before an inverted attribution
    ("Palestinian youths resorted to throwing stones at Israeli soldiers, officials said on Thursday.",
     ("PSECVL", "14", "ISRMIL")),
    # the parser makes the preposition's object the subject of the participle after it
    ("Ecuador granted asylum to three Colombian army officers holed up in its embassy.", ("ECU", "07", "COLMIL")),
    # the parser reads a short sentence's verb as a participle on its subject, leaving the sentence no verb
    ("The Saudi-led coalition bombed Sanaa.", ("SAU", "19", "YEM")),
])
def test_parser_slips_that_hide_an_actor(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2010-06-01") if e.counts]
    assert expected in got, got


@pytest.mark.parametrize("text,absent", [
    ("Trump and Putin met in Alaska but reached no agreement on Ukraine.", "03"),
    ("Russia sent no troops to Belarus.", "07"),
])
def test_an_object_that_is_none_negates_the_act(code, text, absent):
    got = [e.root for e in code(text, "2025-09-01") if e.counts]
    assert absent not in got, got


@pytest.mark.parametrize("text,expected", [
    # the tagger reads a person's name as a common word (*trump*), and the parser made a noun phrase of it
    ("Trump lifted sanctions on Syria during a visit to Riyadh.", ("USAGOV", "08", "SYR")),
    ("Trump doubled tariffs on India over its purchases of Russian oil.", ("USAGOV", "16", "IND")),
    # and a name's lower-case part after a hyphen as an adjective
    ("Lee Jae-myung hosted Trump in Gyeongju.", ("KORGOV", "04", "USAGOV")),
])
def test_a_name_read_as_a_common_word_is_parsed_as_a_name(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2025-09-01") if e.counts]
    assert expected in got, got


def test_an_act_that_only_sets_the_time_is_not_news_told(code):
    got = [(e.source.code, e.root) for e in code(
        "Ecuador granted asylum to three Colombian officers holed up in its embassy since the US invasion.",
        "2010-06-01") if e.counts]
    assert ("USA", "19") not in got and ("ECU", "07") in got, got


@pytest.mark.parametrize("text,expected", [
    # mutual acts make coordinated actors each other's targets ...
    ("Cuba and the United States restored diplomatic ties.", {("CUB", "05", "USA"), ("USA", "05", "CUB")}),
    ("Turkey and Iraq agreed to share intelligence.", {("TUR", "03", "IRQ"), ("IRQ", "03", "TUR")}),
    ("Iran and the United States held a third round of nuclear talks in Oman.",
     {("IRN", "04", "USA"), ("USA", "04", "IRN")}),  # (the bond inside a batch: "a round of talks")
    # ... acts done together upon a third party do not
    ("NATO and Afghan troops cleared the district.", set()),
    ("Russia and Syria launched an air offensive.", {("RUS", "19", None), ("SYR", "19", None)}),
])
def test_only_mutual_acts_are_reciprocal(code, text, expected):
    got = {(e.source.code[:3], e.root, e.target.code[:3] if e.target else None)
           for e in code(text, "2016-06-01") if e.counts}
    assert got == expected, got


def test_a_clause_with_a_doer_of_its_own_holds_no_target(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "French warships launched war games, expected to be joined later by Italian vessels.", "2010-06-01")
        if e.counts]
    assert all(t is None or t[:3] != "ITA" for _, _, t in got), got


def test_firing_officials_is_a_dismissal_not_an_attack(code):
    assert not [e for e in code("Tunisia's prime minister fired five police commanders on Monday.", "2015-03-23")
                if e.root in ("18", "19", "20")]
    assert [e.root for e in code("Iraqi troops fired rockets at Syrian positions.", "2015-03-23")] == ["19"]


@pytest.mark.parametrize("text", [
    "The United States opposes granting diplomatic status to Russians based in Serbia.",
    "The Arab League stopped short of expressing support for the U.S. effort in Syria.",
    "Japan refrained from criticizing China.",
])
def test_what_is_opposed_or_avoided_is_not_done(code, text):
    acts = [e for e in code(text, "2016-06-01") if e.trigger.lower() in ("granting", "expressing", "criticizing")]
    assert acts and all(e.negated and not e.counts for e in acts), [(e.cameo, e.negated) for e in acts]


@pytest.mark.parametrize("text,absent", [
    # an actor in a phrase naming whom the subject noun's act reaches is not the doer
    ("The round of telephone calls to the leaders of Japan and Germany aimed to discuss North Korea.", "JPN"),
    ("Tough sanctions on Russia could provoke retaliation.", "RUS"),
])
def test_the_recipient_inside_a_subject_is_not_the_doer(code, text, absent):
    got = [e.source.code for e in code(text, "2017-04-24")]
    assert not [s for s in got if s[:3] == absent], got


def test_allegiance_and_workplace_inside_a_subject_still_name_the_doer(code):
    got = [(e.source.code[:3], e.root) for e in code(
        "Dozens of journalists at Sudan's largest newspaper appealed to the Sudanese government.", "2010-06-01")]
    assert ("SDN", "02") in got, got


@pytest.mark.parametrize("text,expected", [
    # the object of 'prompt, force, help …' does the act they govern
    ("The fighting prompted U.S. officials to criticize Turkey.", ("USAGOV", "11", "TUR")),
    ("Russian aid is helping the Taliban to wage war against the Afghan government.", ("AFGREB", "19", "AFGGOV")),
    # with other verbs the subject does it: "used its veto to block …"
    ("Russia used its veto to block a resolution against Syria.", ("RUS", None, None)),
])
def test_who_does_the_act_a_verb_governs(code, text, expected):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2017-02-17")]
    src, root, tgt = expected
    assert any(g[0] == src and (root is None or g[1:] == (root, tgt)) for g in got), got


@pytest.mark.parametrize("text,fight", [
    ("The party wants to engage young voters in the election.", False),
    ("Washington wants to engage more with Southeast Asia.", False),
    ("Houthi rebels have been engaged in a bloody civil war in Yemen.", True),
])
def test_engaging_is_a_fight_only_with_a_word_of_fighting(code, text, fight):
    roots = [e.root for e in code(text, "2016-06-01")]
    assert ("19" in roots) == fight, roots


@pytest.mark.parametrize("text,expected", [
    # cooperation from a state's own actors to the bare state, or a place in it, is no dyad ...
    ("President Obama traveled to Dallas on Saturday.", set()),
    ("The Serbian president promised to democratize Serbia.", set()),
    # ... to a named part of it, it is one
    ("Turkey will allow Turkish Kurd refugees to return home.", {("TUR", "TURREF")}),
])
def test_cooperation_with_the_bare_own_state_is_no_dyad(code, text, expected):
    got = {(e.source.code[:3], e.target.code) for e in code(text, "2016-07-09") if e.counts and e.target
           and e.root <= "07"}
    assert got == expected, got


def test_a_place_dated_like_an_office_is_no_person_for_he(code):
    # "Iraq" is dated in PETRARCH2 (IRQOCC until 2006) like an office holder; "he" cannot stand for it
    got = [e.source.code for e in code("Candy, an Iraq war veteran, asked a question. He accused Russia of meddling.",
                                       "2016-01-28")]
    assert "IRQ" not in got, got


@pytest.mark.parametrize("text,date,expected", [
    ("The United States took its first steps against Iran.", "2016-02-10", set()),            # no seizure
    ("Pakistan is hesitant to take action against the Afghan Taliban.", "2016-02-10", set()),
    ("The Kurds took an air base from Syrian rebels.", "2016-02-10", {("KUR", "19", "SYRREB")}),
    ("Russian troops took control of Simferopol.", "2016-02-10", {("RUSMIL", "19", "UKR")}),
    ("A Lebanese woman holds a paper with the name of the city.", "2015-06-01", set()),     # no coercion
    ("European Union leaders struggled to avert a humanitarian disaster.", "2015-06-01", set()),
    ("The Afghan government continues to struggle against the Taliban.", "2015-06-01", {("AFGGOV", "19", "AFGREB")}),
    ("President Barack Obama spoke with German Chancellor Angela Merkel.", "2015-06-01",
     {("USAGOV", "04", "DEUGOV")}),
])
def test_generic_verbs_code_only_in_their_event_senses(code, text, date, expected):
    # PETRARCH2's defaults for take, hold, struggle, speak fit few news uses; their own patterns still code
    got = {(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, date) if e.counts}
    assert got == expected, got


def test_a_question_tells_no_act(code):
    got = [(e.source.code, e.root, e.counts) for e in code(
        "Do the Ukrainians want the United States to invade Crimea?", "2016-12-09")]
    assert got and not [g for g in got if g[2]], got


def test_a_threatened_act_named_by_a_noun_is_a_threat_told_once(code):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None, e.mood) for e in code(
        "North Korea responded with defiance, threatening nuclear strikes against South Korea.", "2016-04-01")]
    assert got == [("PRK", "1384", "KOR", "threat")], got


def test_a_countrys_border_is_a_place_not_the_country(code):
    got = [(e.source.code, e.target.code if e.target else None) for e in code(
        "Burmese troops captured a rebel stronghold on the Thai border.", "2010-06-01")]
    assert ("MMRMIL", "THA") not in got, got
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Turkey closed its border with Syria.", "2010-06-01")]
    assert ("TUR", "17", "SYR") in got, got


def test_an_unnamed_attacker_at_a_border_is_not_from_the_country_beyond_it(code):
    for text in ("The car bomb struck at a military outpost by the Syrian border.",
                 "A roadside bomb exploded near the Iraqi border, killing two Turkish soldiers."):
        got = [e.source.code for e in code(text, "2016-06-21")]
        assert not [s for s in got if s.endswith("UAF")], got


@pytest.mark.parametrize("text", ["Armenia and Azerbaijan agreed to stop fighting.",
                                  "Russia stopped bombing Aleppo.", "Kurdish fighters ceased attacking Turkish positions."])
def test_an_act_that_stops_is_not_done(code, text):
    # (nor threatened: "agreed to stop fighting" is no intent to fight)
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2016-04-11")
           if e.counts and e.root in ("13", "18", "19", "20")]
    assert not got, got


@pytest.mark.parametrize("text", ["If Israel signs a peace deal with the Palestinians, others will follow.",
                                  "Once Israel signs a peace deal with the Palestinians, others will follow.",
                                  "Sanctions will follow unless Iran stops attacking Saudi ships."])
def test_an_act_in_a_condition_is_not_done(code, text):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, "2013-11-20") if e.counts]
    assert not got, got


def test_an_act_in_a_past_time_clause_is_done(code):
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Once Israel signed a peace deal with the Palestinians, Egypt reopened its embassy.", "2013-11-20")
        if e.counts and e.target]
    assert ("ISR", "05", "PSE") in got, got


def test_what_someone_calls_a_thing_is_no_call(code):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(
        "China would maintain what he called normal relations with North Korea.", "2016-04-13") if e.counts]
    assert not [g for g in got if g[1] == "041"], got


def test_they_does_not_stand_for_a_singular_subject(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Russia blamed the rebels for breaking the truce, saying they attacked Syrian government positions.",
        "2016-12-14") if e.counts]
    assert not [g for g in got if g[0] == "RUS" and g[2] == "SYR"], got
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Iranian officials said they would impose sanctions on Britain.", "2016-12-14") if e.target]
    assert ("IRNGOV", "13", "GBR") in got, got


@pytest.mark.parametrize("text", [
    "Israel postponed the visit of its foreign minister to Egypt.",
    "Washington decided against establishing a safe haven for Turkey.",
    "The White House has expressed hope that Moscow would press the Syrian government to uphold a truce.",
    "We could see regular visits by Russian naval ships to Fiji."])
def test_acts_cancelled_decided_against_hoped_for_or_possible_are_not_done(code, text):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None, e.mood) for e in code(text, "2016-10-01")
           if e.counts and e.root in ("04", "06", "08", "10", "13")]
    assert not got, got


def test_a_second_verb_shares_the_first_verbs_modal(code):
    got = [(e.source.code, e.root, e.mood) for e in code(
        "Moscow could press the Assad government and allow the flow of aid to Syrian civilians.", "2016-10-01")]
    assert [g for g in got if g[1] == "08"] and not [g for g in got if g[1] == "08" and g[2] == "asserted"], got


def test_a_second_verb_with_its_own_modal_keeps_it(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None, e.mood) for e in code(
        "Putin says the United States knew the flight path, and should have informed Turkey.", "2015-11-26")]
    assert ("USA", "01", "TUR", "plan") in got, got


def test_the_object_after_a_judgment_with_as_is_the_target(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Albania denounced as a crime Serbia's attack on Kosovo.", "2010-06-01") if e.counts]
    assert got == [("ALB", "11", "SRB")], got


@pytest.mark.parametrize("text,expected", [
    ("Colombia complained that the United States violated its sovereignty.", ("COL", "114", "USA")),
    ("Iran protested that Saudi Arabia had mistreated its pilgrims.", ("IRN", "114", "SAU"))])
def test_a_grievance_told_as_a_clause_is_aimed_at_its_subject(code, text, expected):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-01-28") if e.counts]
    assert expected in got, got


def test_a_grievance_on_behalf_of_somebody_is_not_aimed_at_them(code):
    got = [(e.source.code, e.target.code if e.target else None) for e in code(
        "Egypt complained that Egyptian workers were not getting fair wages in Libya.", "2016-01-28") if e.counts]
    assert not [g for g in got if g[1] and g[1].startswith("EGY")], got


def test_an_earlier_act_that_sets_the_time_is_no_event(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Ukraine suspended trade with Moscow a day after Russia attacked Ukrainian ships.", "2016-06-01")]
    assert not [g for g in got if g[0].startswith("RUS")], got
    # (an act told as what will come after something else is still told)
    got = [(e.source.code, e.root) for e in code("Russia will annex Crimea after Ukraine loses the war.", "2016-06-01")]
    assert ("RUS", "13") in got, got


@pytest.mark.parametrize("text,wrong", [
    ("A U.N. spokesman said at a Geneva news briefing that Greece must do more.", "CHE"),
    ("The leaders of Austria and Bulgaria attended the Brussels summit on Sunday.", "BEL"),
    # a gathering named by a noun is held in a place, it does not meet it
    ("Obama was speaking at a NATO summit in Warsaw on Saturday.", "POL"),
    ("The EU summit in Brussels ended without a deal.", "BEL")])
def test_a_place_naming_a_gathering_is_no_participant(code, text, wrong):
    got = [e.target.code for e in code(text, "2015-10-26") if e.target]
    assert wrong not in got, got


def test_an_open_question_tells_no_act(code):
    got = [(e.source.code, e.counts) for e in code(
        "All eyes will be on whether Obama announces Cuba's removal from the terror list.", "2015-04-10")]
    assert got and not [g for g in got if g[1]], got


@pytest.mark.parametrize("text", ["A U.S. Marine is appealing his conviction in the death of a Filipino woman.",
                                  "India has been weighing retaliatory measures against Pakistan."])
def test_appealing_a_verdict_or_weighing_measures_is_no_event(code, text):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-01-06")
           if e.counts]
    assert not got, got


def test_an_act_that_is_needed_or_called_for_is_not_done(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None, e.counts) for e in code(
        "Poroshenko stressed the need for Washington's resolute support of Ukraine.", "2016-12-09")]
    assert not [g for g in got if g[0] == "USAGOV" and g[3]], got


def test_expanding_codes_only_what_is_expanded(code):
    assert not [e for e in code("Russian warplanes will expand their bombing runs to Idlib.", "2016-02-10")
                if e.root in ("03", "06")]
    got = [(e.source.code, e.root, e.target.code) for e in code("Russia expanded ties with Iran.", "2016-02-10")
           if e.target]
    assert ("RUS", "05", "IRN") in got, got


def test_the_grounds_of_a_passive_arrest_are_no_act(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "A Canadian was arrested by Lebanese police for collaborating with Israel.", "2010-06-01")]
    assert got == [("LBNCOP", "17", "CAN")], got


@pytest.mark.parametrize("text", [
    "Analysts say the main motive of Turkey's intervention in Syria could be to give Ankara a say over Syria's future.",
    "At a time when Beijing's bold moves to claim islands in the East China Sea draw headlines, some say China is "
    "outmaneuvering its rivals.",
])
def test_a_state_does_not_act_upon_its_own_capital(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2017-01-16") if e.target]
    assert not [g for g in got if g[0][:3] == g[2][:3]], got


@pytest.mark.parametrize("text", ["Cambodian Activist Gunned Down in Phnom Penh",
                                  "Top Mexican Official Said to Tip Drug Cartel About US Probe"])
def test_a_headline_participle_is_passive(code, text):
    """A headline leaves out "was": its subject suffered the act (or is reported on), it did not do it."""
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-07-10")]
    assert not [g for g in got if g[0].startswith(("KHM", "MEX"))], got


def test_a_past_tense_sentence_is_no_headline(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None)
           for e in code("Cambodian Police Arrested Kem Ley's Killer in Phnom Penh.", "2016-07-10")]
    assert [g for g in got if g[0] == "KHMCOP" and g[1] == "17"], got


@pytest.mark.parametrize("text", [
    "Russia sees Taliban help as essential in fighting the Islamic State.",
    "The YPG is seen by Turkey's Western allies and Moscow as important to fighting IS.",
    "Tra Mi of VOA's Vietnamese Service contributed reporting from Washington.",
    "Afghan Vice President Sarwar Danesh spoke Wednesday at the United Nations.",
])
def test_seeing_bylines_and_where_one_spoke_are_no_relation(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2016-09-21") if e.target and e.counts]
    assert not got, got


def test_speaking_to_a_leader_still_codes(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Trump spoke on Saturday to Japan's Prime Minister Shinzo Abe.", "2017-01-29") if e.target]
    assert [g for g in got if g[0] == "USAGOV" and g[2] == "JPNGOV"], got


def test_a_plain_statement_has_no_target_beside_it(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "\u201cDaesh is responsible for crimes against humanity,\u201d said Deputy Secretary of State Antony Blinken, "
        "using another name for the Islamic State group.", "2016-03-17") if e.target]
    assert not [g for g in got if g[1] == "010"], got


@pytest.mark.parametrize("text,date,source,target", [
    ("Lavrov called the U.S. strikes unacceptable.", "2017-04-07", "RUSGOV", "USA"),
    ("Russia called the Georgian attack a crime.", "2008-08-09", "RUS", "GEO"),
])
def test_calling_an_act_a_wrong_is_criticism_not_a_call_to_strike(code, text, date, source, target):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(text, date)]
    assert (source, "11", target) in got and not [g for g in got if g[1] == "14"], got


@pytest.mark.parametrize("text,date", [
    ("He contends the U.S. could provide lethal weapons to Ukraine and work with Moscow, while giving Putin a free "
     "hand in Syria.", "2016-12-09"),
    ("Critics assume the United States could have gotten a better deal by persuading Iran to give up enrichment.",
     "2015-07-31"),
])
def test_an_act_in_a_clause_that_is_only_possible_is_not_done(code, text, date):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, date) if e.counts]
    assert not [g for g in got if g[0] == "USA"], got


def test_his_in_an_object_is_the_clause_subject(code):
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Obama met Merkel on Monday. Putin renewed his criticism of NATO in an interview.", "2016-11-20")
        if e.target and e.root == "11"]
    assert got == [("RUSGOV", "11", "IGOWSTNAT")], got
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Putin met Merkel on Monday. On the campaign trail, Trump renewed his criticism of NATO.", "2016-11-20")
        if e.target and e.root == "11"]
    assert not got, got  # Trump was no government yet, and "his" is not Putin's


def test_a_vow_to_cooperate_is_a_promise_and_grief_is_sympathy(code):
    got = [(e.source.code, e.cameo, e.mood) for e in code(
        "President Thein Sein vowed to release all remaining political prisoners.", "2014-01-01")]
    assert got and all(g[1].startswith("03") and g[2] == "asserted" for g in got), got
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Trump said the United States grieves for the thousands of Iraqis who died.", "2017-07-11") if e.target]
    assert ("USA", "018", "IRQ") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Thousands of Iraqi students gathered for a demonstration in Baghdad.", ("IRQEDU", "14")),
    ("Iran took part in talks with France on Monday.", ("IRN", "04")),
    ("Thousands of Kenyans took part in a rally in Nairobi.", ("KEN", "14")),
])
def test_those_who_join_an_act_told_by_a_noun_do_it(code, text, expected):
    got = [(e.source.code, e.root) for e in code(text, "2005-01-01")]
    assert expected in got, got


@pytest.mark.parametrize("text", ["About 250 Americans have traveled to Syria or Iraq to fight.",
                                  "Syrian refugees arrived on the Greek island of Lesbos on Sunday."])
def test_a_peoples_journey_is_no_visit(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2015-10-25") if e.target]
    assert not [g for g in got if g[1].startswith("04")], got


def test_a_peoples_protest_with_no_addressee_is_aimed_at_its_state(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Thousands of Nigerians were converging on Thursday for a rally to protest the new law.", "2000-03-01")]
    assert ("NGA", "14", "NGA") in got, got


def test_a_state_named_in_the_plural_is_no_people(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "The Philippines sent a delegation that arrived in Beijing on Monday.", "2015-10-25") if e.target]
    assert [g for g in got if g[0].startswith("PHL") and g[1].startswith("04") and g[2].startswith("CHN")], got


@pytest.mark.parametrize("text", [
    "The death of an Italian student in Cairo has added to Western alarm, Italian officials say.",
    "Either they will die beneath the bombings and Turkey will watch the massacre like the rest of the world.",
    "Ukrainians are trying to figure out what to expect from U.S. President-elect Donald Trump.",
])
def test_adding_watching_and_figuring_out_are_no_acts(code, text):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-12-09") if e.counts]
    assert not got, got


@pytest.mark.parametrize("text,date,field,expected", [
    # pushing back against is resistance (12), not a push (10)
    ("The United States pushed back against Russian overreach in Ukraine.", "2017-01-10", "root", ("USA", "12", "RUS")),
    # cutting down support is less aid (162), not artillery fire (errors.md #188)
    ("The Saudis are cutting down on any kind of support to ISIS.", "2016-01-01", "cameo",
     ("SAU", "162", "IMGMUSISI")),
])
def test_phrasal_verbs_with_their_objects(code, text, date, field, expected):
    got = [(e.source.code, getattr(e, field), e.target.code) for e in code(text, date) if e.target]
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Last week he was cleared for transfer to Yemen by the Pentagon.",
    "Montenegro's bid to join NATO angered Russia's leaders.",
    "The administration's first actions are meeting with the approval of congressional Republicans.",
    "Officials said Cambodia doesn't meet World Bank standards for debt forgiveness.",
])
def test_clearing_joining_and_meeting_a_bar_are_no_relation(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2017-02-14")
           if e.target and e.root in ("04", "08", "03")]
    assert not got, got


def test_a_states_force_in_its_own_land_is_not_aimed_at_the_state(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Militias collapsed in the wake of a Syrian government offensive in northern Syria.", "2016-02-10")]
    assert ("SYRGOV", "19", "SYR") not in got and [g for g in got if g[0] == "SYRGOV" and g[1] == "19"], got
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey.", "2016-02-10")]
    assert ("TURGOV", "17", "TUR") in got, got  # coercion at home still reaches the country's people


def test_the_owner_of_a_suspension_from_a_body_suffered_it(code):
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "He noted Venezuela's suspension from the regional bloc Mercosur for failing to respect human rights.",
        "2016-12-20") if e.target]
    assert ("IGOSAMMRC", "16", "VEN") in got and ("VEN", "16", "IGOSAMMRC") not in got, got
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Colombia's suspension of intelligence sharing with the US angered Washington.", "2025-11-11") if e.target]
    assert ("COL", "16", "USA") in got, got  # with an "of" phrase the owner is the doer


def test_calling_something_a_name_is_no_telephone_call_and_a_day_is_no_particle(code):
    got = [(e.source.code, e.cameo) for e in code(
        "King Abdullah of Jordan condemned the attack on Syria, calling it another testament to the failure of "
        "diplomacy.", "2017-04-07")]
    assert not [g for g in got if g[1] == "041"], got
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "President Trump called Russian President Vladimir Putin on Tuesday.", "2017-04-07") if e.target]
    assert got == [("USAGOV", "041", "RUSGOV")], got


def test_a_withdrawal_is_done_by_the_of_phrase_and_aimed_at_the_place_left(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "The withdrawal of Russian troops from Syria began on Tuesday.", "2016-03-15") if e.target]
    assert ("RUSMIL", "0874", "SYR") in got, got
    got = [(e.source.code, e.cameo, e.target.code, e.mood) for e in code(
        "The presidents of Iraq and Egypt called on Tuesday for the withdrawal of Syrian forces from Lebanon.",
        "1989-06-01") if e.target and e.cameo == "0874"]
    assert got and all(g[3] == "plan" for g in got), got
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Obama met his generals. Critics attacked his decision to announce the withdrawal of U.S. troops from the "
        "country.", "2016-09-02") if e.target and e.cameo == "0874"]
    assert not [g for g in got if g[2].startswith("USA")], got


def test_a_refusal_to_act_negates_the_act(code):
    got = [(e.source.code, e.root, e.target.code, e.negated) for e in code(
        "Russia has always supported Serbia's refusal to recognize Kosovo as a sovereign state.", "2016-11-01")
        if e.target and e.source.code == "SRB"]
    assert got and all(g[3] for g in got), got


def test_speaking_somewhere_is_no_statement_to_the_place_but_including_names_whom(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Iran's nuclear chief Ali Akbar Salehi spoke in an open session of parliament in Tehran, Iran.",
        "2015-10-11") if e.target]
    assert not got, got
    got = [(e.source.code, e.target.code) for e in code(
        "Trump said he had spoken to four other world leaders on Saturday, including Russian President Vladimir "
        "Putin.", "2017-02-02") if e.target]
    assert ("USAGOV", "RUSGOV") in got, got


@pytest.mark.parametrize("text", ["Then-Secretary of State Hillary Clinton checks her Blackberry on a plane bound "
                                  "for Tripoli, Libya.",
                                  "Nobody knows what the new dynamic between Washington and Tehran will mean for "
                                  "Iran's proxies."])
def test_checking_binding_and_meaning_are_no_acts(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2017-02-02") if e.target and e.counts]
    assert not got, got


def test_he_after_a_person_the_dictionaries_do_not_know_is_not_the_last_leader(code):
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Putin met Erdogan on Monday. The talks were tense, said analyst Rami Khouri of the American University. "
        "He accused Turkey of playing a double game.", "2016-02-10") if e.target and e.root == "11"]
    assert not got, got
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Putin met Erdogan on Monday. He accused the United States of playing a double game.", "2016-02-10")
        if e.target and e.root == "11"]
    assert got and got[0][0] in ("RUSGOV", "TURGOV"), got  # a known leader is still "he"


@pytest.mark.parametrize("text,expected", [
    ("Russia said it will not lift its sanctions on Georgia.", ("RUS", "1244", "GEO")),
    ("Iran said on Monday it would never release the British sailors.", ("IRN", "1243", "GBR")),
    ("India announced that Prime Minister Modi will not attend the summit with Pakistan.", ("INDGOV", "125", "PAK")),
    ("China is not ready to sign the trade agreement with Japan.", ("CHN", "127", "JPN")),
    # an intent the dictionaries code directly (PETRARCH2's "accept refugees", 0333) is refused too
    ("Jordan said it would not accept any more Syrian refugees.", ("JOR", "1223", "SYRREF")),
    # meeting demands is yielding (08), so refusing to is refusing to yield, not to meet
    ("Israel will not meet Hamas's demands, officials said.", ("ISR", "124", "PSEREB")),
])
def test_announcing_a_cooperative_act_will_not_be_done_is_a_rejection(code, text, expected):
    got = [(e.source.code, e.cameo, e.target.code, e.mood, e.negated) for e in code(text, "2016-09-27")
           if e.target and e.counts]
    assert (*expected, "asserted", False) in got, got
    assert not [g for g in got if g[1][:2] in ("03", "04", "05", "06", "07", "08")], got


def test_a_refusal_with_a_condition_is_aimed_at_whom_the_condition_names(code):
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "Greek teachers said they will not end their strike unless their demands are met by Athens.", "2012-05-01")
        if e.target and e.counts]
    assert ("GRCEDU", "12", "GRC", "asserted") in got, got


def test_a_state_does_not_refuse_its_own_government(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        # a run-on sentence (a headline run into the text) joins the state to its own minister
        "The talks will go on but the United States will not rush to get a deal Kerry downplayed reports of a rift "
        "with France.",
        "2013-11-10") if e.target and e.counts]
    assert not [g for g in got if g[0] == "USA" and g[2].startswith("USA")], got


def test_negotiating_is_a_negotiation_not_a_concession(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code("Israel negotiated with Hamas in Cairo.",
                                                                   "2014-08-01") if e.target]
    assert ("ISR", "046", "PSEREB") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Mourners carried the coffins of two Turkish soldiers killed by Kurdish rebels.", ("KURREB", "19", "TURMIL")),
    ("Two Turkish soldiers were killed in an attack by Kurdish rebels.", ("KURREB", "19", "TURMIL")),
    ("The sanctions imposed by the United States on Russia hurt its economy.", ("USA", "16", "RUS")),
    ("Syrian rebels, backed by Turkey, entered the town.", ("TUR", "05", "SYRREB")),
])
def test_a_participle_tells_what_was_done_to_the_noun_it_follows(code, text, expected):
    got = _counted_dyads(code, text, "2016-02-10")
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Human rights groups describe the controls imposed by Pyongyang as inhumane.",  # no actor acted upon
    "Sen. Ted Cruz, joined by Carly Fiorina, waves during a rally in Indianapolis.",  # company, not an act
])
def test_a_participle_without_an_actor_acted_upon_codes_nothing(code, text):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-02-10")
           if e.counts and e.source.code in ("PRK", "PRKGOV", "MNCUSA", "USA", "USAGOV", "USALEG")
           or e.counts and e.cameo.startswith("06")]
    assert not got, got


def test_what_an_allegation_says_is_told_and_denied_with_it(code):
    got = [(e.source.code, e.target.code, e.mood) for e in code(
        "Erdogan denied Russian accusations that Turkey has purchased oil from Islamic State.", "2015-11-26")
        if e.target and e.source.code == "TUR"]
    assert got and all(g[2] == "denied" for g in got), got
    got = [(e.source.code, e.target.code, e.mood) for e in code(
        "Russia repeated its accusations that Turkey has purchased oil from Islamic State.", "2015-11-26")
        if e.target and e.source.code == "TUR"]
    assert got and all(g[2] == "reported" for g in got), got


def test_hanging_up_is_no_execution(code):
    got = [(e.source.code, e.cameo) for e in code("Trump hung up on Australia's prime minister.", "2017-02-02")]
    assert not [g for g in got if g[1].startswith(("18", "19", "20"))], got


def test_a_modal_before_an_adjective_makes_the_act_only_possible(code):
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "A newly assertive Kremlin may feel free to challenge NATO more vigorously.", "2017-01-17") if e.target]
    assert got and all(g[3] == "plan" for g in got), got


def test_a_person_s_name_in_a_building_s_is_no_actor(nlp):
    from ingest.mentions import find_mentions
    comp = nlp.get_pipe("diplograph_events")
    doc = nlp("The U.N. mediator arrives for a news conference outside President Wilson hotel in Geneva.")
    assert "Wilson" not in [m.text for m in find_mentions(doc, comp.actors, "2016-02-03")]
    doc = nlp("US-backed Iraqi Forces Take Control of Mosul Airport")  # a place before "Airport" stays
    assert "Mosul" in [m.text for m in find_mentions(doc, comp.actors, "2017-02-23")]


def test_inviting_aggression_is_no_invitation(code):
    got = [(e.source.code, e.cameo) for e in code("A weak Obama administration has invited Russian aggression.",
                                                  "2016-07-23") if e.counts]
    assert not [g for g in got if g[1].startswith("04")], got


@pytest.mark.parametrize("text", ["Egyptian riot police fired tear gas at the students.",
                                  "Russian attack helicopters landed at the base in Syria."])
def test_an_event_word_naming_the_kind_of_a_force_is_no_event(code, text):
    got = [(e.source.code, e.cameo) for e in code(text, "2016-06-27") if e.counts]
    assert not [g for g in got if g[1][:2] in ("14", "18", "19")], got


def test_a_backer_before_a_hyphen_is_not_the_actor_of_the_phrase(code):
    got = [(e.source.code, e.target.code) for e in code(
        "Kurdish rebels have been battling against a ferocious Russian-backed offensive by Syrian President "
        "Bashar al-Assad's forces.", "2016-02-14") if e.target and e.counts]
    assert got and not [g for g in got if g[1].startswith("RUS")], got
    assert [g for g in got if g[1].startswith("SYR")], got
    # a leader before a hyphen leads: the forces are his country's
    got = [e.source.code for e in code("Vietnamese-led forces retook a village in western Cambodia.", "1986-06-01")]
    assert "VNMMIL" in got, got


def test_a_critic_is_not_whom_he_criticises(code):
    got = _counted_dyads(code, "Critics of President Erdogan accused Turkey's government of fraud.", "2017-03-15")
    assert ("TUROPP", "11", "TURGOV") in got, got
    got = [e.source.code for e in code("A critic of Obama's policy in Syria accused Russia of lying.", "2015-10-20")
           if e.counts]
    assert "USAGOV" not in got, got


@pytest.mark.parametrize("text,date,wrong,right", [
    # a participle set off after its clause tells what was done to the noun before it, by its by phrase
    ("The United States should join the Minsk peace process, aimed at ending the conflict between Ukraine's "
     "government and separatist forces.", "2016-12-09", ("USA", "03"), None),
    ("Putin says the United States knew the flight path of a Russian jet, shot down by Turkey last Tuesday.",
     "2015-11-26", ("USA", "19"), ("TUR", "19", "RUSMIL")),
    # a finite clause whose subject the parser lost is nobody's act, not the governing subject's
    # (the parse of a demo article's sentence)
    ("And while much of the attention has focused on Iran's ballistic missile program, Trump administration "
     "officials have voiced significant concerns about Iran's use of proxy forces across the Middle East, and in "
     "Yemen in particular Iranian-backed Houthi rebels have been engaged in a bloody civil war in Yemen, and "
     "earlier this week attacked a Saudi warship, killing two crew members.", "2017-02-03", ("USAGOV", "19"), None),
])
def test_a_clause_without_a_subject_of_its_own_does_not_borrow_a_wrong_one(code, text, date, wrong, right):
    events = code(text, date)
    assert not [e for e in events if (e.source.code, e.root) == wrong], events  # not even as a plan
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in events if e.counts]
    if right:
        assert right in got, got


@pytest.mark.parametrize("text", [
    "In the U.S. Senate, Republican Senator John Cornyn of Texas introduced legislation on police.",
    # (the parse of a demo article's sentence, whose last resort found Pakistan)
    "The two U.S. lawmakers are pushing the bill now because of the recent Kashmir attack, though perhaps also "
    "coupled with the fact that the man accused of the New York City bombing was from Pakistan.",
])
def test_introducing_or_pushing_a_bill_is_no_meeting_or_demand(code, text):
    got = [(e.source.code, e.root) for e in code(text, "2016-09-21") if e.counts]
    assert not [g for g in got if g[1] in ("04", "10")], got


@pytest.mark.parametrize("text,date,expected,wrong", [
    # what coordinated actors discussed is no party to their talks
    ('A Kremlin statement said Putin and Trump "thoroughly discussed" international issues, including the '
     'Arab-Israeli conflict.', "2017-01-28", ("RUSGOV", "04", "USAGOV"), "ISR"),
    ("Israel and Lebanon renewed negotiations on an Israeli troop pullback from Lebanon.", "1993-01-01",
     ("LBN", "04", "ISR"), "ISRMIL"),
    # one they signed with or agreed to is
    ("Russia and China signed an agreement with Iran.", "2016-01-01", ("CHN", "05", "IRN"), "RUS"),
    ("Mauritania and Senegal have agreed to Gambia's mediation.", "1990-01-01", ("SEN", "05", "GMB"), "MRT"),
])
def test_a_mutual_act_of_coordinated_actors_is_between_them(code, text, date, expected, wrong):
    got = _counted_dyads(code, text, date)
    assert expected in got, got
    assert not [g for g in got if g[2] == wrong], got


@pytest.mark.parametrize("text,date,wrong", [
    ("The coalition, which the Russian president called for from the rostrum of the U.N. General Assembly, will "
     "come next, Slutsky said.", "2017-01-30", "IGOUNO"),
    ("Obama spoke to reporters on the sidelines of the G20 summit in China.", "2016-09-05", "IGOG20"),
    # a journey to a place of one's own state is no visit
    ("Obama will meet with King Felipe before traveling to a U.S. naval base in Rota, in southern Spain.",
     "2016-07-09", "USAMIL"),
])
def test_where_a_speaker_stands_or_goes_is_no_addressee(code, text, date, wrong):
    got = [(e.source.code, e.target.code) for e in code(text, date) if e.target]
    assert not [g for g in got if g[1] == wrong], got


@pytest.mark.parametrize("text,expected", [
    ("Sudanese rebels broke their agreement with the government.", ("SDNREB", "128", "SDNGOV")),
    ("Hamas broke the ceasefire with Israel.", ("PSEREB", "196", "ISR")),
    ("Sudanese rebels met the call of the African Union.", ("SDNREB", "080", "IGOAFRAU")),
])
def test_breaking_a_pledge_defies_it_and_meeting_a_call_yields(code, text, expected):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2016-02-10") if e.target]
    assert expected in got, got


@pytest.mark.parametrize("text,date,wrong", [
    # what a gerund clause under a preposition names belongs to that clause, not to the act
    ("Prosecutors in Podgorica have accused Russia and its agents of funding a coup plot that was to be carried "
     "out on Montenegro's election day.", "2017-06-15", ("MNEJUD", "MNE")),
    # fighting on somebody's side is fighting with him
    ("IS militants are fighting on the Azeri side in Nagorno-Karabakh.", "2016-04-05", ("IMGMUSISI", "AZE")),
])
def test_a_gerund_s_object_or_a_side_is_no_target(code, text, date, wrong):
    got = [(e.source.code, e.target.code) for e in code(text, date) if e.target]
    assert wrong not in got, got


def test_a_court_hearing_a_case_meets_nobody(code):
    got = [(e.source.code, e.root) for e in code(
        "Zimbabwe's Electoral Court has begun hearing Prime Minister Morgan Tsvangirai's challenge of the "
        "re-election of President Robert Mugabe.", "2013-08-20") if e.counts]
    assert not [g for g in got if g[1] == "04"], got


def test_coordinated_speakers_are_both_they_and_coordinating_is_mutual(code):
    got = [(e.source.code, e.target.code) for e in code(
        "Last week, Moscow and Ankara announced they would coordinate their airstrikes in Syria.", "2017-01-16")
        if e.target]
    assert ("RUSGOV", "TURGOV") in got and ("TURGOV", "RUSGOV") in got, got
    assert not [g for g in got if g[1] == "SYR"], got


@pytest.mark.parametrize("text", [
    "Kurdish People's Protection Units (YPG) fighters take position at a stronghold in Kobani, Syria.",
    "Iranian army troops march in a parade marking National Army Day just outside Tehran, Iran.",
    "Israeli emergency services remove the body of an alleged Palestinian attacker in Jerusalem.",
])
def test_what_a_photo_caption_shows_is_no_act_upon_anybody(code, text):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2016-02-10")
           if e.counts]
    assert not got, got


@pytest.mark.parametrize("text,date,wrong", [
    # a place named before an event noun says where it happened, not who did it
    ("Both men were linked to the Paris attacks and were helping to plan other assaults.", "2016-01-05", "FRAGOV"),
    ("An IS affiliate claimed responsibility for the Mombasa attack.", "2016-12-28", "KEN"),
    ("Lavrov called U.S. threats to break engagement over the Syria bombings unacceptable.", "2016-10-01", "SYR"),
])
def test_a_place_before_an_event_noun_is_not_its_doer(code, text, date, wrong):
    got = [e.source.code for e in code(text, date)]
    assert wrong not in got, got


def test_an_abbreviated_state_before_an_event_noun_is_its_doer(code):
    # (guards) "U.S. strikes" acted
    got = [(e.source.code, e.root) for e in code("U.S. strikes hit Raqqa on Monday.", "2016-10-01")]
    assert ("USA", "19") in got, got
    # a demonym's plural the tagger calls singular is a people, who rally
    got = [(e.source.code, e.root) for e in code("FILE - Pakistanis rally in support of Mumtaz Qadri.", "2016-08-10")]
    assert ("PAK", "14") in got, got


@pytest.mark.parametrize("text,expected", [
    ("Britain summoned Russia's ambassador to protest the poisoning of a former spy.", ("GBR", "114", "RUS")),
    ("Germany summoned the Turkish ambassador to express its concern over the arrests.", ("DEU", "012", "TUR")),
])
def test_summoning_an_envoy_to_protest_is_the_protest(code, text, expected):
    events = code(text, "2018-03-14")
    got = [(e.source.code, e.cameo, e.target.code) for e in events if e.target and e.counts]
    assert expected in got, got
    assert not [e for e in events if e.cameo.startswith("04")], got  # the summons is how it was said
    # (guard) a summons with no such purpose is still a meeting
    got = [(e.source.code, e.root) for e in code("India summoned Pakistan's envoy on Monday.", "2016-09-27")]
    assert ("IND", "04") in got, got


def test_mobilizing_groups_rallies_support(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Qatar mobilized lobby groups in Washington to support the Syrian opposition.", "2016-01-01") if e.target]
    assert not [g for g in got if g[1] == "150"], got


def test_a_government_rallying_at_home_is_no_protest_and_protesting_students_protest(code):
    got = [(e.source.code, e.root) for e in code(
        "Maduro had rallied his supporters to turn out for a counter march Wednesday.", "2017-04-20")]
    assert not [g for g in got if g[1] == "14"], got
    # (guard) a government's rally against another state is one
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Venezuela's government staged a rally against the United States in Caracas.", "2017-04-20") if e.target]
    assert ("VENGOV", "14", "USA") in got, got
    # the parser's gerund "at protesting students" is the students', not the police's
    got = [(e.source.code, e.root) for e in code(
        "Egyptian police fired teargas at protesting students at Cairo's al-Azhar university.", "2013-10-30")]
    assert ("EGYCOP", "14") not in got and ("EGYCOP", "18") in got, got


def test_a_leader_of_the_curated_tables_outranks_a_namesake(nlp):
    from ingest.mentions import find_mentions
    comp = nlp.get_pipe("diplograph_events")
    doc = nlp("Britain's envoy echoed the words of Secretary-General Ban, saying the Security Council had failed.")
    found = [(m.text, m.code) for m in find_mentions(doc, comp.actors, "2016-12-14")]
    assert ("General Ban", "IGOUNO") in found, found  # Ban Ki-moon: a Korean name puts the family name first


def test_a_time_phrase_holds_no_word_of_a_pattern_and_a_matter_of_talks_is_none_held(code):
    # "mounted a sweep after an attack" is no attack mounted (the "after" phrase only dates it)
    got = [(e.source.code, e.root) for e in code(
        "Myanmar security forces mounted a major sweep through the region after an attack in October on guards at "
        "a checkpoint.", "2017-02-22") if e.counts]
    assert not [g for g in got if g[1] == "19"], got
    # what is "a matter of negotiation between" two sides is not a negotiation held
    got = [(e.source.code, e.root, e.mood) for e in code(
        "It says the status of Jerusalem is a matter of final negotiation between Israelis and Palestinians.",
        "2016-07-23") if e.counts]
    assert not got, got


@pytest.mark.parametrize("text,date,wrong", [
    # a target in a purpose clause whose verb acts upon it the other way is the clause's, not the act's
    ("The Turkish Army launched Operation Euphrates Shield last August, ostensibly to support the Free Syrian Army.",
     "2017-01-16", ("TURMIL", "19", "SYRREB")),
    ('Sessions has stated that the United States and Europe "have to unify" to push back against Russian overreach.',
     "2017-01-10", ("USA", "06", "RUS")),
])
def test_a_purpose_that_acts_the_other_way_keeps_its_own_target(code, text, date, wrong):
    got = [(e.source.code, e.root, e.target.code) for e in code(text, date) if e.target]
    assert wrong not in got, got


def test_a_refused_act_still_gives_the_refusal_its_target(code):
    # (guard) "refused to lift the curfew": the clause is what is refused, not what the refusal serves
    got = [(e.source.code, e.root, e.target.code) for e in code(
        "Despite warnings of starvation, the Israeli government is refusing to lift a curfew on Palestinians in "
        "Hebron.", "2002-07-01") if e.target]
    assert [g for g in got if g[0] == "ISRGOV" and g[1] == "12"], got


def test_a_that_clause_after_a_demand_or_hope_object_is_not_done(code):
    # the parser hangs the clause on the verb ("voiced the hope … that"), not on the noun it belongs to
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "Germany voiced the hope on Friday that Russia would withdraw its troops from Ukraine.", "2019-05-05")
        if e.target]
    assert got and not [g for g in got if g[0] == "RUS" and g[3] != "plan"], got


def test_a_demand_that_a_protest_presses_is_the_protest(code):
    got = _counted_dyads(
        code, "Farmers in Poland blocked highways on Monday to press their demands on the Polish government.",
        "2019-05-05")
    assert got == [("POLAGR", "14", "POLGOV")], got
    # (guard) a demand told beside the protest, not as its purpose, is an event of its own
    got = [(e.source.code, e.root, e.target.code[:3]) for e in code(
        "Iranian students protested outside the British embassy on Monday and demanded that Britain apologize.",
        "2019-05-05") if e.target and e.counts]
    assert ("IRNEDU", "10", "GBR") in got, got


@pytest.mark.parametrize("text", [
    "Hezbollah still controls large parts of Syria near the border.",
    "The Russians need to think carefully about their support for the Assad regime.",
])
def test_holding_ground_or_an_opinion_is_no_cooperation_or_meeting(code, text):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(text, "2019-05-05") if e.target and e.counts]
    assert not [g for g in got if g[1] in ("060", "040")], got


def _counted_dyads(code, text: str, date: str) -> list[tuple[str, str, str]]:
    """(source, CAMEO root, target) of the counted, targeted events of ``text``."""
    return [(e.source.code, e.root, e.target.code) for e in code(text, date) if e.target and e.counts]


def _counted_codes(code, text: str, date: str) -> list[tuple[str, str, str | None]]:
    """(source, CAMEO code, target or None) of the counted events of ``text``, in order."""
    return [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, date) if e.counts]


@pytest.mark.parametrize("text,date,wrong_root,guard,guard_date,expected", [
    # an event noun that a standing adjective dates before the article is no new act; one told as new still is
    ("Duterte has doubts about the existing defense agreement between Manila and Washington.", "2017-05-05", "05",
     "Manila and Washington signed a new defense agreement on Friday.", "2017-05-05", ("", "05", "")),
    # a warning of a state of things is a pessimistic comment; a warning against an act stays a coercive one
    ("Iraqi Kurdish commanders warn that Mosul will be a much tougher fight.", "2016-06-26", "13",
     "Kerry warned the Turkish government against going too far.", "2016-07-19", ("USAGOV", "13", "TURGOV")),
    # (also when the parser hangs the clause on the noun of the warning's phrase)
    ("The Iranian newspaper warned the Iraqi people in an editorial that the sanctions will cause severe economic pain.",
     "2016-04-01", "13",
     "Kerry warned the Turkish government against going too far.", "2016-07-19", ("USAGOV", "13", "TURGOV")),
])
def test_what_is_not_the_act_it_names_and_what_still_is(code, text, date, wrong_root, guard, guard_date, expected):
    got = _counted_dyads(code, text, date)
    assert not [g for g in got if g[1] == wrong_root], got
    got = _counted_dyads(code, guard, guard_date)  # (guard: "" in ``expected`` matches any actor)
    assert [g for g in got if all(want in ("", have) for want, have in zip(expected, g))], got


def test_turning_down_a_request_rejects_the_one_who_made_it(code):
    got = _counted_dyads(code, "Russia turned down Ukraine's request to extradite the former president.", "2015-01-20")
    assert ("RUS", "12", "UKR") in got and not [g for g in got if g[0] == "UKR"], got


def test_he_in_a_time_clause_is_the_subject_of_the_clause_it_depends_on(code):
    got = _counted_dyads(
        code, "Trump spoke with Putin on Monday. Iraqi Prime Minister Haider al-Abadi waved a flag as he criticized "
        "Iran.", "2017-07-10")
    assert ("IRQGOV", "11", "IRN") in got and not [g for g in got if g[0] == "RUSGOV" and g[1] == "11"], got


def test_sending_fighters_is_no_delivery_of_fighter_jets(code):
    # PETRARCH2's FIGHTER_JET gave the aircraft synonyms the bare word "fighter"
    got = _counted_dyads(
        code, "Al-Qaida's affiliate is expanding again, sending fighters back into Aleppo.", "2016-03-01")
    assert not [g for g in got if g[1] == "07"], got
    # (guard) sending fighter jets still sends aircraft
    got = _counted_dyads(code, "Russia sent fighter jets to Syria on Monday.", "2016-03-01")
    assert got, got


def test_an_appeal_s_purpose_names_whom_it_serves_not_whom_it_asks(code):
    got = _counted_dyads(
        code, "Merkel requested 2 billion euros in next year's budget to help rebuild Ukraine's army.", "2016-09-02")
    assert not [g for g in got if g[1] == "02" and g[2].startswith("UKR")], got
    # (guard) the one asked is still the target
    got = _counted_dyads(code, "Kyiv asked Washington for weapons to help defend Ukraine against Russia.", "2016-09-02")
    assert ("UKRGOV", "02", "USAGOV") in got, got




@pytest.mark.parametrize("text,wrong", [
    ("The Taliban dominates the rural south of Afghanistan.", "19"),
    ("Washington says the Russian Government directed the theft of e-mails from U.S. persons.", "06"),
    ("Amnesty International provided details on Friday about killings by Syrian government forces.", "06"),
    ("Turkish security forces are claiming a breakthrough in their battle against Islamic State.", "11"),
])
def test_defaults_that_fit_no_news_use(code, text, wrong):
    got = _counted_dyads(code, text, "2016-10-25")
    assert not [g for g in got if g[1] == wrong], got


def test_an_event_noun_dated_years_before_the_article_is_history(code):
    got = _counted_dyads(code, "Analysts point to the 1979 Soviet invasion of Afghanistan.", "2014-09-10")
    assert not got, got
    assert not _counted_dyads(code, "U.S. President Richard Nixon's visit to China in 1972 changed the world.",
                              "2016-12-14")
    # (the time phrase of the verb whose during phrase holds the noun)
    assert not _counted_dyads(code, "Russia balked at canceling loans made during the Vietnamese occupation of "
                                    "Cambodia in the 1980s.", "2017-02-14")
    # (guard) this year's act still is one
    got = _counted_dyads(code, "The EU condemned Russia's 2014 invasion of Crimea.", "2014-09-10")
    assert ("IGOEU", "11", "RUS") in got, got


def test_an_act_expected_of_another_is_not_their_intent(code):
    assert not _counted_dyads(code, "He expected Pakistan to help bring the Afghan Taliban to the negotiating table.",
                              "2016-05-12")
    # (guard) one's own expectation to act is an intent
    got = _counted_dyads(code, "Pakistan expects to help bring the Afghan Taliban to the negotiating table.",
                         "2016-05-12")
    assert [g for g in got if g[0] == "PAK" and g[1] == "03"], got


def test_a_needed_act_is_not_done(code):
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "The U.S. requires partnerships with Syrian armed opposition groups to destroy ISIS, an analyst warns.",
        "2016-02-17") if e.target]
    assert got and all(g[3] == "plan" for g in got if g[0] == "USA"), got


def test_a_possible_act_is_not_done_and_a_bond_one_has_is_no_act(code):
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "Mansour met Putin to discuss possible Russian support for the Taliban.", "2016-04-18") if e.target]
    assert not [g for g in got if g[0] == "RUS" and g[3] != "plan"], got
    assert not _counted_dyads(code, "The U.S. has an agreement with Russia to avoid collisions over Syria.",
                              "2015-11-26")


def test_a_demonym_that_qualifies_a_named_group_does_not_own_its_delegation(nlp):
    from ingest.mentions import find_mentions
    comp = nlp.get_pipe("diplograph_events")
    doc = nlp("A delegation of the Afghan Taliban visited Islamabad last month.")
    found = [m.code for m in find_mentions(doc, comp.actors, "2016-05-12")]
    assert "AFGREB" in found and "AFGGOV" not in found, found


@pytest.mark.parametrize("text,expected", [
    ("China began joint military drills with Russia on Monday.", {("CHN", "062", "RUS")}),
    ("The United States and South Korea started their annual military exercises.",
     {("USA", "062", "KOR"), ("KOR", "062", "USA")}),
])
def test_an_exercise_held_with_another_state_is_military_cooperation(code, text, expected):
    got = {(e.source.code, e.cameo, e.target.code) for e in code(text, "2016-09-12") if e.target and e.counts}
    assert expected <= got, got


def test_an_exercise_held_alone_is_a_show_of_force(code):
    got = [(e.source.code, e.root) for e in code("Iran staged naval war games in the Gulf on Friday.", "2016-09-12")
           if e.counts]
    assert ("IRN", "15") in got, got


@pytest.mark.parametrize("text,date,expected", [
    # the parser hangs "to secede" on the threat as a purpose clause; it is what is threatened
    ("The Kurdish parliament threatened on Monday to secede from Iraq unless Baghdad paid the salaries.",
     "2014-03-02", ("KURLEG", "1313", "IRQ")),
    # PETRARCH2's release * news took the agency's name for what was released
    ("Russian police released the correspondent of the American news agency on Tuesday.", "2014-03-02",
     ("RUSCOP", "0841", "USAMED")),
    # taking a state off a blacklist eases sanctions; PETRARCH2's default for remove is an expulsion
    ("Washington removed Cuba from the list of state sponsors of terrorism.", "2015-05-29", ("USAGOV", "081", "CUB")),
])
def test_threats_releases_and_delistings(code, text, date, expected):
    got = [(e.source.code, e.cameo if len(expected[1]) > 2 else e.root, e.target.code) for e in code(text, date)
           if e.target and e.counts]
    assert expected in got, got


def test_whoever_is_responsible_for_an_act_did_it_in_the_mood_of_the_clause(code):
    got = [(e.source.code, e.root) for e in code(
        "A U.N. inquiry says the Syrian army is responsible for the shelling of the hospital.", "2016-10-01")
        if e.counts]
    assert [g for g in got if g[0] == "SYRMIL" and g[1] in ("18", "19", "20")], got
    got = [(e.source.code, e.root, e.mood) for e in code(
        "Russia denied it was responsible for the attack on the aid convoy.", "2016-10-01")]
    assert got and all(g[2] == "denied" for g in got if g[0] == "RUS"), got


def test_a_doer_the_parser_hangs_on_the_one_attacked_is_the_attack_s(code):
    got = [(e.source.code, e.root) for e in code(
        "Five soldiers died in an attack on an army convoy by Taliban militants.", "2016-10-01") if e.counts]
    assert ("AFGREB", "19") in got, got
    # (guard) a protest against an act by somebody is not that somebody's protest
    got = [(e.source.code, e.root) for e in code(
        "Students held demonstrations against the killings by the police.", "2016-10-01") if e.counts]
    assert not [g for g in got if g[1] == "14" and g[0].endswith("COP")], got


def test_a_pattern_ending_in_a_preposition_names_its_target_there(code):
    # PETRARCH2's "support * &FIGHT against" rallies opposition against whom the fight is against
    got = _counted_dyads(code, "Mattis said the United States would support Iraq in its fight against the Islamic "
                               "State.", "2017-02-23")
    assert [g for g in got if g[0] == "USA" and g[2] == "IMGMUSISI"], got
    assert not [g for g in got if g[0] == "USA" and g[1] in ("11", "13") and g[2] == "IRQ"], got


def test_an_order_to_one_s_own_country_is_no_demand_on_it(code):
    got = _counted_dyads(code, "Erdogan ordered F-16 fighters to patrol Turkey's skies overnight.", "2016-07-19")
    assert not [g for g in got if g[1] == "10" and g[2] == "TUR"], got
    # nor is the patrol so ordered a show of force aimed at Turkey
    assert not [g for g in got if g[1] == "15" and g[2] == "TUR"], got
    # (guard) a demand of rebels upon their own state stays
    got = _counted_dyads(code, "Rwandan rebels announced that Rwanda must agree to constitutional changes.",
                         "2016-07-19")
    assert [g for g in got if g[0] == "RWAREB" and g[1] == "10"], got


@pytest.mark.parametrize("text,date", [
    ("Russia invaded Georgia in 2008.", "2016-05-01"),
    ("The United Nations had imposed an arms embargo on Libya in 2011.", "2016-05-17"),
    ("Soviet forces killed thousands of Polish officers during World War Two.", "1990-04-01"),
    ("Iraq invaded Kuwait in the 1990s, the minister recalled.", "2016-05-01"),
    # the time phrase on the verb the coded one governs
    ("Washington stopped transferring Yemenis to authorities in Yemen in 2010.", "2014-01-22"),
    # a full date with its year, long before the article
    ("Russia invaded Georgia in August 2008.", "2016-05-01"),
    ("On 3 March 2011, France attacked Libya.", "2016-05-01"),
])
def test_an_act_dated_before_the_article_by_its_clause_is_history(code, text, date):
    assert not _counted_dyads(code, text, date)


def test_an_act_of_the_article_s_own_year_is_still_told(code):
    got = _counted_dyads(code, "Russia invaded Crimea in 2014.", "2014-03-20")  # (guard)
    assert [g for g in got if g[0] == "RUS" and g[1] in ("19", "20")], got
    # (guard) nor is last week's act history because the year turned
    got = _counted_dyads(code, "On December 28, 2016, Russia expelled American diplomats.", "2017-01-05")
    assert [g for g in got if g[0] == "RUS" and g[2].startswith("USA")], got


def test_a_state_that_no_longer_existed_acts_only_in_history(code):
    assert not _counted_dyads(code, "Soviet troops return home from Afghanistan, in a photo from the archive.",
                              "2016-04-18")
    got = _counted_dyads(code, "Soviet troops withdrew from Afghanistan on Wednesday.", "1989-02-15")  # (guard)
    assert [g for g in got if g[0].startswith("SUN")], got


@pytest.mark.parametrize("text", [
    "Obama promised to bring home American combat troops from Iraq.",
    "Obama asked Secretary of Defense Robert Gates to assess U.S. military needs.",
    # PETRARCH2's order * &FORCE (150) is no show of force aimed at the state's own forces
    "Obama ordered U.S. security forces on Tuesday to suspend intelligence sharing with Russia.",
    "The fight went on Tuesday when a U.S. Appeals Court ruled a Virginia school's banning of a transgender "
    "student from the boy's bathroom is discriminatory.",
])
def test_a_government_commanding_its_own_forces_or_a_court_ruling_is_no_relation(code, text):
    got = _counted_dyads(code, text, "2014-08-07")
    assert not [g for g in got if g[0][:3] == g[2][:3] == "USA"], got


@pytest.mark.parametrize("text,expected", [
    # PETRARCH2's "crack down" is repression (170); its "crack * &LEADER" (185) read "with Prime Minister"
    ("Pakistan is cracking down on blasphemous content, with Prime Minister Sharif urging swift punishment.",
     ("PAK", "170", None)),
    ("The Turkish government cracked down on the Kurdish opposition.", ("TURGOV", "170", "KUROPP")),
    ("Russia backed down from its demands on Ukraine.", ("RUS", "080", "UKR")),
])
def test_a_phrasal_particle_codes_the_verb_and_an_absolute_clause_is_no_target(code, text, expected):
    got = [(e.source.code, e.cameo, e.target.code if e.target else None) for e in code(text, "2017-03-16")
           if e.counts]
    assert got == [expected], got


def test_it_does_not_stand_for_a_person(code):
    got = _counted_dyads(code, "Saudi foreign minister Adel al-Jubeir criticized Russia's intervention, saying it would "
                               "not help Assad remain in power.", "2016-02-14")
    assert not [g for g in got if g[0] == "SAUGOV" and g[2] == "SYRGOV"], got
    # (guard) "it" stands for the state or government that is the governing subject
    got = [(e.source.code, e.root, e.target.code, e.mood) for e in code(
        "The Colombian government denied that it had attacked Venezuela.", "2016-02-14") if e.target]
    assert ("COLGOV", "19", "VEN", "denied") in got, got


@pytest.mark.parametrize("text", [
    "Iraqi forces have retaken the airport in Mosul that had been controlled by the Islamic State group since 2014.",
    "Iraqi forces retook the town, which had been held by Islamic State militants.",
])
def test_ground_is_taken_from_whoever_held_it(code, text):
    got = _counted_dyads(code, text, "2017-02-23")
    assert ("IRQMIL", "19", "IMGMUSISI") in got, got


def test_an_act_during_a_clash_is_aimed_at_the_other_side(code):
    got = _counted_dyads(code, "Israeli settler boys throw stones during clashes with Palestinians outside the "
                               "settlement.", "2016-03-04")
    assert ("ISRCVL", "14", "PSE") in got, got
    # and an act during a protest against someone
    got = _counted_dyads(code, "Kurdish students threw stones during a demonstration against the Turkish police.",
                         "2016-03-04")
    assert [g for g in got if g[0] == "KUREDU" and g[2] == "TURCOP"], got
    # (guard) a fight that is somebody else's names that somebody's enemy, not the supporter's target
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in code(
        "Mansour met Putin to discuss possible Russian support in the Taliban's fight against IS.", "2016-04-18")]
    assert not [g for g in got if g[0] == "RUS" and g[1] == "05" and g[2] == "IMGMUSISI"], got


def test_one_quoted_as_saying_is_the_speaker(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None, e.mood) for e in code(
        "Putin was quoted by Interfax as saying he would retaliate against Turkey.", "2016-01-01")]
    assert [g for g in got if g[0] == "RUSGOV" and g[1] == "13" and g[2] == "TUR"], got


def test_the_conjuncts_of_the_noun_an_actor_qualifies_are_targets_too(code):
    got = _counted_dyads(code, "Egypt offered to host talks between an Israeli peace group and the Palestinian "
                               "Authority.", "2016-01-01")
    assert {g[2][:3] for g in got if g[0] == "EGY" and g[1] == "03"} == {"ISR", "PSE"}, got


def test_the_reason_after_for_is_not_the_target(code):
    got = _counted_dyads(code, "Russian Ambassador Vitaly Churkin blamed the West for ratcheting up tensions in Ukraine "
                               "and backing protests that ousted President Viktor Yanukovych.", "2014-03-02")
    assert not [g for g in got if g[2].startswith("UKR")], got
    # (guard) the one blamed still is
    got = _counted_dyads(code, "Russia blamed Ukraine for shelling the city.", "2014-03-02")
    assert ("RUS", "11", "UKR") in got, got


def test_acts_told_after_a_scenario_s_colon_are_not_done(code):
    assert not _counted_dyads(code, "An expert put forward what he sees as a best-case scenario: the United States "
                                    "will boost financial assistance to Kyiv and provide it with weapons.", "2016-12-09")
    # (guard) a colon without conjecture before it leaves the act told
    got = _counted_dyads(code, "The ministry said on Monday: the United States will boost financial assistance to "
                               "Kyiv.", "2016-12-09")
    assert [g for g in got if g[0] == "USA" and g[2].startswith("UKR")], got


def test_the_group_as_a_subject_is_the_last_group_named(code):
    got = _counted_dyads(code, "The Kurdish YPG militia is backed by the United States. In December the group seized "
                               "the Tishrin dam from Islamic State.", "2016-02-17")
    assert ("KURREB", "17", "IMGMUSISI") in got, got
    # (guard) a state is no group
    got = _counted_dyads(code, "Turkey criticized Russia. The group later attacked Iraqi forces.", "2016-02-17")
    assert not [g for g in got if g[2].startswith("IRQ")], got


@pytest.mark.parametrize("text", [
    "Russia continued to assert increasing control over Ukraine's Crimean peninsula.",
    "Russia tightened its grip on Crimea.",
])
def test_asserting_control_over_ground_is_holding_it_not_a_statement(code, text):
    got = _counted_dyads(code, text, "2014-03-02")
    assert ("RUS", "19", "UKR") in got and not [g for g in got if g[1] == "01"], got


def test_a_quoted_participle_is_not_the_act_of_the_one_who_says_it(code):
    got = _counted_dyads(code, '"Detaining peaceful protesters, human rights observers, and journalists is an affront '
                               'to core democratic values," acting U.S. State Department spokesman Mark Toner said '
                               'in a statement.', "2017-03-27")
    assert not [g for g in got if g[1] == "17"], got
    # (guard) a participle after the quotation is the speaker's own act
    got = _counted_dyads(code, "“We will not allow it,” Russia said, accusing Ukraine of shelling the city.",
                         "2017-03-27")
    assert ("RUS", "11", "UKR") in got, got


@pytest.mark.parametrize("text,expected", [
    ("President Donald Trump responded by imposing tariffs on Colombian goods and ordered visa restrictions on "
     "Colombian officials.", ("USAGOV", "16", "COLGOV")),
    ("China ordered travel restrictions on South Korea.", ("CHN", "16", "KOR")),
])
def test_an_act_ordered_is_the_act_not_a_demand(code, text, expected):
    got = _counted_dyads(code, text, "2025-06-01")
    assert expected in got and not [g for g in got if g[1] == "10"], got
    # (guard) an order to someone to act stays a demand upon them
    got = _counted_dyads(code, "Russia ordered Ukraine to withdraw its troops from the border.", "2025-06-01")
    assert ("RUS", "10", "UKR") in got, got


def test_a_landmark_of_history_named_in_passing_is_no_act_of_the_article(code):
    """"the U.S. invasion of Iraq" in a 2014 article is the invasion of 2003 (``data/landmarks.tsv``)."""
    got = _counted_dyads(code, "He campaigned hard against the U.S. invasion of Iraq.", "2014-08-07")
    assert not [g for g in got if g[0] == "USA" and g[2] == "IRQ"], got
    text = "Russia's invasion of Ukraine pushed Finland into NATO."
    assert not [g for g in _counted_dyads(code, text, "2024-05-01") if g[:3] == ("RUS", "19", "UKR")]
    # (guard) told within days of it, the invasion is news
    got = _counted_dyads(code, text, "2022-03-01")
    assert ("RUS", "19", "UKR") in got, got
    # (guard) an indefinite one is a new act
    assert ("ISR", "19", "LBN") in _counted_dyads(code, "Israel mounted an invasion of Lebanon.", "2006-07-20")


def test_an_accord_that_talks_failed_to_yield_did_not_come_about(code):
    got = _counted_dyads(code, "Talks in Geneva failed to yield an accord between Iran and the United States.",
                         "2013-11-10")
    assert not [g for g in got if g[1] == "05"], got
    # (guard) an accord that talks yielded did
    got = _counted_dyads(code, "Talks in Geneva yielded an accord between Iran and the United States.", "2013-11-10")
    assert ("IRN", "05", "USA") in got, got


def test_a_pattern_word_in_a_participle_that_describes_the_object_is_no_part_of_the_act(code):
    events = code("Iraqi planes continued to drop leaflets warning civilians in Mosul of the offensive.", "2016-10-18")
    assert not [e for e in events if e.root == "19"], [(e.source.code, e.cameo) for e in events]
    # (guard) the pattern's word as the verb's own object still codes
    got = _counted_dyads(code, "Iraqi forces continued the offensive against Islamic State.", "2016-10-18")
    assert ("IRQMIL", "19", "IMGMUSISI") in got, got


def test_the_act_asked_of_the_one_urged_is_not_aimed_at_by_the_one_who_urges(code):
    got = _counted_dyads(code, "Iraqi planes dropped leaflets over Mosul, urging them to stay indoors and to avoid "
                               "any IS positions.", "2016-10-18")
    assert not [g for g in got if g[2] == "IMGMUSISI"], got
    # (guard) the one urged is the target
    got = _counted_dyads(code, "Russia urged Ukraine to withdraw its troops from the border.", "2016-10-18")
    assert ("RUS", "02", "UKR") in got, got


@pytest.mark.parametrize("text,expected", [
    ("A group of prominent Liberians have written to President George Bush urging him to send U.S. peacekeeping "
     "troops to their capital Monrovia.", ("LBR", "02", "USA")),
    ("Obama called Putin and urged him to withdraw Russian troops from Crimea.", ("USA", "02", "RUS")),
    ("Putin said Obama had urged him to withdraw Russian troops from Crimea.", ("USA", "02", "RUS")),
])
def test_an_object_pronoun_names_a_person_of_its_sentence_other_than_its_subject(code, text, expected):
    events = [e for e in code(text, "2014-03-02" if "Putin" in text else "1990-08-20") if e.target and e.counts]
    got = [(e.source.country, e.root, e.target.country, e.rule.split("target=")[-1]) for e in events]
    assert (*expected, "coref") in got, got


def test_a_bare_surname_is_the_person_the_article_named_in_full(code):
    got = _counted_dyads(code, "Pakistani Prime Minister Nawaz Sharif met Kerry in New York. Kerry asked Sharif to "
                               "take steps to curb militant groups.", "2016-09-21")
    assert ("USAGOV", "02", "PAKGOV") in got, got
    # (guard) a surname before the full name, or of nobody named, is nobody
    got = _counted_dyads(code, "Kerry asked Sharif to take steps to curb militant groups.", "2016-09-21")
    assert not [g for g in got if g[2].startswith("PAK")], got


def test_a_win_at_the_polls_is_no_fight(code):
    text = ("Zimbabwe's President Robert Mugabe took the oath. The election commission declared that Mugabe "
            "defeated Tsvangirai, 61 to 34 percent in the July 31 polls.")
    assert not [e for e in code(text, "2013-08-14") if e.root == "19"]
    # (guard) a defeat in battle is
    got = _counted_dyads(code, "Syrian troops defeated the rebels in Aleppo.", "2013-08-14")
    assert ("SYRMIL", "19", "SYRREB") in got, got


def test_she_in_a_time_clause_is_the_woman_of_the_clause_it_hangs_on(code):
    events = code("Syrian President Bashar al-Assad spoke on Tuesday. A Lebanese woman holds a paper with \"Aleppo\" "
                  "written in Arabic as she chants slogans during a sit-in in Beirut.", "2016-12-14")
    assert not [e for e in events if e.source.code == "SYRGOV" and e.root == "14"], \
        [(e.source.code, e.cameo) for e in events]
    assert [e for e in events if e.source.code == "LBNCVL" and e.root == "14"], \
        [(e.source.code, e.cameo) for e in events]


def test_a_clause_with_its_own_subject_keeps_its_polarity_under_a_negated_verb(code):
    text = ("The U.S. had hoped to reopen an embassy in Havana before the summit, but that has not yet materialized "
            "Obama recently slapped sanctions on seven leading Venezuelans.")
    assert ("USAGOV", "16", "VEN") in _counted_dyads(code, text, "2015-04-10")
    # (guard) an act sharing the negated verb's subject is not done
    got = _counted_dyads(code, "Russia did not attack Ukraine, hoping to avoid sanctions.", "2015-04-10")
    assert not [g for g in got if g[:3] == ("RUS", "19", "UKR")], got


@pytest.mark.parametrize("text,expected", [
    ("A number of Afghanistan's neighboring countries, including Russia, have reached out to Taliban splinter "
     "groups.", ("RUS", "02", "AFGREB")),
    ("Greece bluntly demanded that its European Community partners refuse to recognize Macedonia.",
     ("GRC", "10", "IGOEU")),
])
def test_the_owner_of_allies_or_neighbours_is_not_them(code, text, expected):
    got = _counted_dyads(code, text, "2016-04-18")
    assert expected in got and not [g for g in got if g[0] == "AFG"], got
    assert not _counted_dyads(code, "Russia's allies condemned the strike on Syria.", "2016-04-18")


def test_a_protest_against_an_act_is_aimed_at_its_doer_not_its_victims(code):
    got = _counted_dyads(code, "Students rallied in Dhaka against the killing of Bangladeshi workers in Malaysia.",
                         "2016-09-21")
    assert not [g for g in got if g[2] == "BGDLAB"], got
    got = _counted_dyads(code, "Students rallied in Dhaka against the Malaysian government's killing of Bangladeshi "
                               "workers.", "2016-09-21")
    assert ("BGDEDU", "14", "MYSGOV") in got, got


def test_ground_struck_is_aimed_at_whoever_held_it(code):
    got = _counted_dyads(code, "Turkish troops shelled positions near the border controlled by fighters from the "
                               "Kurdish People's Protection Units.", "2016-02-14")
    assert [g for g in got if g[0] == "TURMIL" and g[2].startswith("KUR")], got


def test_a_country_s_sportsmen_are_not_its_state(code):
    got = _counted_dyads(code, "The Colombian football squad Atletico Nacional offered support to the Brazilian "
                               "players.", "2016-11-29")
    assert not [g for g in got if g[0] == "COL"], got
    # (guard) a team of an organisation acts for it
    got = _counted_dyads(code, "An IMF team held talks with Ukraine's government in Kyiv.", "2015-01-20")
    assert [g for g in got if g[0] == "IGOBUSIMF" and g[2].startswith("UKR")], got


def test_the_place_an_object_leads_into_is_the_last_resort_target(code):
    got = _counted_dyads(code, "Afghan guerrillas blew up three main electric power lines leading into Kabul.",
                         "1989-01-01")
    assert [g for g in got if g[0] == "AFGREB" and g[2].startswith("AFG")], got


def test_one_victim_of_a_killing_takes_the_country_where_it_happened(code):
    got = _counted_dyads(code, "A prominent journalist has been killed in a car bomb explosion in eastern Beirut.",
                         "2005-06-02")
    assert [g for g in got if g[2] == "LBNMED"], got
    # (guard) one person in no named place is nobody's
    got = _counted_dyads(code, "A car bomb killed a journalist on Monday.", "2005-06-02")
    assert not [g for g in got if g[2].endswith("MED")], got


def test_ground_a_group_holds_names_the_group(code):
    got = _counted_dyads(code, "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border.",
                         "1995-01-30")
    assert ("MMRMIL", "17", "MMRREB") in got, got
    # (guard) a group word on a thing that is no ground names nobody acted upon
    got = _counted_dyads(code, "The Afghan government issued refugee cards to militants.", "2016-05-12")
    assert not [g for g in got if g[2] == "AFGREF"], got


def test_a_document_s_words_take_the_mood_of_the_verb_that_carries_it(code):
    got = _counted_dyads(code, "India did not sign the joint statement criticising Israel.", "2025-03-10")
    assert not [g for g in got if g[1] == "11"], got
    got = _counted_dyads(code, "India refused to sign a declaration condemning Russia.", "2025-03-10")
    assert ("IND", "11", "RUS") not in got, got
    # a document somebody else wrote speaks not for the one who answers it
    got = _counted_dyads(code, "The United States vetoed a resolution condemning Israel.", "2025-03-10")
    assert ("USA", "11", "ISR") not in got, got
    # (guard) a document signed or issued speaks for its author
    got = _counted_dyads(code, "Forty countries including France signed a letter condemning Iran.", "2025-03-10")
    assert ("FRA", "11", "IRN") in got, got


def test_a_mutual_act_is_between_its_coordinated_doers_but_brokering_is_not(code):
    # a bond noun the coordinated subjects make is between them; the city is only where
    got = _counted_dyads(code, "Azerbaijan and Armenia initialled a peace treaty in Washington.", "2025-08-08")
    assert ("AZE", "05", "ARM") in got and ("ARM", "05", "AZE") in got, got
    assert not [g for g in got if g[2].startswith("USA")], got
    got = _counted_dyads(code, "Russia and Ukraine exchanged prisoners in Istanbul.", "2025-05-16")
    assert ("RUS", "08", "UKR") in got and not [g for g in got if g[2].startswith("TUR")], got
    # brokering is done for others, not between the brokers nor upon the city it happens in
    got = _counted_dyads(code, "Egypt and Qatar brokered a truce in Cairo.", "2025-01-15")
    assert not [g for g in got if g[1] == "04"], got
    got = _counted_dyads(code, "Egypt brokered a truce between Israel and Hamas in Cairo.", "2025-01-15")
    assert ("EGY", "04", "ISR") in got and ("EGY", "04", "PSEREB") in got, got


def test_stopping_trade_and_vetoing_a_text_are_coded(code):
    got = _counted_dyads(code, "China halted imports of Japanese seafood.", "2023-08-24")
    assert ("CHN", "16", "JPN") in got, got
    got = _counted_dyads(code, "Hungary vetoed an EU statement condemning Russia.", "2025-03-10")
    assert ("HUN", "12", "IGOEU") in got and ("HUN", "11", "RUS") not in got, got
    # ending one's part in a body reduces relations with it, a body founded after PETRARCH2's dictionaries too
    got = _counted_dyads(code, "Armenia suspended its participation in the CSTO.", "2024-02-23")
    assert ("ARM", "16", "IGOCSTO") in got, got
    # (guard) aid deliveries stopped are still aid stopped
    got = _counted_dyads(code, "Red Cross officials suspended aid deliveries to Iraq.", "2003-10-29")
    assert [g for g in got if g[1] == "16"] and all(e.cameo.startswith("162") for e in code(
        "Red Cross officials suspended aid deliveries to Iraq.", "2003-10-29") if e.root == "16"), got


def test_a_response_an_act_drew_is_aimed_at_the_act_s_doer(code):
    got = _counted_dyads(code, "Russia's strike on Kyiv drew condemnation from France and Germany.", "2025-03-10")
    assert ("FRA", "11", "RUS") in got and ("DEU", "11", "RUS") in got, got
    got = _counted_dyads(code, "Beijing's decision to halt imports of Japanese seafood drew sharp criticism from Tokyo.",
                         "2023-08-24")
    assert ("JPNGOV", "11", "CHNGOV") in got and ("CHNGOV", "16", "JPN") in got, got
    # a participle after the act tells its response
    got = _counted_dyads(code, "Israel struck Hamas leaders in Doha, drawing condemnation from Qatar.", "2025-09-10")
    assert ("QAT", "11", "ISR") in got, got
    # (guard) a response nobody is named as giving is no event
    got = _counted_dyads(code, "The decision drew sharp criticism.", "2023-08-24")
    assert not [g for g in got if g[1] == "11"], got


def test_who_brokered_a_deal_is_no_target_of_acts_under_it(code):
    got = _counted_dyads(code, "Hamas freed the last living hostages under a deal brokered by the United States.",
                         "2025-10-13")
    assert not [g for g in got if g[2] == "USA"], got


def test_an_event_noun_takes_the_mood_of_the_clause_that_carries_it(code):
    # talks offered by a third party are neither held nor intended by their sides
    got = _counted_dyads(code, "Erdogan offered to host talks between Russia and Ukraine.", "2025-11-10")
    assert ("TURGOV", "03", "RUS") in got and not [g for g in got if g[0] == "RUS"], got
    # an act named by a verb that only speaks of it is not the speaker's
    got = _counted_dyads(code, "Maduro wants to highlight the sanctions against Cuba.", "2015-04-10")
    assert not [g for g in got if g[1] in ("13", "16")], got
    # (guard) talks hosted are held
    got = _counted_dyads(code, "Turkey hosted talks between Russia and Ukraine.", "2025-11-10")
    assert ("RUS", "04", "UKR") in got, got


def test_the_country_or_the_government_is_the_state_the_text_is_about(code):
    # the subject of the sentence before, not the last state it named
    got = _counted_dyads(code, "Warsaw blamed Minsk and Moscow for the incursion. The country also summoned Russia's "
                               "ambassador.", "2025-09-10")
    assert [g for g in got if g[0].startswith("POL") and g[1] == "04" and g[2] == "RUSGOV"], got
    got = _counted_dyads(code, "Venezuela's president Nicolas Maduro rejected the accusations. He said Washington was "
                               "preparing an invasion. The government also expelled two American journalists.",
                         "2025-11-10")
    assert ("VENGOV", "17", "USAMED") in got, got
    # a state named with the same head word comes before the subject
    got = _counted_dyads(code, "Russia has increased its aid to the Afghan government. The rifles will help the "
                               "government fight the Taliban.", "2016-04-18")
    assert ("AFGGOV", "19", "AFGREB") in got, got


def test_he_or_she_may_stand_for_a_leader_named_by_title_alone(code):
    got = _counted_dyads(code, "The Japanese prime minister visited Seoul. He pledged to deepen cooperation with South "
                               "Korea.", "2025-11-10")
    assert ("JPNGOV", "03", "KOR") in got, got


def test_the_west_is_an_actor_and_the_west_bank_stays_palestinian(code):
    got = _counted_dyads(code, "Russia accused Western powers of prolonging the war.", "2025-11-10")
    assert ("RUS", "11", "WST") in got, got
    got = _counted_dyads(code, "Kyiv called on the West to supply more air defence systems.", "2025-11-10")
    assert ("UKRGOV", "02", "WST") in got, got
    # (guard) a longer name and the lower-case compass point are no West
    got = _counted_dyads(code, "Israeli troops raided a refugee camp in the West Bank.", "2025-11-10")
    assert not [g for g in got if g[2].startswith("WST")], got
    got = _counted_dyads(code, "Rebels attacked a town in the west of the country.", "2025-11-10")
    assert not [g for g in got if "WST" in (g[0], g[2])], got


def test_a_relative_clause_s_noun_is_the_object_its_verb_lacks(code):
    got = _counted_dyads(code, "He criticised the nuclear deal the West struck with Iran.", "2025-11-10")
    assert ("WST", "05", "IRN") in got and not [g for g in got if g[1] == "19"], got
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Moscow condemned the sanctions that the EU imposed on Russia.", "2025-11-10") if e.target]
    assert ("IGOEU", "163", "RUS") in got, got


def test_an_act_whose_end_is_told_is_not_going_on(code):
    for text in ("The breakdown in cooperation between the West and Russia made tracking harder.",
                 "The collapse of talks between Israel and Hamas angered Egypt."):
        got = _counted_dyads(code, text, "2025-11-11")
        assert not [g for g in got if g[1] in ("04", "05")], (text, got)
    # (guard) an act told without its end goes on
    got = _counted_dyads(code, "Talks between Israel and Hamas angered Egypt.", "2025-11-11")
    assert ("ISR", "04", "PSEREB") in got, got


def test_leaving_a_body_or_a_treaty_breaks_relations_with_it(code):
    got = _counted_dyads(code, "The United States withdrew from the World Health Organization.", "2025-01-20")
    assert [g for g in got if g[0] == "USA" and g[1] == "16" and g[2].startswith("IGO")], got
    # a list of names the parser hangs as an apposition acts as one list
    got = _counted_dyads(code, "Mali, Burkina Faso and Niger quit ECOWAS.", "2025-01-29")
    assert {g[0] for g in got if g[1] == "16"} == {"MLI", "BFA", "NER"}, got
    # a treaty named for a city is no act upon that city's state
    got = _counted_dyads(code, "Washington exited the Paris Agreement.", "2025-01-20")
    assert not [g for g in got if g[2].startswith("FRA")], got
    # (guard) troops withdrawn are a retreat, not a break
    got = _counted_dyads(code, "Russia withdrew its troops from Ukraine's Kherson region.", "2022-11-11")
    assert not [g for g in got if g[1] == "16"], got


def test_an_act_judged_by_a_naming_verb_is_not_the_judge_s(code):
    got = [(e.source.code, e.cameo) for e in code("After speaking by phone on Friday, U.S. President Barack Obama and "
                                                  "German Chancellor Angela Merkel called the attacks \"barbarous.\"",
                                                  "2016-10-01")]
    assert not [g for g in got if g[1][:2] in ("18", "19")], got


def test_a_measure_targeting_a_state_is_no_attack_on_it(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "China imposed export controls on rare earths, targeting the United States.", "2025-10-09") if e.target]
    assert ("CHN", "163", "USA") in got and not [g for g in got if g[1][:2] in ("18", "19")], got
    # (guard) force that targets is force
    got = _counted_dyads(code, "Israeli jets struck Gaza, targeting Hamas commanders.", "2025-11-10")
    assert ("ISRMIL", "19", "PSEREB") in got, got


def test_a_relative_pronoun_object_stands_for_the_noun_it_describes(code):
    got = _counted_dyads(code, "He met the Iranian diplomats who Germany expelled.", "2025-11-10")
    assert ("DEU", "16", "IRNGOV") in got, got
    got = _counted_dyads(code, "The supplies are destined for Syrian refugees whom Ankara refuses entry into Turkey.",
                         "2016-02-08")
    assert not [g for g in got if g[2] == "TUR"], got
    # (guard) a relative pronoun subject opens a standing description, no event
    got = _counted_dyads(code, "Israel threatened to ban voting if Hamas, which advocates Israel's destruction, ran in "
                               "the election.", "2006-01-01")
    assert not [g for g in got if g[0] == "PSEREB"], got


def test_a_passive_subject_completes_the_verb_s_pattern(code):
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "New sanctions were imposed on Russia by the EU.", "2025-11-10") if e.target]
    assert ("IGOEU", "163", "RUS") in got, got
    got = _counted_dyads(code, "A peace agreement was signed by Armenia and Azerbaijan.", "2025-08-08")
    assert ("ARM", "05", "AZE") in got and ("AZE", "05", "ARM") in got, got
    # the state one is expelled from expelled them
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Russian diplomats were expelled from Germany and Poland.", "2025-11-10") if e.target]
    assert ("DEU", "166", "RUSGOV") in got and ("POL", "166", "RUSGOV") in got, got
    # (guard) a body left is no state
    assert not code("The party was expelled from the coalition.", "2025-11-10")


def test_a_passive_verb_that_carries_an_event_noun_holds_its_arguments(code):
    got = _counted_dyads(code, "Talks were held by Iran and the United States in Oman.", "2025-04-12")
    assert ("IRN", "04", "USA") in got and ("USA", "04", "IRN") in got, got
    got = _counted_dyads(code, "Talks were held between Iran and the United States in Oman.", "2025-04-12")
    assert ("IRN", "04", "USA") in got and not [g for g in got if g[2] == "OMN"], got


def test_a_measure_or_a_decision_that_hits_is_no_force(code):
    for text in ("U.S. tariffs hit Chinese exports.", "Russia's withdrawal from the grain deal hit Ukraine."):
        got = _counted_dyads(code, text, "2025-11-10")
        assert not [g for g in got if g[1] in ("18", "19", "20")], (text, got)
    # (guard) weapons and strikes that hit are force
    got = _counted_dyads(code, "Russian strikes hit Ukrainian power plants.", "2025-11-10")
    assert [g for g in got if g[0] == "RUS" and g[1] == "19"], got


def test_what_a_quality_serves_is_not_done_but_what_blame_names_is(code):
    got = _counted_dyads(code, "Pakistan's cooperation is vital in fighting the Taliban.", "2016-04-18")
    assert not [g for g in got if g[1] == "19"], got
    # (guard) an act laid at someone's door was done
    got = _counted_dyads(code, "Hamas is guilty of attacking Israeli soldiers.", "2016-04-18")
    assert ("PSEREB", "19", "ISRMIL") in got, got


def test_a_warning_of_what_the_warner_s_side_will_do_is_a_threat_to_the_one_it_names(code):
    got = _counted_dyads(code, "Iranian officials warned that Iran will retaliate if Israel strikes its nuclear sites.",
                         "2025-11-10")
    assert ("IRNGOV", "13", "ISR") in got and ("IRN", "13", "ISR") in got, got
    assert not [g for g in got if g[2] == "IRN"], got
    # (guard) a forecast of others' acts stays a forecast
    got = _counted_dyads(code, "He warned that by giving arms to the Libyan government, the West would be taking sides.",
                         "2016-05-17")
    assert not [g for g in got if g[0] == "WST"], got


def test_a_release_of_people_is_coded_as_their_release(code):
    got = _counted_dyads(code, "The release of the Israeli hostages by Hamas was welcomed by Egypt.", "2025-10-13")
    assert ("PSEREB", "08", "ISR") in got, got
    # (guard) a report released is no release of people
    assert not [g for g in _counted_dyads(code, "The release of the report angered Moscow.", "2025-10-13")
                if g[1] == "08"]


def test_being_ready_for_an_act_is_intending_it(code):
    got = _counted_dyads(code, "Iran said it was ready for talks with the United States.", "2025-11-10")
    assert ("IRN", "03", "USA") in got, got
    # not being ready for talks is refusing them
    got = _counted_dyads(code, "Iran is not ready for talks with the United States.", "2025-11-10")
    assert ("IRN", "12", "USA") in got and not [g for g in got if g[1] in ("03", "04")], got


def test_a_body_that_adopts_sanctions_imposes_them(code):
    for text in ("The EU agreed a new package of sanctions against Russia.",
                 "EU countries adopted a 19th package of sanctions on Russia."):
        got = _counted_dyads(code, text, "2025-10-23")
        assert [g for g in got if g[1] == "16" and g[2] == "RUS"] and not [g for g in got if g[1] == "05"], (text, got)
    # (guard) agreeing to lift sanctions is no sanction
    got = _counted_dyads(code, "EU ministers agreed to lift sanctions on Syria.", "2025-05-20")
    assert not [g for g in got if g[1] == "16"], got


def test_the_first_act_since_a_year_is_news_not_history(code):
    evs = [e for e in code("Russia and Ukraine held their first direct talks since 2022.", "2025-05-16") if e.counts]
    assert {(e.source.code, e.root, e.target.code) for e in evs} == {("RUS", "04", "UKR"), ("UKR", "04", "RUS")}, evs
    assert all(e.date == "2025-05-16" for e in evs), [e.date for e in evs]
    # (guard) a state that began in a year long past is history told in passing
    assert not [e for e in code("Russia has occupied Crimea since 2014.", "2025-05-16") if e.counts]


def test_an_act_a_speaker_accuses_others_of_preparing_is_the_topic(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None)
           for e in code("Venezuela's Maduro accused Washington of preparing an invasion.", "2025-12-01") if e.counts]
    assert got == [("VENGOV", "11", "USAGOV")], got


def test_ground_is_taken_from_whom_the_from_phrase_names(code):
    got = _counted_dyads(code, "Russian forces recaptured most of the Kursk region from Ukrainian troops.", "2025-03-12")
    assert ("RUSMIL", "19", "UKRMIL") in got and not [g for g in got if g[2] == "RUS"], got


@pytest.mark.parametrize("text,expected", [
    ("Trump paused tariffs on Mexico and Canada for 30 days.", [("USAGOV", "08", "MEX"), ("USAGOV", "08", "CAN")]),
    ("The United States paused military aid to Ukraine.", [("USA", "16", "UKR")]),
])
def test_pausing_a_measure_eases_it_and_pausing_aid_reduces_it(code, text, expected):
    assert _counted_dyads(code, text, "2025-03-04") == expected


def test_a_person_pronoun_in_the_phrase_of_an_object_noun_resolves(code):
    got = _counted_dyads(code, "Colombian President Gustavo Petro condemned the strike. The U.S. government imposed "
                               "sanctions on him last week.", "2025-10-27")
    assert ("USAGOV", "16", "COLGOV") in got, got
    # (guard) not past a person of its sentence the dictionaries do not know
    got = [(e.root, e.target.code if e.target else None) for e in code(
        "Kerry met Lavrov. The United Nations had imposed an arms embargo to stop strongman Khalid Haftar from "
        "quelling the uprising against him.", "2016-05-17")]
    assert ("17", "RUSGOV") not in got, got


@pytest.mark.parametrize("text,counted", [
    ("Takaichi said a Chinese attack on Taiwan could threaten Japan's survival.", False),
    ("Any Israeli strike on Iran would trigger a regional war.", False),
    ("The Israeli strike on Iran could trigger a regional war.", True),  # (guard) a real act, its effect supposed
])
def test_an_act_supposed_as_the_subject_of_a_modal_is_not_told(code, text, counted):
    got = [e for e in code(text, "2025-11-20") if e.root == "19" and e.counts]
    assert bool(got) == counted, got


def test_whose_help_an_act_is_done_with_is_no_target(code):
    got = _counted_dyads(code, "Poland shot several of them down with help from NATO allies.", "2025-09-10")
    assert not [g for g in got if g[2].startswith("IGO")], got


def test_an_answer_to_the_act_an_earlier_sentence_told_is_aimed_at_its_doer(code):
    got = _counted_dyads(code, "Iran fired missiles at the Al Udeid air base in Qatar on Monday. Qatar condemned the "
                               "attack as a violation of its sovereignty.", "2025-06-24")
    assert ("QAT", "11", "IRN") in got, got
    got = _counted_dyads(code, "Washington accused Petro of allowing drug cartels to flourish. Petro rejected the "
                               "accusation.", "2025-10-24")
    assert [g for g in got if g[0] == "COLGOV" and g[2].startswith("USA")], got
    # (guard) an agreement has no one doer to answer
    got = _counted_dyads(code, "Iran and the United States signed an agreement. Israel rejected the agreement.",
                         "2025-06-24")
    assert not [g for g in got if g[0] == "ISR"], got


@pytest.mark.parametrize("text,expected", [
    ("Venezuela Expels Colombian Diplomats", ("VEN", "16", "COLGOV")),
    ("Trump Imposes 25% Tariffs on Canada and Mexico", ("USAGOV", "16", "CAN")),
    ("China Condemns US Arms Sale to Taiwan", ("CHN", "11", "USA")),
    ("Zelenskyy Meets Trump at White House", ("UKRGOV", "04", "USAGOV")),
])
def test_a_title_case_headline_is_parsed_as_a_clause(code, text, expected):
    assert expected in _counted_dyads(code, text, "2025-06-01")


@pytest.mark.parametrize("text,expected", [
    ("Houthi rebels fired a missile that struck near Israel's main airport.", ("YEMREB", "19", "ISR")),
    ("Russia launched drones that hit a hospital in Kharkiv.", ("RUS", "19", "UKR")),
    ("Russia launched 300 drones at Ukraine overnight.", ("RUS", "19", "UKR")),
])
def test_what_a_weapon_fired_struck_is_the_target(code, text, expected):
    assert expected in _counted_dyads(code, text, "2025-05-04")


def test_airstrikes_are_an_event_noun(code):
    got = _counted_dyads(code, "Israel carried out airstrikes on military targets in Iran early Saturday.", "2024-10-26")
    assert ("ISR", "19", "IRN") in got, got


def test_raising_a_measure_in_force_imposes_more_of_it(code):
    got = _counted_dyads(code, "China raised its tariffs on American goods to 125 percent.", "2025-04-11")
    assert ("CHN", "16", "USA") in got, got
    got = _counted_dyads(code, "The United States increased tariffs on Chinese goods.", "2019-05-10")
    assert ("USA", "16", "CHN") in got and not [g for g in got if g[1] == "06"], got
    # (guard) raising a question about sanctions is no measure
    got = _counted_dyads(code, "Russian lawmakers raised the issue of lifting the sanctions against Russia.",
                         "2017-01-30")
    assert not [g for g in got if g[1] == "16"], got


@pytest.mark.parametrize("text,date,expected", [
    ("India suspended the Indus Waters Treaty with Pakistan.", "2025-04-24", ("IND", "16", "PAK")),
    ("Russia pulled out of the arms control treaty with the United States.", "2019-02-02", ("RUS", "16", "USA")),
    ("Trump tore up the nuclear deal with Iran.", "2018-05-08", ("USAGOV", "16", "IRN")),
])
def test_ending_one_s_part_in_a_treaty_reduces_relations_with_the_other_party(code, text, date, expected):
    assert expected in _counted_dyads(code, text, date)


@pytest.mark.parametrize("text,expected", [
    ("An American journalist was arrested in Russia on espionage charges.", ("RUSGOV", "17", "USA")),
    ("Two British citizens were detained in Iran last month.", ("IRNGOV", "17", "GBRCVL")),
])
def test_people_held_where_a_passive_names_only_the_place_are_held_by_its_state(code, text, expected):
    got = [(s[:6], r, t[:len(expected[2])]) for s, r, t in _counted_dyads(code, text, "2025-06-10")]
    assert expected in got, got


def test_a_ship_seized_at_sea_is_not_seized_by_the_sea_s_namesake(code):
    # (guard) only acts upon people are the state's by their place; nothing names who seized the tanker
    assert not _counted_dyads(code, "A Greek tanker was seized in the Gulf of Oman.", "2025-06-10")


@pytest.mark.parametrize("text,expected", [
    ("Trump met Putin in Alaska. Zelensky said he would not give up any land to Russia.", "UKRGOV"),
    ("Trump met Putin in Alaska. A Ukrainian soldier said he had fired at Russian positions.", "UKRMIL"),
    ("Trump met Putin in Alaska. A suspect who told police he had attacked the Russian embassy was arrested.", None),
])
def test_he_in_what_a_speaker_says_is_the_speaker(code, text, expected):
    sources = {e.source.code for e in code(text, "2025-08-20") if e.counts and e.start > text.index(".")}
    assert sources == ({expected} if expected else set()), sources


@pytest.mark.parametrize("text,expected", [
    ("The Israeli army struck what it called Hezbollah targets in southern Lebanon.", ("ISRMIL", "19", "LBNREB")),
    ("India struck what it called terrorist camps in Pakistan.", ("IND", "19", "PAK")),
    ("Russia attacked what it said were Ukrainian military sites.", ("RUS", "19", "UKR")),
])
def test_what_the_doer_called_its_object_names_the_target(code, text, expected):
    got = _counted_dyads(code, text, "2025-05-07")
    assert expected in got, got


@pytest.mark.parametrize("text,expected", [
    # an act held back is not done; being unwilling to cooperate refuses it, as "will not send" does
    ("A U.S. official said he is reluctant to link the missile test to Iran's nuclear deal.", []),
    ("Germany is unwilling to send weapons to Ukraine.", [("DEU", "12", "UKR")]),
])
def test_hesitancy_is_no_act_and_unwillingness_a_refusal(code, text, expected):
    assert _counted_dyads(code, text, "2015-10-18") == expected


@pytest.mark.parametrize("text,expected", [
    # a judgment of a hostile act is aimed at its doer, never at its victim
    ("Macron condemned the attack on the Israeli embassy.", []),
    ("China criticized the arrest of a Chinese journalist.", []),
    ("Russia condemned the sanctions on Iran.", []),
    ("Macron condemned the attack on Iran by Israel.", [("FRAGOV", "11", "ISR")]),
    ("Macron condemned the Israeli attack on Iran.", [("FRAGOV", "11", "ISR")]),
    # (an earlier sentence may name the doer)
    ("Israel struck Iran's nuclear sites. Macron condemned the attack on Iran.",
     [("ISR", "19", "IRN"), ("FRAGOV", "11", "ISR")]),
])
def test_a_judgment_of_an_act_is_aimed_at_its_doer_not_its_victim(code, text, expected):
    assert _counted_dyads(code, text, "2025-09-15") == expected


@pytest.mark.parametrize("text,expected", [
    ("Chinese warships conducted live-fire drills around Taiwan on Monday.", [("CHNMIL", "15", "TWN")]),
    ("China held military drills near Taiwan.", [("CHN", "15", "TWN")]),
    ("North Korea staged naval exercises off the coast of Japan.", [("PRK", "15", "JPN")]),
    # (guards) held with another state, an exercise is cooperation with it; where it is held is no target
    ("Russia and Belarus held joint military exercises near the Polish border.",
     [("RUS", "06", "BLR"), ("BLR", "06", "RUS")]),
    ("Iran staged naval war games in the Gulf.", []),
    # a hyphenated modifier holds no word of a pattern: "live-fire" is no "hold * fire" (a ceasefire) nor
    # "launch * fire" (an attack)
    ("China held live-fire drills around Taiwan on Monday.", [("CHN", "15", "TWN")]),
    ("China launched live-fire drills around Taiwan.", [("CHN", "15", "TWN")]),
    # an exercise a verb's pattern codes (CAMEO.2.0's "launch * &FIGHT game") is held together as well
    ("French and Egyptian warships launched ten days of war games in the Mediterranean Sea.",
     [("FRAMIL", "06", "EGYMIL"), ("EGYMIL", "06", "FRAMIL")]),
])
def test_an_exercise_held_alone_is_a_show_of_force_at_the_state_it_rings(code, text, expected):
    assert _counted_dyads(code, text, "2025-09-15") == expected


def test_to_sanction_is_to_impose_sanctions(code):
    got = _counted_dyads(code, "China sanctioned nine U.S. defense companies over arms sales to Taiwan.", "2025-09-15")
    assert got == [("CHN", "16", "USABUS")], got


def test_an_act_blocked_did_not_come_about(code):
    got = [(e.source.code, e.root, e.target.code if e.target else None) for e in
           code("Hungary blocked a new package of EU military aid for Ukraine.", "2025-09-15") if e.counts]
    assert ("IGOEU", "07", "UKR") not in got, got
    # (guard) a package adopted is the measure itself
    assert _counted_dyads(code, "The EU approved a new package of sanctions against Russia.", "2025-09-15") == [
        ("IGOEU", "16", "RUS")]


def test_an_act_one_is_accused_of_plotting_is_the_topic_not_an_event(code):
    got = _counted_dyads(code, "Venezuela accused the United States of plotting to overthrow President Nicolas Maduro.",
                         "2025-09-15")
    assert got == [("VEN", "11", "USA")], got


@pytest.mark.parametrize("text,expected", [
    ("Canada recognized the State of Palestine on Sunday.", [("CAN", "05", "PSE")]),
    ("Britain recognised the independence of Kosovo.", [("GBR", "05", "XKX")]),
])
def test_recognising_a_state_is_diplomatic_recognition(code, text, expected):
    got = [(e.source.code, e.root, e.target.code, e.cameo) for e in code(text, "2025-10-02") if e.target and e.counts]
    assert [g[:3] for g in got] == expected and got[0][3] == "054", got


@pytest.mark.parametrize("text,date,expected", [
    # a government and a rebel group of one country act toward each other, as two states do
    ("The Colombian government and FARC rebels signed a peace deal.", "2016-11-24",
     [("COLREB", "05", "COLGOV"), ("COLGOV", "05", "COLREB")]),
    ("Angola's government and UNITA rebels resumed peace talks in Lusaka on Tuesday.", "1994-03-12",
     [("AGOGOV", "04", "AGOREB"), ("AGOREB", "04", "AGOGOV")]),
])
def test_a_government_and_its_rebels_act_toward_each_other(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    ("Iraqi troops massed near the Kuwaiti border on Thursday.", "1994-03-12", [("IRQMIL", "15", "KWT")]),
    ("Russia has massed troops along Ukraine's border.", "2021-12-03", [("RUS", "15", "UKR")]),
    ("Russia massed 100,000 troops near the border with Ukraine.", "2021-12-03", [("RUS", "15", "UKR")]),
])
def test_force_massed_at_a_border_is_aimed_at_the_state_beyond_it(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


def test_whom_one_helps_do_something_is_the_one_helped(code):
    got = _counted_dyads(code, "Germany pledged to help Russia dismantle its nuclear weapons.", "1994-03-12")
    assert got == [("DEU", "03", "RUS")], got


def test_tamil_tiger_rebels_are_sri_lanka_s_rebels(code):
    events = code("Tamil Tiger rebels attacked a navy patrol boat off Sri Lanka's northern coast.", "1994-03-12")
    assert [e.source.code for e in events if e.counts] == ["LKAREB"]


@pytest.mark.parametrize("text,expected", [
    ("A Russian missile strike on Kyiv killed eight people.", ("RUS", "19", "UKRCVL")),
    ("Israeli strikes on Gaza killed 30 people.", ("ISR", "19", "PSECVL")),
    ("Pakistan's airstrikes on Afghan territory killed at least 10 civilians.", ("PAK", "19", "AFGCVL")),
])
def test_the_victims_of_a_strike_are_where_it_struck(code, text, expected):
    got = _counted_dyads(code, text, "2025-11-03")
    assert expected in got and not [g for g in got if g[2] == expected[0] + "CVL"], got


@pytest.mark.parametrize("text,expected", [
    ("Ethiopia and Eritrea accused each other of massing troops.", [("ETH", "11", "ERI"), ("ERI", "11", "ETH")]),
    ("Ethiopia and Eritrea have traded accusations over a buildup of troops on their border.",
     [("ETH", "11", "ERI"), ("ERI", "11", "ETH")]),
    ("Russia and Ukraine exchanged threats.", [("RUS", "13", "UKR"), ("UKR", "13", "RUS")]),
    # (guard) coordinated actors accusing a third party accuse it, not each other
    ("Iran and Syria accused Israel of the attack.", [("IRN", "11", "ISR"), ("SYR", "11", "ISR")]),
])
def test_acts_done_to_each_other_or_traded_are_reciprocal(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-03") == expected


def test_regaining_ground_from_a_force_takes_it_from_that_force(code):
    got = _counted_dyads(code, "Ukrainian forces reclaimed the town of Kupiansk from Russian troops.", "2025-11-03")
    assert got == [("UKRMIL", "19", "RUSMIL")], got


@pytest.mark.parametrize("text,date,expected", [
    # a welcome given is a visit hosted; a person put under investigation or arrest is acted upon by the state
    ("Erdogan extended a warm welcome to the Syrian leader.", "2025-05-10", [("TURGOV", "04", "SYRGOV")]),
    ("A US national has been put under investigation in Italy.", "2001-08-10", [("ITAGOV", "09", "USA")]),
])
def test_light_verbs_of_welcome_and_investigation(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


def test_a_special_envoy_or_team_is_no_military_force(code):
    got = [(e.source.code, e.root, e.target.code) for e in code("China will deploy a special team to Myanmar.",
                                                                "2025-05-10") if e.target]
    assert not [g for g in got if g[1] in ("13", "15")], got


@pytest.mark.parametrize("text,expected", [
    # whence one travels is no target, whither is; the language one speaks in is no place
    ("From the United Nations, Kerry traveled to the National September 11 Memorial.", []),
    ("Kerry traveled from Geneva to Moscow for talks with Lavrov.", [("USAGOV", "04", "RUSGOV")]),
    ("Kerry spoke to students in Spanish.", []),
])
def test_the_origin_of_a_journey_and_a_language_are_no_targets(code, text, expected):
    assert _counted_dyads(code, text, "2015-09-25") == expected


@pytest.mark.parametrize("text,expected", [
    # a hyphenated pair qualifying an act or a bond names both its sides ("U.S.-" no longer glues the next name)
    ("The U.S.-China talks resumed in Geneva.", [("USA", "04", "CHN")]),
    ("Russia-Ukraine talks ended without a deal.", [("RUS", "04", "UKR")]),
    ("Egypt hosted the Israel-Hamas talks.", [("EGY", "04", "PSEREB"), ("EGY", "04", "ISR")]),
    ("Pyongyang condemned joint U.S.-South Korean exercises.", [("PRKGOV", "11", "KOR"), ("PRKGOV", "11", "USA")]),
    ("The U.S.-South Korean joint military exercises began on Monday.", [("USA", "06", "KOR")]),
    ("U.S.-Israeli strikes hit Iran.", [("ISR", "19", "IRN"), ("USA", "19", "IRN")]),
])
def test_a_hyphenated_pair_names_both_sides(code, text, expected):
    assert _counted_dyads(code, text, "2025-08-20") == expected


def test_a_hyphenated_heritage_is_one_person_s(code):
    # (guard) "a Cuban-American" is one person, not Cuba and the United States acting together
    got = _counted_dyads(code, "A Cuban-American senator criticized the thaw in relations with Havana.", "2016-03-20")
    assert not [g for g in got if g[0] == "CUB"], got


@pytest.mark.parametrize("text,expected", [
    # a wire dateline is where the story was filed, not who acted
    ("BRUSSELS, Oct 14 (AP) - The European Union on Tuesday agreed a 19th package of sanctions against Russia.",
     [("IGOEU", "16", "RUS")]),
    ("KYIV, Ukraine (AP) — Russia launched a massive drone attack on Kyiv overnight.", [("RUS", "19", "UKRGOV")]),
    ("MOSCOW (Reuters) - Russia expelled two British diplomats on Tuesday.", [("RUS", "16", "GBRGOV")]),
])
def test_a_wire_dateline_is_no_actor(code, text, expected):
    assert _counted_dyads(code, text, "2025-10-14") == expected


@pytest.mark.parametrize("text,expected", [
    # an act judged by a noun that names it only as such, and an organisation named as "the bloc", are the
    # last told before
    ("The EU imposed new sanctions on Belarus. Minsk denounced the measures.",
     [("IGOEU", "16", "BLR"), ("BLRGOV", "11", "IGOEU")]),
    ("Israel struck Iran's nuclear sites on Friday. Qatar condemned the move.",
     [("ISR", "19", "IRN"), ("QAT", "11", "ISR")]),
    ("The European Union agreed new sanctions against Russia. Moscow accused the bloc of prolonging the war.",
     [("IGOEU", "16", "RUS"), ("RUSGOV", "11", "IGOEU")]),
    # (an exercise or an operation judged)
    ("China began large-scale military drills around Taiwan. Taipei condemned the exercises.",
     [("CHN", "15", "TWN"), ("TWNGOV", "11", "CHN")]),
    ("Israel intercepted a flotilla bound for Gaza. Turkey and Malaysia condemned the operation.",
     [("TUR", "11", "ISR"), ("MYS", "11", "ISR")]),
    # (guard) a welcome of a decision is not taken for an answer to the last hostile act
    ("China raised tariffs on American goods. Washington welcomed the decision.", [("CHN", "16", "USA")]),
    # (guard) a joint exercise is no hostile act to answer
    ("Russia and Belarus held joint exercises. Poland criticized the drills.",
     [("RUS", "06", "BLR"), ("BLR", "06", "RUS")]),
])
def test_an_act_named_only_as_such_and_the_bloc_are_the_last_told(code, text, expected):
    assert _counted_dyads(code, text, "2025-10-14") == expected


@pytest.mark.parametrize("text,date,expected", [
    # where force is sent hosts it; a border it is sent to is the state's beyond
    ("The United States deployed additional troops to Poland to reassure NATO allies.", "2025-07-01", []),
    ("Russia deployed troops to Belarus ahead of joint exercises.", "2025-07-01", []),
    ("Russia deployed troops near the Ukrainian border.", "2021-12-01", [("RUS", "15", "UKR")]),
    ("Poland deployed troops to its border with Belarus.", "2021-12-01", [("POL", "15", "BLR")]),
])
def test_force_deployed_to_a_state_is_hosted_not_shown_to_it(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 15 villagers in central Nigeria.", [("NGAUAF", "19", "NGACVL")]),
    ("Gunmen killed 15 people in central Nigeria.", [("NGAUAF", "19", "NGAPPL")]),
])
def test_unnamed_gunmen_are_placed_by_their_victims_place(code, text, expected):
    assert _counted_dyads(code, text, "2025-07-01") == expected


@pytest.mark.parametrize("text,expected", [
    # an order to another state is a demand, not its act done; one to one's own forces is the act (the seed)
    ("The International Court of Justice ordered Israel to allow aid into Gaza.",
     [("IGOUNOJUDICJ", "07", "ISR")]),
    ("Trump ordered the Pentagon to strike Iran.", [("USAGOV", "10", "USAMIL"), ("USAMIL", "19", "IRN")]),
])
def test_an_order_to_another_state_is_not_its_act(code, text, expected):
    assert _counted_dyads(code, text, "2025-06-01") == expected


def test_one_extradites_to_the_state_that_receives(code):
    got = _counted_dyads(code, "Germany extradited a Russian spy to the United States.", "2025-06-01")
    assert got == [("DEU", "06", "USA")], got


def test_hostages_or_their_bodies_handed_over_are_released(code):
    got = _counted_dyads(code, "Hamas handed over the bodies of four Israeli hostages.", "2025-06-01")
    assert got == [("PSEREB", "08", "ISR")], got


@pytest.mark.parametrize("text,date,expected", [
    # where the object act was aimed: "strikes on nine sites in Pakistan"
    ("India launched missile strikes on nine sites in Pakistan.", "2025-05-07", [("IND", "19", "PAK")]),
    # who holds an exercise may make it a military one: "China's navy held drills"
    ("Chinese warships conducted drills near Taiwan.", "2025-04-02", [("CHNMIL", "15", "TWN")]),
    ("Russian troops held exercises near the Finnish border.", "2025-04-02", [("RUSMIL", "15", "FIN")]),
])
def test_the_place_of_a_struck_object_and_exercises_by_military_subjects(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


def test_a_noun_s_object_words_match_plurals(code):
    # nouns.tsv writes "relations|ties"; a lemma is never plural, so the word itself must count too
    got = _counted_dyads(code, "Colombia announced the rupture of relations with Israel.", "2024-05-02")
    assert got == [("COL", "16", "ISR")], got


@pytest.mark.parametrize("text,expected", [
    # persons clash in words; forces clash materially
    ("Zelenskyy clashed with Trump in the Oval Office on Friday.", [("UKRGOV", "11", "USAGOV")]),
    ("Indian and Chinese troops clashed on the border.", [("INDMIL", "19", "CHNMIL"), ("CHNMIL", "19", "INDMIL")]),
])
def test_a_clash_between_persons_is_one_of_words(code, text, expected):
    assert _counted_dyads(code, text, "2025-03-01") == expected


@pytest.mark.parametrize("text,expected", [
    # a call for sanctions against a state disapproves of it (PLOVER's GSR: DISAPPROVE), it is no appeal to it
    ("The EU called for sanctions against Russia's shadow fleet.", [("IGOEU", "11", "RUS")]),
    # a state's warning to its own citizens is advice, no threat upon them
    ("The U.S. State Department warned U.S. citizens against travel to Venezuela.", []),
])
def test_calls_for_sanctions_and_travel_warnings(code, text, expected):
    assert _counted_dyads(code, text, "2025-06-24") == expected


def test_a_surname_with_its_particle_stands_for_the_person_named_before(code):
    text = "Angolan President Jose Eduardo dos Santos arrived in Lisbon on Monday. Dos Santos criticized Portugal."
    got = [(e.source.text, e.root, e.target.code) for e in code(text, "2004-10-14") if e.counts and e.target]
    assert ("Dos Santos", "11", "PRT") in got, got


@pytest.mark.parametrize("text,date,expected", [
    # a territory sealed off is blockaded; the parser reads "off" as a preposition with the object under it
    ("Israel sealed off the West Bank and Gaza Strip after a wave of suicide bombings.", "1996-03-12",
     [("ISR", "19", "PSE"), ("ISR", "19", "PSEGZA")]),
])
def test_sealing_off_a_territory_is_a_blockade_of_it(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # "no longer" negates; a refused cooperation is a rejection
    ("Colombia will no longer buy weapons from Israel.", [("COL", "12", "ISR")]),
    # an act not ruled out is kept open: for force, a threat; one ruled out is refused; others' acts only possible
    ("Russia has not ruled out using nuclear weapons against Ukraine.", [("RUS", "13", "UKR")]),
    ("Russia ruled out using nuclear weapons against Ukraine.", []),
    ("President Assad said he didn't rule out that Turkey and Saudi Arabia would intervene militarily in Syria.", []),
    # a reprisal vowed is a threat to the one whose act would draw it
    ("Beijing vowed to take countermeasures if Washington raised tariffs.", [("CHNGOV", "13", "USAGOV")]),
    # weapons supplied are military aid
    ("Germany reportedly supplied Taurus missiles to Ukraine.", [("DEU", "07", "UKR")]),
])
def test_no_longer_ruling_out_countermeasures_and_weapons_supplied(code, text, expected):
    assert _counted_dyads(code, text, "2025-05-01") == expected


@pytest.mark.parametrize("text,expected", [
    # a crowd the text only counts is people; troops mobilised along a border face the state beyond it
    ("Thousands marched in Belgrade to demand the resignation of the government.", [("SRBCVL", "14", "SRB")]),
    ("Venezuela mobilized troops along its border with Guyana.", [("VEN", "15", "GUY")]),
    # (and so is a counted people the dictionaries do not know, placed where it gathers)
    ("Thousands of Catalans rallied in Barcelona demanding independence from Spain.", [("ESPCVL", "14", "ESP")]),
    # (guard) a counted group of a kind the dictionaries know keeps its kind
    ("Thousands of students marched in Cairo against the government.", [("EGYEDU", "14", "EGYGOV")]),
])
def test_counted_crowds_and_mobilisation_at_a_border(code, text, expected):
    assert _counted_dyads(code, text, "2025-09-01") == expected


def test_the_state_a_verb_s_object_names_is_not_its_subject_s(code):
    text = ("Venezuela's government suspended all agreements with Trinidad and Tobago. President Nicolas Maduro "
            "accused the island nation of joining a U.S. military provocation.")
    got = _counted_dyads(code, text, "2025-10-30")
    assert ("VENGOV", "11", "TTO") in got, got


@pytest.mark.parametrize("text,expected", [
    # victims at sea are not the doer's people; at home, an army's victims still are its country's
    ("On Tuesday, the U.S. military struck another boat in the Caribbean, killing three people.", []),
    ("Nigerian troops killed 20 villagers.", [("NGAMIL", "19", "NGACVL")]),
])
def test_victims_of_force_at_sea_are_not_the_doer_s_people(code, text, expected):
    assert _counted_dyads(code, text, "2025-10-28") == expected


@pytest.mark.parametrize("text,expected", [
    # "his country", "her country" in what a speaker says is the speaker's state
    ("Trinidad's prime minister said her country would continue to cooperate with Washington.",
     [("TTO", "05", "USAGOV")]),
    # defending oneself against a state is a stand against it, defending a state is support for it
    ("Maduro said his country would defend itself against the United States.", [("VEN", "13", "USA")]),
    ("Palestinian leader Yasser Arafat defended Iraq against Western criticism.", [("PSEELI", "05", "IRQ")]),
])
def test_a_speaker_s_own_country_and_defending_oneself(code, text, expected):
    assert _counted_dyads(code, text, "2025-10-30" if "Arafat" not in text else "1990-10-30") == expected


@pytest.mark.parametrize("text,expected", [
    # a truce is its sides' act toward each other, whoever announces it; one only overseen is already in force
    ("Trump announced a ceasefire between Israel and Iran.", [("ISR", "08", "IRN")]),
    ("A ceasefire between Israel and Hamas took effect on Sunday.", [("ISR", "08", "PSEREB")]),
    ("UN peacekeepers were deployed to oversee a ceasefire between Ethiopia and Eritrea.", []),
])
def test_a_truce_is_its_sides_act(code, text, expected):
    assert _counted_dyads(code, text, "2025-06-24") == expected


def test_a_coordination_in_the_object_is_no_pattern_word(code):
    # PETRARCH2's "arrest * and" (171, seizure) matched any list of those arrested: a bare conjunction is too
    # weak to override the verb's own code, as a bare preposition is
    text = "Italian authorities arrested 25 Eritreans, 12 Ethiopians and an Italian in a raid on Monday."
    assert _counted_dyads(code, text, "2016-07-28") == [("ITAGOV", "17", "ERI"), ("ITAGOV", "17", "ETH"),
                                                        ("ITAGOV", "17", "ITA")]
    assert {e.cameo for e in code(text, "2016-07-28")} == {"173"}


@pytest.mark.parametrize("text,expected", [
    # a third party's act is aimed at the sides it works among, as at those it works between
    ("The EU may halt mediation efforts among Serbia's feuding republics if the fighting goes on.",
     [("IGOEU", "13", "SRB")]),
    ("Norway mediated among the Sri Lankan government and the Tamil Tigers.",
     [("NOR", "04", "LKAGOV"), ("NOR", "04", "LKAREB")]),
    ("Qatar suspended its mediation among Israel and Hamas.", [("QAT", "16", "ISR"), ("QAT", "16", "PSEREB")]),
])
def test_mediation_among_sides(code, text, expected):
    assert _counted_dyads(code, text, "2025-06-01") == expected


@pytest.mark.parametrize("text,expected", [
    # readiness against an attack is a show of force toward the attacker, no intent to cooperate with it
    # (the military ordered is the doer, and the order itself is coded as "Trump ordered the Pentagon to strike
    # Iran" is)
    ("Venezuela's Maduro ordered the military to prepare for a possible U.S. invasion.",
     [("VENGOV", "10", "VENMIL"), ("VENMIL", "15", "USA")]),
    ("Iraqi forces prepared for a final assault on the Islamic State group in Mosul.",
     [("IRQMIL", "15", "IMGMUSISI")]),
])
def test_preparing_for_an_attack(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-03") == expected


@pytest.mark.parametrize("text,expected", [
    # a body suspends a member state: reduced relations with it
    ("The African Union suspended Madagascar after the military seized power.", [("IGOAFRAU", "16", "MDG")]),
    ("ECOWAS suspended Guinea after the coup.", [("IGOWAFBUSWAS", "16", "GIN")]),
    # (guard) what else is suspended keeps its own reading
    ("Israel suspended aid to Gaza.", [("ISR", "16", "PSEGZA")]),
])
def test_a_body_suspends_a_member_state(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-09") == expected


@pytest.mark.parametrize("text,expected", [
    # a terrorist listing brings sanctions, as blacklisting does; a designated ally is a formal bond
    ("The United States designated the Sinaloa cartel a foreign terrorist organization.", [("USA", "16", "MEXCRM")]),
    ("Trump designated Saudi Arabia a major non-NATO ally.", [("USAGOV", "05", "SAU")]),
])
def test_designations(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-18") == expected


@pytest.mark.parametrize("text,expected", [
    # a group named by two words ("opposition leaders") is one the dictionaries know by them
    ("Venezuelan authorities arrested two opposition leaders.", [("VENGOV", "17", "VENOPP")]),
    # unnamed gunmen are placed where they took their victims from
    ("Gunmen abducted more than 280 pupils from a school in northern Nigeria.", [("NGAUAF", "18", "NGAEDU")]),
    # ground taken from troops, where the parser hangs the phrase on the ground: the troops are a group of their
    # own, not the village's
    ("Russian forces captured the village of Avdiivka from Ukrainian troops.", [("RUSMIL", "17", "UKRMIL")]),
])
def test_groups_named_by_two_words_and_where_victims_were_taken_from(code, text, expected):
    assert _counted_dyads(code, text, "2024-03-21") == expected


@pytest.mark.parametrize("text,expected", [
    # whoever claims an act did it: the claim (015) and the act itself
    ("The Pakistani Taliban claimed responsibility for the attack on a police station in Peshawar.",
     [("PAKREB", "01", "PAKCOP"), ("PAKREB", "19", "PAKCOP")]),
    # (guard) an act nobody claims, or whose responsibility is denied, has no doer
    ("No group has claimed responsibility for the bombing in Kabul.", []),
    # ground handed over to the state that claims it is property returned
    ("Armenia handed four border villages back to Azerbaijan.", [("ARM", "08", "AZE")]),
    # (guard) people going back to their villages return nothing
    ("Thousands of Syrian refugees returned to their villages.", []),
    # a place name the dictionaries write with spaces, the news with hyphens
    ("Haitian gangs attacked the presidential palace in Port-au-Prince.", [("HTICRM", "19", "HTI")]),
])
def test_claimed_acts_ground_handed_back_and_hyphenated_places(code, text, expected):
    assert _counted_dyads(code, text, "2024-03-22") == expected


@pytest.mark.parametrize("text,expected", [
    # a state's forces or government named without their state are the state's the article is about, else the
    # state of the group inside it they act upon
    ("Fighting broke out in Angola. The army attacked UNITA rebels.", [("AGOMIL", "19", "AGOREB")]),
    ("Government troops attacked UNITA rebels in Angola.", [("AGOMIL", "19", "AGOREB")]),
    ("The government accused UNITA of attacking civilians.", [("AGOGOV", "11", "AGOREB")]),
    ("Angola's UNITA rebels accused government troops of attacking civilians.", [("AGOREB", "11", "AGOMIL")]),
    # (guard) forces named before, not the state's own
    ("Russia and Turkey agreed to unite all the forces under one command.", [("RUS", "03", "TUR"), ("TUR", "03", "RUS")]),
])
def test_a_state_s_forces_named_without_their_state(code, text, expected):
    assert _counted_dyads(code, text, "1994-05-17") == expected


@pytest.mark.parametrize("text,expected", [
    # people freed are released; ground liberated or freed is taken back from whoever held it
    ("Libya freed two Britons held for spying.", [("LBY", "08", "GBR")]),
    ("Iraqi forces liberated the city of Fallujah from Islamic State militants.", [("IRQMIL", "19", "IMGMUSISI")]),
    ("Iraqi forces freed the city of Fallujah from Islamic State militants.", [("IRQMIL", "19", "IMGMUSISI")]),
])
def test_freeing_people_and_ground(code, text, expected):
    assert _counted_dyads(code, text, "1994-05-09") == expected


@pytest.mark.parametrize("text,expected", [
    # one person of a kind a state's organs arrest is of their country unless placed elsewhere
    ("Chinese police detained a prominent dissident ahead of the anniversary.", [("CHNCOP", "17", "CHNOPP")]),
    # bare police serve where they act
    ("Police arrested dozens of protesters in Istanbul.", [("TURCOP", "17", "TUROPP")]),
    # (guard) a person of no kind the dictionaries know is nobody's
    ("Police arrested a man in Paris.", []),
])
def test_arrests_at_home_and_police_where_they_act(code, text, expected):
    assert _counted_dyads(code, text, "2024-05-13") == expected


def test_a_blocked_act_is_no_refusal_by_its_doer_and_a_protest_to_someone_is_a_complaint(code):
    # "would veto any EU aid": the EU's aid does not come about, and the EU refuses nothing
    events = code("Greek Prime Minister Andreas Papandreou said Athens would veto any EU aid to Macedonia.",
                  "1994-05-02")
    assert not [e for e in events if e.source.code == "IGOEU" and e.counts], [(e.source.code, e.cameo) for e in events]
    # a protest addressed to a state is a complaint lodged with it (114), not a demonstration
    got = [(e.source.code, e.cameo, e.target.code) for e in code(
        "Seoul protested to Tokyo over remarks by a Japanese cabinet minister about the war.", "1994-05-05")
        if e.target and e.counts]
    assert got == [("KORGOV", "114", "JPNGOV")], got


@pytest.mark.parametrize("text,expected", [
    # a state's forces going into another state's ground occupy it (192)
    ("Turkish troops crossed into northern Iraq to hunt Kurdish guerrillas.", [("TURMIL", "19", "IRQ")]),
    ("Russian troops poured into Ukraine from Belarus.", [("RUSMIL", "19", "UKR")]),
    # (guards) people crossing a border, forces entering their own country's city
    ("Thousands of refugees crossed into Turkey.", []),
    ("Iraqi forces entered Mosul.", []),
])
def test_incursions(code, text, expected):
    assert _counted_dyads(code, text, "2016-08-24") == expected


@pytest.mark.parametrize("text,expected", [
    # rebels named without their state are those of the state whose government or forces their sentence names
    ("The Philippine government and Moslem rebels signed a peace agreement.",
     [("PHLGOV", "05", "PHLREB"), ("PHLREB", "05", "PHLGOV")]),
    ("Congolese troops clashed with rebels in North Kivu.", [("CODMIL", "19", "CODREB")]),
])
def test_rebels_named_without_their_state(code, text, expected):
    assert _counted_dyads(code, text, "2024-05-04") == expected


@pytest.mark.parametrize("text,expected", [
    # where a bond is made is no party to it
    ("Azerbaijan and Armenia initialled a peace agreement at the White House.",
     [("AZE", "05", "ARM"), ("ARM", "05", "AZE")]),
])
def test_the_venue_of_a_bond(code, text, expected):
    assert _counted_dyads(code, text, "2025-09-16") == expected


def test_a_flotilla_intercepted_is_movement_restricted(code):
    # (its destination, named only by what it carries, is not yet taken as the target)
    got = [(e.source.code, e.cameo) for e in code("Israeli forces intercepted a flotilla bound for Gaza.", "2025-10-01")]
    assert got == [("ISRMIL", "191")], got


@pytest.mark.parametrize("text,expected", [
    # a state's forces blocking roads or looting are no civilian protest (144, 145)
    ("Israeli troops blocked roads leading to the outpost.", "191"),
    ("Syrian government forces ransacked and looted houses in the village.", "171"),
    # (guard) protesters blocking roads still protest
    ("Protesters blocked roads in Kenya.", "144"),
])
def test_a_state_s_forces_do_not_protest(code, text, expected):
    got = [e.cameo for e in code(text, "2017-02-01")]
    assert expected in got and not {"144", "145"} & set(got) - {expected}, got


@pytest.mark.parametrize("text,expected", [
    # a guess is no act told, and to consider is no consultation
    ('"Trump probably wants to expand cooperation with Russia," an analyst said.', []),
    ("Iran possibly supplied the drones to Russia.", []),
    ("Hezbollah, considered by much of the West as a terrorist organization, denied the report.", []),
    # (guard) told without the hedge, the act counts
    ("Iran supplied the drones to Russia.", [("IRN", "07", "RUS")]),
])
def test_a_guess_is_no_act_and_considering_is_no_consultation(code, text, expected):
    assert _counted_dyads(code, text, "2017-01-30") == expected


@pytest.mark.parametrize("text,expected", [
    # a bond finalized or sealed is concluded, each party's toward the other
    ("Japan and the United States finalized a trade deal lowering tariffs on Japanese cars.",
     [("JPN", "05", "USA"), ("USA", "05", "JPN")]),
    ("Pakistan and Saudi Arabia sealed a defence pact.", [("PAK", "05", "SAU"), ("SAU", "05", "PAK")]),
])
def test_a_bond_finalized_or_sealed(code, text, expected):
    assert _counted_dyads(code, text, "2025-07-22") == expected


def test_a_junta_answers_and_organisations_are_no_people(code):
    text = ("Niger's military rulers on Friday ordered the French ambassador to leave the country. The junta said the "
            "envoy had ignored an invitation to talks. The government also accused France of interfering in its "
            "internal affairs. France rejected the demand. ECOWAS threatened to use force against the junta. On "
            "Saturday, thousands of protesters rallied outside the French military base in Niamey.")
    got = _counted_dyads(code, text, "2023-08-25")
    # "the government" that accuses France is not France; "the demand" France rejects is the junta's, the last
    # hostile act upon France; ECOWAS, tagged a plural, is no people, and force used is military force (which
    # junta it threatens is not resolved: the subject of the sentence before, France, is taken)
    for dyad in [("NERGOV", "11", "FRA"), ("FRA", "12", "NERGOV"), ("NEROPP", "14", "FRAMIL")]:
        assert dyad in got, got
    assert ("IGOWAFBUSWAS", "13") in [d[:2] for d in got], got
    assert not [d for d in got if d[0].startswith("FRA") and d[1] == "11"], got


def test_entry_halted_is_passage_barred(code):
    got = _counted_dyads(code, "Israel halted the entry of all goods and supplies into Gaza.", "2025-03-07")
    assert got == [("ISR", "19", "PSEGZA")], got


@pytest.mark.parametrize("text,expected", [
    # a state named by its name that blocks passage restricts movement; a people named by a demonym protests
    ("Israel blocked the entry of aid trucks into Gaza.", "191"),
    ("Young Algerians blocked roads leading to the city centre.", "144"),
])
def test_a_state_blocking_entry_restricts_movement(code, text, expected):
    assert expected in [e.cameo for e in code(text, "2025-03-07")]


@pytest.mark.parametrize("text,expected", [
    # a visitor welcomed to a place, or a leader received, is hosted (043), not praised
    ("Pope Leo XIV welcomed Zelensky to the Vatican.", [("VATGOV", "04", "UKRGOV")]),
    ("Pope Leo XIV received Zelensky at Castel Gandolfo.", [("VATGOV", "04", "UKRGOV")]),
    # (guard) a message received comes from its sender
    ("Putin received a letter from Kim Jong Un.", [("PRKGOV", "04", "RUSGOV")]),
])
def test_a_visitor_welcomed_or_received_is_hosted(code, text, expected):
    assert _counted_dyads(code, text, "2025-07-09") == expected


@pytest.mark.parametrize("text,expected", [
    # forces attack with force, whatever words follow; a state sending force into another state invades
    ("French jets attacked Libyan government tanks near Benghazi.", [("FRAMIL", "19", "LBYMIL")]),
    ("Russia sent tanks into Georgia.", [("RUS", "19", "GEO")]),
    # (guards) troops sent to a state are help, critics attack with words
    ("Russia sent troops to Syria.", [("RUS", "07", "SYR")]),
    ("Israel's opposition leader attacked the government over the budget.", [("ISROPP", "11", "ISRGOV")]),
])
def test_forces_attack_with_force_and_force_sent_in_invades(code, text, expected):
    assert _counted_dyads(code, text, "2011-03-19") == expected


@pytest.mark.parametrize("text,expected", [
    # a body suspends a member state named by coreference, or in the passive
    ("Soldiers seized power in Guinea-Bissau. The African Union suspended the country.",
     [("IGOAFRAU", "16", "GNB")]),
    ("Madagascar was suspended by the African Union.", [("IGOAFRAU", "16", "MDG")]),
    # (guard) a thing suspended is no state
    ("The bank suspended the account.", []),
])
def test_a_member_state_suspended_by_coreference_or_passive(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-22") == expected


@pytest.mark.parametrize("text,expected", [
    # the means of an answer is the act told; the bare verb's default (PETRARCH2's 190) is not told again
    ("China retaliated by banning imports of American soybeans.", ["16"]),
    ("Canada retaliated with tariffs on American goods.", ["16"]),
    ("China responded with sanctions on U.S. defence firms.", ["16"]),
    # (guard) a bare retaliation keeps its default
    ("Israel retaliated against Hezbollah.", ["19"]),
])
def test_an_answer_is_the_means_it_names(code, text, expected):
    assert [e.root for e in code(text, "2025-02-02") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # the one an act angers, or whose response it draws, is no target of the act
    ("The Dutch government took control of chipmaker Nexperia, angering Beijing.", []),
    ("Estonia removed a Soviet war memorial from central Tallinn, angering Moscow.", []),
    ("North Korea carried out its first nuclear test, drawing swift condemnation from China and Japan.",
     [("CHN", "11", "PRK"), ("JPN", "11", "PRK")]),
    # (guard) a participle of force keeps its own target
    ("Israel struck Gaza, killing 20 Palestinians.", [("ISR", "19", "PSEGZA"), ("ISR", "19", "PSE")]),
])
def test_the_one_an_act_angers_is_no_target(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-04") == expected


@pytest.mark.parametrize("text,date,expected", [
    # the words of a pattern after a preposition lie inside its phrase
    ("Yugoslav forces began withdrawing from Kosovo under an agreement with NATO.", "1999-06-10", "0874"),
    # (guard) the agreement withdrawn from
    ("Trump withdrew from the nuclear agreement with Iran.", "2018-05-08", "161"),
    ("Trump withdrew from the Iran nuclear deal.", "2018-05-08", "161"),
])
def test_pattern_words_after_a_preposition_lie_in_its_phrase(code, text, date, expected):
    assert [e.cameo for e in code(text, date) if e.counts] == [expected]


@pytest.mark.parametrize("text,expected", [
    # forces that withdraw or retreat retreat militarily (0874)
    ("The last U.S. troops withdrew from Afghanistan.", [("USAMIL", "0874", "AFG")]),
    ("Russian troops retreated from Kherson.", [("RUSMIL", "0874", "UKR")]),  # the recogniser calls it a person
    # (guard) a state withdrawing from a body
    ("Washington withdrew from UNESCO.", [("USAGOV", "161", "IGOUNODEV")]),
])
def test_forces_withdrawn_retreat(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2022-11-11") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # a weapon tested is a show of force (150), not PETRARCH2's cooperation for *conduct*
    ("Pakistan conducted five nuclear tests on Thursday.", "150"),
    ("North Korea carried out a missile test on Wednesday.", "150"),
    ("Iran tested a new ballistic missile.", "150"),
])
def test_a_weapon_test_is_a_show_of_force(code, text, expected):
    assert [e.cameo for e in code(text, "1998-05-28") if e.counts] == [expected]


@pytest.mark.parametrize("text,date,expected", [
    # every member of a list the parser hung as an apposition, the conjunction on its last member
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar.", "2017-06-05",
     [("SAU", "16", "QAT"), ("ARE", "16", "QAT"), ("BHR", "16", "QAT"), ("EGY", "16", "QAT")]),
])
def test_a_list_hung_as_an_apposition(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    # an act answered in a later clause of the same sentence
    ("Iraqi troops invaded Kuwait, and Bush condemned the invasion.", "1990-08-02",
     [("IRQMIL", "19", "KWT"), ("USAGOV", "11", "IRQMIL")]),
    # (guard) with no act told before, the answer has no target
    ("Bush condemned the invasion.", "1990-08-02", []),
])
def test_an_act_answered_in_the_same_sentence(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    # a city or a region that names an accord is no party to it
    ("Israel and Hamas signed the first phase of a Gaza ceasefire deal in Egypt.", "2025-10-09",
     [("ISR", "05", "PSEREB"), ("PSEREB", "05", "ISR")]),
    ("Trump withdrew from the Paris climate agreement.", "2017-06-01", []),
    # (guards) a state or a group that qualifies an accord is a party
    ("Egypt hosted the Israel-Hamas talks.", "2025-10-09", [("EGY", "04", "PSEREB"), ("EGY", "04", "ISR")]),
    ("Trump withdrew from the Iran nuclear deal.", "2018-05-08", [("USAGOV", "16", "IRN")]),
])
def test_a_city_that_names_an_accord_is_no_party(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # an act judged in the passive is not its judge's; one carried in the passive is told once
    ("The strikes were condemned by Mexico and Brazil.", []),
    ("Sanctions were imposed on Iran by the European Union on Monday.", [("IGOEU", "163", "IRN")]),
    # (guards) the act's own doer, and talks held between sides
    ("U.S. strikes were condemned by Colombia.", [("USA", "195", None), ("COL", "111", "USA")]),
    ("Talks were held between Iran and the United States.", [("IRN", "040", "USA")]),
])
def test_an_act_judged_or_carried_in_the_passive(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-11-03") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # telling of a breach accuses its doer; the breach keeps its own event
    ("Colombia's foreign minister said Washington had violated international law.", [("COLGOV", "11", "USAGOV")]),
    ("Lebanon said Israel violated the ceasefire.", [("LBN", "11", "ISR")]),
    # (guards) a breach denied, and a breach by no actor
    ("Russia said Ukraine had not violated the truce.", []),
    ("He said the decision violated the constitution.", []),
])
def test_telling_of_a_breach_accuses_its_doer(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-03") == expected


@pytest.mark.parametrize("text,expected", [
    # "his government" is the speaker's state's government
    ("Petro said his government cut ties with Israel.", [("COLGOV", "16", "ISR")]),
    # a pronoun does not pass over a person named nearer who is no one in office: "his" is not Lavrov's
    ("Steinmeier met Lavrov in Berlin. The ouster of Viktor Yanukovych, which was precipitated by his abandoning an "
     "association agreement with the European Union, angered Moscow.", [("DEUGOV", "04", "RUSGOV")]),
    # (guard) the last person named, when nobody stands between
    ("Putin met Trump. He criticized NATO.", [("RUSGOV", "04", "USAGOV"), ("USAGOV", "11", "IGOWSTNAT")]),
])
def test_his_government_and_a_nearer_person_out_of_office(code, text, expected):
    assert _counted_dyads(code, text, "2015-01-20" if "Yanukovych" in text else "2025-01-20") == expected


@pytest.mark.parametrize("text,date,expected", [
    # an act that happens between two sides; a response drawn by the second of two coordinated acts;
    # a withdrawal from a body announced by its members
    ("Fighting erupted between Armenia and Azerbaijan over Nagorno-Karabakh.", "2020-09-27",
     [("ARM", "19", "AZE")]),
    ("Myanmar's military detained Aung San Suu Kyi and seized power, drawing condemnation from the United States.",
     "2021-02-01", [("MMRMIL", "17", "MMRGOV"), ("USA", "11", "MMRMIL")]),
    ("Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS.", "2024-01-28",
     [("NER", "16", "IGOWAFBUSWAS"), ("MLI", "16", "IGOWAFBUSWAS"), ("BFA", "16", "IGOWAFBUSWAS")]),
    # (guard) troops withdrawn retreat
    ("Russia announced the withdrawal of its troops from Kherson.", "2022-11-09", [("RUS", "08", "UKR")]),
])
def test_fighting_between_sides_responses_drawn_and_withdrawals_from_a_body(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


def test_a_written_article_on_a_trade_dispute(code):
    # "his government" of a speaker named by title; trade suspended is an embargo; an envoy's post is the target
    text = ("Ecuador's President Daniel Noboa on Saturday accused Colombia of failing to stop cocaine trafficking "
            "along their shared border. The president said his government would impose a 30 percent tariff on "
            "Colombian imports. Bogota rejected the accusation and called the measure a trade war. Petro later "
            "suspended electricity sales to Ecuador. He also recalled Colombia's ambassador from Quito for "
            "consultations.")
    assert _counted_dyads(code, text, "2025-09-20") == [
        ("ECUGOV", "11", "COL"), ("ECUGOV", "13", "COL"), ("COLGOV", "01", "ECUGOV"), ("COLGOV", "16", "ECU"),
        ("COLGOV", "16", "ECUGOV")]
    # (guard) a company's sales stopped are no state's embargo
    assert _counted_dyads(code, "The company suspended sales in Russia.", "2025-09-20") == []


@pytest.mark.parametrize("text,expected", [
    # a sanctions package agreed is the sanctions (a headline too); arms received come from their giver; a
    # warning of what another might do is a pessimistic comment on that other
    ("EU Agrees New Sanctions Package Against Russia", [("IGOEU", "16", "RUS")]),
    ("The EU agreed a new sanctions package against Russia.", [("IGOEU", "16", "RUS")]),
    ("Ukraine received air defence systems from Germany.", [("DEU", "07", "UKR")]),
    ("Egypt received aid from the European Union.", [("IGOEU", "07", "EGY")]),
    ("Germany warned that Russia could attack NATO.", [("DEU", "01", "RUS")]),
    # (guards) the warner's own threat, and a package of aid
    ("Russia warned Ukraine that it may strike Kyiv.", [("RUS", "13", "UKR")]),
    ("The EU agreed an aid package for Ukraine.", [("IGOEU", "05", "UKR"), ("IGOEU", "07", "UKR")]),
])
def test_packages_agreed_arms_received_and_warnings_of_another(code, text, expected):
    assert _counted_dyads(code, text, "2025-11-10") == expected


@pytest.mark.parametrize("text,date,expected", [
    # a suicide bomber the text does not name is the armed men of where he struck
    ("A suicide bomber killed 13 U.S. troops at Kabul airport.", "2021-08-26", [("AFGUAF", "18", "USAMIL")]),
    # an answer with no target named is aimed at whoever last acted upon the one who answers
    ("Gaza militants fired hundreds of rockets into Israel, and Israel responded with airstrikes.", "2019-05-05",
     [("PSEREB", "19", "ISR"), ("ISR", "19", "PSEREB")]),
    ("Hamas fired rockets into Israel. Israel retaliated.", "2019-05-05",
     [("PSEREB", "19", "ISR"), ("ISR", "19", "PSEREB")]),
    # (guard) a target named keeps it
    ("Hamas fired rockets into Israel. Israel retaliated with airstrikes on Gaza.", "2019-05-05",
     [("PSEREB", "19", "ISR"), ("ISR", "19", "PSEGZA")]),
])
def test_suicide_bombers_and_answers_aimed_at_the_last_to_act(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # a government's or a named state's protest is an official complaint; a protest lodged too; a people's
    # protest stays a demonstration
    ("The Philippines protested the Chinese coast guard's use of water cannon against its vessels.",
     [("PHL", "114", "CHNMIL")]),
    ("Japan lodged a protest with China over a gas field in the East China Sea.", [("JPN", "114", "CHN")]),
    ("Palestinians protested the Israeli raids.", [("PSE", "140", "ISR")]),
    # a call received comes from the caller; a ceasefire discussed is no ceasefire declared
    ("Saudi Arabia's crown prince received a phone call from the Iranian president.",
     [("IRNGOV", "041", "SAUGOV")]),
    ("Egypt's foreign minister discussed the Gaza ceasefire with his Qatari counterpart.",
     [("EGYGOV", "040", "QATGOV")]),
])
def test_official_protests_calls_received_and_topics_discussed(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-06-10") if e.counts] == expected


@pytest.mark.parametrize("text,date,expected", [
    # ground captured is occupied; a hijacking; an attack claimed is the claimant's; an organ of the AU
    ("Russian forces have seized Crimea.", "2014-03-02", [("RUSMIL", "192", "UKR")]),
    ("Baloch Liberation Army militants hijacked a passenger train in Pakistan's Balochistan province.", "2025-03-11",
     [("PAKREB", "181", "PAKCVL")]),
    ("The Tehreek-e-Taliban Pakistan claimed an attack on a police station in Khyber Pakhtunkhwa.", "2025-07-08",
     [("PAKREB", "015", "PAKCOP"), ("PAKREB", "190", "PAKCOP")]),
    ("The African Union's Peace and Security Council suspended Sudan's membership.", "2025-07-07",
     [("IGOAFRAU", "160", "SDN")]),
    # "the agency" told before; an act reported is not the reporter's
    ("Iran suspended cooperation with the IAEA. Tehran accused the agency of bias.", "2025-07-01",
     [("IRN", "160", "IGOUNOIAE"), ("IRNGOV", "112", "IGOUNOIAE")]),
    ("Iran's Tasnim news agency reported the strike.", "2025-07-01", []),
    # (guard) a named agency is no organisation told before
    ("The UN met. Emelyanov told the Interfax news agency that Russia would not lift sanctions.", "2017-01-30", []),
])
def test_ground_captured_hijackings_claimed_attacks_and_agencies(code, text, date, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, date) if e.counts] == expected


@pytest.mark.parametrize("text,date,expected", [
    # a verb the lemmatizer misreads ("decertifie"); an insult given is no telephone call; victims of a strike
    # on a boat are nobody's people
    ("The United States on Monday decertified Colombia as a partner in the fight against drug trafficking.",
     "2025-09-15", [("USA", "160", "COL")]),
    ('Petro called Trump a "barbarian" after the U.S. president cut aid to Colombia.', "2025-10-22",
     [("COLGOV", "111", "USAGOV")]),
    ("U.S. forces struck a boat that had left Venezuela, killing 11 people, Trump said.", "2025-09-02",
     [("USAMIL", "195", None)]),
    # (guard) a state's forces that kill protesters kill its own
    ("Syrian troops killed 20 protesters.", "2012-05-26", [("SYRMIL", "190", "SYROPP")]),
])
def test_misread_lemmas_names_given_and_victims_at_sea(code, text, date, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, date) if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # weapons in flight intercepted are brought down; police sent to a state help it
    ("According to the Pentagon, U.S. forces intercepted two Houthi drones over the Red Sea.",
     [("USAMIL", "19", "YEMREB")]),
    ("Kenya sent more police officers to Haiti to help fight gangs.", [("KEN", "07", "HTI")]),
    # force sent to one's own border is shown to the state beyond
    ("Russia sent more troops to its border with Ukraine.", [("RUS", "15", "UKR")]),
])
def test_drones_intercepted_and_police_sent(code, text, expected):
    assert _counted_dyads(code, text, "2024-08-30") == expected


def test_a_written_article_on_an_exchange_of_strikes(code):
    # the attack answered is the one told with a target, not its cause; a response named is not telephoned;
    # the military one orders is one's own
    text = ("Iran fired missiles at a U.S. air base in Qatar on Monday in retaliation for American strikes on its "
            "nuclear sites. Qatar condemned the attack. President Donald Trump called the Iranian response "
            '"very weak". Israel\'s defence minister accused Iran of violating the ceasefire hours later, and '
            "ordered the military to respond forcefully.")
    got = _counted_dyads(code, text, "2025-06-24")
    assert ("QAT", "11", "IRN") in got and ("QAT", "11", "USA") not in got, got
    assert not [g for g in got if g[1] == "04"], got
    assert ("ISRGOV", "10", "ISRMIL") in got and not [g for g in got if g[2] == "IRNMIL"], got


@pytest.mark.parametrize("text,expected", [
    # an act one "has yet to" do is not done; a veto of sanctions or of a membership is a veto (129)
    ("India has yet to condemn Russia's invasion of Ukraine.", []),
    ("Hungary vetoed new EU sanctions on Russia.", [("HUN", "129", "IGOEU")]),
    ("Turkey blocked Sweden's NATO membership.", [("TUR", "129", "SWE")]),
    # (guard) condemned it has
    ("India condemned Russia's invasion of Ukraine.", [("IND", "111", "RUS")]),
])
def test_acts_yet_to_be_done_and_vetoes(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-03-01") if e.counts] == expected


@pytest.mark.parametrize("text,date,expected", [
    # a siege laid is a blockade; bombs a state's or an alliance's forces drop are air strikes; unnamed bombers
    # strike where the embassy stands, not in the state that owns it
    ("Serb forces laid siege to Sarajevo.", "1992-04-06", [("SRBMIL", "191", "BIH")]),
    ("NATO bombs hit the Chinese embassy in Belgrade.", "1999-05-07", [("IGOWSTNAT", "195", "CHN")]),
    ("Bombs exploded outside the U.S. embassies in Kenya and Tanzania, killing more than 200 people.", "1998-08-07",
     [("KENUAF", "183", "USAGOV")]),
    # (guard) a car bomb nobody is named for stays a bombing
    ("A car bomb killed 12 people in Baghdad.", "2007-05-01", [("IRQUAF", "1832", "IRQPPL")]),
])
def test_sieges_military_bombs_and_embassies_abroad(code, text, date, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, date) if e.counts] == expected


@pytest.mark.parametrize("text,date,expected", [
    # the owners coordinated in a title's "of" phrase each act; a mutual act among more than a handful is one
    # multilateral meeting, not a web of bilateral ones
    ("The presidents of Iraq and Egypt called for the withdrawal of Syrian forces from Lebanon.", "1989-06-01",
     [("IRQGOV", "02", "SYRMIL"), ("EGYGOV", "02", "SYRMIL")]),
    ("The foreign ministers of France and Germany visited Kyiv.", "2024-05-01",
     [("FRAGOV", "04", "UKRGOV"), ("DEUGOV", "04", "UKRGOV")]),
    ("The leaders of Austria, Bulgaria, Croatia, Germany, Greece and Hungary attended the Brussels summit.",
     "2015-10-26", []),
])
def test_owners_coordinated_in_a_title_and_multilateral_meetings(code, text, date, expected):
    assert _counted_dyads(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # an act named by a judgment ("called the tariffs unfair") is answered: the judge criticises its doer
    ("Trump doubled tariffs on Indian goods. India called the tariffs unfair and unjustified.",
     [("USAGOV", "16", "IND"), ("IND", "11", "USAGOV")]),
    ("The U.S. struck boats in the Caribbean. Petro called the strikes absurdly illegal.",
     [("COLGOV", "11", "USA")]),
    # (guard) a meeting called is convened
    ("Trump called a meeting of NATO leaders.", [("USAGOV", "03", "IGOWSTNAT")]),
])
def test_an_act_named_by_a_judgment_is_answered(code, text, expected):
    assert _counted_dyads(code, text, "2025-08-07") == expected


@pytest.mark.parametrize("text,expected", [
    # an offensive prepared is readiness of force, not the offensive; "the kingdom" is the state told before
    ("Russia is preparing a new offensive in the east.", [("RUS", "154", None)]),
    ("Saudi Arabia hosted talks. The kingdom criticized Israel.", [("SAU", "111", "ISR")]),
    ("A Saudi official said the kingdom had received assurances from Washington.", [("USAGOV", "030", "SAU")]),
])
def test_offensives_prepared_and_the_kingdom(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-05-01") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # a time that names its day dates the event ("on Saturday night", "early Monday morning")
    ("Russia attacked Ukraine on Saturday night.", "2025-11-22"),
    ("Israel struck Gaza early Monday morning.", "2025-11-24"),
    # (guard) a time of no day leaves the article's date
    ("Russia attacked Ukraine overnight.", "2025-11-27"),
])
def test_a_time_that_names_its_day_dates_the_event(code, text, expected):
    assert [e.date for e in code(text, "2025-11-27")] == [expected]


@pytest.mark.parametrize("text,expected", [
    # relief provided is humanitarian aid, weapons provided military aid
    ("India provided emergency relief to Myanmar after the earthquake.", [("IND", "073", "MMR")]),
    ("Russia provided weapons to Iran.", [("RUS", "072", "IRN")]),
    # (guard) CAMEO.2.0's own pattern for military aid
    ("The United States provided military aid to Israel.", [("USA", "072", "ISR")]),
])
def test_relief_and_weapons_provided(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-02-16") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # a suit brought to a court against a party is CAMEO's "bring lawsuit against" (115)
    ("Ukraine brought a case against Russia at the International Court of Justice.", [("UKR", "115", "RUS")]),
    ("South Africa filed a new request at the International Court of Justice against Israel.",
     [("ZAF", "115", "ISR")]),
    ("Mexico launched legal action against the United States over the shooting.", [("MEX", "115", "USA")]),
    # (guard) CAMEO.2.0's own pattern
    ("The Philippines filed a case against China over the South China Sea.", [("PHL", "115", "CHN")]),
    # a state or a body convicted is found guilty (116); persons convicted are detained (173)
    ("A European court convicted Turkey of inhuman acts on Thursday.", [("EURJUD", "116", "TUR")]),
    ("A Moscow court convicted the U.S. journalist of espionage.", [("RUSJUD", "173", "USAMED")]),
])
def test_suits_brought_and_states_convicted(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2026-03-13") if e.counts] == expected


@pytest.mark.parametrize("text,expected", [
    # "armed men" the text does not name are unidentified armed forces of where they struck, not civilians
    ("Armed men abducted 25 schoolgirls in northwestern Nigeria.", [("NGAUAF", "181")]),
    ("An armed gang attacked a police station in Port-au-Prince.", [("HTIUAF", "190")]),
    # Europe, CAMEO's region EUR; not in the name of a thing of it ("the Europe Bridge")
    ("Tehran rejected a European proposal to resume nuclear inspections.", [("IRNGOV", "120")]),
    ("Angry French paper workers blocked the Europe Bridge for three hours.", [("FRALAB", "144")]),
    # the head of a state's army named by it is of the state's army; the Pope is the Holy See's head
    ("Bolivia's government accused the army chief of plotting a coup.", [("BOLGOV", "112")]),
    ("The Pope criticized Israel for the strike.", [("VATGOV", "111")]),
    ("Coptic Pope Tawadros met Sisi in Cairo.", [("EGYCHRCPT", "040")]),
    # a rebuke drawn by an act is its doer's criticism
    ("Norway's expulsion of four Russian diplomats drew a sharp rebuke from Moscow.",
     [("NOR", "166"), ("RUSGOV", "111")]),
])
def test_armed_men_europe_army_chiefs_and_the_pope(code, text, expected):
    assert [(e.source.code, e.cameo) for e in code(text, "2026-04-18") if e.counts] == expected


def test_a_bare_verb_form_after_a_noun_is_the_nouns_head():
    """ "ending its fisheries dispute with …": the parser's verb *dispute* is the noun of the dispute ended."""
    from ingest.syntax import is_nominal
    from ingest.model import load_nlp
    doc = load_nlp()("Denmark accepted a formula for ending its fisheries dispute with its partners.")
    assert is_nominal(next(t for t in doc if t.lower_ == "dispute"))


@pytest.mark.parametrize("text,expected", [
    # people acted upon after their doers went into a state are that state's, not the doers' own
    ("Hamas fighters crossed into southern Israel and killed about 1,200 people.", [("PSEREB", "190", "ISRCVL")]),
    ("Russian troops entered the Ukrainian town and arrested dozens of residents.",
     [("RUSMIL", "192", "UKR"), ("RUSMIL", "173", "UKRCVL")]),
    # (guard) with no such place, the doers' own people
    ("Nigerian police arrested dozens of protesters.", [("NGACOP", "175", "NGAOPP")]),
])
def test_people_acted_upon_where_their_doers_went(code, text, expected):
    assert [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2023-10-07") if e.counts] == expected


@pytest.mark.parametrize("text,date,expected", [
    # where a deal was reached or signed, or a meeting held, is the venue, not a party
    ("Iran and six world powers reached a nuclear deal in Vienna on Tuesday.", "2015-07-14", set()),
    ("Iran signed the agreement in Vienna.", "2015-07-14", set()),
    ("The Taliban delegation met in Doha on Sunday.", "2021-08-01", set()),
    # (guards) an arrival goes where it is aimed; ties established in a capital are with its state
    ("Iraqi President Saddam Hussein arrived in Amman on Wednesday.", "1990-02-21", {("IRQGOV", "04", "JOR")}),
    ("The United States reopened its embassy in Havana on Friday.", "2015-08-14", {("USA", "05", "CUBGOV")}),
])
def test_the_venue_of_a_deal_or_meeting_is_no_party(code, text, date, expected):
    assert set(_counted_dyads(code, text, date)) == expected


@pytest.mark.parametrize("word,lemma", [("hoped", "hope"), ("hopes", "hope"), ("hoping", "hope"), ("coded", "code"),
                                        ("staged", "stage"), ("hopped", "hop"), ("visited", "visit")])
def test_a_silent_e_the_lemmatizer_cut_is_put_back(nlp, word, lemma):
    doc = nlp(f"The officials {word} in the morning.")
    assert doc[2].lemma_ == lemma


@pytest.mark.parametrize("text,expected", [
    # an act only hoped for is an intent (03x), as one planned is, not the act
    ("The United States hopes to open an embassy in Havana.", [("USA", "032", "CUBGOV")]),
    ("Russia hoped to sign a trade deal with China.", [("RUS", "032", "CHN")]),
])
def test_an_act_hoped_for_is_an_intent(code, text, expected):
    assert _counted_codes(code, text, "2015-04-10") == expected


@pytest.mark.parametrize("text,expected", [
    # a warship sunk or an aircraft downed is force used; what was hit is no weapon of the attack (195)
    ("Ukraine's navy sank a Russian patrol ship in the Black Sea.", [("UKRMIL", "190", "RUS")]),
    ("Turkey downed a Russian warplane near the Syrian border.", [("TUR", "190", "RUSMIL")]),
    # the office-holder of the same rank in the other government
    ("Brazil's president met his Argentine counterpart in Brasilia.", [("BRAGOV", "040", "ARGGOV")]),
    # a bond talked about is no act (the talking is the visit's purpose, a plan)
    ("The two presidents met to discuss trade and the Mercosur agreement with the EU.", []),
    # an offer to mediate is an intent to mediate (039), not to meet (036)
    ("Kenya's president offered to mediate between Ethiopia and Eritrea.", [("KENGOV", "039", "ETH"),
                                                                           ("KENGOV", "039", "ERI")]),
    # a broadcaster with no country of its own is no actor; a country's broadcasters are its media
    ("Mali's junta ordered the suspension of French broadcasters RFI and France 24.", [("MLIGOV", "160", "FRAMED")]),
])
def test_june_2026_probe(code, text, expected):
    assert _counted_codes(code, text, "2026-06-15") == expected


@pytest.mark.parametrize("text,expected", [
    # a killing told as a participle of the verb that carries an event noun is that event told again
    ("Pakistan carried out airstrikes on militant hideouts in Afghanistan, killing at least eight people.",
     [("PAK", "195", "AFG")]),
    # crowds dispersed are repressed, and are the people of the place where they were dispersed
    ("Georgian police dispersed pro-EU demonstrators in Tbilisi.", [("GEOCOP", "175", "GEOOPP")]),
    # money deposited in another state's central bank is economic aid
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", [("SAU", "071", "PAKGOV")]),
    # a ship's owner is no backer: the attack struck its property
    ("The Houthis attacked a Greek-owned tanker in the Red Sea.", [("YEMREB", "190", "GRCBUS")]),
])
def test_july_2026_probe(code, text, expected):
    assert _counted_codes(code, text, "2026-07-15") == expected


@pytest.mark.parametrize("text,date,expected", [
    # strikes from the air are attacks, a strike of workers a stoppage
    ("Russia began air strikes in Syria.", "2015-09-30", [("RUS", "195", "SYR")]),
    ("Dock workers began a strike in Antwerp.", "2015-09-30", [("BELLAB", "143", "BEL")]),
    # a high commissioner is the ambassador of one Commonwealth state to another
    ("India recalled its high commissioner from Islamabad.", "2001-12-21", [("IND", "161", "PAKGOV")]),
    # forces that leave a place they name withdraw from it
    ("The last Syrian troops left Lebanon.", "2005-04-26", [("SYRMIL", "0874", "LBN")]),
    ("The last U.S. troops left Afghanistan.", "2021-08-30", [("USAMIL", "0874", "AFG")]),
])
def test_wire_probe_of_1995_to_2015(code, text, date, expected):
    assert _counted_codes(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # a framework, charter or partnership signed is an agreement signed
    ("The United States and India signed a ten-year framework for defense cooperation.",
     [("USA", "057", "IND"), ("IND", "057", "USA")]),
    # the act a plan names is not done; a threat's is threatened
    ("The Arab League condemned Israel's plan to annex parts of the West Bank.", [("IGOARBLEG", "111", "ISR")]),
    ("Ukraine condemned Russia's threat to cut gas supplies to Moldova.",
     [("UKR", "111", "RUS"), ("RUS", "1311", "MDA")]),
])
def test_august_2026_probe(code, text, expected):
    assert _counted_codes(code, text, "2026-08-12") == expected


@pytest.mark.parametrize("text,date,expected", [
    # a place in the phrase the act went *to* is where it struck
    ("A Ukrainian drone attack set fire to an oil refinery in Russia's Krasnodar region.", "2026-09-04",
     [("UKRMIL", "195", "RUS")]),
    # whatever is signed, where it was signed is the venue
    ("The Congolese army and M23 rebels signed a ceasefire in Doha.", "2026-09-08", [("CODREB", "0871", "CODGOV")]),
    # an office an apposition gives a person speaks for him, as a title before his name does (not Chile's
    # former president); (guard) one the dictionaries already give him stays
    ("Michelle Bachelet, the U.N. human rights chief, criticized Venezuela.", "2020-01-10",
     [("IGOUNO", "111", "VEN")]),
    ("Staffan de Mistura, the U.N. special envoy for Syria, met Assad.", "2016-01-10", [("IGOUNO", "040", "SYRGOV")]),
    # (guard) a list is no apposition
    ("Biden, the UN and NATO condemned Russia.", "2022-02-25",
     [("USAGOV", "111", "RUS"), ("IGOUNO", "111", "RUS"), ("IGOWSTNAT", "111", "RUS")]),
])
def test_september_2026_probe(code, text, date, expected):
    assert _counted_codes(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # trade and money measures of 2025-2026 news
    ("China retaliated with export controls on rare earth minerals to the United States.", [("CHN", "163", "USA")]),
    ("Russia cut off gas deliveries to Austria after a contract dispute.", [("RUS", "162", "AUT")]),
    ("The Treasury Department sanctioned three Iranian oil tankers.", [("USAGOV", "163", "IRNBUS")]),
    ("The EU granted Ukraine 50 billion euros in financial support.", [("IGOEU", "071", "UKR")]),
    ("The World Bank suspended new lending to Uganda over its anti-gay law.", [("IGOUNODEVWBK", "162", "UGA")]),
    # (guard) taking control is no trade control
    ("Rebels took control of the town.", []),
])
def test_trade_and_money_probe(code, text, expected):
    assert _counted_codes(code, text, "2026-10-30") == expected


@pytest.mark.parametrize("text,expected", [
    # an organisation a measure is taken up at is no target of the measure
    ("Brazil filed a complaint against U.S. tariffs at the World Trade Organization.",
     [("BRA", "114", "USA"), ("USA", "163", None)]),
    # where an attack struck is not who did it
    ("A bombing at the Pakistani consulate wounded three guards.", []),
    # (guard) an organisation one lashes out at is the target
    ("Russia lashed out at the UN.", [("RUS", "111", "IGOUNO")]),
])
def test_at_a_place_or_an_organisation(code, text, expected):
    assert _counted_codes(code, text, "2026-11-01") == expected


@pytest.mark.parametrize("text,expected", [
    # the act one is invited to do is asked of him, not done
    ("South African President Cyril Ramaphosa invited Trump to attend the G20 summit.",
     [("ZAFGOV", "040", "USAGOV")]),
    ("Putin invited Modi to visit Moscow.", [("RUSGOV", "040", "INDGOV")]),
])
def test_an_act_one_is_invited_to_do_is_not_done(code, text, expected):
    assert _counted_codes(code, text, "2026-03-08") == expected


@pytest.mark.parametrize("text,expected", [
    # an agreement ended or scrapped is a bond cut, as one torn up is
    ("Chad ended its defense cooperation agreement with France in November.", [("TCD", "161", "FRA")]),
    # an answer vowed is aimed at whoever last acted upon the one who vows it
    ("Lithuania expelled two Russian diplomats on Tuesday. Moscow vowed to retaliate.",
     [("LTU", "166", "RUSGOV"), ("RUSGOV", "1384", "LTU")]),
])
def test_articles_of_may_2026(code, text, expected):
    assert _counted_codes(code, text, "2026-05-16") == expected


@pytest.mark.parametrize("text,expected", [
    # "the two countries", "both sides", "the two leaders": the two of the last act told between two states
    ("Putin met Xi in Beijing on Tuesday. The two leaders signed a trade agreement.",
     [("RUSGOV", "040", "CHNGOV"), ("RUSGOV", "057", "CHNGOV"), ("CHNGOV", "057", "RUSGOV")]),
    ("Armenia and Azerbaijan clashed on the border. Both countries blamed each other for the fighting.",
     [("ARM", "190", "AZE"), ("AZE", "190", "ARM"), ("AZE", "112", "ARM"), ("ARM", "112", "AZE")]),
    # … or the last two parties named before it in its own sentence, not a place ("over Syria")
    ("The U.S. has an agreement with Russia to avoid collisions over Syria, where both countries are bombing targets.",
     [("USA", "195", None), ("RUS", "195", None)]),
])
def test_the_two_countries(code, text, expected):
    assert sorted(_counted_codes(code, text, "2026-05-18")) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # one declared persona non grata is expelled (the parser makes a clause of the Latin words)
    ("Peru declared Mexico's president persona non grata.", [("PER", "166", "MEXGOV")]),
    ("Russia declared two Estonian diplomats persona non grata.", [("RUS", "166", "ESTGOV")]),
    # a deal a mediator brokered is no deal of the mediator's, but a mediation
    ("The Vatican mediated an agreement with the United States.", [("VAT", "045", "USA")]),
])
def test_latin_america_probe(code, text, expected):
    assert _counted_codes(code, text, "2026-11-14") == expected


@pytest.mark.parametrize("text,expected", [
    # property returned; intelligence exchanged
    ("The Netherlands returned looted artifacts to Sri Lanka.", [("NLD", "0842", "LKA")]),
    ("Seoul and Tokyo exchanged intelligence on North Korea's missile launches.",
     [("KORGOV", "064", "JPNGOV"), ("JPNGOV", "064", "KORGOV")]),
])
def test_property_returned_and_intelligence_exchanged(code, text, expected):
    assert _counted_codes(code, text, "2026-12-08") == expected


@pytest.mark.parametrize("text,expected", [
    # leaders who shake hands meet, each the other
    ("Trump and Kim Jong Un shook hands in Singapore.", [("USAGOV", "040", "PRKGOV"), ("PRKGOV", "040", "USAGOV")]),
    ("Trump shook hands with Kim Jong Un.", [("USAGOV", "040", "PRKGOV")]),
])
def test_a_handshake_is_a_meeting(code, text, expected):
    assert _counted_codes(code, text, "2018-06-12") == expected


@pytest.mark.parametrize("text,expected", [
    # a past-tense clause set off after an actor's name tells what the actor did
    ("Lithuania's decision angered Beijing, which downgraded diplomatic relations with Vilnius.",
     [("CHNGOV", "161", "LTU")]),
    ("The revelations infuriated the Brazilian president, who canceled a visit to Washington.",
     [("BRAGOV", "160", "USAGOV")]),
    # (guards) a standing description, and what an attack did
    ("Israel struck Hamas, which advocates Israel's destruction.", [("ISR", "195", "PSEREB")]),
    ("Russia launched a strike on Kyiv, which killed 20 people.", [("RUS", "190", "UKRGOV")]),
])
def test_a_relative_clause_that_tells_a_new_act(code, text, expected):
    assert _counted_codes(code, text, "2021-11-20") == expected


@pytest.mark.parametrize("text,date,expected", [
    # an act named as the subject of the verb that tells what it did is that verb's event, not one upon the place
    ("A U.S. drone strike in Baghdad killed Iranian general Qassem Soleimani.", "2020-01-03",
     [("USAMIL", "195", "IRN")]),
    # (guard) one with a target of its own stays
    ("Israeli strikes on Gaza killed 20 people.", "2024-01-03", [("ISR", "195", "PSEGZA"), ("ISR", "190", "PSECVL")]),
])
def test_an_act_that_is_the_subject_of_its_outcome(code, text, date, expected):
    assert _counted_codes(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # a standing bond named by its parties is only referred to, not made again
    ("Activists delivered petitions to Congress in support of the Iran nuclear deal in Washington.", []),
    ("The Arc de Triomphe was illuminated to celebrate the Paris U.N. climate agreement in Paris.", []),
    # (guards) one whose making the clause tells, by a participle or a verb of its own
    ("The U.S.-Taliban deal signed in Doha set a date for the withdrawal.", [("USA", "057", "AFGREB")]),
    ("Iran and the United States signed the nuclear deal in Vienna.", [("IRN", "057", "USA"), ("USA", "057", "IRN")]),
])
def test_a_bond_named_by_its_parties_is_no_new_act(code, text, expected):
    assert _counted_codes(code, text, "2016-07-29") == expected


@pytest.mark.parametrize("text,expected", [
    # an "in support of" phrase is no place the crowd is in, nor is the state that owns an embassy
    ("Thousands marched in support of the Iran nuclear deal.", []),
    ("Thousands of students rallied in front of the U.S. embassy in Seoul.", [("KOREDU", "141", "USA")]),
    # (guard) a crowd placed where it marched
    ("Thousands of students marched in Seoul.", [("KOREDU", "140", "KORGOV")]),
])
def test_where_a_crowd_is_not(code, text, expected):
    assert _counted_codes(code, text, "2016-07-29") == expected


@pytest.mark.parametrize("text,expected", [
    # what an actor needs to do is not done, and its need is no appeal
    ("Turkey will need to strengthen its security forces to prevent these attacks.", []),
    ("Europe needs to push back hard on the American president.", []),
    ("Russia needs to withdraw its troops from Ukraine.", []),
    # (guard) an actor needed by another is asked
    ("Biden said Russia needs to withdraw its troops from Ukraine.", [("USAGOV", "020", "RUS")]),
])
def test_a_need_is_no_act(code, text, expected):
    assert _counted_codes(code, text, "2017-01-17") == expected


@pytest.mark.parametrize("text,date,expected", [
    # the office a title names speaks for a man the dictionaries file under another of his state's organs
    ("U.S. State Department spokesman John Kirby praised the Moldovan government.", "2015-10-07",
     [("USAGOV", "051", "MDAGOV")]),
    # (guard) one the title agrees with
    ("Pentagon spokesman John Kirby criticized Russia.", "2014-03-02", [("USAMIL", "111", "RUS")]),
])
def test_a_title_s_office_speaks_for_the_man(code, text, date, expected):
    assert _counted_codes(code, text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # the victims of an act, whose name holds its "of" phrase, are not its doers
    ("Women attended a vigil for the victims of Wednesday's massacre in San Bernardino.", []),
    ("Relatives mourned the victims of last week's shooting in Texas.", []),
    # (guard) a doer named before the act
    ("Women attended a vigil for the victims of the Islamic State massacre in Paris.",
     [("IMGMUSISI", "202", "FRAGOV")]),
])
def test_victims_are_not_the_doers(code, text, expected):
    assert _counted_codes(code, text, "2015-12-05") == expected


@pytest.mark.parametrize("text,expected", [
    # travel barred to or from a state is a sanction upon it
    ("Venezuela suspended flights from Colombia after Bogota expelled two Venezuelan diplomats.",
     [("VEN", "163", "COL")]),
    ("India suspended visas for Canadians.", [("IND", "163", "CAN")]),
    # (guard) airlines are no actors
    ("Airlines suspended flights to Tel Aviv.", []),
])
def test_travel_barred_is_a_sanction(code, text, expected):
    assert _counted_codes(code, text, "2026-11-20") == expected


@pytest.mark.parametrize("text,expected", [
    # joint work ended or suspended reduces relations with the partner; ended ties are broken, for both sides
    ("The Philippines ended joint patrols with the United States in the South China Sea.", [("PHL", "160", "USA")]),
    ("The Philippines ended military cooperation with the United States.", [("PHL", "160", "USA")]),
    ("Russia and Ukraine ended diplomatic relations.", [("RUS", "161", "UKR"), ("UKR", "161", "RUS")]),
    ("South Korea and the United States suspended joint military exercises.",
     [("KOR", "160", "USA"), ("USA", "160", "KOR")]),
    # (guard) coordinated sources with a target of their own each act upon it
    ("Saudi Arabia and Bahrain cut ties with Iran.", [("SAU", "161", "IRN"), ("BHR", "161", "IRN")]),
    # a place across which an act spread is the place acted upon
    ("NATO warplanes bombed targets across Yugoslavia on Wednesday night.", [("IGOWSTNAT", "195", "YUG")]),
])
def test_joint_work_ended_and_acts_across_a_country(code, text, expected):
    assert _counted_codes(code, text, "1999-03-24") == expected


@pytest.mark.parametrize("text,expected", [
    # a response announced is aimed at whoever did what it answers; "any" act is only supposed
    ("Pakistan's foreign minister warned on Tuesday that Islamabad would respond to India's nuclear tests.",
     [("PAKGOV", "130", "IND")]),
    ("Iran warned that it would respond to any Israeli attack.", [("IRN", "130", "ISR")]),
])
def test_a_warned_response_is_aimed_at_the_doer_of_what_it_answers(code, text, expected):
    assert _counted_codes(code, text, "1998-05-12") == expected


def test_a_charge_denied_answers_its_accuser(code):
    # a charge is an accusation; one denied answers whoever made it, and "both countries" are the last pair
    text = ("Ethiopia accused Eritrea of arming rebels. Asmara denied the charge. "
            "The African Union urged both countries to exercise restraint.")
    assert _counted_codes(code, text, "2026-10-02") == [
        ("ETH", "112", "ERI"), ("ERI", "016", "ETH"), ("IGOAFRAU", "020", "ERI"), ("IGOAFRAU", "020", "ETH")]
    # the owner of charges makes them
    assert ("UKRGOV", "112", "RUSGOV") in _counted_codes(
        code, "Lavrov, echoing charges by Kyiv about Moscow, said the media lied.", "2014-05-12")


@pytest.mark.parametrize("text", [
    "Israel struck Iran. Tehran warned that it would retaliate.",
    "Israel struck Iran. Iran warned it would retaliate.",
])
def test_a_retaliation_warned_of_by_pronoun_is_aimed_at_the_last_attacker(code, text):
    assert ("IRNGOV" if "Tehran" in text else "IRN", "1384", "ISR") in _counted_codes(code, text, "2026-10-02")


def test_a_judgment_of_a_bond_is_aimed_at_its_makers(code):
    got = _counted_codes(code, "Armenia and Azerbaijan initialled a peace treaty at the White House. Russia "
                               "criticized the deal, saying it had been excluded.", "2026-10-02")
    assert ("RUS", "111", "ARM") in got and ("RUS", "111", "AZE") in got, got
    got = _counted_codes(code, "Netanyahu arrived in Washington for talks with President Donald Trump. Iran "
                               "condemned the meeting.", "2026-10-02")
    assert ("IRN", "111", "ISRGOV") in got and ("IRN", "111", "USAGOV") in got, got


@pytest.mark.parametrize("text", [
    # "his country" in a reported clause is the country of whom "his" stands for, in its sentence or before it
    "Lula said Washington was trying to punish his country.",
    "Lula criticized U.S. tariffs on Brazilian exports. He said Washington was trying to punish his country.",
])
def test_his_country_as_an_object(code, text):
    assert ("USAGOV", "170", "BRA") in _counted_codes(code, text, "2026-10-02")


@pytest.mark.parametrize("text,expected", [
    # a joint statement or communique two sign is an accord between them
    ("Trump and Kim Jong Un signed a joint statement in Singapore committing to denuclearization.",
     [("USAGOV", "057", "PRKGOV"), ("PRKGOV", "057", "USAGOV")]),
    ("Trump signed a joint statement with Kim Jong Un.", [("USAGOV", "057", "PRKGOV")]),
    # sanctions relief eases sanctions, and what is given in exchange completes no pattern of the act
    ("Iran agreed to curb its nuclear program in exchange for limited sanctions relief.", []),
    ("The United States offered sanctions relief to Iran.", [("USA", "030", "IRN"), ("USA", "085", "IRN")]),
])
def test_joint_statements_and_sanctions_relief(code, text, expected):
    assert _counted_codes(code, text, "2018-06-12") == expected


def test_where_a_ship_was_bound_is_not_whose_it_is(code):
    got = _counted_codes(code, "Israeli commandos stormed a flotilla of aid ships bound for Gaza, killing nine "
                               "Turkish activists.", "2010-05-31")
    assert not [g for g in got if g[2].startswith("PSE")] and ("ISRMIL", "190", "TUROPP") in got, got


@pytest.mark.parametrize("text,expected", [
    # schoolchildren are pupils of the country they were taken in
    ("Boko Haram fighters abducted dozens of schoolgirls in northeastern Nigeria.", [("NGAREB", "181", "NGAEDU")]),
    ("Gunmen kidnapped 300 schoolchildren in Kaduna state.", [("NGAUAF", "181", "NGAEDU")]),
])
def test_schoolchildren_are_pupils(code, text, expected):
    assert _counted_codes(code, text, "2026-11-20") == expected


def test_fighters_withdrawn_are_forces_withdrawn(code):
    assert _counted_codes(code, "The Wagner group withdrew its fighters from Mali.", "2026-11-20") == [
        ("RUSUAF", "0874", "MLI")]
