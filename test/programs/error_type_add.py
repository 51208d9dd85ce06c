x = 5
y = "3"
z = x + y
