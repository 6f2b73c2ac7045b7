from __future__ import annotations, nonexistent_feature
