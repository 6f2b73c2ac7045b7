// The SRE code's numbers, as Lib/re/_constants.py of CPython 3.14 numbers them (it generates
// Modules/_sre/sre_constants.h from the same lists). The compiler in Lib/re/_compiler.py emits
// these; the engine (engine.ts) interprets them.
// CPython: Modules/_sre/sre_constants.h, Modules/_sre/sre.h

export const MAGIC = 20230612;
export const CODESIZE = 4;
/** SRE_MAXREPEAT and SRE_MAXGROUPS of a 64-bit build (tspy's sys.maxsize is 2**63-1). */
export const MAXREPEAT = 0xffffffff;
export const MAXGROUPS = 0x7fffffff >>> 1;

export const enum Op {
  FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7,
  CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14,
  JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21,
  RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
  LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42,
}

export const enum At {
  BEGINNING = 0, BEGINNING_LINE = 1, BEGINNING_STRING = 2, BOUNDARY = 3, NON_BOUNDARY = 4, END = 5,
  END_LINE = 6, END_STRING = 7, LOC_BOUNDARY = 8, LOC_NON_BOUNDARY = 9, UNI_BOUNDARY = 10,
  UNI_NON_BOUNDARY = 11,
}

export const enum Category {
  DIGIT = 0, NOT_DIGIT = 1, SPACE = 2, NOT_SPACE = 3, WORD = 4, NOT_WORD = 5, LINEBREAK = 6,
  NOT_LINEBREAK = 7, LOC_WORD = 8, LOC_NOT_WORD = 9, UNI_DIGIT = 10, UNI_NOT_DIGIT = 11, UNI_SPACE = 12,
  UNI_NOT_SPACE = 13, UNI_WORD = 14, UNI_NOT_WORD = 15, UNI_LINEBREAK = 16, UNI_NOT_LINEBREAK = 17,
}

export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

export const INFO_PREFIX = 1;
export const INFO_LITERAL = 2;
export const INFO_CHARSET = 4;
