#coding:latin
x = "é"
