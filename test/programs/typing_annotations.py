from typing import List, Dict, Optional, Tuple
def total(xs: list[int], scale: float = 1.0) -> float:
    return sum(xs) * scale
def lookup(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)
def pair() -> Tuple[int, str]:
    return 1, "a"
print(total([1, 2, 3], 2.0), lookup({"a": 1}, "b"), pair())
print(total.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], List[int], Optional)
x: int = 5
y: list[str]
print(__annotations__)
class Box:
    size: int = 3
    label: str
    def __init__(self, label: str) -> None:
        self.label = label
print(Box.__annotations__, Box("b").label, Box.size)
