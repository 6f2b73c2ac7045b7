msg = f'value: {x}
