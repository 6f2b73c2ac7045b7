# match statement: literal patterns of every kind
match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e-3:
        pass
    case 3j:
        pass
    case -3j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 1.5 - 0.5j:
        pass
    case -0 + 0j:
        pass
    case 0x1F | 0o17 | 0b101 | 1_000_000:
        pass
    case "s":
        pass
    case 'a' 'b' "c":
        pass
    case b"bytes":
        pass
    case b'x' b'y':
        pass
    case r"raw\d" | R'RAW' | u"uni":
        pass
    case """triple
quoted""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case None | True | False:
        pass
    case -1.0e10j:
        pass
    case 0.0 + 1e-5J:
        pass
match (y):
    case "é" | "ü" | "日本":  pass
    case 'x' "y" u'z': pass
