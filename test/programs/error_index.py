items = [1, 2, 3]
def get(i):
    return items[i]
print(get(1))
print(get(10))
