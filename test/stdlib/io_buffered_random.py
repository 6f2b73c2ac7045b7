# BufferedRandom's one buffer for reads and writes: the raw calls it makes, a+ mode, unclosed writers
open('/tmp/io_buffered_random.bin','wb').write(b'he!__\nworld\nX')
with open('/tmp/io_buffered_random.bin', 'a+b') as f:
    print(f.tell(), f.read()); f.seek(0); print(f.read(4)); f.write(b'tail'); f.seek(0); print(f.read())
print(open('/tmp/io_buffered_random.bin','rb').read())
import io
class Rec(io.RawIOBase):
    def __init__(self, data): self.data = bytearray(data); self.p = 0; self.log = []
    def readable(self): return True
    def writable(self): return True
    def seekable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.p); b[:n] = self.data[self.p:self.p+n]; self.p += n; self.log.append(("readinto", len(b), n)); return n
    def write(self, b):
        b = bytes(b); self.data[self.p:self.p+len(b)] = b; self.p += len(b); self.log.append(("write", len(b))); return len(b)
    def seek(self, pos, whence=0):
        self.p = [pos, self.p + pos, len(self.data) + pos][whence]; self.log.append(("seek", pos, whence)); return self.p
    def tell(self):
        self.log.append(("tell",)); return self.p
r = Rec(b"0123456789abcdef")
f = io.BufferedRandom(r, 4)
print(f.read(2), f.write(b"XY"), f.read(3), f.tell(), f.seek(1), f.read(1), f.peek(1), f.read1(10))
f.write(b"ZZZZZZ")
f.flush()
print(bytes(r.data), r.log)
import os
os.remove("/tmp/io_buffered_random.bin")
