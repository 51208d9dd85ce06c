class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return f"Square({self.side})"
