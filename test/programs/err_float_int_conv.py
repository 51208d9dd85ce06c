value = int('3.5')
