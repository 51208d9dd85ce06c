def area(w, h):
    return w * h
area(3)
