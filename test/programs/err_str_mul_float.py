print('ab' * 2.5)
