stock = {"apple": {"price": 0.5, "qty": 100}, "bread": {"price": 2.25, "qty": 20}, "milk": {"price": 1.1, "qty": 0}}
def value(s):
    return sum(item["price"] * item["qty"] for item in s.values())
print(f"total value: {value(stock):.2f}")
in_stock = [name for name, item in stock.items() if item["qty"] > 0]
print(in_stock)
stock["milk"]["qty"] += 12
stock.setdefault("eggs", {"price": 3.0, "qty": 6})
for name, item in sorted(stock.items(), key=lambda kv: kv[1]["price"], reverse=True):
    print(f"{name:<6} {item['price']:>5.2f} x {item['qty']:>3}")
cheap = {k: v["price"] for k, v in stock.items() if v["price"] < 2}
print(cheap, min(cheap, key=cheap.get))
orders = [("apple", 10), ("bread", 25), ("eggs", 2)]
for name, n in orders:
    item = stock[name]
    if item["qty"] >= n:
        item["qty"] -= n
        print("sold", n, name)
    else:
        print("cannot sell", n, name, "only", item["qty"])
