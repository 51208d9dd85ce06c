def send(to, body):
    pass
send(to='a', body='b', cc='c')
