"""Module docstring
spanning lines."""
def f():
    """Function docstring."""
def g():
    'single-quoted docstring'
    return 1
def h():
    r"""Raw docstring \d."""
def i():
    """Concatenated""" " docstring"
def j():
    f"""f-string is not a docstring {x}"""
def k():
    b"""bytes are not a docstring"""
def l():
    u"""unicode prefix docstring"""
class C:
    """Class docstring."""
    def m(self):
        """
        Indented
            multi-line
        docstring.
        """
async def a():
    """Async docstring."""
def n():

    """Docstring after blank line."""
def o():
    # comment first
    """Docstring after comment."""
def p(): """One-line docstring."""
def q():
    ("parenthesized docstring")
def r():
    """tab	and é and 🐍"""
