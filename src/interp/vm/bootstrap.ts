// The Python half of tspy's import system: the objects Python code sees on modules and in
// sys.meta_path — ModuleSpec, the loaders, the meta-path finders. CPython writes these in Python
// too (Lib/importlib/_bootstrap.py ModuleSpec and BuiltinImporter, _bootstrap_external.py
// SourceFileLoader/NamespaceLoader/PathFinder, Lib/zipimport.py zipimporter), frozen into the
// interpreter; here they are a small module of their own, compiled once per process. Finding and
// executing modules is native (imports.ts), which injects the `_tspy_*` helpers used below.
// The classes carry CPython's __module__ so that reprs read as CPython's.
export const BOOTSTRAP_FILENAME = "<frozen importlib._bootstrap>";

export const BOOTSTRAP_SOURCE = String.raw`
class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                head, _, tail = self.origin.rpartition('/')
                self._cached = f'{head}/__pycache__/{tail[:-3]}.tspy-314.pyc'
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    __module__ = '_frozen_importlib'
    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _tspy_is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return _tspy_create_builtin(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class _FileLoaderBase:
    def get_data(self, path):
        return _tspy_read(path)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _tspy_exec_module(module)

    def get_code(self, fullname):
        return _tspy_compile(self.get_data(self.get_filename(fullname)), self.get_filename(fullname))

    def get_source(self, fullname):
        return _tspy_decode_source(self.get_data(self.get_filename(fullname)))


class SourceFileLoader(_FileLoaderBase):
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'


class zipimporter(_FileLoaderBase):
    __module__ = 'zipimport'

    def __init__(self, path):
        self.archive = path
        self.prefix = ''

    def __repr__(self):
        return f'<zipimporter object "{self.archive}/{self.prefix}">'

    def get_filename(self, fullname):
        path = _tspy_zip_path(self.archive, fullname)
        if path is None:
            raise ImportError(f"can't find module {fullname!r}", name=fullname)
        return path

    def is_package(self, fullname):
        return self.get_filename(fullname).endswith('/__init__.py')


class _NamespacePath:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._path)

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'

    def __contains__(self, item):
        return item in self._path

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class PathFinder:
    __module__ = '_frozen_importlib_external'

    @staticmethod
    def invalidate_caches():
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _tspy_find_spec(fullname, path)
`;
