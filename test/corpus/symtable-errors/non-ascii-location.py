def f():
    été = 1; nonlocal été
