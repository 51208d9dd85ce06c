class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
a = Account("ann", 100)
b = SavingsAccount("bob", 50, rate=0.1)
transfer(a, b, 30)
print(a, b, b.add_interest(), b.balance)
for amt in [500, -5]:
    try:
        if amt > 0:
            transfer(a, b, amt)
        else:
            a.deposit(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a.history, b.history, isinstance(b, Account))
