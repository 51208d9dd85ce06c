rows = [("Widget", 4, 3.5), ("Gadget", 12, 0.25), ("Thingamajig", 1, 1234.5)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 39)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("=" * 39)
print(f"{'Grand total':<27}{grand:>12,.2f}")
print("{:>8.3%} {:08.3f} {:+.1e} {:_x}".format(0.1234, -3.14159, 12345.678, 2 ** 20))
for n in [5, 50, 500, 5000]:
    print(f"{n:6d} {n ** 0.5:8.4f} {n:b}")
