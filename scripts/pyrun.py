# Run FILE as __main__ the way `python FILE` does and report uncaught exceptions the same way
# (runpy's own frames are dropped from the traceback). Used by scripts/pyrun.mjs and the tests.
import sys, runpy, traceback

def run(file, argv):
    sys.argv = [file] + list(argv)
    try:
        runpy.run_path(file, run_name="__main__")
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code & 0xFF
        sys.stderr.write(str(code) + "\n")
        return 1
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != file:
            tb = tb.tb_next
        sys.stderr.write("".join(traceback.format_exception(type(e), e, tb)))
        return 1
    return 0
