match command:
    pass
