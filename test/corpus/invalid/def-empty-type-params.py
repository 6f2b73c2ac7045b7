def f[T]: pass
