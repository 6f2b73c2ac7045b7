for i in range(10)if i: pass
