def greet(name):
    message = "hello " + name
    return mesage
greet("bob")
