"""The one exception users are meant to catch."""


class InputError(ValueError):
    """The input cannot be read as text; the message says why and what to do."""
