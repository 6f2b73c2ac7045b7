class Config:
    values = {}
    for key in ("a", "b"):
        values[key] = len(key)
    try:
        missing = values["z"]
    except KeyError:
        missing = None
    if missing is None:
        status = "no z"
    else:
        status = "has z"
    del key

print(Config.values, Config.status, Config.missing)

def make(kind):
    class Local:
        if kind == "x":
            tag = "X"
        else:
            tag = "other"
        def get(self):
            return self.tag
    return Local().get()

print(make("x"), make("y"))
