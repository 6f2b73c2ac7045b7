first = 1
raise ValueError("boom while importing")
