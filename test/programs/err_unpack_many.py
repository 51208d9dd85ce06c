a, b = 'xyz'
