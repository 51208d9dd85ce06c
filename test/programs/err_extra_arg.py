def hello():
    return 'hi'
hello('world')
