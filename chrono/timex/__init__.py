"""Time expressions: recognition (words -> readings) and TIMEX3 normalization (reading + DCT -> value)."""
from chrono.timex.normalize import normalize, resolve_all
from chrono.timex.recognize import recognize

__all__ = ["normalize", "recognize", "resolve_all"]
