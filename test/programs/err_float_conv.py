temperature = float('warm')
