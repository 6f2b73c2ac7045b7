# An uncaught exception raised `from None` inside an except block: the traceback shows only
# the new exception (the context is suppressed), through several frames with carets
class ConfigError(Exception):
    pass

SETTINGS = {"port": "80a", "host": "localhost"}

def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"invalid port {text!r}") from None

def load(settings):
    port = parse_port(settings["port"])
    return settings["host"], port

def main():
    print("loading settings")
    host, port = load(SETTINGS)
    print("never printed", host, port)

main()
