from __future__ import a
