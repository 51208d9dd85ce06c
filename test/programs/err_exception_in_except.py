try:
    [][0]
except IndexError as e:
    print(undefined_name)
