# stat (its pure-Python fallback, as _stat is not native): modes, predicates, filemode, with real files
import stat, os

for mode in [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777]:
    print(oct(mode), stat.filemode(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode), stat.S_ISCHR(mode),
          stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IRWXU, stat.UF_NODUMP, stat.SF_IMMUTABLE)
path = "/tmp/os_stat_module.txt"
with open(path, "w") as f:
    f.write("12345")
st = os.stat(path)
print(stat.S_ISREG(st.st_mode), st[stat.ST_SIZE], st.st_size, stat.filemode(st.st_mode)[0], os.path.getsize(path))
print(stat.S_ISDIR(os.lstat("/tmp").st_mode), isinstance(st.st_mtime, float), st.st_mtime_ns >= 0, st.st_nlink >= 1)
with open(path) as f:
    fst = os.fstat(f.fileno())
print(fst.st_size == st.st_size, fst.st_ino == st.st_ino, os.path.samestat(fst, st), os.path.samefile(path, path))
os.remove(path)
