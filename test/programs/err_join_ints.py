print(', '.join([1, 2, 3]))
