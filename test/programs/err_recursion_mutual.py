def even(n):
    return odd(n - 1) if n else True
def odd(n):
    return even(n - 1) if n else False
print(even(10))
print(even(-1))
