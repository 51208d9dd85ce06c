class Oops(Exception):
    pass
def risky(i):
    if i % 3 == 0:
        raise Oops(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
caught = 0
for i in range(1000000):
    try:
        risky(i)
    except Oops:
        caught += 1
    except KeyError as e:
        caught += 2
    finally:
        caught += 0
print(caught)
