# An uncaught ExceptionGroup whose members carry notes and their own causes: the nested
# boxed traceback format of CPython 3.14
def validate(field, value):
    if not value:
        e = ValueError(f"{field} is empty")
        e.add_note(f"hint: provide a value for {field!r}")
        raise e
    if field == "age" and not value.isdigit():
        try:
            int(value)
        except ValueError as inner:
            raise TypeError(f"{field} must be numeric") from inner
    return value

def validate_all(form):
    errors = []
    for field, value in form.items():
        try:
            validate(field, value)
        except (ValueError, TypeError) as e:
            errors.append(e)
    if errors:
        group = ExceptionGroup("form is invalid", errors)
        group.add_note(f"{len(errors)} of {len(form)} fields failed")
        raise group
    return form

print(validate_all({"name": "ann", "age": "31"}))
validate_all({"name": "", "age": "thirty", "city": "oslo"})
