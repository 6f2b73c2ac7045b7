print(’hello’)
