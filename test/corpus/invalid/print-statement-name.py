name = 1
print name
