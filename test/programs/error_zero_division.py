def divide(a, b):
    return a / b
def compute():
    total = 0
    for i in range(3, -1, -1):
        total += divide(10, i)
    return total
print("start")
compute()
