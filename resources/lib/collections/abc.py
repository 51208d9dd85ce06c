"""The abstract base classes of collections (defined in _collections_abc)."""

from _collections_abc import *
from _collections_abc import __all__
