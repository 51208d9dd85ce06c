first, second, *rest = [1]
