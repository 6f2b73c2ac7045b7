import sys
print("before import")
import dap_helper_mod
total = dap_helper_mod.add(2, 3)
print("total", total)
