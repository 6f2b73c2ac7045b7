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


def kind_python(meta, data):
    """Evaluate a Python expression (meta['expr']) with `data` bound; for ad-hoc oracle queries."""
    return eval(meta['expr'], {'data': data, 'json': json})


KINDS = {'ast': kind_ast, 'format_syntax_error': kind_format_syntax_error, 'python': kind_python}


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
