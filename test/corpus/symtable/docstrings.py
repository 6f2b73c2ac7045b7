"""Module docstring."""


def with_doc():
    """Function docstring."""
    return 1


def without_doc():
    return "not a docstring"


def fstring_first():
    f"not a docstring either"


class Documented:
    """Class docstring."""

    def method(self):
        "Method docstring."


async def async_doc():
    """Async docstring."""


def bytes_first():
    b"bytes are not docstrings"


def number_first():
    42
    """Too late."""


lam = lambda: "lambdas have no docstring"
