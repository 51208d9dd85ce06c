def parse_record(line):
    name, value = line.split("=")
    return name.strip(), int(value)
def load(lines):
    return dict(parse_record(l) for l in lines)
print(load(["a = 1", "b = 2"]))
print(load(["a = 1", "b = two"]))
