// Native modules for what the host does not give a program: sockets, select() and process
// creation. tspy (like CPython on emscripten, pyodide) has no network and starts no processes, but
// Lib imports these modules at the top of widely used code (asyncio, unittest.mock through
// asyncio, subprocess, selectors, socket), so they exist with CPython's Linux constants and their
// operations fail with OSError(ENOSYS) when called. Bodies are Python source (pysource.ts).
// CPython: Modules/socketmodule.c, Modules/selectmodule.c, Modules/_posixsubprocess.c.
import type { PyModule } from "../../objects/functions.js";
import { moduleFromSource } from "./pysource.js";

const NOT_HERE = `
def _unsupported(*args, **kwargs):
    raise OSError(38, 'Function not implemented')
`;

// Linux x86-64 values (CPython: socketmodule.c's PyModule_AddIntMacro list, as <sys/socket.h>,
// <netinet/in.h>, <netdb.h> define them)
const SOCKET_CONSTANTS: Record<string, number> = {
  AF_UNSPEC: 0, AF_UNIX: 1, AF_INET: 2, AF_INET6: 10, AF_NETLINK: 16, AF_PACKET: 17,
  SOCK_STREAM: 1, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_RDM: 4, SOCK_SEQPACKET: 5,
  SOCK_NONBLOCK: 0o4000, SOCK_CLOEXEC: 0o2000000,
  SOL_SOCKET: 1, SO_DEBUG: 1, SO_REUSEADDR: 2, SO_TYPE: 3, SO_ERROR: 4, SO_DONTROUTE: 5, SO_BROADCAST: 6,
  SO_SNDBUF: 7, SO_RCVBUF: 8, SO_KEEPALIVE: 9, SO_OOBINLINE: 10, SO_LINGER: 13, SO_REUSEPORT: 15,
  SO_RCVLOWAT: 18, SO_SNDLOWAT: 19, SO_RCVTIMEO: 20, SO_SNDTIMEO: 21, SO_ACCEPTCONN: 30,
  SOMAXCONN: 4096,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_CTRUNC: 8, MSG_TRUNC: 0x20, MSG_DONTWAIT: 0x40,
  MSG_EOR: 0x80, MSG_WAITALL: 0x100, MSG_NOSIGNAL: 0x4000,
  IPPROTO_IP: 0, IPPROTO_ICMP: 1, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPPROTO_RAW: 255,
  IP_TOS: 1, IP_TTL: 2, IP_MULTICAST_TTL: 33, IP_MULTICAST_LOOP: 34, IP_ADD_MEMBERSHIP: 35,
  IPV6_V6ONLY: 26, TCP_NODELAY: 1, TCP_MAXSEG: 2, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_KEEPCNT: 6,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_V4MAPPED: 8, AI_ALL: 0x10, AI_ADDRCONFIG: 0x20,
  AI_NUMERICSERV: 0x400,
  NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NOFQDN: 4, NI_NAMEREQD: 8, NI_DGRAM: 16,
  NI_MAXHOST: 1025, NI_MAXSERV: 32,
  EAI_AGAIN: -3, EAI_BADFLAGS: -1, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_MEMORY: -10, EAI_NONAME: -2,
  EAI_SERVICE: -8, EAI_SOCKTYPE: -7,
  INADDR_ANY: 0, INADDR_BROADCAST: 0xffffffff, INADDR_LOOPBACK: 0x7f000001, INADDR_NONE: 0xffffffff,
};

const SOCKET = `${NOT_HERE}
${Object.entries(SOCKET_CONSTANTS).map(([k, v]) => `${k} = ${v}`).join("\n")}
has_ipv6 = True
error = OSError
timeout = TimeoutError
CAPI = None

class herror(OSError):
    pass

class gaierror(OSError):
    pass

class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object"""
    __module__ = '_socket'
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _unsupported()

SocketType = socket
_default_timeout = None

def getdefaulttimeout():
    return _default_timeout

def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0.0:
            raise ValueError('Timeout value out of range')
    _default_timeout = timeout

def gethostname():
    return 'localhost'

for _name in ('getaddrinfo', 'getnameinfo', 'gethostbyname', 'gethostbyname_ex', 'gethostbyaddr',
              'getservbyname', 'getservbyport', 'getprotobyname', 'socketpair', 'sethostname',
              'inet_aton', 'inet_ntoa', 'inet_pton', 'inet_ntop', 'if_nameindex', 'dup', 'close'):
    globals()[_name] = _unsupported

def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)

ntohs = htons

def htonl(x):
    return int.from_bytes((x & 0xffffffff).to_bytes(4, 'big'), 'little')

ntohl = htonl
del _name
`;

const SELECT = `${NOT_HERE}
error = OSError

def select(rlist, wlist, xlist, timeout=None, /):
    if not rlist and not wlist and not xlist:
        return [], [], []
    _unsupported()
`;

const POSIXSUBPROCESS = `${NOT_HERE}
def fork_exec(*args):
    _unsupported()
`;

export const makeSocket = (): PyModule => moduleFromSource("_socket", SOCKET);
export const makeSelect = (): PyModule => moduleFromSource("select", SELECT);
export const makePosixSubprocess = (): PyModule => moduleFromSource("_posixsubprocess", POSIXSUBPROCESS);
