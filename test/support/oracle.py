# The CPython side of the differential tests, run inside pyodide by test/support/oracle.ts.
# Each "kind" maps (meta: dict, data: bytes | None) to a JSON-serializable result.
# A change to this file changes the oracle cache key (its text is hashed), so cached results
# never outlive the code that produced them.
import ast
import json
import traceback


def _exception_fields(e):
    """What a test needs to know about an exception raised by compile()/ast.parse()."""
    is_syntax = isinstance(e, SyntaxError)
    return {
        'type': type(e).__name__,
        'msg': e.msg if is_syntax else str(e),
        'filename': getattr(e, 'filename', None) if is_syntax else None,
        'lineno': e.lineno if is_syntax else None,
        'offset': e.offset if is_syntax else None,
        'end_lineno': e.end_lineno if is_syntax else None,
        'end_offset': e.end_offset if is_syntax else None,
        'text': e.text if is_syntax else None,
        # What CPython prints for the uncaught exception (the last part of the traceback).
        # For SyntaxError this runs TracebackException._format_syntax_error, which may rewrite
        # msg/offsets (keyword typo suggestions), so it can disagree with 'msg' above.
        'report': ''.join(traceback.format_exception_only(e)),
        # SyntaxError._metadata (3.14): (line of the last statement parsed, its col, decoded source).
        'metadata': list(e._metadata) if is_syntax and getattr(e, '_metadata', None) else None,
    }


def kind_ast(meta, data):
    """ast.dump(ast.parse(data, filename, mode), include_attributes=True), or the exception."""
    try:
        # compile(..., PyCF_ONLY_AST) is what ast.parse() calls; bytes input so that encoding
        # cookies and BOMs are handled by CPython's tokenizer exactly as for a file.
        tree = compile(data, meta['filename'], meta.get('mode', 'exec'), ast.PyCF_ONLY_AST)
    except Exception as e:  # SyntaxError and subclasses; also ValueError, MemoryError, RecursionError
        return {'ok': False, 'error': _exception_fields(e)}
    return {'ok': True, 'dump': ast.dump(tree, include_attributes=True)}


_SYNTAX_ERROR_CLASSES = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError,
                         'TabError': TabError}


def kind_format_syntax_error(meta, data):
    """''.join(traceback.format_exception_only(e)) for a SyntaxError built from the given fields."""
    cls = _SYNTAX_ERROR_CLASSES[meta['type']]
    e = cls(meta['msg'], (meta['filename'], meta['lineno'], meta['offset'], meta['text'],
                          meta['end_lineno'], meta['end_offset']))
    return ''.join(traceback.format_exception_only(e))


def kind_codeop_accepts(meta, data):
    """codeop.compile_command(code, 'exec', PyCF_ONLY_AST) does not raise (what keyword-typo search asks)."""
    import codeop
    try:
        codeop.compile_command(meta['code'], symbol='exec', flags=codeop.PyCF_ONLY_AST)
    except SyntaxError:
        return False
    except Exception:
        return None  # traceback's `with suppress(Exception)` then abandons the whole search
    return True


def kind_name_tokens(meta, data):
    """NAME tokens of tokenize.generate_tokens over the text, up to where tokenize raises."""
    import io
    import tokenize
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(data.decode('utf-8')).readline):
            if tok.type == tokenize.NAME:
                out.append([tok.string, list(tok.start), list(tok.end), tok.line])
    except Exception:
        pass
    return out


def kind_keyword_suggestions(meta, data):
    """What traceback._find_keyword_typos asks about one name."""
    import _suggestions
    import difflib
    import keyword
    word = meta['word']
    return {'levenshtein': _suggestions._generate_suggestions(keyword.kwlist, word),
            'close': difflib.get_close_matches(word, keyword.kwlist, n=3, cutoff=0.5)}


def kind_python(meta, data):
    """Evaluate a Python expression (meta['expr']) with `data` bound; for ad-hoc oracle queries."""
    return eval(meta['expr'], {'data': data, 'json': json})


