print(a])
