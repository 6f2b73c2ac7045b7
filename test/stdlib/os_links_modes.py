# chmod, utime, symlink/readlink/lstat, os.path.realpath/islink through them (no hard links: the
# oracle's emscripten build has no os.link)
import os, stat

base = "/tmp/os_links_modes"
for name in ["target.txt", "sym", "hard", "dangling"]:
    if os.path.lexists(os.path.join(base, name)):
        os.remove(os.path.join(base, name))
if os.path.exists(base):
    os.rmdir(base)
os.mkdir(base)
t = os.path.join(base, "target.txt")
with open(t, "w") as f:
    f.write("data")
os.chmod(t, 0o600)
print(oct(stat.S_IMODE(os.stat(t).st_mode)))
os.chmod(t, 0o644)
print(oct(stat.S_IMODE(os.stat(t).st_mode)), os.access(t, os.R_OK))
os.utime(t, (1000000000, 1234567890.5))
st = os.stat(t)
print(st.st_mtime, st.st_atime, int(st.st_mtime), st.st_mtime_ns)
os.utime(t, ns=(5 * 10**9, 6 * 10**9 + 7))
print(os.stat(t).st_mtime_ns, os.stat(t).st_atime_ns)
s = os.path.join(base, "sym")
os.symlink("target.txt", s)
print(os.readlink(s), os.path.islink(s), os.path.islink(t), stat.S_ISLNK(os.lstat(s).st_mode), os.stat(s).st_size)
print(os.path.realpath(s) == t, open(s).read(), sorted(os.listdir(base)))
print(sorted((e.name, e.is_symlink(), e.is_file()) for e in os.scandir(base)))
d = os.path.join(base, "dangling")
os.symlink("nowhere", d)
print(os.path.exists(d), os.path.lexists(d), os.readlink(d))
for bad in [lambda: os.symlink("x", s), lambda: os.readlink(t), lambda: os.chmod(base + "/nope", 0o600),
            lambda: os.utime(t, (1, 2), ns=(1, 2)), lambda: os.utime(t, (1,))]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e.strerror if isinstance(e, OSError) else e)
for name in ["dangling", "sym", "target.txt"]:
    os.remove(os.path.join(base, name))
os.rmdir(base)
