# contextvars (Lib) over _contextvars: isolation across copy_context().run, the Token protocol.
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

def handler(n):
    request_id.set(f"req-{n}")
    user.set(f"user{n}")
    return helper()

def helper():
    return request_id.get(), user.get("anon")

results = []
for n in range(3):
    ctx = contextvars.copy_context()
    results.append(ctx.run(handler, n))
    print(sorted((v.name, val) for v, val in ctx.items()))
print(results, request_id.get(), user.get("anon"))

tok = request_id.set("outer")
with user.set("scoped"):
    print(user.get(), request_id.get())
print(user.get("gone"))
request_id.reset(tok)
print(request_id.get(), tok.old_value is contextvars.Token.MISSING, tok.var is request_id)
print(isinstance(contextvars.copy_context(), contextvars.Context), contextvars.ContextVar.__module__, contextvars.Token.__module__)
