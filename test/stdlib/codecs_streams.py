# encodings.utf_8 and friends directly; StreamReader/Writer over files and BytesIO, EncodedFile, iterencode
# (codecs.open itself needs the warnings module, not here yet)
import codecs, io, os
import encodings.utf_8 as u8
import encodings.latin_1, encodings.utf_16

print(u8.getregentry().name, u8.encode("é"), u8.decode(b"\xc3\xa9"), u8.IncrementalDecoder().decode(b"\xc3"), u8.StreamReader)
print(encodings.utf_16.getregentry().name, encodings.latin_1.Codec().encode("ÿ"), encodings.search_function("latin-1").name)
print(encodings.normalize_encoding("UTF-8 sig"), encodings.search_function("no_such_codec"))
path = "/tmp/codecs_streams.txt"
with codecs.getwriter("utf-16")(open(path, "wb")) as f:
    print(type(f).__name__, f.write("héllo\n"), f.write("wörld\n"))
with open(path, "rb") as f:
    print(f.read())
with codecs.getreader("utf-16")(open(path, "rb")) as f:
    print(f.readline(), f.read(), f.readline() == "")
with codecs.getreader("utf-16")(open(path, "rb")) as f:
    print(f.readlines())
with open(path, encoding="utf-16") as f:
    print([line for line in f])
b = io.BytesIO()
w = codecs.getwriter("latin-1")(b)
w.write("café")
w.writelines([" ", "ok"])
print(b.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("a\nbé\nc".encode()))
print(r.read(1), r.readline(), r.readlines())
e = codecs.EncodedFile(io.BytesIO(), data_encoding="utf-8", file_encoding="latin-1")
e.write("é".encode("utf-8"))
print(e.stream.getvalue())
print(list(codecs.iterencode(["a", "é", ""], "utf-8")), "".join(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")))
srw = codecs.StreamReaderWriter(io.BytesIO(b"xy"), codecs.getreader("ascii"), codecs.getwriter("ascii"))
print(srw.read(), type(srw).__name__)
os.remove(path)
