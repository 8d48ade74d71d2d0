"""Language identification of the raw text (BCP 47 code)."""

from __future__ import annotations

from functools import cache

import regex

# The identifier walks its sample byte by byte in Python, so the sample is bounded.  8,000 characters give
# every seed and bench text the language 20,000 did; a sample cut inside a page's menu can tip the
# balance (6,000 leave one page of links without a language), so keep a margin when changing it.
_SAMPLE = 8_000
_LETTERS = regex.compile(r"\p{L}")


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The most likely language of ``text``, or ``"und"`` when there is too little to tell."""
    sample = text[:_SAMPLE]
    if len(_LETTERS.findall(sample)) < 20:
        return "und"
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else "und"
