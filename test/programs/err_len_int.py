print(len(99))
