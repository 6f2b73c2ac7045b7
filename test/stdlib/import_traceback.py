# An exception raised while a module is being imported: the traceback runs through the import.
import _imp_helper
import imp_pkg.raises
