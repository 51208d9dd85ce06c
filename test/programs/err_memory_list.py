try:
    big = [0] * 10 ** 10
except MemoryError as e:
    print('MemoryError caught', repr(e))
big = [1, 2] * 10 ** 12
