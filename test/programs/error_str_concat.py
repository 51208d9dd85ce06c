age = 30
message = "Age: " + age
