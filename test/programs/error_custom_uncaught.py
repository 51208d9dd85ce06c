class BankError(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"insufficient funds: balance {balance}, requested {amount}")
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise BankError(self.balance, amount)
        self.balance -= amount
acct = Account(50)
acct.withdraw(20)
print("balance", acct.balance)
acct.withdraw(100)
