class Config:
    defaults = {"debug": False}
    instances = 0
    def __init__(self, **kw):
        self.settings = dict(self.defaults, **kw)
        Config.instances += 1
    def __getattr__(self, name):
        try:
            return self.settings[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
c = Config(debug=True, level=3)
print(c.debug, c.level, Config.instances, hasattr(c, "missing"))
try:
    c.missing
except AttributeError as e:
    print(e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)
class P1(Base): pass
class P2(Base): pass
print(Base.registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class UsesDesc:
    x = Desc()
u = UsesDesc()
print(u.x); u.x = 5; print(u.x, u._x, type(UsesDesc.x).__name__)
