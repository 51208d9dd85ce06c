class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad input {s!r}") from e
parse("12")
parse("twelve")
