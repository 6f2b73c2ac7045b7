import quopri
import token
import keyword

enc = quopri.encodestring("café = crème\tbrûlée\n".encode("utf-8"))
print(enc, quopri.decodestring(enc).decode("utf-8"))
print(quopri.encodestring(b"x" * 80), quopri.encodestring(b"a b", quotetabs=True), quopri.decodestring(b"a=3Db=\nc"))
print(token.tok_name[token.NAME], token.OP, token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.EXACT_TOKEN_TYPES["+="] == token.PLUSEQUAL)
print(sorted(keyword.kwlist)[:10], keyword.softkwlist)
