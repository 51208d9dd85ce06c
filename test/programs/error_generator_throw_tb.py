def worker():
    while True:
        job = yield
        print("working on", job)
        if job == "bad":
            raise ValueError(f"cannot process {job!r}")
w = worker()
next(w)
w.send("good")
w.send("bad")
