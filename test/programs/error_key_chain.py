config = {"host": "localhost"}
try:
    port = config["port"]
except KeyError:
    raise RuntimeError("missing port setting")
