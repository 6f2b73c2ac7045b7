value = 1
global value
