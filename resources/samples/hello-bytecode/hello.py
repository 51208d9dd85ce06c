"""Hello, bytecode: a tiny program to read stage by stage."""

greeting = "hello"
count = 3


def shout(word, times):
    result = word.upper() + "!" * times
    return result


message = shout(greeting, count)
print(message)
print(len(message), "characters")
