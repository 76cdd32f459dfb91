"""What a clause says was done: the lemmas of its verbs, a report's identity when the lexicon has
no trigger for it.

'The update was installed late Monday' and 'an update that was installed on Monday' tell one
event the lexicon cannot name; 'satelit mendeteksi 612 titik panas' and 'terdeteksi 612 titik
panas' too.  The verb's lemma (simplemma's) is what two such reports share, and what keeps
'installed' apart from 'questioned' on the same day.  No part-of-speech tagger is at hand, so a
verb is a word whose form says so, by the language's data (``event_words.action_endings`` and
``action_prefixes``): an inflected form whose lemma differs ('installed', 'dilimpahkan'), or an
infinitive ('regresar').  Verbs that say nothing of what happened ('be', 'say', 'begin', 'plan':
``light_verbs``, the lexicon's reporting, start and end words) are left out.
"""
from __future__ import annotations

import functools
from typing import Iterable, Sequence

import attrs
import regex
import simplemma

from chrono.languages import load_lexicon

_WORD = regex.compile(r"(?<![\p{L}\d-])\p{L}{3,}(?![\p{L}\d])")
MIN_STEM = 3  # letters a lemma keeps; shorter ones ('ke', 'da') are particles


@functools.cache
def _lemma(word: str, code: str) -> str:
    return simplemma.lemmatize(word, lang=code).lower()


@attrs.frozen
class _VerbForms:
    """A language's data for telling verbs by their form."""

    endings: tuple[str, ...]
    prefixes: tuple[str, ...]
    infinitives: tuple[str, ...]
    irregular: frozenset[str]  # forms no ending marks: 'found', 'held', 'struck'
    ignored: frozenset[str]  # lemmas that tell no action of their own

    @property
    def any(self) -> bool:
        return bool(self.endings or self.prefixes or self.irregular)


@functools.cache
def _data(code: str) -> _VerbForms:
    lex = load_lexicon(code)
    ignored = {_lemma(w, code) for w in lex.light_verbs}
    for phrase in (*lex.event_triggers.get("report", ()), *lex.start_words, *lex.end_words, *lex.continuing):
        ignored.update(_lemma(w, code) for w in phrase.lower().split())
    return _VerbForms(endings=tuple(e.lower() for e in lex.action_endings),
                      prefixes=tuple(p.lower() for p in lex.action_prefixes),
                      infinitives=tuple(e.lower() for e in lex.infinitive_endings),
                      irregular=frozenset(w.lower() for w in (*lex.irregular_verbs, *lex.irregular_participles)),
                      ignored=frozenset(ignored))


def _verb_lemma(word: str, code: str) -> str | None:
    """The lemma of ``word`` when its form marks it as a verb, light verbs included, else None."""
    if not word[:1].islower():
        return None  # a name, or a sentence's first word, which is seldom its verb
    forms = _data(code)
    if not (word.endswith(forms.endings) or word.startswith(forms.prefixes) or word in forms.irregular):
        return None
    lemma = _lemma(word, code)
    if lemma == word and not (forms.infinitives and word.endswith(forms.infinitives)):
        return None  # 'meeting', 'dinas': a form that only looks inflected
    return lemma


def action_of(word: str, code: str) -> str | None:
    """The lemma of ``word`` when its form marks it as a verb that tells what was done, else None."""
    lemma = _verb_lemma(word, code)
    if lemma is None or len(lemma) < MIN_STEM or lemma in _data(code).ignored:
        return None
    return lemma


def is_infinitive(word: str, code: str) -> bool:
    """``word`` is its own lemma with an infinitive's ending ('negociar', not 'negoció')."""
    infinitives = _data(code).infinitives
    return bool(infinitives) and word.lower().endswith(infinitives) and _lemma(word, code) == word.lower()


def verbs_in(text: str, start: int, end: int, code: str) -> bool:
    """Some word of ``text[start:end]`` has a verb's form, light verbs included ('closed', 'made')."""
    if not _data(code).any:
        return False
    return any(_verb_lemma(m.group(), code) is not None for m in _WORD.finditer(text, start, end))


def actions_in(text: str, spans: Iterable[tuple[int, int]], code: str,
               skip: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The actions told in ``text`` over ``spans``, in text order, none inside ``skip`` (times, names)."""
    if not _data(code).any:
        return ()  # a language with no verb forms listed tells no actions
    out: dict[str, None] = {}
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            if any(x <= m.start() < y for x, y in skip):
                continue
            lemma = action_of(m.group(), code)
            if lemma is not None:
                out.setdefault(lemma, None)
    return tuple(out)


def trigger_actions(trigger: str, code: str) -> tuple[str, ...]:
    """A trigger's own words as actions: 'ransomware attack' is what 'attacked' tells."""
    ignored = _data(code).ignored
    out = [_lemma(w, code) for w in _WORD.findall(trigger.lower())]
    return tuple(dict.fromkeys(w for w in out if len(w) >= MIN_STEM and w not in ignored))


__all__ = ["action_of", "actions_in", "is_infinitive", "trigger_actions", "verbs_in"]
