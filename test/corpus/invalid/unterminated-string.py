s = 'hello
