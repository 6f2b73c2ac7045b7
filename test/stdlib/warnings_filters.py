import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain user warning")
    warnings.warn("runtime!", RuntimeWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*")
    warnings.warn("drop me")
    warnings.warn("keep me")
print([str(w.message) for w in caught])
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line text"))

@warnings.deprecated("use new_api")
def legacy():
    return 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy()
print([str(w.message) for w in caught], legacy.__deprecated__)
try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print("ValueError:", e)
