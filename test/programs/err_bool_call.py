flag = True
flag()
