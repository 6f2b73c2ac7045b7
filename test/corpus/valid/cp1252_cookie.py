# -*- coding: cp1252 -*-
x = "€ „quoted“"; y = 1
