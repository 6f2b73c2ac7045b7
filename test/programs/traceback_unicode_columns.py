# Carets under source lines with non-ASCII text: accented, Cyrillic and wide (CJK, emoji) characters


def greet(names):
    return ", ".join("¡Hola " + n + "!" for n in names)


print(greet(["José", "Zoë"]))
menu = {"寿司": 1200, "ラーメン": 900, "кофе": 250, "🍕": 1500}
print(sum(menu.values()), sorted(menu, key=menu.get))
try:
    print(menu["寿司"] + menu["天ぷら"])
except KeyError as e:
    print("KeyError:", e)


def price_of(item, qty):
    return menu[item] * qty + "円"


try:
    price_of("ラーメン", 2)
except TypeError as e:
    print("TypeError:", e)
label = "合計: " + str(menu["🍕"] * 2) + " ¥"
print(label, len(label), label.encode("utf-8")[:8])
total = menu["кофе"] * 3 + menu["寿司"] // menu["🍩"]
