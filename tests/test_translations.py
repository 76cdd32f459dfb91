"""Translations: found from what no language changes, and their aligned mentions merged."""
from __future__ import annotations

import datetime as dt

from chrono.events.detect import detect_events
from chrono.events.translations import align, find_translations, fingerprint, twin_mentions
from chrono.model import Document
from chrono.pipeline import analyse, build_timeline
from chrono.timex.recognize import recognize

ORIGINAL_ES = """Tribunal de Valdora confirma la condena del exalcalde Tomás Irigoyen

Valdora (Argentina), 14 may (EFE).- La Cámara Federal de Valdora confirmó este jueves la condena de seis años contra el exalcalde Tomás Irigoyen por el desvío de 3,8 millones de pesos.

Irigoyen fue detenido el 2 de febrero en su casa de Puerto Larrea y juzgado en marzo.

Los jueces Marta Quiroga y Elías Benítez rechazaron el recurso presentado el 20 de abril por la defensa.

Según la fiscal Laura Ocampo, el dinero pasó por la empresa Obras del Sur entre 2019 y 2021.

La defensa anunció que acudirá a la Corte Suprema antes del 30 de junio.
"""

TRANSLATION_EN = """Valdora court upholds sentence of former mayor Tomás Irigoyen

Valdora (Argentina), May 14 (EFE).- The Federal Chamber of Valdora on Thursday upheld the six-year sentence against former mayor Tomás Irigoyen for diverting 3.8 million pesos.

Irigoyen was arrested on February 2 at his home in Puerto Larrea and tried in March.

Judges Marta Quiroga and Elías Benítez rejected the appeal filed on April 20 by the defense.

According to prosecutor Laura Ocampo, the money went through the company Obras del Sur between 2019 and 2021.

The defense announced it will go to the Supreme Court before June 30.
"""

OTHER_REPORT_EN = """Former Valdora mayor jailed over public works fraud

BUENOS AIRES (Reuters) - A court in the Argentine city of Valdora on Thursday sentenced former mayor Tomás Irigoyen to six years in prison.

Prosecutors said Irigoyen, 61, steered contracts to friendly builders for most of his two terms.

His lawyer told reporters he would appeal, calling the trial political.

Irigoyen has denied wrongdoing since his arrest in February.

Local media said several other officials were under investigation.
"""


def _document(doc_id: str, text: str, lang: str) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, language=lang)


def _print(doc_id: str, text: str, lang: str):
    doc = _document(doc_id, text, lang)
    return fingerprint(doc, recognize(text, lang))


def test_numbers_names_and_dates_survive_translation():
    es, en = _print("es", ORIGINAL_ES, "es"), _print("en", TRANSLATION_EN, "en")
    # 'el 2 de febrero' and 'on February 2' are one reading; '3,8' and '3.8' the same digits
    arrested_es = next(t for t in es.tokens if "larrea" in t)
    arrested_en = next(t for t in en.tokens if "larrea" in t)
    assert {"#2", "puerto"} <= arrested_es & arrested_en
    assert len(arrested_es & arrested_en) == len(arrested_es | arrested_en)  # the date too, and nothing else
    assert "#3" in es.tokens[1] and "#8" in en.tokens[1]  # '3,8' and '3.8': the same digits
    assert not any("februa" in t or "irigoy" in t for t in en.tokens[2:3])  # neither a month nor the first word
    pairs = [(list(a), list(b)) for a, b, _ in align(es, en)]
    assert pairs[:3] == [([0], [0]), ([1], [1]), ([2], [2])]


def test_a_translation_is_found_and_another_report_of_the_story_is_not():
    prints = [_print("a_es", ORIGINAL_ES, "es"), _print("b_en", TRANSLATION_EN, "en"),
              _print("c_en", OTHER_REPORT_EN, "en")]
    found = find_translations(prints)
    assert [(f.first, f.second) for f in found] == [("a_es", "b_en")]


def test_two_articles_in_one_language_are_never_translations():
    prints = [_print("a_en", TRANSLATION_EN, "en"), _print("b_en", TRANSLATION_EN, "en")]
    assert find_translations(prints) == []


def test_twins_pair_mentions_of_a_kind_in_aligned_sentences():
    docs = [_document("a_es", ORIGINAL_ES, "es"), _document("b_en", TRANSLATION_EN, "en")]
    prints = [fingerprint(d, recognize(d.text, d.language)) for d in docs]
    mentions = [m for d in docs for m in detect_events(d, recognize(d.text, d.language))]
    twins = twin_mentions(find_translations(prints), prints, mentions)
    by_id = {m.id: m for m in mentions}
    kinds = {(by_id[a].kind, by_id[b].kind) for a, b in twins}
    assert ("arrest", "arrest") in kinds
    # 'el recurso presentado el 20 de abril': a dated sentence of no known kind pairs with 'the appeal filed'
    assert any(en_kind == "appeal" for _, en_kind in kinds)
    assert all(by_id[a].document == "a_es" and by_id[b].document == "b_en" for a, b in twins)


def test_a_translation_merges_fully_with_its_original(tmp_path):
    (tmp_path / "a_es.txt").write_text(ORIGINAL_ES, encoding="utf-8")
    (tmp_path / "b_en.txt").write_text(TRANSLATION_EN, encoding="utf-8")
    timeline = build_timeline([tmp_path], now=dt.date(2026, 6, 1))
    events = [entry.event for entry in timeline.events]
    arrests = [e for e in events if e.kind == "arrest"]
    assert len(arrests) == 1 and {m.document for m in arrests[0].mentions} == {"a_es", "b_en"}
    appeals = [e for e in events if e.kind == "appeal"]
    assert len(appeals) == 1 and {m.document for m in appeals[0].mentions} == {"a_es", "b_en"}


def test_analyse_keeps_a_fingerprint_per_document():
    a = analyse(_document("a_es", ORIGINAL_ES, "es"))
    assert a.fingerprint is not None and len(a.fingerprint.tokens) == len(a.fingerprint.sentences)


def test_a_huge_text_is_never_aligned():
    """Alignment costs the product of the sentence counts: texts far longer than any article are
    not compared (and a fingerprint stays linear in the text)."""
    body = " ".join(f"On Tuesday {i} the minister Ratna Kusumawati met officials in Jakarta." for i in range(2000))
    prints = [_print("a_en", body, "en"), _print("b_id", body, "id")]
    assert len(prints[0].tokens) == 2000 and find_translations(prints) == []
