"""A small program to debug with tspy (the VS Code extension's end-to-end test uses it)."""


def total_price(prices, tax):
    subtotal = 0
    for price in prices:
        subtotal = subtotal + price
    total = subtotal * (1 + tax)
    return round(total, 2)


def main():
    basket = [3, 5, 12]
    names = ["tea", "bread", "cheese"]
    print("items:", ", ".join(names))
    result = total_price(basket, 0.25)
    print("total:", result)
    print("done")


main()
