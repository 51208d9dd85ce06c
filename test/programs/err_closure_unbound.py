def outer():
    def inner():
        return value
    result = inner()
    value = 1
    return result
outer()
