"""Language identification of the raw text (BCP 47 code)."""

from __future__ import annotations

from functools import cache

import regex

_SAMPLE = 20_000
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
