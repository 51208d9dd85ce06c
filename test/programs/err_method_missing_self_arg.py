class Account:
    def deposit(self, amount):
        self.total = amount
Account.deposit(50)
