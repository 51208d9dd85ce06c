class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
def length(node):
    return 1 + length(node.nxt)
lst = Node(1, Node(2, Node(3)))
print(length(lst))
