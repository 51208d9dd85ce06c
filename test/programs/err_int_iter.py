for ch in 12345:
    print(ch)
