import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes

[forge.example]
User = hg
Port = 50022

[topsecret.server.example]
ForwardX11 = no
path = %(home)s/data
home = /srv
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults(), "forge.example" in cp)
print(cp["forge.example"]["user"], cp.getint("forge.example", "port"), cp.getboolean("forge.example", "compression"))
print(cp.get("topsecret.server.example", "path"), cp["topsecret.server.example"].getboolean("forwardx11"))
print(sorted(cp["forge.example"]), cp.get("forge.example", "missing", fallback="fb"))
cp["new"] = {"k": "v", "n": "3"}
cp.set("new", "k2", "v2")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
for bad in ["[s]\nk = v\n[s]\n", "no section = x\n", "[a]\nk: %(missing)s\n"]:
    try:
        p = configparser.ConfigParser()
        p.read_string(bad)
        print(p.get("a", "k"))
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])
raw = configparser.RawConfigParser()
raw.read_string("[x]\ny = %(z)s\n")
print(raw.get("x", "y"))
