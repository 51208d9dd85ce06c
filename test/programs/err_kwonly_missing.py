def connect(*, host, port):
    pass
connect(host='x')
