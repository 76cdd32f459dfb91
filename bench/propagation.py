"""Benchmark: solve a random network shaped like a news corpus and time only ``solve()``.

Stories of a few articles published days apart; each article's events hang off its publication
date ('on Tuesday', 'yesterday', 'will'), follow each other in the text, corefer across the
story's articles, and some carry a weekday, month, late-month or year mask or a (sometimes
wrong) absolute date.  A few stray links join stories, so components vary in size.

    python bench/propagation.py --events 100000 --seed 1
"""
from __future__ import annotations

import argparse
import gc
import json
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from chrono import calendar  # noqa: E402
from chrono.dayset import DaySet  # noqa: E402
from chrono.reason import Because, Network  # noqa: E402

HORIZON = (calendar.day(1900, 1, 1), calendar.day(2100, 12, 31))
PUB_LINKS = [  # event - publication, as a tense or deictic word gives it
    ((-6, 0), "weekday-past", 0.8), ((-1, -1), "yesterday", 0.85), ((0, 0), "today", 0.8),
    ((1, None), "future", 0.6), ((None, 0), "past", 0.5), ((None, -1), "past-perfect", 0.55),
    ((-30, 0), "last-month", 0.6), ((1, 6), "weekday-future", 0.75),
]
ORDER_LINKS = [((0, None), "narrative", 0.45), ((1, None), "after", 0.6),
               ((None, 0), "flashback", 0.4), ((0, 7), "within-week", 0.5)]


def build(events: int, seed: int) -> Network:
    """Every event has a true day; constraints are drawn to hold on it, except a few noisy ones
    (wrong absolute dates, misread weekdays) that the network has to reject."""
    rng = random.Random(seed)
    net = Network(HORIZON)
    lo, hi = HORIZON
    weekday_masks = [DaySet.weekdays(lo, hi, [w]) for w in range(7)]
    month_masks = [DaySet.months(lo, hi, [m]) for m in range(1, 13)]
    late_masks = [DaySet.month_part(lo, hi, m, 21, 31) for m in range(1, 13)]
    early_masks = [DaySet.month_part(lo, hi, m, 1, 10) for m in range(1, 13)]
    serial = iter(range(10**9))

    def add_difference(x: str, y: str, window: tuple, rule: str, w: float, doc: str) -> None:
        net.add_difference(x, y, window[0], window[1], weight=w, key=f"k{next(serial):08d}",
                           because=Because(document=doc, rule=rule))

    def add_unary(x: str, days: DaySet, rule: str, w: float, doc: str) -> None:
        net.add_unary(x, days, weight=w, key=f"k{next(serial):08d}",
                      because=Because(document=doc, rule=rule))

    def noisy() -> bool:
        return rng.random() < 0.05

    pubs: list[tuple[str, int, int]] = []  # (variable, true day, story)
    story = 0
    while len(pubs) * 8 < events:
        base = calendar.day(1995, 1, 1) + rng.randrange(30 * 365)
        for _ in range(rng.randint(1, 6)):
            day = base + rng.randrange(30)
            name, doc = f"pub{len(pubs)}", f"doc{len(pubs)}"
            net.add_variable(name)
            r = rng.random()
            if r < 0.9:
                add_unary(name, DaySet.single(day), "metadata", 1.0, doc)
            elif r < 0.98:
                add_unary(name, DaySet.range(day - 1, day), "dateline", 0.95, doc)
            pubs.append((name, day, story))
        story += 1

    truth: dict[str, int] = {}
    by_story: dict[int, list[str]] = {}
    previous: dict[str, str] = {}
    for i in range(events):
        ev = f"ev{i}"
        pub, pub_day, st = pubs[rng.randrange(len(pubs))]
        doc = "doc" + pub[3:]
        net.add_variable(ev)
        (a, b), rule, w = rng.choice(PUB_LINKS)
        day = pub_day + rng.randint(-400 if a is None else a, 400 if b is None else b)
        truth[ev] = day
        add_difference(pub, ev, (a, b), rule, w, doc)
        if pub in previous and rng.random() < 0.9:
            gap = day - truth[previous[pub]]
            fits = [(ab, r, w) for ab, r, w in ORDER_LINKS
                    if (ab[0] is None or ab[0] <= gap) and (ab[1] is None or gap <= ab[1])]
            (a, b), rule, w = rng.choice(ORDER_LINKS if noisy() or not fits else fits)
            add_difference(previous[pub], ev, (a, b), rule, w, doc)
        previous[pub] = ev
        mates = by_story.setdefault(st, [])
        if mates and rng.random() < 0.3:
            mate = rng.choice(mates)
            gap, slack = day - truth[mate], rng.choice([0, 1, 2])
            gap += rng.randint(-5, 5) if noisy() else 0
            add_difference(mate, ev, (gap - slack, gap + slack), "coreference", 0.65, doc)
        mates.append(ev)
        shown = day + rng.choice([-1, 1, 3]) if noisy() else day
        y, m, d = calendar.ymd(shown)
        r = rng.random()
        if r < 0.2:
            add_unary(ev, weekday_masks[calendar.weekday(shown)], "weekday", 0.7, doc)
        elif r < 0.35:
            add_unary(ev, month_masks[m - 1], "month", 0.65, doc)
        elif r < 0.42:
            add_unary(ev, (late_masks if d >= 21 else early_masks if d <= 10 else month_masks)[m - 1],
                      "month-part", 0.6, doc)
        elif r < 0.5:
            add_unary(ev, DaySet.years(lo, hi, [y]), "year", 0.7, doc)
        if rng.random() < 0.3:
            add_unary(ev, DaySet.single(day + rng.randint(-10, 3) if noisy() else day), "absolute", 0.75, doc)
        if rng.random() < 0.01 and i > 0:  # a stray link to any earlier event joins two stories
            other = f"ev{rng.randrange(i)}"
            gap = day - truth[other]
            add_difference(other, ev, (None, None) if noisy() else (0, None) if gap >= 0 else (None, 0),
                           "stray", 0.3, doc)
    return net


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    net = build(args.events, args.seed)
    constraints = len(net.constraints)
    gc.collect()  # charge the solve for its own garbage only, not for what building left behind
    start = time.perf_counter()
    solution = net.solve()
    seconds = time.perf_counter() - start
    assert all(solution.domains.values())  # a rejected reading never leaves a variable empty
    print(json.dumps({"bench": "propagation", "events": args.events, "constraints": constraints,
                      "seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