KINDS = {'ast': kind_ast, 'format_syntax_error': kind_format_syntax_error,
         'codeop_accepts': kind_codeop_accepts, 'name_tokens': kind_name_tokens,
         'keyword_suggestions': kind_keyword_suggestions, 'python': kind_python}


def run_batch(kind, manifest_path, blob_path, out_path):
    """Inputs: a JSON manifest [[meta, start, end|None], ...] over one blob; output: a JSON list."""
    fn = KINDS[kind]
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    with open(blob_path, 'rb') as f:
        blob = f.read()
    results = [fn(meta, None if end is None else blob[start:end]) for meta, start, end in manifest]
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(results, f, ensure_ascii=True)


def kind_run(meta, data):
    """Run data as the __main__ program FILE (like `python FILE ARGS`): stdout, stderr, exit status.
    The file is written to meta['filename'] so tracebacks can show source lines."""
    import importlib
    import io
    import os
    import runpy
    import sys
    filename = meta['filename']
    os.makedirs(os.path.dirname(filename) or '/', exist_ok=True)
    with open(filename, 'wb') as f:
        f.write(data)
    # support files (modules and packages the program imports), relative to the program's folder
    folder = os.path.dirname(filename)
    for rel, text in meta.get('files', {}).items():
        p = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', encoding='utf-8') as f:
            f.write(text)
    # `python FILE` puts the file's folder first on sys.path; the modules imported from there
    # are forgotten afterwards so that programs do not share them
    before = set(sys.modules)
    sys.path.insert(0, folder)
    importlib.invalidate_caches()
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv, sys.setrecursionlimit, sys.getrecursionlimit, sys.getrecursionlimit()
    sys.stdout, sys.stderr = out, err
    sys.argv = [filename] + list(meta.get('argv', []))
    # `python FILE` runs the module at frame depth 1; here pyodide, this function and runpy sit
    # below it. Shift the recursion limit by that many frames so RecursionError comes at the same
    # depth as under `python FILE`, and hide the shift from the program.
    base = len(traceback.extract_stack()) + 3  # + run_path, _run_module_code, _run_code
    real_set, real_get = sys.setrecursionlimit, sys.getrecursionlimit
    sys.setrecursionlimit = lambda n: real_set(n + base)
    sys.getrecursionlimit = lambda: real_get() - base
    real_set(1000 + base)
    code = 0
    # a program that changes the warning filters (warnings.simplefilter at module level) must not
    # change them for the next one: `python FILE` starts each with the default filters
    import warnings
    saved_warnings = warnings.catch_warnings()
    saved_warnings.__enter__()
    saved_int_digits = sys.get_int_max_str_digits()  # likewise sys.set_int_max_str_digits()
    try:
        runpy.run_path(filename, run_name='__main__')
    except SystemExit as e:
        c = e.code
        if c is None:
            code = 0
        elif isinstance(c, int):
            code = c & 0xFF
        else:
            err.write(str(c) + '\n')
            code = 1
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next
        err.write(''.join(traceback.format_exception(type(e), e, tb)))
        code = 1
    finally:
        saved_warnings.__exit__(None, None, None)
        sys.set_int_max_str_digits(saved_int_digits)
        # a program that traces or monitors must not leave its tools behind for the next one
        sys.settrace(None)
        sys.setprofile(None)
        for tool in range(6):
            sys.monitoring.free_tool_id(tool)
        sys.stdout.flush()
        sys.stdout, sys.stderr, sys.argv, sys.setrecursionlimit, sys.getrecursionlimit, limit = saved
        sys.setrecursionlimit(limit)
        if sys.path and sys.path[0] == folder:
            del sys.path[0]
        for name in set(sys.modules) - before:
            del sys.modules[name]
    return {'stdout': out.getvalue(), 'stderr': err.getvalue(), 'exit': code}


KINDS['run'] = kind_run
