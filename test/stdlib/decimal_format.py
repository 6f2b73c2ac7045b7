# Decimal.__format__: the format-spec mini-language
from decimal import Decimal as D, localcontext
import decimal
vals = [D('0'), D('-0'), D('1234567.891'), D('-0.000123456'), D('1E+10'), D('123'), D('0.5'), D('99.995'), D('-1.5E-10'),
        D('Infinity'), D('-Inf'), D('NaN'), D('1.000'), D('0E+3'), D('0.00'), D('7')]
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',', ',.2f', '>15', '<15.2f', '^15.3', '=+15.2f',
         '*^20,.4f', '+', ' ', '015.3f', '010', '.0e', '.0g', '.5', 'n', '.3n', '.2F', '12.4E',
         '0=12', '+.3%', '-.2e']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append('ValueError:' + str(e))
    print(repr(v), out)
print(f'{D("3.14159"):.3f} {D("-2.5"):+.1e} {D("1234.5"):,} {D("0.1234"):.1%}')
with localcontext(rounding=decimal.ROUND_DOWN):
    print(format(D('1.999'), '.2f'), format(D('-1.999'), '.1f'), format(D('9.99'), '.1e'))
with localcontext(capitals=0):
    print(format(D('1E+10'), ''), format(D('1E+10'), 'g'), str(D('1E+10')))
# (specs libmpdec cannot parse go to _pydecimal, which pyodide lacks: not tested here)
print('{:>10}|{:<10}|{:^10}'.format(D('1.5'), D('-2.25'), D('NaN')))
