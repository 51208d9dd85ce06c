"""Recursion: each call gets its own frame with its own n."""


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("5! =", factorial(5))
print("fib(6) =", fib(6))
