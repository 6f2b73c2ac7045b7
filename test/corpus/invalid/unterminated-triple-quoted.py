s = """hello
world
