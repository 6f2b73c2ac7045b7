doc = '''abc

def f(): pass
