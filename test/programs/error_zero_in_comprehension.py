values = [4, 2, 0, 1]
ratios = {v: 100 // v for v in values}
