class Plain:
    pass
Plain(1, 2)
