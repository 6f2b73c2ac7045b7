name = 1
f"{name age}"
