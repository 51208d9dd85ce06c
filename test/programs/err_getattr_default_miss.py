class C:
    pass
print(getattr(C(), 'x', 'default'))
print(getattr(C(), 'x'))
