# except ... as name binds the name (and deletes it afterwards, which is still a binding).
def handler():
    try:
        risky()
    except ValueError as err:
        return err
    except (TypeError, KeyError) as err2:
        def show():
            return err2
        return show
    else:
        ok = True
    finally:
        cleanup = True
    return ok, cleanup


def star_handlers():
    try:
        pass
    except* OSError as group:
        saved = group
    except* (ValueError, TypeError):
        pass
    return saved


def nested_try():
    try:
        try:
            pass
        except Exception as inner_exc:
            raise RuntimeError() from inner_exc
    except RuntimeError as outer_exc:
        return lambda: outer_exc


try:
    import missing_module
except ImportError as module_err:
    missing_module = None


def risky():
    pass
