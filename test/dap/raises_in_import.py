print("main starts")
import dap_raising_mod
print("not reached")
