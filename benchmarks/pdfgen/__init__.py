"""newsclean's generated PDF corpus: public article text typeset in many layouts, extracted four ways.

One module per concern: ``source`` (the article text), ``layouts`` (house
styles as data), ``dressing`` (label, byline, caption, footnotes), ``fonts``,
``typeset`` (line breaking and columns), ``render`` (one document),
``extract`` (four extractors), ``gold`` (the scorer's record) and ``corpus``
(building it all, incrementally).  Run it with ``benchmarks/pdfgen_make.py``.
"""
