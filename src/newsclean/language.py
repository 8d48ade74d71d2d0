"""Language identification of the raw text (BCP 47 code)."""

from __future__ import annotations

from functools import cache

import regex

# The identifier walks its sample byte by byte in Python, so the sample is bounded.  8,000 characters give
# every seed and bench text the language 20,000 did; a sample cut inside a page's menu can tip the
# balance (6,000 leave one page of links without a language), so keep a margin when changing it.
_SAMPLE = 8_000
# Twenty letters, whatever stands between them: read up to the twentieth, not through the whole sample.
_TWENTY_LETTERS = regex.compile(r"(?:\P{L}*+\p{L}){20}")


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The most likely language of ``text``, or ``"und"`` when there is too little to tell."""
    sample = text[:_SAMPLE]
    if _TWENTY_LETTERS.match(sample) is None:
        return "und"
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else "und"
