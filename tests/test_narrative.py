"""A history told rather than news: its yearless days and year words count from the story's year."""
import datetime as dt

from chrono import tag

DCT = dt.date(2011, 2, 16)  # a Wikipedia dump's date, decades after the story


def values(text: str, lang: str, dct: dt.date = DCT) -> dict[str, str]:
    return {e.text: e.timex.value for e in tag(text, dct=dct, lang=lang)}


def test_a_day_told_after_december_looks_back_within_the_story_year():
    text = ("Im Jahr 1940 fiel Frankreich, und im April 1941 Griechenland. "
            "Der Angriff begann am 22. Juni 1941. Erst am 29. Juni rief die Führung den Krieg aus. "
            "Am 26. September endete die Schlacht. Am 5. Dezember setzte eine Gegenoffensive ein. "
            "Nach dem Angriff am 25. Juni versuchte Finnland, Karelien zurückzuerobern.")
    got = values(text, "de")
    assert got["5. Dezember"] == "1941-12-05"
    assert got["25. Juni"] == "1941-06-25"


def test_an_aside_year_does_not_move_the_story():
    text = ("In March 1862 the army landed. In May 1862 it advanced on the capital. "
            "Jesse James robbed banks until 1881. In October the Union enlisted the first volunteers, "
            "and on December 7 the armies met again. In 1862 the war went on.")
    got = values(text, "en")
    assert got["1881"] == "1881"
    assert got["October"] == "1862-10"
    assert got["December 7"] == "1862-12-07"


def test_a_new_year_confirmed_by_the_next_one_moves_the_story():
    text = ("The war began in 1861. In 1862 the army advanced. In 1863 it won at Gettysburg, "
            "and in November Lincoln spoke there. In 1864 Sherman marched.")
    got = values(text, "en")
    assert got["November"] == "1863-11"


def test_the_years_words_of_a_history_count_from_the_story():
    text = ("Im Mai 1940 begann der Westfeldzug. Am 10. Juni 1940 trat Italien in den Krieg ein, am 14. Juni "
            "fiel Paris, und am 22. Juni wurde der Waffenstillstand unterzeichnet. Am 3. Juli griff die Flotte an, "
            "am 10. Juli begann die Luftschlacht, und am 7. September folgten die Angriffe auf London. "
            "Im Spätsommer scheiterte die Luftschlacht, und bis zum Ende des Jahres blieb die Front ruhig. "
            "Im Jahr 1941 folgte der Angriff, im Jahr 1942 die Wende.")
    got = values(text, "de")
    assert got["Spätsommer"] == "1940-SU"
    assert got["zum Ende des Jahres"] == "1940"


def test_today_in_a_history_is_the_writers_present_and_in_news_the_day():
    history = ("The siege began in April 1775. In June 1775 the colonists fought at Bunker Hill, and on "
               "July 3 Washington took command. In March 1776 the British left the town, which is today a "
               "suburb of Boston. In July 1776 independence was declared, and on August 27 the army lost "
               "at Long Island. In September it left New York, and on December 26 it crossed the Delaware. "
               "In January 1777 it won at Princeton, and in September 1777 the British took Philadelphia.")
    assert values(history, "en")["today"] == "PRESENT_REF"
    news = "The plant closed today. It had opened in 1975 and expanded in 1988 and 1999."
    assert values(news, "en", dt.date(2024, 5, 3))["today"] == "2024-05-03"


def test_news_that_recalls_history_still_dates_from_its_own_day():
    # 'hace diez años', 'este mes' and 'el pasado día 3' speak from the day of writing: not a history
    text = ("El conflicto empezó en 1991; la paz de 1992 se firmó hace ocho años, y el acuerdo de 1994 "
            "venció el pasado día 3. Hace cinco años, en 1995, la tregua se rompió, como en 1971 y en 1985. "
            "La cumbre del 24 de enero será la primera desde 1988.")
    got = values(text, "es", dt.date(2000, 1, 19))
    assert got["hace ocho años"] == "1992"
    assert got["del 24 de enero"] == "2000-01-24"
