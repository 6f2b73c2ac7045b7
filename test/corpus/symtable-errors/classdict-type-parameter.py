class C[__classdict__]: pass
