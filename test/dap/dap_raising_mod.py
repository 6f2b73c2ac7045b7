VALUE = 1


class Config:
    size = VALUE * 2
    check = size / 0
