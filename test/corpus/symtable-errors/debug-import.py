import os as __debug__
